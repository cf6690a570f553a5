import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { findInjectedMarkup, XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';
import { serveSite, type RunningServer } from '../static-server.ts';
import { astroCli, copyProject, output, removeDir, runNode } from '../helpers/site-copy.ts';
import { expectNoAxeViolations, VIEWPORTS, watchForScript } from './helpers.ts';

// A copy of the site built with notices in the US market's support file (content/support/us.yaml), at a pinned build time, so that
// the page (what visitors without JavaScript see) and the browser (the visitor's clock, pinned
// with page.clock) each have their say. Times are New York's: EDT, UTC−4, in June.

/** SOURCE_DATE_EPOCH of the build: Monday 2030-06-03, 08:00 in New York. */
const BUILD_TIME = '2030-06-03T12:00:00Z';
const PAYMENTS = 'Card payments are delayed today. Your payment is safe and no late fee will be charged.';
const hostile = (i: number) => `Maintenance ${i + 1}: ${XSS_PAYLOADS[i]}`;

const NOTICES = [
	// Still to come at build time: in the page, hidden, until the visitor's clock reaches it.
	{ message: PAYMENTS, from: '2030-06-04 09:00', until: '2030-06-04 18:00', level: 'warning', categories: ['payments'] },
	// Current at build time: shown without JavaScript. Each message carries an HTML payload.
	...XSS_PAYLOADS.map((_, i) => ({ message: hostile(i), from: '2030-06-01 00:00', until: '2030-06-10 00:00', categories: ['security'] })),
	// Over at build time: on no page at all.
	{ message: 'Refunds were slow on May 1.', from: '2030-05-01 09:00', until: '2030-05-02 09:00', categories: ['refunds'] },
];

let site: string | undefined;
/** Served with the production headers, Content-Security-Policy included. */
let server: RunningServer | undefined;
/** Served without them, to show the notices stay text on their own. */
let bare: RunningServer | undefined;

test.describe.configure({ mode: 'serial' });
// Builds a site first: give it room on small, shared CI machines.
test.slow();

test.beforeAll(async ({}, testInfo) => {
	testInfo.setTimeout(180_000);
	site = await copyProject('help-center-notices-');
	const file = path.join(site, 'content/support/us.yaml');
	const yaml = NOTICES.map((notice) =>
		[
			`  - message: ${JSON.stringify(notice.message)}`,
			`    from: ${notice.from}`,
			`    until: ${notice.until}`,
			...('level' in notice ? [`    level: ${notice.level}`] : []),
			`    categories: [${notice.categories.join(', ')}]`,
		].join('\n'),
	);
	const text = await readFile(file, 'utf8');
	expect(text, 'the demo support.yaml has no `notices: []` line to replace').toMatch(/^notices: \[\]$/m);
	await writeFile(file, text.replace(/^notices: \[\]$/m, `notices:\n${yaml.join('\n')}`));
	const build = await runNode(site, [astroCli, 'build'], { SOURCE_DATE_EPOCH: String(Date.parse(BUILD_TIME) / 1000) });
	expect(build.code, `The site with notices did not build:\n${output(build)}`).toBe(0);
	server = await serveSite(path.join(site, 'dist'));
	bare = await serveSite(path.join(site, 'dist'), { headers: false });
});

test.afterAll(async () => {
	await server?.close();
	await bare?.close();
	await removeDir(site);
});

/** Opens a page with the visitor's clock pinned, once the notices have been decided; fails on script errors and CSP reports. */
async function open(page: Page, url: string, at: string, { base = server } = {}) {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
	});
	await page.clock.setFixedTime(new Date(at));
	await page.goto(`${base!.url}${url}`);
	await page.locator('html[data-notices-ready]').waitFor({ state: 'attached' });
	expect(problems).toEqual([]);
}

const paymentsNotice = (page: Page) => page.locator('[data-notice]', { hasText: 'Card payments are delayed' });

test('a notice shows on its category’s pages and the contact page only while the visitor’s clock is inside [from, until)', async ({
	page,
}) => {
	const cases: [at: string, shown: boolean][] = [
		['2030-06-04T12:59:00Z', false], // 08:59, a minute before `from`
		['2030-06-04T13:00:00Z', true], // 09:00, `from` itself
		['2030-06-04T21:59:59Z', true], // 17:59:59
		['2030-06-04T22:00:00Z', false], // 18:00, `until` itself
		['2030-06-05T14:00:00Z', false], // the next day
	];
	for (const url of ['/en-us/payments/make-a-payment/', '/en-us/payments/', '/en-us/contact/']) {
		for (const [at, shown] of cases) {
			await open(page, url, at);
			await expect(paymentsNotice(page), `${url} at ${at}`).toBeVisible({ visible: shown });
			await expect(paymentsNotice(page)).toHaveAttribute('data-level', 'warning');
		}
	}
	// Inside the status region, with its level in words, not only in colour.
	await open(page, '/en-us/payments/', '2030-06-04T15:00:00Z');
	await expect(page.getByRole('status')).toContainText(`Important: ${PAYMENTS}`);
	// Not on another category's pages, even at its time.
	await open(page, '/en-us/security/', '2030-06-04T15:00:00Z');
	await expect(paymentsNotice(page)).toHaveCount(0);
});

test('a notice appears when its time comes and goes when it ends, without a reload', async ({ page }) => {
	await page.clock.install({ time: new Date('2030-06-04T12:59:30Z') });
	await page.goto(`${server!.url}/payments/`);
	await page.locator('html[data-notices-ready]').waitFor({ state: 'attached' });
	await expect(paymentsNotice(page)).toBeHidden();
	await page.clock.runFor('01:00');
	await expect(paymentsNotice(page)).toBeVisible();
	await page.clock.fastForward('09:00:00');
	await expect(paymentsNotice(page)).toBeHidden();
});

test('pages no notice targets have no notices and load no script for them', async ({ page }) => {
	// /refunds/'s only notice was over at build time.
	for (const url of ['/en-us/accounts/', '/en-us/refunds/', '/en-us/refunds/ask-for-a-refund/']) {
		await page.goto(`${server!.url}${url}`);
		await expect(page.locator('site-notices, [data-notice]')).toHaveCount(0);
		// The one script of an ordinary page is the inline search loader.
		await expect(page.locator('script[src]')).toHaveCount(0);
	}
});

test('HTML in a notice message stays text and runs nothing, shown or hidden by the script', async ({ page }) => {
	const { dialogs, elsewhere } = watchForScript(page, bare!.url);
	for (const url of ['/en-us/security/', '/en-us/contact/']) {
		await open(page, url, '2030-06-05T12:00:00Z', { base: bare });
		const notices = page.locator('[data-notice][data-level="info"]');
		await expect(notices).toHaveText(XSS_PAYLOADS.map((_, i) => `Notice: ${hostile(i)}`));
		expect(await page.evaluate(findInjectedMarkup), `markup injected on ${url}`).toEqual([]);
		// At `until` the script hides them all; they stay text.
		await open(page, url, '2030-06-10T04:00:00Z', { base: bare });
		for (const notice of await notices.all()) await expect(notice).toBeHidden();
		expect(await page.evaluate(findInjectedMarkup), `markup injected on ${url}`).toEqual([]);
	}
	expect(dialogs, 'script ran').toEqual([]);
	expect(elsewhere, 'requests to other sites').toEqual([]);
});

test('notices pass axe (WCAG 2.2 AA, contrast included) at both levels, in light and dark mode', async ({ page }) => {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const [name, viewport] of Object.entries(VIEWPORTS)) {
			await page.setViewportSize(viewport);
			await open(page, '/en-us/contact/', '2030-06-04T15:00:00Z');
			await expect(paymentsNotice(page)).toBeVisible();
			await expect(page.locator('[data-notice][data-level="info"]').first()).toBeVisible();
			await expectNoAxeViolations(page, `/en-us/contact/ with notices (${scheme}, ${name})`);
		}
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the notices current at build time are there; the ones still to come are not shown', async ({ page }) => {
		await page.goto(`${server!.url}/security/`);
		await expect(page.locator('[data-notice]')).toHaveText(XSS_PAYLOADS.map((_, i) => `Notice: ${hostile(i)}`));
		for (const notice of await page.locator('[data-notice]').all()) await expect(notice).toBeVisible();
		await page.goto(`${server!.url}/payments/`);
		await expect(paymentsNotice(page)).toBeHidden();
		await page.goto(`${server!.url}/contact/`);
		await expect(paymentsNotice(page)).toBeHidden();
		await expect(page.locator('[data-notice]:visible')).toHaveCount(XSS_PAYLOADS.length);
	});
});
