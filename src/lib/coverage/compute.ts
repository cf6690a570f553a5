// FAQ coverage: which customer needs the help center answers, how well search finds those answers
// for the way customers ask, and what is going stale. Compute first, render second: this module
// only computes (pure, no clock, no files); src/lib/coverage/format.ts renders.
import { REVIEW_AGE_DAYS } from '../../schemas/article.ts';
import { parseIsoDate, daysBetween as calendarDaysBetween } from '../../schemas/calendar.ts';
import { formatPercent } from '../shared/words.ts';
import { SOURCE_LANGUAGE } from '../i18n/messages.ts';
import { languageOf } from '../markets/markets.ts';
import type { BankQuestion } from '../content/question-bank.ts';
import { computeMetrics, rankOf, type QuestionOutcome } from './search-metrics.ts';
import type { SearchHit } from '../search/types.ts';

/** What a topic needs attention for, worst first. */
export const TOPIC_STATUSES = ['no-article', 'search-misses', 'stale', 'covered'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

/** Plain-words meaning of each status, the same in every format. */
export const STATUS_MEANING: Record<TopicStatus, string> = {
	'no-article': 'no published article lists this topic',
	'search-misses': 'search puts the answer in the top 3 for too few of its questions',
	stale: 'its newest article was last reviewed too long ago',
	covered: 'answered, found by search, reviewed recently',
};

export const COVERAGE_DEFAULTS = {
	/** An article is stale when it was last reviewed more than this many days ago: the check's review age. */
	staleAfterDays: REVIEW_AGE_DAYS,
	/** A topic whose recall@3 is under this share is `search-misses`. */
	target: 0.8,
} as const;

/** How many results count as "found": customers rarely read past the third. */
export const TOP_K = 3;

export interface CoverageTopic {
	id: string;
	category: string;
	title: string;
}

export interface CoverageCategory {
	id: string;
	title: string;
}

export interface CoverageArticle {
	/** Site path, for example `/payments/pay-early/`. */
	url: string;
	title: string;
	category: string;
	topics: readonly string[];
	/** `YYYY-MM-DD`. */
	updated: string;
	/** `YYYY-MM-DD`, when someone last checked the article is still right. */
	reviewed?: string | undefined;
	draft: boolean;
	/** Source file, relative to the project root. */
	file: string;
}

/** A market of content/markets.yaml, as the report names it. */
export interface CoverageMarket {
	id: string;
	/** The country or region, as customers read it: `United Kingdom`. */
	name: string;
	/** The market's locale (`en-GB`); in lowercase, the start of its addresses. */
	locale: string;
}

/** What a topic's articles are in a market whose language is not the shared articles' (SOURCE_LANGUAGE), worst first. */
export const TRANSLATION_STATUSES = ['untranslated', 'out-of-date', 'translated'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** Plain-words meaning of each translation status, for `npm run coverage` (the page has its own, in its language). */
export const TRANSLATION_MEANING: Record<TranslationStatus, string> = {
	untranslated: 'only a shared English article answers it there',
	'out-of-date': "the market's own version follows an older version of the English article",
	translated: "the market's own articles answer it, each up to date with the English article it follows",
};

/** An article a market publishes, with where its text comes from. */
export interface CoverageMarketArticle extends Pick<CoverageArticle, 'url' | 'file' | 'topics' | 'draft'> {
	/** `shared`: a shared article (content/articles/, in English); `own`: the market's own, in its language (content/markets/<market>/). */
	source: 'shared' | 'own';
	/** `YYYY-MM-DD`: an own article's `sourceUpdated:`, the version of the shared article at its address it follows. */
	sourceUpdated?: string | undefined;
	/** `YYYY-MM-DD`: the `updated` of the shared article at the same address, when an own article has one. */
	sharedUpdated?: string | undefined;
}

/** A market and the articles it publishes (drafts included; they never count), for the topics × market matrix and the translations. */
export interface CoverageMarketInput extends CoverageMarket {
	articles: readonly CoverageMarketArticle[];
}

/** One search result, as the site's search pipeline returns it. */
export type CoverageHit = SearchHit;

/** A question from a bank and what search returned for it, best first. */
export interface QuestionRun {
	question: BankQuestion;
	hits: readonly CoverageHit[];
}

export interface CoverageInput {
	topics: readonly CoverageTopic[];
	categories: readonly CoverageCategory[];
	/** The market the report is about: `articles` and the search that answered `runs` are its own. */
	market: CoverageMarket;
	/**
	 * Every market, in the order of content/markets.yaml, with the articles it publishes: the
	 * topics × market matrix, the same in every market's report. Must include `market`.
	 */
	markets: readonly CoverageMarketInput[];
	/** Every article of the market, drafts included (they are listed, never counted as answers). */
	articles: readonly CoverageArticle[];
	/** Every question of the banks with its search results. */
	runs: readonly QuestionRun[];
	/** Paths of the banks the questions came from, so an empty bank still shows with 0 questions. */
	banks: readonly string[];
	/** The report date, `YYYY-MM-DD`: an input, so the same content gives the same report. */
	today: string;
	staleAfterDays?: number | undefined;
	target?: number | undefined;
}

export interface TopicRow {
	id: string;
	title: string;
	category: string;
	status: TopicStatus;
	/** URLs of the published articles that list the topic. */
	articles: string[];
	/** Number of bank questions labelled with the topic. */
	questions: number;
	/** Share of its questions whose answer search ranks in the top 3; null without questions. */
	recallAt3: number | null;
	/** Share of its questions for which search returned nothing; null without questions. */
	zeroResultRate: number | null;
	/** Newest review date (or update date, if never reviewed) among its articles; null without articles. */
	reviewed: string | null;
}

export interface CategoryRow {
	id: string;
	title: string;
	topics: number;
	articles: number;
	questions: number;
	recallAt3: number | null;
	zeroResultRate: number | null;
	statuses: Record<TopicStatus, number>;
}

export interface ReturnedHit {
	url: string;
	title: string;
	topics: string[];
}

export interface FailedQuestion {
	question: string;
	topic: string;
	id?: string;
	file: string;
	line: number;
	/** 1-based rank of the first result that answers the topic, or null when none does. */
	rank: number | null;
	/** What search showed instead: its top results. */
	returned: ReturnedHit[];
}

/** A stale article, with the file to open. */
export interface StaleArticle extends Omit<ArticleRow, 'stale'> {
	file: string;
}

/** A published article and how long ago it was last checked. */
export interface ArticleRow {
	url: string;
	title: string;
	category: string;
	topics: string[];
	/** The date the age is counted from: `reviewed`, or `updated` when never reviewed. */
	reviewed: string;
	/** Whether `reviewed` is really the update date because the article has never been reviewed. */
	neverReviewed: boolean;
	ageDays: number;
	stale: boolean;
}

export interface DraftArticle {
	url: string;
	title: string;
	category: string;
	topics: string[];
	file: string;
}

export interface CoverageSummary {
	topics: number;
	/** Published articles. */
	articles: number;
	drafts: number;
	questions: number;
	/** Share of all questions answered in the top 3 (each question counts once). */
	recallAt3: number | null;
	/** Mean of the topics' recall@3, so a topic with many questions does not hide a small one. */
	macroRecallAt3: number | null;
	zeroResultRate: number | null;
	/** Mean reciprocal rank of the first answering result in the first 10 (0 when none) over all questions. */
	mrr: number | null;
	statuses: Record<TopicStatus, number>;
	staleArticles: number;
}

/** One column of the topics × market matrix. */
export interface MarketColumn extends CoverageMarket {
	/** Whether this is the market the report is about (whose pages and search the figures measure). */
	current: boolean;
	/** Published articles in the market. */
	articles: number;
	/** Per topic (every topic, in the order of `topics`), how many of the market's published articles list it; 0 is a gap. */
	articlesPerTopic: Record<string, number>;
	/** The topics none of the market's published articles lists, in the order of `topics`. */
	topicsWithoutArticles: string[];
}

/** One published article of a topic in a market being translated. */
export interface TranslationArticle {
	url: string;
	file: string;
	status: TranslationStatus;
	/** For an own article: the version of the English article it follows (`sourceUpdated:`), when it says. */
	sourceUpdated?: string;
	/** For an out-of-date article: the English article's `updated`, newer than `sourceUpdated`. */
	sharedUpdated?: string;
}

/** A topic in a market being translated: untranslated when only English articles answer it, out of date when one of its own follows an older English version. */
export interface TranslationTopic {
	id: string;
	status: TranslationStatus;
	/** Its published articles in the market, by URL. */
	articles: TranslationArticle[];
}

/** The translation state of one market whose language is not the shared articles'. */
export interface MarketTranslations extends CoverageMarket {
	/** The market's language (`de`). */
	language: string;
	/** Whether this is the market the report is about. */
	current: boolean;
	/** Topics per status; topics with no published article in the market are not counted (the matrix shows them). */
	statuses: Record<TranslationStatus, number>;
	/** Every topic with a published article in the market, in the order of `topics`. */
	topics: TranslationTopic[];
}

export interface CoverageReport {
	/** The report date, `YYYY-MM-DD`. */
	generatedAt: string;
	/** The market whose pages and search index the figures are for. */
	market: CoverageMarket;
	/**
	 * Topics × market: for every market of content/markets.yaml, in its order, the published
	 * articles per topic. From the content alone, so every market's report shows the same matrix.
	 */
	markets: MarketColumn[];
	/**
	 * Per market whose language is not the shared articles' (English), in the order of
	 * content/markets.yaml: which topics are translated, untranslated or out of date. From the
	 * content alone, like `markets`; empty when every market speaks English.
	 */
	translations: MarketTranslations[];
	staleAfterDays: number;
	target: number;
	banks: { file: string; questions: number }[];
	summary: CoverageSummary;
	categories: CategoryRow[];
	topics: TopicRow[];
	/** Every published article, by URL. */
	articles: ArticleRow[];
	topicsWithoutArticles: string[];
	topicsWithoutQuestions: string[];
	/** Every question whose answer is not in the top 3, worst first. */
	failedQuestions: FailedQuestion[];
	staleArticles: StaleArticle[];
	drafts: DraftArticle[];
}

function calendarDate(date: string, what = 'The date') {
	const parsed = parseIsoDate(date);
	if (!parsed) throw new RangeError(`${what} must be a date written YYYY-MM-DD, got "${date}".`);
	return parsed;
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
	return calendarDaysBetween(calendarDate(from), calendarDate(to));
}

function mean(values: readonly number[]): number | null {
	return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

/** Four decimals, as the search evaluation rounds its shares. */
function roundShare(value: number | null): number | null {
	return value === null ? null : Math.round(value * 10_000) / 10_000;
}

function emptyStatuses(): Record<TopicStatus, number> {
	return { 'no-article': 0, 'search-misses': 0, stale: 0, covered: 0 };
}

interface Tally {
	questions: number;
	recallAt3: number | null;
	zeroResultRate: number | null;
	mrr: number | null;
}

/** Recall@3, zero-result rate and MRR with the search evaluation's own maths; null without questions. */
function tally(runs: readonly QuestionRun[], categoryOf: ReadonlyMap<string, string>): Tally {
	if (!runs.length) return { questions: 0, recallAt3: null, zeroResultRate: null, mrr: null };
	const outcomes: QuestionOutcome[] = runs.map((run) => ({
		question: run.question.question,
		topic: run.question.topic,
		category: categoryOf.get(run.question.topic) ?? '',
		hits: [...run.hits],
		rank: rankOf(run.hits, run.question.topic),
	}));
	const { questions, recallAt3, zeroResultRate, mrr } = computeMetrics(outcomes);
	return { questions, recallAt3, zeroResultRate, mrr };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The FAQ coverage report. Deterministic: the same input (including `today`) gives the same
 * report, rows in a stable order (topics by category order, then as listed in topics.yaml).
 */
export function computeCoverage(input: CoverageInput): CoverageReport {
	const staleAfterDays = input.staleAfterDays ?? COVERAGE_DEFAULTS.staleAfterDays;
	const target = input.target ?? COVERAGE_DEFAULTS.target;
	if (!Number.isInteger(staleAfterDays) || staleAfterDays < 0) {
		throw new RangeError(`The stale age must be a whole number of days, got ${staleAfterDays}.`);
	}
	if (!(target >= 0 && target <= 1)) throw new RangeError(`The target recall must be between 0 and 1, got ${target}.`);
	calendarDate(input.today, 'The report date');
	if (!input.markets.some((m) => m.id === input.market.id)) {
		throw new RangeError(
			`The report's market \`${input.market.id}\` is not among the markets ${input.markets.map((m) => m.id).join(', ')}.`,
		);
	}

	const published = input.articles.filter((a) => !a.draft);
	const lastChecked = (a: CoverageArticle) => a.reviewed ?? a.updated;
	const isStale = (date: string) => daysBetween(date, input.today) > staleAfterDays;

	const categoryOrder = new Map(input.categories.map((c, i) => [c.id, i]));
	const categoryOf = new Map(input.topics.map((t) => [t.id, t.category]));
	const topics = [...input.topics]
		.map((topic, index) => ({ topic, index }))
		.sort(
			(a, b) => (categoryOrder.get(a.topic.category) ?? Infinity) - (categoryOrder.get(b.topic.category) ?? Infinity) || a.index - b.index,
		)
		.map(({ topic }) => topic);

	const runsByTopic = new Map<string, QuestionRun[]>();
	for (const run of input.runs) {
		const list = runsByTopic.get(run.question.topic) ?? [];
		list.push(run);
		runsByTopic.set(run.question.topic, list);
	}

	const topicRows: TopicRow[] = topics.map((topic) => {
		const articles = published.filter((a) => a.topics.includes(topic.id));
		const counts = tally(runsByTopic.get(topic.id) ?? [], categoryOf);
		const recallAt3 = counts.recallAt3;
		const reviewed = articles.map(lastChecked).sort(byString).at(-1) ?? null;
		const status: TopicStatus = !articles.length
			? 'no-article'
			: recallAt3 !== null && recallAt3 < target
				? 'search-misses'
				: reviewed !== null && isStale(reviewed)
					? 'stale'
					: 'covered';
		return {
			id: topic.id,
			title: topic.title,
			category: topic.category,
			status,
			articles: articles.map((a) => a.url).sort(byString),
			questions: counts.questions,
			recallAt3,
			zeroResultRate: counts.zeroResultRate,
			reviewed,
		};
	});

	const categories: CategoryRow[] = input.categories.map((category) => {
		const rows = topicRows.filter((t) => t.category === category.id);
		const ids = new Set(rows.map((t) => t.id));
		const counts = tally(
			input.runs.filter((run) => ids.has(run.question.topic)),
			categoryOf,
		);
		const statuses = emptyStatuses();
		for (const row of rows) statuses[row.status]++;
		return {
			id: category.id,
			title: category.title,
			topics: rows.length,
			articles: published.filter((a) => a.category === category.id).length,
			questions: counts.questions,
			recallAt3: counts.recallAt3,
			zeroResultRate: counts.zeroResultRate,
			statuses,
		};
	});

	const failedQuestions: FailedQuestion[] = input.runs
		.map((run) => ({ run, rank: rankOf(run.hits, run.question.topic) }))
		.filter(({ rank }) => rank === null || rank > TOP_K)
		.sort(
			// Never found first, then found further down; then grouped by topic, in bank order.
			(a, b) =>
				(b.rank ?? Infinity) - (a.rank ?? Infinity) ||
				byString(a.run.question.topic, b.run.question.topic) ||
				byString(a.run.question.file, b.run.question.file) ||
				a.run.question.line - b.run.question.line,
		)
		.map(({ run, rank }) => ({
			question: run.question.question,
			topic: run.question.topic,
			...(run.question.id ? { id: run.question.id } : {}),
			file: run.question.file,
			line: run.question.line,
			rank,
			returned: run.hits.slice(0, TOP_K).map((hit) => ({ url: hit.url, title: hit.title, topics: [...hit.topics] })),
		}));

	const checked = (a: CoverageArticle): Omit<ArticleRow, 'stale'> => ({
		url: a.url,
		title: a.title,
		category: a.category,
		topics: [...a.topics],
		reviewed: lastChecked(a),
		neverReviewed: a.reviewed === undefined,
		ageDays: daysBetween(lastChecked(a), input.today),
	});
	const articleRows: ArticleRow[] = published
		.map((a) => ({ ...checked(a), stale: isStale(lastChecked(a)) }))
		.sort((a, b) => byString(a.url, b.url));

	const staleArticles: StaleArticle[] = published
		.filter((a) => isStale(lastChecked(a)))
		.map((a) => ({ ...checked(a), file: a.file }))
		.sort((a, b) => b.ageDays - a.ageDays || byString(a.url, b.url));

	const drafts: DraftArticle[] = input.articles
		.filter((a) => a.draft)
		.map((a) => ({ url: a.url, title: a.title, category: a.category, topics: [...a.topics], file: a.file }))
		.sort((a, b) => byString(a.url, b.url));

	const all = tally(input.runs, categoryOf);
	const statuses = emptyStatuses();
	for (const row of topicRows) statuses[row.status]++;
	const bankCounts = new Map(input.banks.map((file) => [file, 0]));
	for (const run of input.runs) bankCounts.set(run.question.file, (bankCounts.get(run.question.file) ?? 0) + 1);

	const marketColumns: MarketColumn[] = input.markets.map((market) => {
		const answers = market.articles.filter((a) => !a.draft);
		const articlesPerTopic = Object.fromEntries(topics.map((t) => [t.id, answers.filter((a) => a.topics.includes(t.id)).length]));
		return {
			id: market.id,
			name: market.name,
			locale: market.locale,
			current: market.id === input.market.id,
			articles: answers.length,
			articlesPerTopic,
			topicsWithoutArticles: topics.filter((t) => !articlesPerTopic[t.id]).map((t) => t.id),
		};
	});

	const translations = input.markets
		.filter((market) => languageOf(market.locale) !== SOURCE_LANGUAGE)
		.map((market) => marketTranslations(market, topics, market.id === input.market.id));

	return {
		generatedAt: input.today,
		market: { id: input.market.id, name: input.market.name, locale: input.market.locale },
		markets: marketColumns,
		translations,
		staleAfterDays,
		target,
		banks: [...bankCounts].map(([file, questions]) => ({ file, questions })),
		summary: {
			topics: topicRows.length,
			articles: published.length,
			drafts: drafts.length,
			questions: all.questions,
			recallAt3: all.recallAt3,
			macroRecallAt3: roundShare(mean(topicRows.flatMap((t) => (t.recallAt3 === null ? [] : [t.recallAt3])))),
			zeroResultRate: all.zeroResultRate,
			mrr: all.mrr,
			statuses,
			staleArticles: staleArticles.length,
		},
		categories,
		topics: topicRows,
		articles: articleRows,
		topicsWithoutArticles: topicRows.filter((t) => !t.articles.length).map((t) => t.id),
		topicsWithoutQuestions: topicRows.filter((t) => !t.questions).map((t) => t.id),
		failedQuestions,
		staleArticles,
		drafts,
	};
}

function translationOf(article: CoverageMarketArticle): TranslationArticle {
	const { url, file, source, sourceUpdated, sharedUpdated } = article;
	if (source === 'shared') return { url, file, status: 'untranslated' };
	for (const [field, date] of [
		['sourceUpdated', sourceUpdated],
		['sharedUpdated', sharedUpdated],
	] as const) {
		if (date !== undefined) calendarDate(date, `The ${field} date of ${file}`);
	}
	const outOfDate = sourceUpdated !== undefined && sharedUpdated !== undefined && sharedUpdated > sourceUpdated;
	return {
		url,
		file,
		status: outOfDate ? 'out-of-date' : 'translated',
		...(sourceUpdated !== undefined ? { sourceUpdated } : {}),
		...(outOfDate ? { sharedUpdated } : {}),
	};
}

/** Which topics of a market in another language than the shared articles' its own articles answer, and whether they keep up. */
function marketTranslations(market: CoverageMarketInput, topics: readonly CoverageTopic[], current: boolean): MarketTranslations {
	const published = market.articles.filter((a) => !a.draft);
	const statuses: Record<TranslationStatus, number> = { untranslated: 0, 'out-of-date': 0, translated: 0 };
	const rows = topics.flatMap((topic): TranslationTopic[] => {
		const articles = published
			.filter((a) => a.topics.includes(topic.id))
			.map(translationOf)
			.sort((a, b) => byString(a.url, b.url));
		if (!articles.length) return [];
		const has = (status: TranslationStatus) => articles.some((a) => a.status === status);
		// Untranslated only when no article of its own answers it; an own one that lags makes it out of date.
		const status: TranslationStatus = has('out-of-date') ? 'out-of-date' : has('translated') ? 'translated' : 'untranslated';
		statuses[status]++;
		return [{ id: topic.id, status, articles }];
	});
	return {
		id: market.id,
		name: market.name,
		locale: market.locale,
		language: languageOf(market.locale),
		current,
		statuses,
		topics: rows,
	};
}

/**
 * The report as published in the built site: drafts are counted but not named, because a draft's
 * title, address or file may announce something not yet public. `npm run coverage` lists them.
 */
export function withoutDraftDetails(report: CoverageReport): CoverageReport {
	return { ...report, drafts: [] };
}

export interface GateOptions {
	/** Fail when the overall recall@3 is under this share. */
	failUnder?: number | undefined;
	/** Fail when more than this many published articles are stale. */
	maxStale?: number | undefined;
	/** Fail when more than this many topics have no published article (status `no-article`). */
	maxNoArticle?: number | undefined;
}

/** The CI gates: one sentence per failed gate; empty when every gate holds. */
export function checkGates(report: CoverageReport, gates: GateOptions): string[] {
	const failures: string[] = [];
	if (gates.failUnder !== undefined) {
		const recall = report.summary.recallAt3;
		if (recall === null) {
			failures.push('Recall@3 cannot be checked: the question bank has no questions.');
		} else if (recall < gates.failUnder) {
			failures.push(
				`Search finds the answer in the top 3 for ${formatPercent(recall)} of questions, under the required ${formatPercent(gates.failUnder)} (--fail-under).`,
			);
		}
	}
	if (gates.maxStale !== undefined && report.summary.staleArticles > gates.maxStale) {
		const count = report.summary.staleArticles;
		failures.push(
			`${count} ${count === 1 ? 'article was' : 'articles were'} last reviewed more than ${report.staleAfterDays} days ago; at most ${gates.maxStale} may be (--max-stale).`,
		);
	}
	const unanswered = report.topicsWithoutArticles;
	if (gates.maxNoArticle !== undefined && unanswered.length > gates.maxNoArticle) {
		failures.push(
			`${unanswered.length} ${unanswered.length === 1 ? 'topic has' : 'topics have'} no published article (${unanswered.join(', ')}); at most ${gates.maxNoArticle} may (--max-no-article).`,
		);
	}
	return failures;
}
