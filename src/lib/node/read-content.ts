import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_PATHS, supportFilePath, synonymsFilePath, type ContentSources, type SourceFile } from '../content/files.ts';
import { SEARCH_LANGUAGES } from '../search/language.ts';
import { parseYaml } from '../content/frontmatter.ts';
import { bankLanguage } from '../content/question-bank.ts';

/** Reads a file relative to `root`, or returns undefined when it does not exist. */
async function readOptional(root: string, relative: string): Promise<SourceFile | undefined> {
	try {
		return { path: relative, text: await readFile(path.join(root, relative), 'utf8') };
	} catch (error) {
		// A missing file is reported by the check; any other failure (permissions…) is real.
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** Every file under `root/dir`, as project-relative paths with forward slashes. */
async function listFiles(root: string, dir: string): Promise<string[]> {
	const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true }).catch((error) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/**
 * The addresses of the site's fixed pages as writers link to them, from the file names in
 * `src/pages/` (`contact.astro` → `/contact/`, `robots.txt.ts` → `/robots.txt`). A page in every
 * market (`[locale]/contact.astro`) is `/contact/`: writers link without the market's prefix.
 * Other routes with parameters (`[category]`) are articles and categories, which the check knows
 * from content/.
 */
export function pageAddresses(files: readonly string[]): string[] {
	const addresses = files
		.map((file) => file.replace(/^src\/pages\//, '').replace(/^\[[^\]/]+\]\/(?=[^[]*$)/, ''))
		.filter((file) => !file.includes('[') && !/(^|\/)_/.test(file) && /\.(astro|md|mdx|ts|js)$/.test(file))
		.map((file) => {
			const route = file.replace(/\.(astro|md|mdx|ts|js)$/, '');
			if (/\.[a-z0-9]+$/i.test(route)) return `/${route}`; // an endpoint such as robots.txt
			const clean = route.replace(/(^|\/)index$/, '');
			return clean ? `/${clean}/` : '/';
		});
	return [...new Set(addresses)];
}

/** The support files `content/markets.yaml` names, read even when the rest of that file has mistakes (the check reports them). */
function supportPaths(markets: SourceFile | undefined): string[] {
	if (!markets) return [];
	const data = parseYaml(markets.text).data;
	if (!Array.isArray(data)) return [];
	const paths = data
		.map((entry) => (entry && typeof entry === 'object' ? (entry as Record<string, unknown>).support : undefined))
		.filter((support): support is string => typeof support === 'string' && !support.includes('..'))
		.map((support) => supportFilePath(support.trim()));
	return [...new Set(paths)];
}

/** Reads every content file the check needs from the project at `root`. */
export async function readContent(root: string): Promise<ContentSources> {
	const [contentFiles, publicFiles, pageFiles] = await Promise.all([
		listFiles(root, 'content'),
		listFiles(root, 'public'),
		listFiles(root, 'src/pages'),
	]);
	// `.md` and `.markdown` are read too, so the check can say the build would skip them.
	const articleFiles = (base: string) =>
		Promise.all(
			contentFiles
				.filter((file) => file.startsWith(base) && /\.(mdx?|markdown)$/i.test(file))
				.map(async (relative) => ({ path: relative, text: await readFile(path.join(root, relative), 'utf8') })),
		);
	const [articles, marketArticles] = await Promise.all([articleFiles(CONTENT_PATHS.articles), articleFiles(CONTENT_PATHS.marketArticles)]);
	// Question banks: the `.csv` files in content/questions/ (English) and in its language folders (`de/`).
	const questions = await Promise.all(
		contentFiles
			.filter((file) => file.startsWith(CONTENT_PATHS.questions) && bankLanguage(file) !== undefined)
			.map(async (relative) => ({ path: relative, text: await readFile(path.join(root, relative), 'utf8') })),
	);
	// Message catalogues: the `.yaml` files directly in content/messages/.
	const messages = await Promise.all(
		contentFiles
			.filter(
				(file) =>
					file.startsWith(CONTENT_PATHS.messages) && !file.slice(CONTENT_PATHS.messages.length).includes('/') && /\.ya?ml$/i.test(file),
			)
			.map(async (relative) => ({ path: relative, text: await readFile(path.join(root, relative), 'utf8') })),
	);
	const [categories, topics, markets, synonyms] = await Promise.all([
		readOptional(root, CONTENT_PATHS.categories),
		readOptional(root, CONTENT_PATHS.topics),
		readOptional(root, CONTENT_PATHS.markets),
		readOptional(root, CONTENT_PATHS.synonyms),
	]);
	const languageSynonyms = new Map<string, SourceFile>();
	for (const language of SEARCH_LANGUAGES) {
		if (language === 'en') continue;
		const file = await readOptional(root, synonymsFilePath(language));
		if (file) languageSynonyms.set(language, file);
	}
	const supports = new Map<string, SourceFile>();
	for (const relative of supportPaths(markets)) {
		const file = await readOptional(root, relative);
		if (file) supports.set(relative, file);
	}
	return {
		categories,
		topics,
		markets,
		supports,
		synonyms,
		languageSynonyms,
		messages,
		articles,
		marketArticles,
		questions,
		pages: pageAddresses(pageFiles),
		files: [...contentFiles, ...publicFiles],
	};
}
