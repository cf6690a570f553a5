/**
 * The search engine in the browser, set up once for every search box on the page: pagefind.js
 * (in its Web Worker) and the rules (synonyms, categories, ranking model), with the ranking of
 * `src/lib/search`, the same pipeline `npm run search` runs in Node, and the vocabulary for typo
 * correction.
 */
import { createSearchEngine, type SearchEngine } from '../lib/search/engine.ts';
import { RULES_FILE, searchAssetUrl, VOCABULARY_FILE } from '../lib/search/build-data.ts';
import type { PagefindApi, SearchRules, SearchVocabulary } from '../lib/search/types.ts';
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
 * Loads pagefind.js, the rules and the vocabulary in parallel. Pagefind runs in its Web Worker:
 * compiling its WebAssembly and reading index chunks then never blocks typing or scrolling.
 */
export function getSetup(): Promise<Setup> {
	setup ??= (async () => {
		// Each market has its own index, under its own address (`/en-gb/pagefind/`).
		const pagefindUrl = marketUrl(searchAssetUrl('pagefind.js'));
		const [pagefind, rules, vocabulary] = await Promise.all([
			import(/* @vite-ignore */ pagefindUrl) as Promise<
				PagefindApi & { init(): Promise<void>; options(o: { baseUrl: string }): Promise<void> }
			>,
			fetchJson<SearchRules>(RULES_FILE),
			fetchJson<SearchVocabulary>(VOCABULARY_FILE),
		]);
		// A German market's search needs German's stemmer and stop words (see languageRules).
		if (rules.language === 'de') await import('../lib/search/german.ts');
		// The index lives under the market's address but its pages' URLs are already full paths
		// (`/en-gb/refunds/…`): without this, Pagefind would put the bundle's folder in front again.
		await pagefind.options({ baseUrl: '/' });
		await pagefind.init();
		return { engine: createSearchEngine({ pagefind, rules, loadVocabulary: async () => vocabulary }), rules };
	})();
	return setup;
}
