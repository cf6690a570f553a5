import { describe, expect, test } from 'vitest';
import { createSearchEngine, topPages } from '../../../src/lib/search/engine.ts';
import { buildExcerpt, excerptParts, excerptText } from '../../../src/lib/search/excerpt.ts';
import { compileSynonyms } from '../../../src/lib/search/synonyms.ts';
import { buildRankingModel } from '../../../src/lib/search/rerank.ts';
import { buildVocabulary, readRulesFile, searchFiles, vocabularyParts } from '../../../src/lib/search/build-data.ts';
import { analyzedWords, analyzeQuery } from '../../../src/lib/search/query.ts';
import type { PagefindApi, PagefindResult, SearchRules, SearchVocabularyPart } from '../../../src/lib/search/types.ts';

interface FakePage {
	url: string;
	title: string;
	category: string;
	topics: string;
	content: string;
}

/**
 * A stand-in for pagefind.js with its behaviour that matters here: a query matches a page only
 * when every word is in it, and the score grows with how often the words occur.
 */
function fakePagefind(pages: FakePage[]): PagefindApi & { calls: { term: string | null; filters?: unknown }[] } {
	const calls: { term: string | null; filters?: unknown }[] = [];
	return {
		calls,
		async search(term, options) {
			calls.push({ term, filters: options?.filters });
			const wanted = (term ?? '').split(/\s+/).filter(Boolean);
			const results: PagefindResult[] = [];
			pages.forEach((page, i) => {
				if (options?.filters?.category && page.category !== options.filters.category) return;
				if (options?.filters?.topic && !page.topics.split(',').includes(String(options.filters.topic))) return;
				const words = page.content.toLowerCase().split(/\s+/);
				const positions = words.flatMap((w, p) => (wanted.some((t) => w.replace(/[^a-z]/g, '').startsWith(t)) ? [p] : []));
				if (!wanted.every((t) => words.some((w) => w.replace(/[^a-z]/g, '').startsWith(t)))) return;
				results.push({
					id: `page${i}`,
					score: positions.length,
					words: positions,
					data: async () => ({
						url: page.url,
						content: page.content,
						meta: { title: page.title, category: page.category, topics: page.topics },
						filters: { category: [page.category] },
					}),
				});
			});
			return { results: results.sort((a, b) => b.score - a.score) };
		},
	};
}

const pages: FakePage[] = [
	{
		url: '/refunds/where-is-my-refund/',
		title: 'Where is my refund?',
		category: 'refunds',
		topics: 'refund-status',
		content: 'Where is my refund? A refund reaches your card in 5 to 10 days. Check the refund status in the app.',
	},
	{
		url: '/payments/charged-twice/',
		title: 'Charged twice',
		category: 'payments',
		topics: 'dispute-a-charge,fees-and-charges',
		content: 'Charged twice for one purchase? Report the charge and we refund the extra payment.',
	},
	{
		url: '/security/reset-passcode/',
		title: 'Reset your passcode',
		category: 'security',
		topics: 'reset-password',
		content: 'Forgot your passcode? Reset it in the app <b>now</b>.',
	},
];

const rules: SearchRules = {
	version: 1,
	synonyms: compileSynonyms({ refund: ['money back'], passcode: ['pin'] }),
	categories: [],
};

describe('createSearchEngine', () => {
	test('finds the right article for a question whose words never all appear together', async () => {
		const engine = createSearchEngine({ pagefind: fakePagefind(pages), rules });
		const { hits } = await engine.search('where is my money back, it was due days ago');
		expect(hits[0]).toMatchObject({ url: '/refunds/where-is-my-refund/', category: 'refunds', topics: ['refund-status'] });
		// Both refund articles match; the one about refunds ranks first.
		expect(hits.map((h) => h.url)).toEqual(['/refunds/where-is-my-refund/', '/payments/charged-twice/']);
	});

	test('looks each word up on its own and never the filler', async () => {
		const pagefind = fakePagefind(pages);
		const engine = createSearchEngine({ pagefind, rules });
		await engine.search('Could you please tell me how to reset my PIN?');
		expect(pagefind.calls.map((c) => c.term).sort()).toEqual(['passcode', 'pin', 'reset']);
	});

	test('passes the category filter to every lookup', async () => {
		const pagefind = fakePagefind(pages);
		const engine = createSearchEngine({ pagefind, rules });
		const { hits } = await engine.search('refund', { category: 'payments' });
		expect(hits.map((h) => h.url)).toEqual(['/payments/charged-twice/']);
		expect(pagefind.calls.every((c) => JSON.stringify(c.filters) === '{"category":"payments"}')).toBe(true);
	});

	test('looks a word up once while the visitor types on, and again for another category', async () => {
		const pagefind = fakePagefind(pages);
		const engine = createSearchEngine({ pagefind, rules });
		await engine.search('reset');
		await engine.search('reset my');
		const { hits } = await engine.search('reset my passcode');
		expect(hits[0]?.url).toBe('/security/reset-passcode/');
		expect(pagefind.calls.filter((c) => c.term === 'reset')).toHaveLength(1);
		const filtered = await engine.search('reset', { category: 'payments' });
		expect(filtered.hits).toEqual([]);
		expect(pagefind.calls.filter((c) => c.term === 'reset')).toHaveLength(2);
	});

	test('keeps remembering the word every question asks when the cache is full, and forgets the others first', async () => {
		const pagefind = fakePagefind(pages);
		// Room for 5 results: "refund" (2 pages) and one other word (1 page each), each counting 1 more.
		const engine = createSearchEngine({ pagefind, rules, lookupCacheResults: 5 });
		await engine.search('refund');
		await engine.search('refund reset');
		await engine.search('refund passcode');
		const { hits } = await engine.search('refund');
		expect(hits[0]?.url).toBe('/refunds/where-is-my-refund/');
		expect(pagefind.calls.filter((c) => c.term === 'refund')).toHaveLength(1);
		// "reset" was the least recently used, so it is asked again.
		await engine.search('reset');
		expect(pagefind.calls.filter((c) => c.term === 'reset')).toHaveLength(2);
	});

	test('retries a lookup that failed (a dropped connection is not remembered)', async () => {
		const real = fakePagefind(pages);
		let failNext = true;
		const flaky: PagefindApi = {
			search(term, options) {
				if (failNext) {
					failNext = false;
					return Promise.reject(new Error('network down'));
				}
				return real.search(term, options);
			},
		};
		const engine = createSearchEngine({ pagefind: flaky, rules });
		await expect(engine.search('passcode')).rejects.toThrow('network down');
		const { hits } = await engine.search('passcode');
		expect(hits[0]?.url).toBe('/security/reset-passcode/');
	});

	test('corrects a typo against the index vocabulary', async () => {
		const engine = createSearchEngine({
			pagefind: fakePagefind(pages),
			rules,
			loadVocabulary: async () => ({ version: 3, words: ['refund', 'passcode', 'reset'] }),
		});
		const response = await engine.search('rest my pascode');
		expect(response.corrections).toContainEqual({ from: 'pascode', to: ['passcode'] });
		expect(response.hits[0]?.url).toBe('/security/reset-passcode/');
	});

	test('reads only the vocabulary of the initials of a question whose words are index words, with the same results as the whole list', async () => {
		const vocabulary = { version: 3 as const, words: ['refund', 'passcode', 'reset', 'payment', 'password'] };
		const loaded: string[] = [];
		const engine = createSearchEngine({
			pagefind: fakePagefind(pages),
			rules,
			loadVocabulary: async () => {
				loaded.push('all');
				return vocabulary;
			},
			loadVocabularyPart: async (initial) => {
				loaded.push(initial);
				return vocabularyParts(vocabulary).get(initial);
			},
		});
		const whole = createSearchEngine({ pagefind: fakePagefind(pages), rules, loadVocabulary: async () => vocabulary });
		for (const question of ['reset my passcode', 'refu', 'where is my refund']) {
			expect(await engine.search(question)).toEqual(await whole.search(question));
		}
		// Each part once; "where", "is" and "my" are filler words, never looked up.
		expect(loaded).toEqual(['r', 'p']);
		// A word the index does not have takes the whole list, to be corrected.
		const typo = await engine.search('rest my pascode');
		expect(typo.corrections).toContainEqual({ from: 'pascode', to: ['passcode'] });
		expect(typo).toEqual(await whole.search('rest my pascode'));
		expect(loaded).toContain('all');
	});

	test('a question whose words the index has finds in its initials’ parts every synonym and ranking word the whole rules give it', async () => {
		const synonyms = compileSynonyms({
			refund: ['money back', 'reimbursement'],
			// Set off by what another rule produced: "get rid of my account" → "cancel account" → "close account".
			'close account': ['cancel account'],
			cancel: ['get rid of'],
			passcode: ['pin'],
			'charged twice': ['double charged'],
			// No word that is not filler: it may apply to any question.
			help: ['how do i'],
		});
		const model = buildRankingModel(
			[
				{ topics: ['refund-status'], texts: ['Where is my refund?', 'refund not received yet'] },
				{ topics: ['close-account'], texts: ['Close your account', 'I want to leave'] },
				{ topics: ['reset-password'], texts: ['Reset your passcode', 'forgot my passcode'] },
				{ topics: ['dispute-a-charge'], texts: ['Charged twice', 'paid two times for one order'] },
				{ topics: ['get-help'], texts: ['Help with the app'] },
			],
			(text) => analyzedWords(analyzeQuery(text, synonyms)),
		);
		const whole = { version: 1 as const, synonyms, categories: [], model };
		const built = searchFiles(whole, buildVocabulary(pages.map((p) => p.content)));
		// As the files are read: JSON.
		const files = JSON.parse(JSON.stringify({ ...built, parts: [...built.parts] })) as Omit<typeof built, 'parts'> & {
			parts: [string, SearchVocabularyPart][];
		};
		const parts = new Map(files.parts);
		// The rules file holds only what any question may need.
		expect(readRulesFile(files.rules).synonyms.map((r) => r.from.join(' '))).toEqual(['how do i']);
		const loaded: string[] = [];
		const browser = createSearchEngine({
			pagefind: fakePagefind(pages),
			rules: readRulesFile(files.rules),
			loadVocabulary: async () => {
				loaded.push('all');
				return files.vocabulary;
			},
			loadVocabularyPart: async (initial) => {
				loaded.push(initial);
				return parts.get(initial);
			},
		});
		const node = createSearchEngine({ pagefind: fakePagefind(pages), rules: whole, loadVocabulary: async () => files.vocabulary });
		const questions = [
			'get rid of my account',
			'i want my money back',
			'reset my pin',
			'double charged',
			'how do i get a refund',
			'reimbursement',
		];
		for (const question of questions) {
			const response = await browser.search(question);
			expect(response).toEqual(await node.search(question));
			expect(response.topics.length).toBeGreaterThan(0);
		}
		expect((await browser.search('get rid of my account')).terms).toEqual(['close', 'account']);
		expect(loaded).not.toContain('all');
	});

	test('returns nothing, not an error, for a question with no match', async () => {
		const engine = createSearchEngine({ pagefind: fakePagefind(pages), rules });
		expect(await engine.search('mortgage')).toMatchObject({ hits: [], total: 0 });
		expect(await engine.search('   ')).toMatchObject({ hits: [], total: 0 });
	});

	test('honours the limit and reports the total', async () => {
		const engine = createSearchEngine({ pagefind: fakePagefind(pages), rules });
		const response = await engine.search('refund', { limit: 1 });
		expect(response.hits).toHaveLength(1);
		expect(response.total).toBe(2);
	});

	test('on a large site, shows the same first results, in the same order, as ranking every matching article', async () => {
		// 60 articles share the words; how often each has them varies, some tie.
		const many: FakePage[] = Array.from({ length: 60 }, (_, i) => ({
			url: `/refunds/article-${i}/`,
			title: `Article ${i}`,
			category: 'refunds',
			topics: i % 7 === 0 ? 'refund-status' : 'other',
			content: `${'refund '.repeat(1 + (i % 5))}${'card '.repeat(1 + ((i * 3) % 4))}words to fill the page`,
		}));
		const model = buildRankingModel([{ topics: ['refund-status'], texts: ['where is my refund on my card'] }]);
		const engine = createSearchEngine({ pagefind: fakePagefind(many), rules: { ...rules, model } });
		const all = await engine.search('refund to my card', { limit: 60 });
		expect(all.total).toBe(60);
		const first = await engine.search('refund to my card', { limit: 5 });
		expect(first.hits).toEqual(all.hits.slice(0, 5));
		expect(first.total).toBe(60);
		// The best: most of both words, and the need the question describes.
		expect(first.hits[0]?.topics).toEqual(['refund-status']);
	});

	test('asks a second Pagefind, when given one, for the articles of a need, so the word lookups never load a filter', async () => {
		const model = buildRankingModel([{ topics: ['refund-status'], texts: ['where is my refund', 'refund not received yet'] }]);
		const words = fakePagefind(pages);
		const filters = fakePagefind(pages);
		const split = createSearchEngine({ pagefind: words, filterPagefind: filters, rules: { ...rules, model } });
		const single = createSearchEngine({ pagefind: fakePagefind(pages), rules: { ...rules, model } });
		const question = 'my refund was not received';
		expect((await split.search(question)).hits).toEqual((await single.search(question)).hits);
		expect(words.calls.every((c) => c.term !== null && c.filters === undefined)).toBe(true);
		expect(filters.calls).toEqual([{ term: null, filters: { topic: 'refund-status' } }]);
	});

	test('ranks first the article whose writers describe the need, and says why', async () => {
		const model = buildRankingModel([
			{ topics: ['refund-status'], texts: ['Where is my refund?', 'how long until my money arrives', 'refund not received yet'] },
			{ topics: ['dispute-a-charge'], texts: ['Charged twice', 'I paid two times for one order', 'double charge on my card'] },
		]);
		const plain = createSearchEngine({ pagefind: fakePagefind(pages), rules });
		const ranked = createSearchEngine({ pagefind: fakePagefind(pages), rules: { ...rules, model } });
		// The charged-twice page has more of the words; only the refund page's writers say "not received".
		const question = 'payment refund charge not received';
		expect((await plain.search(question)).hits[0]?.url).toBe('/payments/charged-twice/');
		const response = await ranked.search(question);
		expect(response.hits[0]?.url).toBe('/refunds/where-is-my-refund/');
		expect(response.topics[0]).toMatchObject({ topic: 'refund-status', evidence: expect.arrayContaining(['receiv']) });
		expect(response.hits[0]?.why).toMatchObject({ topic: 'refund-status' });
		expect(response.hits[0]!.why!.need).toBeGreaterThan(response.hits[1]!.why!.need);
	});

	test('finds the article the writers describe even when its text shares no word with the question', async () => {
		const model = buildRankingModel([{ topics: ['reset-password'], texts: ['I forgot my login code', 'cannot remember my code'] }]);
		const engine = createSearchEngine({ pagefind: fakePagefind(pages), rules: { ...rules, model } });
		const { hits } = await engine.search('forgot code');
		expect(hits.map((h) => h.url)).toEqual(['/security/reset-passcode/']);
	});

	test('lists every topic of an article', async () => {
		const engine = createSearchEngine({ pagefind: fakePagefind(pages), rules });
		const { hits } = await engine.search('charged twice');
		expect(hits[0]?.topics).toEqual(['dispute-a-charge', 'fees-and-charges']);
	});
});

describe('buildExcerpt', () => {
	const content = Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ');

	test('shows the window with the most matched words and marks them', () => {
		const excerpt = buildExcerpt(
			content,
			new Map([
				[50, 1],
				[52, 1],
				[3, 0.5],
			]),
			10,
		);
		expect(excerpt).toContain('<mark>w50</mark>');
		expect(excerpt).toContain('<mark>w52</mark>');
		expect(excerpt.startsWith('… ')).toBe(true);
		expect(excerpt.endsWith(' …')).toBe(true);
	});

	test('escapes the page text, so markup in an article is shown as text', () => {
		const excerpt = buildExcerpt('Reset it <img src=x onerror=alert(1)> now', new Map([[0, 1]]));
		expect(excerpt).not.toContain('<img');
		expect(excerptParts(excerpt)).toEqual([
			{ text: 'Reset', mark: true },
			{ text: ' it <img src=x onerror=alert(1)> now', mark: false },
		]);
		expect(excerptText(excerpt)).toBe('Reset it <img src=x onerror=alert(1)> now');
	});
});

describe('stopping a search', () => {
	test('an aborted search loads no result and rejects with an AbortError', async () => {
		const loaded: string[] = [];
		const base = fakePagefind(pages);
		const pagefind: PagefindApi = {
			async search(term, options) {
				const response = await base.search(term, options);
				for (const r of response?.results ?? []) {
					const data = r.data;
					r.data = async () => {
						loaded.push(r.id);
						return data();
					};
				}
				return response;
			},
		};
		const engine = createSearchEngine({ pagefind, rules });
		const controller = new AbortController();
		controller.abort();
		await expect(engine.search('refund', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
		expect(loaded).toEqual([]);
		expect((await engine.search('refund')).hits).toHaveLength(2);
		expect(loaded).toHaveLength(2);
	});
});

describe('topPages', () => {
	test('gives the first items of a stable sort without sorting them all', () => {
		// Ties on the score keep the items' order, as a stable sort does.
		const items = Array.from({ length: 200 }, (_, i) => ({ i, score: (i * 37) % 23 }));
		const compare = (a: { score: number }, b: { score: number }) => b.score - a.score;
		for (const limit of [0, 1, 3, 10, 49, 50, 200, 500]) {
			expect(topPages(items, limit, compare)).toEqual([...items].sort(compare).slice(0, limit));
		}
	});
});
