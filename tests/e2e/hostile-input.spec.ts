import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { stringify } from 'csv-stringify/sync';
import { findInjectedMarkup, XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';
import { serveSite, type RunningServer } from '../static-server.ts';
import { buildSite, copyProject, output, removeDir } from '../helpers/site-copy.ts';
import { watchForScript } from './helpers.ts';

// Hostile text must stay text: in article frontmatter, in search queries, in ?topic= on the
// contact page, in a customer question bank on /coverage/. The fixture site is served WITHOUT the Content-Security-Policy, so these tests
// prove the pages escape everything on their own; the policy is a second, independent layer.

let site: string | undefined;
let server: RunningServer | undefined;
const slugs = XSS_PAYLOADS.map((_, i) => `hostile-input-${i + 1}`);
// A bank's file name is shown on /coverage/ too, and may be anything a file system allows.
const bankName = `tickets ${XSS_PAYLOADS[1]}.csv`;
// Labelled with a topic whose articles say nothing about scripts, so search fails on every one and
// /coverage/ lists them all, with the hostile articles search returned instead.
const bankTopic = 'close-account';

test.describe.configure({ mode: 'serial' });

// Builds a site and opens about fifty pages: give it room on small, shared CI machines.
test.slow();

test.beforeAll(async ({}, testInfo) => {
	testInfo.setTimeout(180_000);
	site = await copyProject('help-center-fixture-');
	for (const [i, payload] of XSS_PAYLOADS.entries()) {
		const others = slugs
			.filter((s) => s !== slugs[i])
			.slice(0, 3)
			.map((s) => `payments/${s}`);
		const frontmatter = [
			'---',
			`title: ${JSON.stringify(`Hostile ${i + 1} ${payload}`.slice(0, 70))}`,
			`description: ${JSON.stringify(`A test article whose description carries ${payload} as plain text.`.slice(0, 160))}`,
			'category: payments',
			'section: paying',
			'topics: [make-a-payment]',
			`questions: [${JSON.stringify(`Can I ${payload}?`)}]`,
			'updated: 2026-11-01',
			`related: [${others.join(', ')}]`,
			'order: 1',
			'---',
			'',
			'This article exists only in a test build.',
			'',
		].join('\n');
		await writeFile(path.join(site, 'content/articles/payments', `${slugs[i]}.mdx`), frontmatter);
	}
	// The hostile bank is the only one, so all its questions fit in the page's failed-questions table.
	await rm(path.join(site, 'content/questions/dev.csv'));
	const bank = stringify(
		XSS_PAYLOADS.map((payload, i) => ({ id: `t-${i + 1}`, question: payload, topic: bankTopic })),
		{ header: true, columns: ['id', 'question', 'topic'] },
	);
	await writeFile(path.join(site, 'content/questions', bankName), bank);
	const build = await buildSite(site);
	expect(build.code, `The fixture site did not build:\n${output(build)}`).toBe(0);
	server = await serveSite(path.join(site, 'dist'), { headers: false });
});

test.afterAll(async () => {
	await server?.close();
	await removeDir(site);
});

/** Opens a page and fails on any dialog, page error, injected element or request to another origin. */
async function expectInert(page: Page, url: string, use?: (page: Page) => Promise<void>) {
	const { dialogs, elsewhere } = watchForScript(page, server!.url);
	// Handlers such as onerror fire while the page loads; pages with scripts say when they are done.
	await page.goto(`${server!.url}${url}`);
	await use?.(page);
	expect(dialogs, `script ran on ${url}`).toEqual([]);
	expect(await page.evaluate(findInjectedMarkup), `markup injected on ${url}`).toEqual([]);
	expect(elsewhere, `requests to other sites from ${url}`).toEqual([]);
}

test('HTML and script in article frontmatter are shown as text on the article, category, section and home pages', async ({ page }) => {
	for (const [i, payload] of XSS_PAYLOADS.entries()) {
		await expectInert(page, `/en-us/payments/${slugs[i]}/`);
		// The visitor sees the characters exactly as written.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hostile ${i + 1} ${payload}`.slice(0, 70).trim());
		await expect(page.locator('.article__questions').getByText(`Can I ${payload}?`, { exact: true })).toBeVisible();
		expect(await page.title()).toContain(`Hostile ${i + 1}`);
	}
	await expectInert(page, '/en-us/payments/');
	await expect(page.getByText(`Hostile 1 ${XSS_PAYLOADS[0]}`, { exact: true })).toBeVisible();
	// The category page shows the first articles of the section; its own page lists every one.
	await expectInert(page, '/en-us/payments/paying/');
	await expect(page.getByText(`Hostile 2 ${XSS_PAYLOADS[1]}`, { exact: true })).toBeVisible();
	await expectInert(page, '/');
});

test('search queries with HTML and script stay text, in the address and in the search box', async ({ page }) => {
	const box = page.locator('[data-search-page] [data-search-input]');
	for (const payload of XSS_PAYLOADS) {
		// The deep link runs the search: wait until the page has said something about the query.
		await expectInert(page, `/en-us/search/?q=${encodeURIComponent(payload)}`, (p) =>
			expect(p.locator('[data-search-page] [data-search-status]')).not.toBeEmpty(),
		);
		await expect(box).toHaveValue(payload);
	}
	// Results whose titles and excerpts carry the payloads render them as text.
	await expectInert(page, '/en-us/search/', async (p) => {
		await box.fill('hostile test article');
		await expect(p.locator('[data-search-result]').first()).toContainText('Hostile');
	});
	expect(await page.locator('[data-search-result]').count()).toBeGreaterThan(1);
});

test('?topic= on the contact page is never put into the page as markup', async ({ page }) => {
	for (const payload of XSS_PAYLOADS) {
		await expectInert(page, `/en-us/contact/?topic=${encodeURIComponent(payload)}`, (p) => p.locator('[data-contact-ready]').waitFor());
		await expect(page.getByRole('heading', { level: 1, name: 'Contact us' })).toBeVisible();
	}
});

test('HTML and script in a question bank are shown as text on the /coverage/ page', async ({ page }) => {
	// The sorting script is a module: it has run by the time the page has loaded.
	await expectInert(page, '/en-us/coverage/');
	const failed = page.getByRole('table', { name: /Failed questions/ });
	await expect(page.getByRole('heading', { level: 2, name: `Questions search fails on (${XSS_PAYLOADS.length})` })).toBeVisible();
	// Every question reads exactly as in the bank, in bank order, with its file and line.
	await expect(failed.getByRole('rowheader')).toHaveText([...XSS_PAYLOADS]);
	await expect(failed.locator('tbody td:nth-child(5)')).toHaveText(XSS_PAYLOADS.map((_, i) => `content/questions/${bankName}:${i + 2}`));
	await expect(failed.locator('tbody td:nth-child(2)').first()).toHaveText(bankTopic);
	await expect(page.locator('.coverage-meta code').first()).toHaveText(`content/questions/${bankName}`);
	// What search returned instead are the hostile articles, linked by their titles as text.
	await expect(failed.getByRole('link', { name: `Hostile 1 ${XSS_PAYLOADS[0]}`, exact: true }).first()).toBeVisible();

	// Sorting moves the rows around; they stay text.
	await failed.getByRole('button', { name: 'Question' }).click();
	await expect(failed.getByRole('columnheader', { name: 'Question' })).toHaveAttribute('aria-sort', 'ascending');
	expect(await page.evaluate(findInjectedMarkup)).toEqual([]);
	await expect(failed.getByRole('rowheader')).toHaveText(
		[...XSS_PAYLOADS].sort(new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare),
	);
});
