/**
 * The search engine in the browser, set up once for every search box on the page: pagefind.js
 * and the rules (synonyms, categories, ranking model), with the ranking of
 * `src/lib/search`, the same pipeline `npm run search` runs in Node, and the vocabulary for typo
 * correction.
 */
import { createSearchEngine, type SearchEngine } from '../lib/search/engine.ts';
import { languageRules } from '../lib/search/language.ts';
import {
	readRulesFile,
	RULES_FILE,
	searchAssetUrl,
	VOCABULARY_FILE,
	VOCABULARY_PART_INITIALS,
	vocabularyPartFile,
} from '../lib/search/build-data.ts';
import type { PagefindApi, SearchRules, SearchRulesFile, SearchVocabulary, SearchVocabularyPart } from '../lib/search/types.ts';
import { marketUrl } from './market.ts';

export interface Setup {
	engine: SearchEngine;
	rules: SearchRules;
}

let setup: Promise<Setup> | undefined;

async function fetchJson<T>(file: string): Promise<T> {
	const response = await fetch(marketUrl(searchAssetUrl(file)));
	if (!response.ok) throw new Error(`${response.status} for ${file}`);
	return (await response.json()) as T;
}

/**
 * Loads pagefind.js and the rules in parallel. Pagefind runs on the page, not in
 * its Web Worker: pagefind.js already holds everything it needs, and the worker's own copy of it
 * (pagefind-worker.js, about 11 KB) would be a second download on the first search. Measured at
 * 1,000 articles, its WebAssembly compiles once and a word's lookup takes a few milliseconds, so
 * typing stays as quick (`npm run bench:search`).
 */
export function getSetup(): Promise<Setup> {
	setup ??= (async () => {
		// Each market has its own index, under its own address (`/en-gb/pagefind/`).
		const pagefindUrl = marketUrl(searchAssetUrl('pagefind.js'));
		const [pagefind, rules] = await Promise.all([
			import(/* @vite-ignore */ pagefindUrl) as Promise<
				PagefindApi & { init(): Promise<void>; options(o: { baseUrl: string; noWorker: boolean }): Promise<void> }
			>,
			fetchJson<SearchRulesFile>(RULES_FILE).then(readRulesFile),
		]);
		// The page's search file carries its language's rules (search-de.ts for German): a market
		// whose rules it lacks fails here, with the file to import, rather than searching in English.
		languageRules(rules.language);
		// The index lives under the market's address but its pages' URLs are already full paths
		// (`/en-gb/refunds/…`): without this, Pagefind would put the bundle's folder in front again.
		await pagefind.options({ baseUrl: '/', noWorker: true });
		await pagefind.init();
		// The vocabulary comes when a question needs it: the words of the question's initials first,
		// the whole list only to correct a word the index does not have (see createSearchEngine).
		const engine = createSearchEngine({
			pagefind,
			rules,
			loadVocabulary: () => fetchJson<SearchVocabulary>(VOCABULARY_FILE),
			loadVocabularyPart: async (initial) =>
				VOCABULARY_PART_INITIALS.includes(initial) ? fetchJson<SearchVocabularyPart>(vocabularyPartFile(initial)) : undefined,
		});
		return { engine, rules };
	})();
	return setup;
}
