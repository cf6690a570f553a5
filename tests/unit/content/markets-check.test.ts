import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import type { ContentSources } from '../../../src/lib/content/files.ts';
import { readContent } from '../../../src/lib/node/read-content.ts';
import { formatProblems } from '../../../src/lib/problems/report.ts';
import { projectRoot } from '../../helpers/site-copy.ts';

// The fixture content: markets `us` and `gb` sharing one support file.
const base = await readContent(path.join(projectRoot, 'tests/fixtures/content/_base'));
const TODAY = '2026-11-24';
const CLOSE = 'content/articles/accounts/close-your-account.mdx';
const closeText = base.articles.find((a) => a.path === CLOSE)!.text;

const check = (sources: Partial<ContentSources>) => checkContent({ ...base, pages: ['/', '/contact/', '/search/'], ...sources }, { today: TODAY });
const own = (file: string, text: string) => ({ marketArticles: [{ path: `content/markets/${file}`, text }] });

describe("a market's own article", () => {
	test('replaces the shared article of the same address in its market only, with no problem', () => {
		const british = closeText.replace(/^title: .*$/m, 'title: Close your Kestrel account').concat('\nWe will send a final statement to your postcode address.\n');
		const result = check(own('gb/accounts/close-your-account.mdx', british));
		expect(formatProblems(result.problems)).toBe('');
		expect(result.published.get('gb')!.find((a) => a.id === 'accounts/close-your-account')).toEqual({
			id: 'accounts/close-your-account',
			file: 'content/markets/gb/accounts/close-your-account.mdx',
			source: 'own',
		});
		expect(result.published.get('us')!.find((a) => a.id === 'accounts/close-your-account')!.source).toBe('shared');
		expect(result.marketArticles.map((a) => [a.market, a.id])).toEqual([['gb', 'accounts/close-your-account']]);
	});

	test('exists in its market only, and a shared article may not link to it', () => {
		const sources = {
			...own('gb/payments/pay-by-bank.mdx', closeText.replace(/^title: .*$/m, 'title: Pay by bank transfer').replace('category: accounts', 'category: payments')),
			articles: base.articles.map((a) => (a.path === CLOSE ? { ...a, text: `${a.text}\nOr [pay by bank](/payments/pay-by-bank/) first.\n` } : a)),
		};
		const problems = check(sources).problems;
		expect(problems.filter((p) => p.rule === 'link-outside-market')).toMatchObject([{ file: CLOSE, severity: 'error' }]);
		expect(problems.find((p) => p.rule === 'link-outside-market')!.message).toContain('the market `us` (United States) does not publish');
	});

	test('uses only its own market’s facts; the fix does not suggest `markets:`, which it cannot have', () => {
		const problems = check(own('gb/accounts/close-your-account.mdx', `${closeText}\nA fee of <Fact name="lateFee" /> or <Fact name="usOnly" />.\n`)).problems;
		expect(problems.map((p) => p.rule)).toEqual(['unknown-fact']);
		const markets = base.markets!.text.replace('    retryAfter: { days: 3 }\n', '    retryAfter: { days: 3 }\n    usOnly: { money: 1 }\n');
		const withUsOnly = check({ ...own('gb/accounts/close-your-account.mdx', `${closeText}\nCheck: <Fact name="usOnly" />.\n`), markets: { path: 'content/markets.yaml', text: markets } }).problems;
		expect(withUsOnly).toMatchObject([{ rule: 'fact-missing-in-market', file: 'content/markets/gb/accounts/close-your-account.mdx' }]);
		expect(withUsOnly[0]!.message).not.toContain('markets: [');
	});
});

describe('related articles per market', () => {
	test('suggesting an article a market does not publish is reported at the line of `related`', () => {
		const limited = base.articles.map((a) =>
			a.path === 'content/articles/payments/late-payments.mdx' ? { ...a, text: a.text.replace('topics: [late-payments]', 'topics: [late-payments]\nmarkets: [us]') } : a,
		);
		const problems = check({ articles: limited }).problems;
		expect(problems.filter((p) => p.rule === 'link-outside-market').sort((a, b) => a.line! - b.line!)).toMatchObject([
			{ file: 'content/articles/payments/pay-early.mdx', field: 'related[0]' },
			{ file: 'content/articles/payments/pay-early.mdx', line: 30 },
		]);
		expect(problems.filter((p) => p.rule === 'market-topic-gap')).toMatchObject([{ file: 'content/markets.yaml', severity: 'warning' }]);
	});
});
