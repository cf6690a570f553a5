import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** One page for each page template in src/pages, with what a visitor does there. */
export interface Template {
	name: string;
	/** The route file under src/pages that renders it. */
	source: string;
	/** A page built from that template. */
	path: string;
	/** Uses the page the way a visitor would, so lazily loaded code runs too. */
	exercise?: (page: Page) => Promise<void>;
}

export const TEMPLATES: readonly Template[] = [
	{
		name: 'market chooser',
		source: 'index.astro',
		path: '/',
	},
	{ name: 'old address', source: '[...legacy].astro', path: '/payments/' },
	{ name: 'home', source: '[locale]/index.astro', path: '/en-gb/' },
	{ name: 'category', source: '[locale]/[category]/index.astro', path: '/en-us/payments/' },
	{ name: 'section', source: '[locale]/[category]/[section]/index.astro', path: '/en-us/payments/paying/' },
	{
		name: 'article',
		source: '[locale]/[category]/[slug].astro',
		path: '/en-us/payments/make-a-payment/',
		// The header search box loads the search code and index on first use.
		exercise: async (page) => {
			await page.locator('header [data-search-input]').fill('refund');
			await page.locator('[data-search-result]').first().waitFor();
		},
	},
	{
		name: 'contact',
		source: '[locale]/contact.astro',
		path: '/en-us/contact/?topic=refunds',
		// Checked as a visitor sees it: after the script has marked channels and the recommendation.
		exercise: async (page) => {
			await page.locator('html[data-contact-ready]').waitFor({ state: 'attached' });
		},
	},
	{
		name: 'search',
		source: '[locale]/search.astro',
		path: '/en-us/search/',
		exercise: async (page) => {
			await page.locator('[data-search-page] [data-search-input]').fill('refund');
			await page.locator('[data-search-result]').first().waitFor();
		},
	},
	{ name: 'not found', source: '404.astro', path: '/en-us/no-such-page/' },
	{
		name: 'FAQ coverage',
		source: '[locale]/coverage.astro',
		path: '/en-us/coverage/',
		exercise: async (page) => {
			// Sorted, so the enhanced headers (buttons, aria-sort) are checked too.
			await page.getByRole('button', { name: 'Recall@3' }).first().click();
		},
	},
];

/** The HTML route files under src/pages (endpoints such as robots.txt.ts are not pages). */
export function pageSources(): string[] {
	const pages = path.resolve(import.meta.dirname, '../../src/pages');
	return readdirSync(pages, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(astro|mdx?)$/.test(file))
		.map((file) => file.split(path.sep).join('/'))
		.sort();
}
