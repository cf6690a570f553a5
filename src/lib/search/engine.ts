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
	/**
	 * A second instance of the same index for the lookups by filter alone (the articles of a need),
	 * when one is at hand (Node). Once Pagefind has loaded a filter, it counts that filter's values
	 * over every result of every later search, which made each word's lookup three times slower on
	 * a 10,000-article site; an instance that never loads one is spared. Same results either way.
	 */
	filterPagefind?: PagefindApi;
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

/**
 * What is kept of a lookup's results, in arrays rather than an object per result (a common word
 * matches most articles of a large site): result `i` is page `pages[i]` (a number the engine gives
 * each page id, see `pageIds`), with its score for the word, `scores[i]`, and the positions of the
 * word in the page, `positions[offsets[i]]` up to `positions[offsets[i + 1]]`.
 */
interface Lookup {
	pages: Int32Array;
	scores: Float64Array;
	offsets: Int32Array;
	positions: Int32Array;
	/** Whether no page is listed twice (Pagefind lists each once), so the term needs no merging. */
	distinct: boolean;
}

/** A term's results: each page's best result among the term's words, as lookup and index in it. */
interface TermResults {
	pages: Int32Array;
	scores: Float64Array;
	lookups: readonly Lookup[];
	/** Which of `lookups` each result comes from (all from the first when there is one word). */
	from: Uint8Array | undefined;
	/** The result's index in its lookup. */
	entries: Int32Array | undefined;
}

/** What a question is analysed and ranked with. */
interface QueryRules {
	synonyms: readonly SynonymRule[];
	model?: RankingModel;
}

interface PageScore {
	id: string;
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
	// Only what ranking reads is kept of each result (its page, score and word positions), in
	// arrays: Pagefind's own result also holds every match's weights, several objects each, which
	// made a remembered lookup about five times larger, and an object per result cost about as much
	// again. The page behind an id is loaded through the first result that named it (what it
	// returns does not depend on the word searched).
	const lookups = new BoundedCache<Lookup>(config.lookupCacheResults ?? LOOKUP_CACHE_RESULTS, (results) => results.pages.length + 1);
	const pageNumbers = new Map<string, number>();
	const pageIds: string[] = [];
	const loaders: PagefindResult['data'][] = [];
	const keep = (results: readonly PagefindResult[]): Lookup => {
		const pages = new Int32Array(results.length);
		const scores = new Float64Array(results.length);
		const offsets = new Int32Array(results.length + 1);
		let count = 0;
		for (const result of results) count += result.words.length;
		const positions = new Int32Array(count);
		const seen = new Set<number>();
		let at = 0;
		results.forEach((result, i) => {
			let page = pageNumbers.get(result.id);
			if (page === undefined) {
				page = pageIds.length;
				pageNumbers.set(result.id, page);
				pageIds.push(result.id);
				loaders.push(result.data);
			}
			pages[i] = page;
			seen.add(page);
			scores[i] = result.score;
			for (const position of result.words) positions[at++] = position;
			offsets[i + 1] = at;
		});
		return { pages, scores, offsets, positions, distinct: seen.size === results.length };
	};
	function lookUp(word: string, filters: Record<string, string> | undefined): Promise<Lookup> {
		return lookups.get(`${filters?.category ?? ''} ${word}`, async () => {
			const response = await pagefind.search(word, filters ? { filters } : {});
			return keep(response?.results ?? []);
		});
	}
	const pageData = new BoundedCache<PagefindResultData>(PAGE_CACHE_SIZE);
	const loadPage = (page: number) => pageData.get(pageIds[page]!, () => loaders[page]!());

	/** Each page's best match for a term and its alternatives (one need counts once). */
	async function lookUpTerm(term: QueryTerm, filters: Record<string, string> | undefined, spellings: IndexSpellings): Promise<TermResults> {
		const words = [...new Set([term.word, ...(term.alternatives ?? [])].flatMap(spellings))];
		const lists = await Promise.all(words.map((word) => lookUp(word, filters)));
		if (lists.length === 1 && lists[0]!.distinct) {
			const [list] = lists as [Lookup];
			return { pages: list.pages, scores: list.scores, lookups: lists, from: undefined, entries: undefined };
		}
		// Pages in the order they first appear, each with its best-scoring result (the first on a tie).
		const best = new Map<number, { score: number; from: number; entry: number }>();
		lists.forEach((list, from) => {
			for (let entry = 0; entry < list.pages.length; entry++) {
				const page = list.pages[entry]!;
				const score = list.scores[entry]!;
				const current = best.get(page);
				if (!current) best.set(page, { score, from, entry });
				else if (score > current.score) Object.assign(current, { score, from, entry });
			}
		});
		const pages = new Int32Array(best.size);
		const scores = new Float64Array(best.size);
		const from = new Uint8Array(best.size);
		const entries = new Int32Array(best.size);
		let i = 0;
		for (const [page, result] of best) {
			pages[i] = page;
			scores[i] = result.score;
			from[i] = result.from;
			entries[i] = result.entry;
			i++;
		}
		return { pages, scores, lookups: lists, from, entries };
	}

	/** The articles that are the main answer for `topic` (Pagefind's `topic` filter). */
	function lookUpTopic(topic: string, filters: Record<string, string> | undefined): Promise<Lookup> {
		return lookups.get(`${filters?.category ?? ''} topic:${topic}`, async () => {
			const response = await (config.filterPagefind ?? pagefind).search(null, { filters: { ...filters, topic } });
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

			// Per page (by number): its words' scores added up in the terms' order, and the most similar
			// need it answers; `order` lists the pages found, in the order they were first found.
			const count = pageIds.length;
			const score = new Float64Array(count);
			const need = new Float64Array(count);
			const needTopic = new Int32Array(count).fill(-1);
			const found = new Uint8Array(count);
			const order: number[] = [];
			const find = (page: number) => {
				if (!found[page]) {
					found[page] = 1;
					order.push(page);
				}
			};
			for (const { pages, scores } of looked) {
				for (let i = 0; i < pages.length; i++) {
					const page = pages[i]!;
					find(page);
					score[page] = score[page]! + scores[i]!;
				}
			}
			topics.forEach((match, t) => {
				for (const page of members[t]!.pages) {
					find(page);
					if (match.similarity > need[page]!) {
						need[page] = match.similarity;
						needTopic[page] = t;
					}
				}
			});
			let best = 0;
			for (const page of order) best = Math.max(best, score[page]!);
			const rank = new Float64Array(count);
			for (const page of order) rank[page] = (best ? score[page]! / best : 0) + NEED_WEIGHT * need[page]!;
			const top = topPages(order, limit, (a, b) => rank[b]! - rank[a]! || pageIds[a]!.localeCompare(pageIds[b]!));

			// Loading the results costs a download each: not for a question the visitor has moved past.
			options.signal?.throwIfAborted();
			const shown = new Map<number, PageScore>(
				top.map((page) => {
					const topic = needTopic[page]!;
					const entry: PageScore = { id: pageIds[page]!, score: score[page]!, matches: new Map(), need: need[page]!, rank: rank[page]! };
					if (topic >= 0) entry.needTopic = topics[topic]!.topic;
					return [page, entry];
				}),
			);
			// Word position → weight, for the excerpts of the pages shown: each term's result for the page, in the terms' order.
			for (const term of looked) {
				for (let i = 0; i < term.pages.length; i++) {
					const entry = shown.get(term.pages[i]!);
					if (!entry) continue;
					const lookup = term.lookups[term.from ? term.from[i]! : 0]!;
					const index = term.entries ? term.entries[i]! : i;
					const weight = term.scores[i]!;
					for (let at = lookup.offsets[index]!; at < lookup.offsets[index + 1]!; at++) {
						const position = lookup.positions[at]!;
						entry.matches.set(position, (entry.matches.get(position) ?? 0) + weight);
					}
				}
			}
			const words = analyzed.terms.flatMap((t) => [t.word, ...(t.alternatives ?? [])]);
			const hits = await Promise.all(top.map(async (page) => toHit(shown.get(page)!, await loadPage(page), words, language)));
			return {
				hits,
				total: order.length,
				terms: analyzed.terms.map((t) => t.word),
				corrections: analyzed.corrections,
				topics,
			};
		},
	};
}

/**
 * The first `limit` of `items` in the order `compare` sorts them (a stable sort: equal items keep
 * their order), without sorting them all: a question matches most articles of a large site, and
 * only the first few are shown.
 */
export function topPages<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
	if (!Number.isInteger(limit) || limit <= 0 || limit >= items.length / 4) return [...items].sort(compare).slice(0, limit);
	const top: T[] = [];
	for (const item of items) {
		if (top.length === limit && !(compare(item, top[limit - 1]!) < 0)) continue;
		let at = top.length;
		while (at > 0 && compare(item, top[at - 1]!) < 0) at--;
		top.splice(at, 0, item);
		if (top.length > limit) top.pop();
	}
	return top;
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
 * (about 15 MB in arrays) keeps a visitor's words, and most of a coverage run's, without growing
 * with the site. Changing it changes results, not only speed: Pagefind matches a word as a prefix
 * among the index chunks already loaded, so a word looked up again after other words have loaded
 * more chunks can score differently ("pay" did, at 10,000 articles). A budget that kept every
 * word of the coverage report changed the results of 73 of its 975 questions.
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
