import { describe, expect, test } from 'vitest';
import {
	checkGates,
	computeCoverage,
	daysBetween,
	type CoverageArticle,
	type CoverageMarketArticle,
	type CoverageInput,
	type QuestionRun,
} from '../../../src/lib/coverage/compute.ts';
import { coverageHit as hit } from '../../helpers/coverage.ts';
import { REVIEW_AGE_DAYS } from '../../../src/schemas/article.ts';

const categories = [
	{ id: 'payments', title: 'Payments' },
	{ id: 'refunds', title: 'Refunds and returns' },
];
const topics = [
	{ id: 'refund-status', category: 'refunds', title: 'Where is my refund' },
	{ id: 'pay-early', category: 'payments', title: 'Pay early' },
	{ id: 'late-payments', category: 'payments', title: 'Late payments' },
	{ id: 'fees-and-charges', category: 'payments', title: 'Fees and charges' },
];

function article(slug: string, overrides: Partial<CoverageArticle> = {}): CoverageArticle {
	const category = overrides.category ?? 'payments';
	return {
		url: `/${category}/${slug}/`,
		title: slug.replace(/-/g, ' '),
		category,
		topics: [slug],
		updated: '2026-11-01',
		reviewed: '2026-11-01',
		draft: false,
		file: `content/articles/${category}/${slug}.mdx`,
		...overrides,
	};
}

const ARTICLES = {
	payEarly: article('pay-early'),
	late: article('late-payments', { reviewed: '2026-03-01' }),
	fees: article('fees-and-charges', { topics: ['fees-and-charges', 'late-payments'] }),
	refund: article('where-is-my-refund', { category: 'refunds', topics: ['refund-status'] }),
};

let line = 1;
function run(topic: string, ...hits: CoverageArticle[]): QuestionRun {
	line++;
	return { question: { question: `question ${line}`, topic, file: 'content/questions/dev.csv', line }, hits: hits.map(hit) };
}

const { payEarly, late, fees, refund } = ARTICLES;
const RUNS = [
	run('pay-early', payEarly, fees),
	run('pay-early', fees, late, refund, payEarly), // found, but only 4th
	run('pay-early'), // nothing at all
	run('pay-early', payEarly),
	run('refund-status', late, refund),
	run('late-payments', fees),
];

const US = { id: 'us', name: 'United States', locale: 'en-US' };
const GB = { id: 'gb', name: 'United Kingdom', locale: 'en-GB' };
/** The UK publishes no refund article (the US article is limited to the US), and a draft of its own. */
const shared = (a: CoverageArticle) => ({ ...a, source: 'shared' as const });
const MARKETS = [
	{ ...US, articles: Object.values(ARTICLES).map(shared) },
	{ ...GB, articles: [payEarly, late, fees, { ...refund, draft: true }].map(shared) },
];

function input(overrides: Partial<CoverageInput> = {}): CoverageInput {
	return {
		topics,
		categories,
		market: US,
		markets: MARKETS,
		articles: Object.values(ARTICLES),
		runs: RUNS,
		banks: ['content/questions/dev.csv'],
		today: '2026-11-24',
		// Shorter than the default review age, so a few months already make an article stale.
		staleAfterDays: 180,
		...overrides,
	};
}

describe('computeCoverage', () => {
	test('gives each topic its articles, question count, recall@3, zero-result rate and newest review date', () => {
		const report = computeCoverage(input());
		const payEarly = report.topics.find((t) => t.id === 'pay-early');
		expect(payEarly).toEqual({
			id: 'pay-early',
			title: 'Pay early',
			category: 'payments',
			status: 'search-misses',
			articles: ['/payments/pay-early/'],
			questions: 4,
			recallAt3: 0.5,
			zeroResultRate: 0.25,
			reviewed: '2026-11-01',
		});
		// Two articles answer late payments: the newer review date counts for the topic.
		expect(report.topics.find((t) => t.id === 'late-payments')).toMatchObject({
			articles: ['/payments/fees-and-charges/', '/payments/late-payments/'],
			reviewed: '2026-11-01',
			recallAt3: 1,
			status: 'covered',
		});
	});

	test('orders topics by category, then as listed, and lists topics with no questions', () => {
		const report = computeCoverage(input());
		expect(report.topics.map((t) => t.id)).toEqual(['pay-early', 'late-payments', 'fees-and-charges', 'refund-status']);
		expect(report.topicsWithoutQuestions).toEqual(['fees-and-charges']);
		expect(report.topics.find((t) => t.id === 'fees-and-charges')).toMatchObject({ questions: 0, recallAt3: null, zeroResultRate: null });
	});

	test('removing the only article for a topic turns it into no-article', () => {
		const before = computeCoverage(input());
		expect(before.topics.find((t) => t.id === 'refund-status')?.status).toBe('covered');
		expect(before.topicsWithoutArticles).toEqual([]);

		const after = computeCoverage(input({ articles: Object.values(ARTICLES).filter((a) => a !== ARTICLES.refund) }));
		expect(after.topics.find((t) => t.id === 'refund-status')).toMatchObject({ status: 'no-article', articles: [], reviewed: null });
		expect(after.topicsWithoutArticles).toEqual(['refund-status']);
		expect(after.summary.statuses['no-article']).toBe(1);
	});

	test('a draft does not answer its topic; it is listed as a draft instead', () => {
		const report = computeCoverage(
			input({ articles: [ARTICLES.payEarly, ARTICLES.late, ARTICLES.fees, { ...ARTICLES.refund, draft: true }] }),
		);
		expect(report.topics.find((t) => t.id === 'refund-status')?.status).toBe('no-article');
		expect(report.drafts).toEqual([expect.objectContaining({ url: '/refunds/where-is-my-refund/', topics: ['refund-status'] })]);
		expect(report.summary).toMatchObject({ articles: 3, drafts: 1 });
	});

	test('an article last reviewed more than the stale age ago is stale, and so is a topic whose newest review is', () => {
		const report = computeCoverage(input({ articles: [ARTICLES.payEarly, ARTICLES.late, ARTICLES.refund] }));
		expect(report.staleArticles).toEqual([
			expect.objectContaining({ url: '/payments/late-payments/', reviewed: '2026-03-01', ageDays: 268, neverReviewed: false }),
		]);
		expect(report.topics.find((t) => t.id === 'late-payments')?.status).toBe('stale');
		// The same article is fresh under a longer stale age.
		expect(computeCoverage(input({ staleAfterDays: 300 })).staleArticles).toEqual([]);
	});

	test('calls an article stale after the review age the content check uses, unless told otherwise', () => {
		const report = computeCoverage(input({ staleAfterDays: undefined }));
		expect(report.staleAfterDays).toBe(REVIEW_AGE_DAYS);
		// Reviewed 268 days ago: due under 180 days, not under the default.
		expect(report.staleArticles).toEqual([]);
	});

	test('an article that was never reviewed ages from its update date', () => {
		const report = computeCoverage(input({ articles: [article('pay-early', { reviewed: undefined, updated: '2026-01-10' })] }));
		expect(report.staleArticles).toEqual([expect.objectContaining({ reviewed: '2026-01-10', neverReviewed: true, ageDays: 318 })]);
	});

	test('lists the questions search fails on, never-found first, with what it returned instead', () => {
		const report = computeCoverage(input());
		expect(report.failedQuestions.map((q) => [q.topic, q.rank, q.returned.map((r) => r.url)])).toEqual([
			['pay-early', null, []],
			['pay-early', 4, ['/payments/fees-and-charges/', '/payments/late-payments/', '/refunds/where-is-my-refund/']],
		]);
		expect(report.failedQuestions[0]).toMatchObject({
			file: 'content/questions/dev.csv',
			question: expect.stringMatching(/^question \d+$/),
		});
	});

	test('sums up recall@3 over all questions and averaged per topic, the zero-result rate and MRR', () => {
		const { summary } = computeCoverage(input());
		expect(summary.questions).toBe(6);
		expect(summary.recallAt3).toBeCloseTo(4 / 6);
		// pay-early 0.5, late-payments 1, refund-status 1 (fees-and-charges has no questions).
		expect(summary.macroRecallAt3).toBeCloseTo(2.5 / 3);
		expect(summary.zeroResultRate).toBeCloseTo(1 / 6);
		expect(summary.mrr).toBeCloseTo((1 + 1 / 4 + 0 + 1 + 1 / 2 + 1) / 6);
	});

	test('rolls topics up per category', () => {
		const report = computeCoverage(input());
		expect(report.categories).toEqual([
			{
				id: 'payments',
				title: 'Payments',
				topics: 3,
				articles: 3,
				questions: 5,
				recallAt3: 0.6,
				zeroResultRate: 0.2,
				statuses: { 'no-article': 0, 'search-misses': 1, stale: 0, covered: 2 },
			},
			expect.objectContaining({ id: 'refunds', topics: 1, articles: 1, questions: 1, recallAt3: 1 }),
		]);
	});

	test('is deterministic: the date is an input and the same input gives the same report', () => {
		expect(JSON.stringify(computeCoverage(input()))).toBe(JSON.stringify(computeCoverage(input())));
		expect(computeCoverage(input()).generatedAt).toBe('2026-11-24');
		expect(computeCoverage(input({ today: '2027-06-01' })).summary.staleArticles).toBe(4);
	});

	test('reports no figures rather than 0% when there are no questions', () => {
		const report = computeCoverage(input({ runs: [], banks: [] }));
		expect(report.summary).toMatchObject({ questions: 0, recallAt3: null, macroRecallAt3: null, zeroResultRate: null, mrr: null });
		expect(report.topics.every((t) => t.status === 'covered' || t.status === 'stale')).toBe(true);
	});

	test('says which market the figures are for', () => {
		expect(computeCoverage(input()).market).toEqual(US);
		expect(computeCoverage(input({ market: GB })).market).toEqual(GB);
	});

	test('topics × market: each market’s published articles per topic, so a topic answered in one market only is a gap in the other', () => {
		const report = computeCoverage(input());
		expect(report.markets.map((m) => [m.id, m.name, m.locale, m.current, m.articles])).toEqual([
			['us', 'United States', 'en-US', true, 4],
			['gb', 'United Kingdom', 'en-GB', false, 3],
		]);
		// In topic order; the UK's refund article is a draft, so it does not answer.
		expect(report.markets[0]!.articlesPerTopic).toEqual({ 'pay-early': 1, 'late-payments': 2, 'fees-and-charges': 1, 'refund-status': 1 });
		expect(report.markets[1]!.articlesPerTopic).toEqual({ 'pay-early': 1, 'late-payments': 2, 'fees-and-charges': 1, 'refund-status': 0 });
		expect(report.markets.map((m) => m.topicsWithoutArticles)).toEqual([[], ['refund-status']]);
		expect(Object.keys(report.markets[1]!.articlesPerTopic)).toEqual(report.topics.map((t) => t.id));
	});

	test('every market’s report shows the same matrix, marking its own market', () => {
		const us = computeCoverage(input());
		const gb = computeCoverage(input({ market: GB, articles: MARKETS[1]!.articles }));
		expect(gb.markets.map((m) => m.current)).toEqual([false, true]);
		const unmarked = (report: typeof us) => report.markets.map(({ current: _, ...column }) => column);
		expect(unmarked(gb)).toEqual(unmarked(us));
		// The UK report's own figures agree with its column: refund-status has no article there.
		expect(gb.topicsWithoutArticles).toEqual(gb.markets[1]!.topicsWithoutArticles);
	});

	describe('translations', () => {
		const DE = { id: 'de', name: 'Deutschland', locale: 'de-DE' };
		/** Germany's own version of an article: its German file, following the English one of `sourceUpdated`. */
		const german = (a: CoverageArticle, sourceUpdated: string | undefined, overrides: Partial<CoverageMarketArticle> = {}) => ({
			...a,
			url: `/de-de${a.url}`,
			file: a.file.replace('content/articles/', 'content/markets/de/'),
			source: 'own' as const,
			sourceUpdated,
			sharedUpdated: a.updated,
			...overrides,
		});
		// pay-early: translated, up to date. late-payments: one German article follows an older English
		// version (the English fees article changed on 2026-11-01), the other is untranslated.
		// refund-status: only the English article. fees-and-charges: the out-of-date German one.
		const germany = {
			...DE,
			articles: [
				german(payEarly, '2026-11-01'),
				{ ...shared(late), url: `/de-de${late.url}` },
				german(fees, '2026-10-15'),
				{ ...shared(refund), url: `/de-de${refund.url}` },
			],
		};
		const withGermany = (overrides: Partial<CoverageInput> = {}) => input({ markets: [...MARKETS, germany], ...overrides });

		test('per topic in a German market: translated, untranslated where only English answers, out of date where its own follows an older English version', () => {
			const [de, ...others] = computeCoverage(withGermany()).translations;
			expect(others).toEqual([]);
			expect(de).toMatchObject({ id: 'de', language: 'de', locale: 'de-DE', current: false });
			expect(de!.topics.map((t) => [t.id, t.status])).toEqual([
				['pay-early', 'translated'],
				['late-payments', 'out-of-date'],
				['fees-and-charges', 'out-of-date'],
				['refund-status', 'untranslated'],
			]);
			expect(de!.statuses).toEqual({ untranslated: 1, 'out-of-date': 2, translated: 1 });
			expect(de!.topics.find((t) => t.id === 'fees-and-charges')!.articles).toEqual([
				{
					url: '/de-de/payments/fees-and-charges/',
					file: 'content/markets/de/payments/fees-and-charges.mdx',
					status: 'out-of-date',
					sourceUpdated: '2026-10-15',
					sharedUpdated: '2026-11-01',
				},
			]);
			expect(de!.topics.find((t) => t.id === 'late-payments')!.articles.map((a) => [a.url, a.status])).toEqual([
				['/de-de/payments/fees-and-charges/', 'out-of-date'],
				['/de-de/payments/late-payments/', 'untranslated'],
			]);
		});

		test('a German article brought up to date, or following no English one, counts as translated', () => {
			const upToDate = { ...germany, articles: [german(fees, '2026-11-01'), german(refund, undefined, { sharedUpdated: undefined })] };
			const [de] = computeCoverage(input({ markets: [...MARKETS, upToDate] })).translations;
			expect(de!.topics.map((t) => [t.id, t.status])).toEqual([
				['late-payments', 'translated'],
				['fees-and-charges', 'translated'],
				['refund-status', 'translated'],
			]);
			expect(de!.statuses).toEqual({ untranslated: 0, 'out-of-date': 0, translated: 3 });
		});

		test('a topic its German articles answer only in drafts is untranslated while English answers it, and left out where nothing does', () => {
			const drafted = {
				...germany,
				articles: [
					{ ...german(payEarly, '2026-11-01'), draft: true },
					{ ...shared(refund), url: `/de-de${refund.url}` },
				],
			};
			const [de] = computeCoverage(input({ markets: [...MARKETS, drafted] })).translations;
			expect(de!.topics.map((t) => [t.id, t.status])).toEqual([['refund-status', 'untranslated']]);
		});

		test('every market’s report shows the same translations, marking its own market; none when every market speaks English', () => {
			const us = computeCoverage(withGermany());
			const de = computeCoverage(withGermany({ market: DE, articles: [] }));
			expect(de.translations.map((m) => m.current)).toEqual([true]);
			expect(de.translations.map(({ current: _, ...m }) => m)).toEqual(us.translations.map(({ current: _, ...m }) => m));
			expect(computeCoverage(input()).translations).toEqual([]);
		});
	});

	test('rejects a report whose market is not among the markets', () => {
		expect(() => computeCoverage(input({ market: { id: 'de', name: 'Germany', locale: 'de-DE' } }))).toThrow(
			/`de` is not among the markets us, gb/,
		);
	});

	test('rejects a report date that is not YYYY-MM-DD', () => {
		expect(() => computeCoverage(input({ today: '24/11/2026' }))).toThrow(/YYYY-MM-DD/);
	});
});

describe('daysBetween', () => {
	test('counts calendar days across a month and a year end', () => {
		expect(daysBetween('2026-11-24', '2026-11-24')).toBe(0);
		expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
		expect(daysBetween('2026-05-28', '2026-11-24')).toBe(180);
	});
});

describe('checkGates', () => {
	const report = computeCoverage(input());

	test('passes when recall@3 and the number of stale articles are within the limits', () => {
		expect(checkGates(report, { failUnder: 0.6, maxStale: 1 })).toEqual([]);
		expect(checkGates(report, {})).toEqual([]);
	});

	test('fails, saying why, when recall@3 is under --fail-under or too many articles are stale', () => {
		expect(checkGates(report, { failUnder: 0.7 })).toEqual([expect.stringMatching(/66\.7% of questions, under the required 70\.0%/)]);
		expect(checkGates(report, { maxStale: 0 })).toEqual([
			expect.stringMatching(/^1 article was last reviewed more than 180 days ago; at most 0/),
		]);
	});

	test('fails, naming them, when more topics than --max-no-article have no published article', () => {
		const unanswered = computeCoverage(input({ articles: Object.values(ARTICLES).filter((a) => a !== ARTICLES.refund) }));
		expect(checkGates(report, { maxNoArticle: 0 })).toEqual([]);
		expect(checkGates(unanswered, { maxNoArticle: 1 })).toEqual([]);
		expect(checkGates(unanswered, { maxNoArticle: 0 })).toEqual([
			'1 topic has no published article (refund-status); at most 0 may (--max-no-article).',
		]);
	});

	test('fails the recall gate when there are no questions to measure', () => {
		expect(checkGates(computeCoverage(input({ runs: [] })), { failUnder: 0.5 })).toEqual([expect.stringContaining('no questions')]);
	});
});
