// German's rules (stemmer, stop words) register themselves: this runs in Node, where every language is at hand.
import '../lib/search/german.ts';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { requireDataFile } from '../lib/node/content-files.ts';
import { builtMarkets } from '../lib/node/markets.ts';
import { languageOf, type MarketSetup } from '../lib/markets/markets.ts';
import { marketArticles, ownArticleLocation } from '../lib/markets/publication.ts';
import type * as PagefindModuleNs from 'pagefind';
import { buildVocabulary, RULES_FILE, searchFiles, VOCABULARY_FILE, vocabularyPartFile } from '../lib/search/build-data.ts';
import { buildRankingModel, type ModelSource } from '../lib/search/rerank.ts';
import { analyzedWords, analyzeQuery } from '../lib/search/query.ts';
import { readContent } from '../lib/node/read-content.ts';
import { splitFrontmatter } from '../lib/content/frontmatter.ts';
import { articleIdFromPath } from '../schemas/article.ts';
import { CONTENT_PATHS, readDataFile, synonymsFilePath } from '../lib/content/files.ts';
import { formatProblems } from '../lib/problems/report.ts';
import { SEARCH_LANGUAGES, searchLanguage, type SearchLanguage } from '../lib/search/language.ts';
import { parse as parseYaml } from 'yaml';
import { compileSynonyms, type SynonymsSource } from '../lib/search/synonyms.ts';
import type { SearchRules } from '../lib/search/types.ts';
import { articlesHandoff, queueStep, runStepProcess, writtenHandoff, type StepLogger, type StepOptions } from './step-process.ts';

type PagefindModule = typeof PagefindModuleNs;

/** Pagefind's prebuilt UIs: this site ships its own small UI on `pagefind.js`, so they are removed. */
const UNUSED_BUNDLE_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
	// Every page is indexed in its market's language (`forceLanguage`), so the language-neutral WASM is never loaded.
	'wasm.unknown.pagefind',
];

/**
 * At most this many result files. Up to 5,000 articles each result is its own small file (what
 * a visitor downloads per result stays about 4 KB); past that Pagefind bundles results two or more
 * to a file, so 10,000 articles publish about 15,500 files, inside Cloudflare Pages' 20,000.
 */
export const MAX_FRAGMENT_FILES = 5000;

interface Fragment {
	content?: string;
	meta?: Record<string, string>;
}

/**
 * The pages in one fragment file: gzip with a signature Pagefind strips before parsing the JSON,
 * holding one page, or (past MAX_FRAGMENT_FILES) an object of pages by id.
 */
function readFragments(bytes: Uint8Array): Fragment[] {
	const text = new TextDecoder().decode(gunzipSync(bytes));
	const json = JSON.parse(text.slice(text.indexOf('{'))) as Fragment | Record<string, Fragment>;
	return 'url' in json ? [json as Fragment] : Object.values(json as Record<string, Fragment>);
}

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, then writes the files
 * the search pipeline needs next to the index: the categories and what any question may need of the
 * compiled synonyms and ranking model (`search-rules.json`, needed by every search), the index
 * vocabulary by initial with the rest of the rules a question of those initials may need
 * (`search-vocabulary-p.json`), and the whole vocabulary with every rule, for typo correction
 * (`search-vocabulary.json`, loaded only when a question has a word the index does not know); see
 * `searchFiles`.
 * The build fails when Pagefind reports an error or indexes no page: a help center whose search
 * finds nothing must not be published. Runs in its own process (step-process.ts), after Astro's
 * process has exited under `npm run build`, so Pagefind's memory never adds to Astro's.
 */
export default function pagefind({ maxFragments = MAX_FRAGMENT_FILES }: { maxFragments?: number } = {}): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'help-center:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const options = { root, site: fileURLToPath(dir), maxFragments, articles: writtenHandoff(articlesHandoff()) };
				if (!queueStep('pagefind', options, logger)) await runStepProcess('pagefind', options, logger);
			},
		},
	};
}

/**
 * The indexing itself, run by `build-step.ts`: see `pagefind()`. One self-contained index per
 * market, under its address. Pagefind indexes every market first; the files written beside each
 * index (the vocabulary, read from the fragments, and the rules with the ranking model, learned from
 * the articles) are made once its process has exited, so the memory they take never adds to its.
 */
export async function indexSite({ root, site, maxFragments, articles }: StepOptions['pagefind'], logger: StepLogger): Promise<void> {
	try {
		const markets = builtMarkets(root);
		const pagefindApi = await import('pagefind');
		const indexed = new Map<string, { pages: number; seconds: number }>();
		try {
			for (const setup of markets) indexed.set(setup.market.id, await indexMarket(pagefindApi, setup, { site, maxFragments }));
		} finally {
			await pagefindApi.close();
		}
		const texts = await readWriterTexts(root, markets, articles);
		const rulesByLanguage = new Map<SearchLanguage, SearchRules>();
		for (const setup of markets) {
			const started = performance.now();
			const language = marketSearchLanguage(setup);
			let base = rulesByLanguage.get(language);
			if (!base) rulesByLanguage.set(language, (base = buildRules(root, language)));
			const synonyms = base.synonyms;
			// The ranking model learns from what the writers wrote in the articles the market publishes.
			const model = buildRankingModel(
				texts.get(setup.market.id) ?? [],
				(text) => analyzedWords(analyzeQuery(text, synonyms, undefined, language)),
				language,
			);
			const rules: SearchRules = { ...base, model };
			const words = await writeSearchData(path.join(site, setup.slug, 'pagefind'), rules);
			const { pages, seconds } = indexed.get(setup.market.id)!;
			logger.info(
				`Indexed ${pages} pages of /${setup.slug}/ (${words} distinct words, ${rules.synonyms.length} synonym rules) in ${(seconds + (performance.now() - started) / 1000).toFixed(2)}s.`,
			);
		}
	} catch (error) {
		throw new Error(`Search indexing failed, so the build stops. ${(error as Error).message}`, { cause: error });
	}
}

/**
 * Indexes the pages under `/<locale>/` into `/<locale>/pagefind/`, so a market's search finds only
 * its own pages and its output (pages and index) can be built and published on its own.
 */
async function indexMarket(
	pagefindApi: PagefindModule,
	setup: MarketSetup,
	{ site, maxFragments }: { site: string; maxFragments: number },
): Promise<{ pages: number; seconds: number }> {
	const started = performance.now();
	const outputPath = path.join(site, setup.slug, 'pagefind');
	const { index, errors } = await pagefindApi.createIndex({ forceLanguage: languageOf(setup.locale), maxFragments });
	if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		// From the site's root, so that results carry the pages' full addresses (`/en-gb/payments/…`).
		const added = await index.addDirectory({ path: site, glob: `${setup.slug}/**/*.html` });
		if (added.errors.length) throw new Error(`Pagefind could not index /${setup.slug}/: ${added.errors.join('; ')}`);
		if (added.page_count === 0) {
			throw new Error(
				`Pagefind indexed no page under /${setup.slug}/. Articles mark their content with \`data-pagefind-body\` (src/layouts/ArticleLayout.astro); check that the attribute is still there.`,
			);
		}
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`Pagefind could not write the index of /${setup.slug}/: ${written.errors.join('; ')}`);
		return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
	} finally {
		await index.deleteIndex();
	}
}

/**
 * Writes the files the search pipeline needs beside a market's index: its rules and the vocabulary
 * of the text Pagefind indexed (its fragments, one per page), and removes Pagefind's unused UIs.
 * Returns the number of distinct words.
 */
async function writeSearchData(outputPath: string, rules: SearchRules): Promise<number> {
	const fragmentDir = path.join(outputPath, 'fragment');
	const texts = (
		await Promise.all(
			(await readdir(fragmentDir)).map(async (name) =>
				readFragments(await readFile(path.join(fragmentDir, name))).map(
					(fragment) => `${fragment.meta?.title ?? ''}\n${fragment.content ?? ''}`,
				),
			),
		)
	).flat();
	const vocabulary = buildVocabulary(texts, rules.language);
	const files = searchFiles(rules, vocabulary);
	await Promise.all([
		writeFile(path.join(outputPath, RULES_FILE), JSON.stringify(files.rules)),
		writeFile(path.join(outputPath, VOCABULARY_FILE), JSON.stringify(files.vocabulary)),
		...[...files.parts].map(([initial, part]) => writeFile(path.join(outputPath, vocabularyPartFile(initial)), JSON.stringify(part))),
		...UNUSED_BUNDLE_FILES.map((file) => rm(path.join(outputPath, file), { force: true })),
	]);
	return vocabulary.words.length;
}

/** Every article's frontmatter by project path: from the content guard's handoff file when given, else read from content/. */
async function readFrontmatter(root: string, handoff: string | undefined): Promise<Map<string, WriterData>> {
	if (handoff) return new Map(Object.entries(JSON.parse(await readFile(handoff, 'utf8')) as Record<string, WriterData>));
	const sources = await readContent(root);
	const data = new Map<string, WriterData>();
	for (const file of [...sources.articles, ...(sources.marketArticles ?? [])]) {
		const { frontmatter } = splitFrontmatter(file.text);
		data.set(file.path, (frontmatter ? parseYaml(frontmatter) : {}) as WriterData);
	}
	return data;
}

/**
 * What the writers wrote about each published article's needs, for the ranking model: its title,
 * description and customer questions. Only the frontmatter is read; the content guard has checked it.
 */
async function readWriterTexts(
	root: string,
	markets: readonly MarketSetup[],
	handoff: string | undefined,
): Promise<Map<string, ModelSource[]>> {
	const data = await readFrontmatter(root, handoff);
	const files = [...data.keys()].sort();
	const published = marketArticles(
		markets,
		files
			.filter((file) => file.startsWith(CONTENT_PATHS.articles))
			.map((file) => ({
				id: articleIdFromPath(file.slice(CONTENT_PATHS.articles.length)),
				file,
				markets: data.get(file)?.markets,
			})),
		files.flatMap((file) => {
			const location = ownArticleLocation(file);
			return location ? [{ ...location, file }] : [];
		}),
	);
	const result = new Map<string, ModelSource[]>();
	for (const [market, articles] of published) {
		const texts: ModelSource[] = [];
		for (const article of articles) {
			const fields = data.get(article.file);
			if (!fields || fields.draft || !fields.topics?.length) continue;
			texts.push({ topics: fields.topics, texts: [fields.title ?? '', fields.description ?? '', ...(fields.questions ?? [])] });
		}
		result.set(market, texts);
	}
	return result;
}

/** What the ranking model reads of an article's frontmatter. */
type WriterData = Partial<Record<'title' | 'description', string>> & {
	questions?: string[];
	topics?: string[];
	markets?: string[];
	draft?: boolean;
};

/**
 * The language a market is searched in: its locale's. A language the pipeline has no rules for
 * stops the build, rather than searching it with English stop words and stems.
 */
function marketSearchLanguage(setup: MarketSetup): SearchLanguage {
	const language = searchLanguage(languageOf(setup.locale));
	if (!language) {
		throw new Error(
			`The market ${setup.market.id} (${setup.locale}) is in a language the search has no rules for. Search knows ${SEARCH_LANGUAGES.join(', ')}: add the language to src/lib/search/language.ts first.`,
		);
	}
	return language;
}

/**
 * A language's synonyms (`content/synonyms.yaml` for English, `content/synonyms.de.yaml` for German),
 * validated with the schema `npm run check` uses; every file is optional.
 */
function readSynonyms(root: string, language: SearchLanguage): SynonymsSource {
	if (language === 'en') return requireDataFile(root, 'synonyms') ?? {};
	const file = synonymsFilePath(language);
	const text = existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined;
	const { data, problems } = readDataFile('synonyms', text === undefined ? undefined : { path: file, text });
	if (problems.length) throw new Error(`${file} has problems:\n${formatProblems(problems)}`);
	return data ?? {};
}

/** Synonyms and categories, validated with the same schemas as `npm run check` (the content guard ran first). */
function buildRules(root: string, language: SearchLanguage): SearchRules {
	const synonyms = readSynonyms(root, language);
	const categories = requireDataFile(root, 'categories') ?? [];
	return {
		version: 1,
		language,
		synonyms: compileSynonyms(synonyms, language),
		categories: categories
			.slice()
			.sort((a, b) => a.order - b.order)
			.map((c) => ({ id: c.id, title: c.title })),
	};
}
