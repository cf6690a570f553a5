import { buildExcerpt, highlightWords } from './excerpt.ts';
import { languageRules, type SearchLanguage } from './language.ts';
import { foldUmlauts, isNumber, tokenize } from './text.ts';
import { analyzedWords, analyzeQuery, type AnalyzedQuery, type Correction, type QueryTerm } from './query.ts';

export type { Correction };
import { createSpeller, type Speller } from './spelling.ts';
import { customerWords, packSynonyms, unpackSynonyms } from './synonyms.ts';
import { matchTopics, type RankingModel, type TopicMatch } from './rerank.ts';
import type {
	PagefindApi,
	PagefindResult,
	PagefindResultData,
	RulesShare,
	SearchHit,
	SearchOptions,
	SearchRules,
	SearchVocabulary,
	SearchVocabularyPart,
	SynonymRule,
} from './types.ts';

export interface SearchEngineConfig {
	/** `pagefind.js`, already configured (base path, options). */
	pagefind: PagefindApi;
	/** `search-rules.json` from the build. */
	rules: SearchRules;
	/** Loads `search-vocabulary.json` (once) for typo correction. */
	loadVocabulary?: () => Promise<SearchVocabulary>;
	/**
	 * Loads the vocabulary's words that begin with one letter (`search-vocabulary-p.json`). The
	 * browser gives it, so a question whose words the index all has never downloads the whole
	 * vocabulary; its results are the same either way (see `prepare`).
	 */
	loadVocabularyPart?: (initial: string) => Promise<SearchVocabularyPart | undefined>;
	/** How many looked-up results to remember (default `LOOKUP_CACHE_RESULTS`). */
	lookupCacheResults?: number;
}

export interface SearchResponse {
	hits: SearchHit[];
	/** Number of matching articles, before `limit`. */
	total: number;
	/** The words that were looked up. */
	terms: string[];
	corrections: Correction[];
	/** The needs the question looks like, most similar first: what re-ranked the results. */
	topics: TopicMatch[];
}

export interface SearchEngine {
	search(query: string, options?: SearchOptions): Promise<SearchResponse>;
}

/** What a question is analysed and ranked with. */
interface QueryRules {
	synonyms: readonly SynonymRule[];
	model?: RankingModel;
}

/** What is kept of a Pagefind result: the page, its score for the word, and where the word is. */
type Match = Pick<PagefindResult, 'id' | 'score' | 'words'>;

interface PageScore {
	result: Match;
	score: number;
	/** Word position → weight, for the excerpt. */
	matches: Map<number, number>;
	/** Similarity of the question to the need this article answers best (0 when none). */
	need: number;
	needTopic?: string;
	/** Final score: lexical share of the best lexical score, plus the weighted need similarity. */
	rank: number;
}

/**
 * The one query pipeline, used unchanged by the browser UI, `npm run search`, `npm run eval:search`
 * and the coverage report:
 *
 * 1. `analyzeQuery`: normalise; correct words that neither the index nor the synonyms know (typos,
 *    run-together words) against the index vocabulary; apply the writers' synonyms; drop filler
 *    words and numbers.
 * 2. Look each remaining term up on its own (with its alternative spellings, best one counts) and
 *    add up the scores per article. Pagefind alone requires every word to match, which fails on
 *    most questions people actually type; summing per-word scores ranks first the articles that
 *    match the most, and the rarest, words.
 * 3. The top articles are loaded and given an excerpt with the searched words marked.
 *
 * Extra scoring (a bonus for matching more terms, for terms found side by side, a weight for
 * synonym terms) was measured and moved the scores by less than a point, so it is left out.
 */
export function createSearchEngine(config: SearchEngineConfig): SearchEngine {
	const { pagefind, rules } = config;
	const language = rules.language ?? 'en';
	/** The rules a question is analysed and ranked with: `rules`, and the shares of the rest it may need. */
	const withShares = (shares: readonly Partial<RulesShare>[]): QueryRules => {
		if (!shares.some((share) => share.synonyms?.length || share.features))
			return { synonyms: rules.synonyms, ...(rules.model ? { model: rules.model } : {}) };
		const synonyms = unpackSynonyms(packSynonyms(rules.synonyms), ...shares.map((share) => share.synonyms ?? []));
		const model = rules.model && {
			...rules.model,
			features: Object.assign({}, rules.model.features, ...shares.map((share) => share.features ?? {})) as RankingModel['features'],
		};
		return { synonyms, ...(model ? { model } : {}) };
	};
	let vocabulary: Promise<(QueryRules & { speller: Speller; spellings: IndexSpellings }) | undefined> | undefined;
	const getVocabulary = () =>
		(vocabulary ??= config.loadVocabulary
			? config.loadVocabulary().then((v) => {
					const all = withShares([v]);
					return {
						...all,
						speller: createSpeller(rankedWords(v), customerWords(all.synonyms), language),
						spellings: indexSpellings(v, language),
					};
				})
			: Promise.resolve(undefined));

	/**
	 * The vocabulary's words that begin with `initial` as a speller, with the share of the rules a
	 * question whose words begin with it may need, once per initial (undefined when there is no such part).
	 */
	const initialParts = new Map<string, Promise<{ speller: Speller; share: Partial<RulesShare> } | undefined>>();
	const initialPart = (initial: string) => {
		let part = initialParts.get(initial);
		if (!part) {
			part = config.loadVocabularyPart!(initial).then(
				(loaded) =>
					loaded && {
						speller: createSpeller(
							loaded.words.map((word, i): [string, number] => [word, loaded.total - loaded.places[i]!]),
							[...customerWords(rules.synonyms).filter((word) => word[0] === initial), ...(loaded.customerWords ?? [])],
							language,
						),
						share: loaded,
					},
				() => undefined,
			);
			initialParts.set(initial, part);
		}
		return part;
	};
	/** The rules of the questions whose words begin with the same letters, by those letters. */
	const partRules = new Map<string, QueryRules>();
	/**
	 * The speller and rules for `query`. Whether an English word is an index word, an inflection of
	 * one or the start of one depends only on the index words with its first letter, so when every
	 * word of the question passes that test against those words alone, nothing needs correcting and
	 * the parts answer exactly as the whole vocabulary would. The parts also hold every synonym and
	 * ranking word such a question can meet (build-data.ts `searchFiles`). Otherwise the whole vocabulary is loaded.
	 */
	async function prepare(query: string): Promise<QueryRules & { speller?: Speller }> {
		if (config.loadVocabularyPart && language === 'en') {
			const { stopWords } = languageRules(language);
			const words = tokenize(query, language).filter((word) => !stopWords.has(word) && !isNumber(word));
			const initials = [...new Set(words.map((word) => word[0]!))];
			const parts = new Map(await Promise.all(initials.map(async (initial) => [initial, await initialPart(initial)] as const)));
			// A stop word or a number (never corrected) may begin with a letter whose part is not loaded.
			const of = (word: string) => parts.get(word[0]!)?.speller;
			if ([...parts.values()].every(Boolean) && words.every((word) => of(word)!.knows(word))) {
				const key = initials.toSorted().join('');
				let known = partRules.get(key);
				if (!known) partRules.set(key, (known = withShares([...parts.values()].map((part) => part!.share))));
				return {
					...known,
					speller: {
						knows: (word) => of(word)?.knows(word) ?? true,
						complete: (word) => of(word)?.complete(word),
						// Never asked: every word is known.
						correct: () => undefined,
					},
				};
			}
		}
		return (await getVocabulary()) ?? withShares([]);
	}

	// The index never changes under a running engine, so each word is looked up once: typing
	// "refund status" searches "refund" again at every later keystroke, and the coverage report's
	// questions share most of their words.
	// Only what ranking reads is kept of each result (its id, score and word positions): Pagefind's
	// own result also holds every match's weights, several objects each, which made a remembered
	// lookup about five times larger. The page behind an id is loaded through the first result that
	// named it (what it returns does not depend on the word searched).
	const lookups = new BoundedCache<Match[]>(config.lookupCacheResults ?? LOOKUP_CACHE_RESULTS, (results) => results.length + 1);
	const loaders = new Map<string, PagefindResult['data']>();
	const keep = (results: readonly PagefindResult[]): Match[] =>
		results.map((result) => {
			if (!loaders.has(result.id)) loaders.set(result.id, result.data);
			return { id: result.id, score: result.score, words: result.words };
		});
	function lookUp(word: string, filters: Record<string, string> | undefined): Promise<Match[]> {
		return lookups.get(`${filters?.category ?? ''} ${word}`, async () => {
			const response = await pagefind.search(word, filters ? { filters } : {});
			return keep(response?.results ?? []);
		});
	}
	const pageData = new BoundedCache<PagefindResultData>(PAGE_CACHE_SIZE);
	const loadPage = (result: Match) => pageData.get(result.id, () => loaders.get(result.id)!());

	/** Each page's best match for a term and its alternatives (one need counts once). */
	async function lookUpTerm(term: QueryTerm, filters: Record<string, string> | undefined, spellings: IndexSpellings): Promise<TermMatches> {
		const words = [...new Set([term.word, ...(term.alternatives ?? [])].flatMap(spellings))];
		const lists = await Promise.all(words.map((word) => lookUp(word, filters)));
		const best = new Map<string, Match>();
		for (const results of lists) {
			for (const result of results) {
				const current = best.get(result.id);
				if (!current || result.score > current.score) best.set(result.id, result);
			}
		}
		return { term, results: [...best.values()] };
	}

	/** The articles that are the main answer for `topic` (Pagefind's `topic` filter). */
	function lookUpTopic(topic: string, filters: Record<string, string> | undefined): Promise<Match[]> {
		return lookups.get(`${filters?.category ?? ''} topic:${topic}`, async () => {
			const response = await pagefind.search(null, { filters: { ...filters, topic } });
			return keep(response?.results ?? []);
		});
	}

	return {
		async search(query, options = {}) {
			const limit = options.limit ?? 10;
			const filters = options.category ? { category: options.category } : undefined;
			const { speller, synonyms, model } = await prepare(query);
			// German queries are searched as the index spells them, which takes the whole vocabulary.
			const spellings = language === 'en' ? (word: string) => [word] : ((await getVocabulary())?.spellings ?? ((word: string) => [word]));
			// Each word looked up may download an index chunk: not for a question the visitor has moved past.
			options.signal?.throwIfAborted();
			const analyzed = analyzeQuery(query, synonyms, speller, language);
			// The needs' articles are looked up after the words, not beside them: measured at 1,000 articles,
			// looking them up together made a word typed on the way ("pay" for "payment") finish in time to
			// download its five results on the first search, about 8 KB more (`npm run bench:search`).
			const looked = await Promise.all(analyzed.terms.map((term) => lookUpTerm(term, filters, spellings)));
			const topics = model ? likelyNeeds(model, analyzed, language) : [];
			const members = await Promise.all(topics.map((match) => lookUpTopic(match.topic, filters)));

			const pages = new Map<string, PageScore>();
			const pageOf = (result: Match) => {
				let page = pages.get(result.id);
				if (!page) {
					page = { result, score: 0, matches: new Map(), need: 0, rank: 0 };
					pages.set(result.id, page);
				}
				return page;
			};
			for (const { results } of looked) {
				for (const result of results) {
					const page = pageOf(result);
					page.score += result.score;
					for (const position of result.words) {
						page.matches.set(position, (page.matches.get(position) ?? 0) + result.score);
					}
				}
			}
			topics.forEach((match, i) => {
				for (const result of members[i]!) {
					const page = pageOf(result);
					if (match.similarity > page.need) {
						page.need = match.similarity;
						page.needTopic = match.topic;
					}
				}
			});
			let best = 0;
			for (const page of pages.values()) best = Math.max(best, page.score);
			for (const page of pages.values()) page.rank = (best ? page.score / best : 0) + NEED_WEIGHT * page.need;
			const ranked = [...pages.values()].sort((a, b) => b.rank - a.rank || a.result.id.localeCompare(b.result.id));
			// Loading the results costs a download each: not for a question the visitor has moved past.
			options.signal?.throwIfAborted();
			const words = analyzed.terms.flatMap((t) => [t.word, ...(t.alternatives ?? [])]);
			const hits = await Promise.all(ranked.slice(0, limit).map(async (page) => toHit(page, await loadPage(page.result), words, language)));
			return {
				hits,
				total: ranked.length,
				terms: analyzed.terms.map((t) => t.word),
				corrections: analyzed.corrections,
				topics,
			};
		},
	};
}

/**
 * How much the need a question looks like counts, against the words it shares with an article
 * (whose best share is 1). Measured on the development questions at 0.5, 1, 2, 3 and 5: 2 and 3
 * were best and within a point of each other; the smaller one leaves the words more say.
 */
export const NEED_WEIGHT = 2;
/** The needs considered per question (1, 3 and 5 measured): the rest are too unlike it to move a result. */
const NEEDS_CONSIDERED = 3;

/** The needs the question looks like, from its words as typed (corrected) and as searched. */
function likelyNeeds(model: RankingModel, analyzed: AnalyzedQuery, language: SearchLanguage): TopicMatch[] {
	return matchTopics(model, analyzedWords(analyzed), language).slice(0, NEEDS_CONSIDERED);
}

/** The words to ask Pagefind for one query word: the index's own spellings of it. */
type IndexSpellings = (word: string) => string[];

/**
 * Queries are folded ("rueckerstattung"), a German index is not: Pagefind stems "Rückerstattung"
 * with Snowball, which turns ü into u ("ruckerstatt") but leaves "ue" alone, so "rueckerstattung"
 * would find nothing. A German query word is therefore searched as the index spells it: the index
 * words that fold to it, or else (an inflection the index lacks, "gebuehr" for "gebühren") the most
 * common index word with the same stem, next to the word itself. English words are searched as typed.
 */
export function indexSpellings(vocabulary: SearchVocabulary, language: SearchLanguage): IndexSpellings {
	if (language !== 'de') return (word) => [word];
	const { stem } = languageRules(language);
	const byFolded = new Map<string, string[]>();
	const byStem = new Map<string, string>();
	for (const word of vocabulary.words) {
		const folded = foldUmlauts(word);
		const list = byFolded.get(folded) ?? [];
		list.push(word);
		byFolded.set(folded, list);
		// Most common first: the first word with a stem is the one kept.
		if (word !== folded && !byStem.has(stem(folded))) byStem.set(stem(folded), word);
	}
	return (word) => {
		const exact = byFolded.get(word);
		if (exact) return exact;
		const sameStem = byStem.get(stem(word));
		return sameStem ? [sameStem, word] : [word];
	};
}

/** The vocabulary as the speller reads it: each word with a weight that keeps the file's order (most common first). */
function rankedWords(vocabulary: SearchVocabulary): [string, number][] {
	return vocabulary.words.map((word, i) => [word, vocabulary.words.length - i]);
}

/**
 * Lookups remembered per engine, counted in results: a common word matches most articles, so on a
 * 10,000-article site a few hundred words already hold millions of results. About 400,000 results
 * (tens of MB) keeps a visitor's words, and most of a coverage run's, without growing with the site.
 */
const LOOKUP_CACHE_RESULTS = 400_000;
/** Loaded articles remembered per engine: the results a visitor sees while typing, or a report's. */
const PAGE_CACHE_SIZE = 2000;

/**
 * A map that forgets its least recently used entries once the weights of its values add up to
 * more than `budget` (every value weighs 1 unless `weigh` says otherwise). A failed value is
 * forgotten at once, so a network error is retried by the next search rather than remembered.
 */
class BoundedCache<V> {
	private readonly entries = new Map<string, { value: Promise<V>; weight: number }>();
	private readonly budget: number;
	private readonly weigh: (value: V) => number;
	private total = 0;
	constructor(budget: number, weigh: (value: V) => number = () => 1) {
		this.budget = budget;
		this.weigh = weigh;
	}
	get(key: string, make: () => Promise<V>): Promise<V> {
		const cached = this.entries.get(key);
		if (cached) {
			// Used again: it becomes the newest, so the words every question shares stay remembered.
			this.entries.delete(key);
			this.entries.set(key, cached);
			return cached.value;
		}
		const entry = { value: make(), weight: 0 };
		this.entries.set(key, entry);
		entry.value.then(
			(value) => {
				if (this.entries.get(key) !== entry) return;
				entry.weight = this.weigh(value);
				this.total += entry.weight;
				for (const [oldKey, old] of this.entries) {
					if (this.total <= this.budget || old === entry) break;
					this.entries.delete(oldKey);
					this.total -= old.weight;
				}
			},
			() => {
				if (this.entries.get(key) === entry) this.entries.delete(key);
			},
		);
		return entry.value;
	}
}

interface TermMatches {
	term: QueryTerm;
	results: Match[];
}

/**
 * The excerpt is the article's description (written to say what it answers) with the searched
 * words marked; when the description has none of them, the passage of the article that has most.
 */
function toHit(page: PageScore, data: PagefindResultData, words: readonly string[], language: SearchLanguage): SearchHit {
	const { stem } = languageRules(language);
	const stems = new Set(words.map(stem));
	const description = data.meta.description ? highlightWords(data.meta.description, stems, language) : undefined;
	return {
		url: data.url,
		title: data.meta.title ?? data.url,
		category: data.meta.category ?? data.filters?.category?.[0] ?? '',
		topics: (data.meta.topics ?? '')
			.split(',')
			.map((t) => t.trim())
			.filter(Boolean),
		excerpt: description?.includes('<mark>') ? description : buildExcerpt(data.content, page.matches),
		score: Math.round(page.rank * 1000) / 1000,
		why: { words: Math.round(page.score * 1000) / 1000, need: page.need, ...(page.needTopic ? { topic: page.needTopic } : {}) },
	};
}
