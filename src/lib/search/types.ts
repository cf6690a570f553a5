import type { SearchLanguage } from './language.ts';
import type { RankingModel } from './rerank.ts';

/** What a search returns for one article, in the browser and in Node alike. */
export interface SearchHit {
	/** Path of the article, for example `/refunds/where-is-my-refund/`. */
	url: string;
	title: string;
	/** Category id, for example `refunds`. */
	category: string;
	/** The topic ids the article is the main answer for (its frontmatter `topics`). */
	topics: string[];
	/**
	 * About 30 words of the article around the matched words, as HTML: the text is escaped and each
	 * matched word is wrapped in `<mark>`. Render it with `excerptParts` rather than `innerHTML`.
	 */
	excerpt: string;
	/** Relevance: higher is better. Only meaningful to compare hits of the same query. */
	score: number;
	/** What the score is made of, for `npm run search -- --explain` (the search engine always sets it). */
	why?: {
		/** Pagefind's scores for the searched words, added up. */
		words: number;
		/** Similarity of the question to the need this article is the main answer for (0 to 1). */
		need: number;
		/** That need's topic id. */
		topic?: string;
	};
}

export interface SearchOptions {
	/** Maximum number of hits (default 10). */
	limit?: number;
	/** Only articles in this category id. */
	category?: string;
	/** Stops the search before it loads the results (the visitor typed on): it rejects with an `AbortError`. */
	signal?: AbortSignal;
}

/** The subset of `pagefind.js` the pipeline uses (the real bundle in the browser and in Node). */
export interface PagefindApi {
	search(term: string | null, options?: { filters?: Record<string, string | string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
	/** Stable id of the page within one build. */
	id: string;
	score: number;
	/** Positions (word indexes in `content`) of the words that matched. */
	words: number[];
	data(): Promise<PagefindResultData>;
}

export interface PagefindResultData {
	url: string;
	/** The indexed text of the page, unescaped. */
	content: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[]>;
}

/**
 * Query rules built with the site (`dist/pagefind/search-rules.json`, read with `readRulesFile`):
 * the writer-maintained synonyms compiled to token lists, and the categories for labels and filters.
 */
export interface SearchRules {
	version: 1;
	/** The language of the market's questions and index (its locale's); absent means English. */
	language?: SearchLanguage;
	/** Longest phrase first. */
	synonyms: SynonymRule[];
	categories: { id: string; title: string }[];
	/** The ranking model learned from the writers' questions (rerank.ts); absent, results keep Pagefind's word scores. */
	model?: RankingModel;
}

/**
 * `search-rules.json` as written: the rules any question may need, with their synonyms packed
 * (`packSynonyms`); the rest are in the vocabulary files (build-data.ts `searchFiles`). Read with
 * `readRulesFile`.
 */
export interface SearchRulesFile extends Omit<SearchRules, 'version' | 'synonyms'> {
	version: 3;
	/** Each list: a word the articles use, then the customer phrases that stand for it. */
	synonyms: string[][];
}

/** "When a question contains `from`, search for `to`." Both are normalised word lists. */
export interface SynonymRule {
	from: string[];
	to: string[];
}

/**
 * What a question may need of the synonyms and the ranking model beyond `search-rules.json`, which
 * holds only what any question may need (build-data.ts `searchFiles`).
 */
export interface RulesShare {
	/** Synonym rules, packed (`packSynonyms`). */
	synonyms: string[][];
	/** The ranking model's words (rerank.ts `RankingModel.features`). */
	features: Record<string, number[]>;
}

/**
 * Every word in the index (`dist/pagefind/search-vocabulary.json`), and the rules `search-rules.json`
 * leaves out: a question with a word to correct may meet any of them.
 */
export interface SearchVocabulary extends Partial<RulesShare> {
	version: 3;
	/** Most common first: on most pages, then alphabetical. */
	words: string[];
}

/**
 * The words of the vocabulary that begin with one letter (`search-vocabulary-p.json`), and the share
 * of the rules a question whose words begin with that letter may need.
 */
export interface SearchVocabularyPart extends Partial<RulesShare> {
	version: 3;
	/** Words in the whole vocabulary. */
	total: number;
	/** In the whole vocabulary's order. */
	words: string[];
	/** Each word's place in the whole vocabulary (0 is the most common). */
	places: number[];
	/** The customers' words (of the synonyms) with this initial that are not index words: the speller knows them too. */
	customerWords?: string[];
}
