import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_PATHS, readDataFile, supportFilePath, type ContentSources, type SourceFile } from '../content/files.ts';

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
 * The addresses of a market's fixed pages, as articles link to them (without the market's prefix),
 * from the file names in `src/pages/[locale]/` (`contact.astro` → `/contact/`). Routes with other
 * parameters (`[category]`) are articles and categories, which the check knows from content/;
 * pages outside the markets (the chooser, `robots.txt`) are not linked from articles.
 */
export function pageAddresses(files: readonly string[]): string[] {
	return files
		.filter((file) => file.startsWith('src/pages/[locale]/'))
		.map((file) => file.replace(/^src\/pages\/\[locale\]\//, ''))
		.filter((file) => !file.includes('[') && !/(^|\/)_/.test(file) && /\.(astro|md|mdx|ts|js)$/.test(file))
		.map((file) => {
			const route = file.replace(/\.(astro|md|mdx|ts|js)$/, '');
			if (/\.[a-z0-9]+$/i.test(route)) return `/${route}`; // an endpoint such as robots.txt
			const clean = route.replace(/(^|\/)index$/, '');
			return clean ? `/${clean}/` : '/';
		});
}

/** Reads every content file the check needs from the project at `root`. */
export async function readContent(root: string): Promise<ContentSources> {
	const [contentFiles, publicFiles, pageFiles] = await Promise.all([
		listFiles(root, 'content'),
		listFiles(root, 'public'),
		listFiles(root, 'src/pages'),
	]);
	// `.md` and `.markdown` are read too, so the check can say the build would skip them.
	const articles = await Promise.all(
		contentFiles
			.filter((file) => file.startsWith(CONTENT_PATHS.articles) && /\.(mdx?|markdown)$/i.test(file))
			.map(async (relative) => ({ path: relative, text: await readFile(path.join(root, relative), 'utf8') })),
	);
	// Question banks: the `.csv` files directly in content/questions/.
	const questions = await Promise.all(
		contentFiles
			.filter(
				(file) =>
					file.startsWith(CONTENT_PATHS.questions) && !file.slice(CONTENT_PATHS.questions.length).includes('/') && /\.csv$/i.test(file),
			)
			.map(async (relative) => ({ path: relative, text: await readFile(path.join(root, relative), 'utf8') })),
	);
	const [categories, topics, markets, synonyms] = await Promise.all([
		readOptional(root, CONTENT_PATHS.categories),
		readOptional(root, CONTENT_PATHS.topics),
		readOptional(root, CONTENT_PATHS.markets),
		readOptional(root, CONTENT_PATHS.synonyms),
	]);
	// The support files the markets name (those that can be read; the check reports the rest).
	const supportPaths = [...new Set((readDataFile('markets', markets).data ?? []).map((m) => supportFilePath(m.support)))];
	const supports = new Map(
		(await Promise.all(supportPaths.map((file) => readOptional(root, file)))).filter((f) => f !== undefined).map((f) => [f.path, f]),
	);
	return {
		categories,
		topics,
		markets,
		supports,
		synonyms,
		articles,
		questions,
		pages: pageAddresses(pageFiles),
		files: [...contentFiles, ...publicFiles],
	};
}
