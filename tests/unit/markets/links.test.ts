import { describe, expect, test } from 'vitest';
import { marketLink } from '../../../src/lib/markets/links.ts';

describe("an article's link leads to the page of the reader's market", () => {
	test('pages of the site get the market prefix, keeping the query and the anchor', () => {
		expect(marketLink('/payments/make-a-payment/', 'en-gb')).toBe('/en-gb/payments/make-a-payment/');
		expect(marketLink('/contact/?topic=refunds', 'en-gb')).toBe('/en-gb/contact/?topic=refunds');
		expect(marketLink('/payments/late-payments/#what-happens', 'en-us')).toBe('/en-us/payments/late-payments/#what-happens');
		expect(marketLink('/', 'en-gb')).toBe('/en-gb/');
		expect(marketLink('/#top', 'en-gb')).toBe('/en-gb/#top');
		expect(marketLink('/search/?q=late%20fee#results', 'en-gb')).toBe('/en-gb/search/?q=late%20fee#results');
	});

	test('files, other sites and same-page anchors stay as written', () => {
		for (const href of [
			'/images/pay-early-button.svg',
			'/robots.txt',
			'https://www.financial-ombudsman.org.uk/',
			'//cdn.example.com/x/',
			'mailto:help@example.com',
			'tel:+442079460321',
			'#how-to-complain',
			'../late-payments/',
			'?q=fees',
		]) {
			expect(marketLink(href, 'en-gb'), href).toBe(href);
		}
	});

	test('a link already inside the market is not prefixed twice', () => {
		expect(marketLink('/en-gb/payments/', 'en-gb')).toBe('/en-gb/payments/');
		expect(marketLink('/en-gb', 'en-gb')).toBe('/en-gb');
		// Only this market's own prefix is recognised: a page whose name starts the same is still prefixed.
		expect(marketLink('/en-gbx/', 'en-gb')).toBe('/en-gb/en-gbx/');
	});
});
