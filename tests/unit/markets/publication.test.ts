import { describe, expect, test } from 'vitest';
import { marketArticles, ownArticleLocation } from '../../../src/lib/markets/publication.ts';
import type { Market } from '../../../src/schemas/markets.ts';

const market = (id: string): Market => ({ id, name: id, locales: [], support: 'support.yaml', currency: 'USD', facts: {} });
const setups = [
	{ market: market('us'), locale: 'en-US' },
	{ market: market('gb'), locale: 'en-GB' },
	{ market: market('de'), locale: 'de-DE' },
];
const shared = (id: string, extra: { markets?: string[]; language?: string } = {}) => ({
	id,
	file: `content/articles/${id}.mdx`,
	...extra,
});
const own = (marketId: string, id: string) => ({ market: marketId, id, file: `content/markets/${marketId}/${id}.mdx` });

describe('the articles each market publishes', () => {
	test('a shared article is in every market; `markets:` limits it; a language keeps it to markets that speak it', () => {
		const result = marketArticles(
			setups,
			[shared('payments/pay-early'), shared('payments/autopay', { markets: ['us'] }), shared('refunds/returns', { language: 'en' })],
			[],
		);
		expect(result.get('us')!.map((a) => a.id)).toEqual(['payments/autopay', 'payments/pay-early', 'refunds/returns']);
		expect(result.get('gb')!.map((a) => a.id)).toEqual(['payments/pay-early', 'refunds/returns']);
		expect(result.get('de')!.map((a) => a.id)).toEqual(['payments/pay-early']);
	});

	test("a market's own article replaces the shared one at the same address, in that market only", () => {
		const result = marketArticles(setups.slice(0, 2), [shared('accounts/make-a-complaint')], [own('gb', 'accounts/make-a-complaint')]);
		expect(result.get('us')).toEqual([
			{ id: 'accounts/make-a-complaint', file: 'content/articles/accounts/make-a-complaint.mdx', source: 'shared' },
		]);
		expect(result.get('gb')).toEqual([
			{ id: 'accounts/make-a-complaint', file: 'content/markets/gb/accounts/make-a-complaint.mdx', source: 'own' },
		]);
	});

	test('an own article without a shared one exists in its market only; one for a shared article limited elsewhere fills the gap', () => {
		const result = marketArticles(
			setups.slice(0, 2),
			[shared('payments/autopay', { markets: ['us'] })],
			[own('gb', 'payments/direct-debit'), own('gb', 'payments/autopay'), own('fr', 'payments/autopay')],
		);
		expect(result.get('us')!.map((a) => [a.id, a.source])).toEqual([['payments/autopay', 'shared']]);
		expect(result.get('gb')!.map((a) => [a.id, a.source])).toEqual([
			['payments/autopay', 'own'],
			['payments/direct-debit', 'own'],
		]);
		// Markets come in the order of content/markets.yaml; a folder of no market publishes nothing.
		expect([...result.keys()]).toEqual(['us', 'gb']);
	});
});

describe("where a market's own article belongs", () => {
	test('market and address from the path', () => {
		expect(ownArticleLocation('content/markets/gb/accounts/make-a-complaint.mdx')).toEqual({
			market: 'gb',
			id: 'accounts/make-a-complaint',
		});
		expect(ownArticleLocation('content/articles/accounts/make-a-complaint.mdx')).toBeUndefined();
		expect(ownArticleLocation('content/markets/gb/make-a-complaint.mdx')).toBeUndefined();
		expect(ownArticleLocation('content/markets/gb/accounts/old/make-a-complaint.mdx')).toBeUndefined();
	});
});
