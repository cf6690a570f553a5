// German's rules (stemmer, stop words) register themselves: this runs in Node, where every language is at hand.
import '../search/german.ts';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	readRulesFile,
	RULES_FILE,
	SEARCH_BUNDLE_DIR,
	VOCABULARY_FILE,
	VOCABULARY_PART_INITIALS,
	vocabularyPartFile,
} from '../search/build-data.ts';
import { createSearchEngine, type SearchResponse } from '../search/engine.ts';
import type { PagefindApi, SearchHit, SearchOptions, SearchRulesFile, SearchVocabulary, SearchVocabularyPart } from '../search/types.ts';

export type { SearchHit, SearchOptions };

export interface NodeSearch {
	/** The same pipeline as the browser, on the built index. */
	search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
	/** Hits plus what the pipeline did (terms looked up, typo corrections), for tools. */
	searchDetailed(query: string, options?: SearchOptions): Promise<SearchResponse>;
	close(): Promise<void>;
}

interface PagefindModule extends PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	destroy(): Promise<void>;
}

let fetchShimInstalled = false;

/** `pagefind.js` loads its index with `fetch`; Node's fetch does not read `file:` URLs, so teach it. */
function installFileFetch(): void {
	if (fetchShimInstalled) return;
	fetchShimInstalled = true;
	const networkFetch = globalThis.fetch;
	globalThis.fetch = async (input, init) => {
		const url = input instanceof Request ? input.url : String(input);
		if (!url.startsWith('file:')) return networkFetch(input, init);
		try {
			return new Response(await readFile(new URL(url)));
		} catch {
			return new Response(null, { status: 404, statusText: `Not found: ${url}` });
		}
	};
}

/**
 * Opens the search of a built site (`dist/`) in Node: the real `dist/pagefind/pagefind.js` and its
 * WASM, driven by the same pipeline as the browser (`src/lib/search`), so results are identical.
 * It reads the whole vocabulary and rules at once; `byInitial` reads them as the browser does, the
 * parts of a question's initials first (for tests that the two agree).
 */
export async function openSearch(distDir: string, { byInitial = false }: { byInitial?: boolean } = {}): Promise<NodeSearch> {
	const bundle = path.resolve(distDir, SEARCH_BUNDLE_DIR);
	try {
		await access(path.join(bundle, 'pagefind.js'));
	} catch {
		throw new Error(
			`There is no search index in ${path.join(distDir, SEARCH_BUNDLE_DIR)}. Run \`npm run build\` first: the search index is made by the build.`,
		);
	}
	const [rules, vocabularyText] = await Promise.all([
		readFile(path.join(bundle, RULES_FILE), 'utf8').then((text) => readRulesFile(JSON.parse(text) as SearchRulesFile)),
		readFile(path.join(bundle, VOCABULARY_FILE), 'utf8'),
	]);
	installFileFetch();
	const baseUrl = pathToFileURL(`${bundle}${path.sep}`).href;
	// A query string per bundle: two builds opened in one process get two separate Pagefind instances.
	// And two per build: words are looked up in one, the articles of a need (by filter) in the
	// other, so the words' lookups never pay for counting filters (see `filterPagefind`).
	const open = async (role: string) => {
		const pagefind = (await import(`${baseUrl}pagefind.js?dist=${encodeURIComponent(bundle)}&for=${role}`)) as PagefindModule;
		await pagefind.options({ basePath: baseUrl, baseUrl: '/' });
		return pagefind;
	};
	const [pagefind, filterPagefind] = await Promise.all([open('words'), open('filters')]);
	const engine = createSearchEngine({
		pagefind,
		filterPagefind,
		rules,
		loadVocabulary: async () => JSON.parse(vocabularyText) as SearchVocabulary,
		...(byInitial
			? {
					loadVocabularyPart: async (initial: string) =>
						VOCABULARY_PART_INITIALS.includes(initial)
							? (JSON.parse(await readFile(path.join(bundle, vocabularyPartFile(initial)), 'utf8')) as SearchVocabularyPart)
							: undefined,
				}
			: {}),
	});
	return {
		search: async (query, options) => (await engine.search(query, options)).hits,
		searchDetailed: (query, options) => engine.search(query, options),
		close: async () => {
			await Promise.all([pagefind.destroy(), filterPagefind.destroy()]);
		},
	};
}
