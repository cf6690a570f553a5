import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openSearch } from '../../src/lib/node/search-node.ts';

const results = (page: Page) => page.locator('a[data-search-result]');
/** The first search of a page downloads the index; shared CI machines can be slow. Not a speed test. */
const LOADED = { timeout: 20_000 };

test('a customer types a question in the header and opens the right article; nothing loads before', async ({ page }) => {
	const searchFiles: string[] = [];
	page.on('request', (request) => {
		if (/\/pagefind\/|\/_astro\/search/.test(request.url())) searchFiles.push(new URL(request.url()).pathname);
	});
	await page.goto('/en-us/payments/make-a-payment/');
	await page.waitForLoadState('networkidle');
	expect(searchFiles, 'no search code or index before the visitor uses search').toEqual([]);

	const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the help center' });
	await box.fill('I was charged twice for one order');
	await expect(results(page).first()).toBeVisible(LOADED);
	expect(searchFiles.some((f) => f.endsWith('/pagefind/pagefind.js'))).toBe(true);
	// The panel names each result's category and marks the words that matched.
	const first = results(page).first();
	await expect(first).toContainText('Charged twice');
	await expect(first).toContainText('Payments');
	await expect(page.locator('.search-result mark').first()).toBeVisible();

	await first.click();
	await expect(page).toHaveURL(/\/payments\/charged-twice-or-wrong-amount\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Charged twice');
});

test('search works from the keyboard alone: / to focus, arrows to move, Enter to open, Escape to go back', async ({ page }) => {
	await page.goto('/en-us/');
	await page.keyboard.press('/');
	const box = page.getByRole('searchbox', { name: 'Ask a question or describe your problem' });
	await expect(box).toBeFocused();
	await page.keyboard.type('forgot my passcode');
	await expect(results(page).first()).toBeVisible(LOADED);

	await page.keyboard.press('ArrowDown');
	await expect(results(page).nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(results(page).nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(results(page).nth(0)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(box).toBeFocused();
	await expect(results(page).first()).toBeHidden();

	await page.keyboard.type(' '); // typing again shows the results again
	await expect(results(page).first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	const href = await results(page).nth(0).getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	expect(href).toBe('/en-us/security/reset-password-or-passcode/');
});

test('the category filter narrows results and is kept in the address', async ({ page }) => {
	await page.goto('/en-us/search/?q=charged');
	await expect(results(page).first()).toBeVisible(LOADED);
	const all = await results(page).count();
	const total = async () => Number(/\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[0]);
	const allTotal = await total();
	const categories = await page.locator('.search-result__category').allTextContents();
	expect(new Set(categories).size, 'an unfiltered search spans several categories').toBeGreaterThan(1);

	await page.getByRole('radio', { name: 'Refunds and returns' }).check();
	await expect(page).toHaveURL(/[?&]category=refunds/);
	await expect(page.getByRole('radio', { name: 'Refunds and returns' })).toBeChecked();
	await expect(page.locator('.search-result__category').first()).toHaveText('Refunds and returns');
	const filtered = await page.locator('.search-result__category').allTextContents();
	expect(new Set(filtered)).toEqual(new Set(['Refunds and returns']));
	await expect(page.locator('[data-search-status]')).toContainText('in Refunds and returns');
	expect(await total(), 'fewer articles match in one category').toBeLessThan(allTotal);

	await page.getByRole('radio', { name: 'All topics' }).check();
	await expect(page).not.toHaveURL(/category=/);
	await expect(results(page)).toHaveCount(all);
});

test('the search page shows five results, and "Show more results" adds the next ten and focuses the first new one', async ({ page }) => {
	await page.goto('/en-us/search/?q=charged');
	await expect(results(page).first()).toBeVisible(LOADED);
	await expect(results(page)).toHaveCount(5);
	const status = await page.locator('[data-search-status]').textContent();
	const total = Number(/\d+/.exec(status ?? '')?.[0]);
	expect(total, 'the status line counts every match, not only those shown').toBeGreaterThan(5);
	const firstFive = await results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));

	await page.getByRole('button', { name: 'Show more results' }).click();
	await expect(results(page)).toHaveCount(Math.min(total, 15));
	const all = await results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(all.slice(0, 5), 'the first five stay in place').toEqual(firstFive);
	expect(new Set(all).size, 'no result is listed twice').toBe(all.length);
	await expect(results(page).nth(5)).toBeFocused();
	if (total <= 15) await expect(page.getByRole('button', { name: 'Show more results' })).toHaveCount(0);
});

test('a search is a deep link, and back and forward restore each search', async ({ page }) => {
	await page.goto('/en-us/search/?q=where+is+my+refund');
	const box = page.getByRole('searchbox');
	await expect(box).toHaveValue('where is my refund', LOADED);
	await expect(results(page).first()).toHaveAttribute('href', '/en-us/refunds/where-is-my-refund/', LOADED);
	await expect(page).toHaveTitle(/“where is my refund”/);

	await box.fill('reset my passcode');
	await box.press('Enter');
	await expect(page).toHaveURL(/\?q=reset\+my\+passcode$/);
	await expect(results(page).first()).toHaveAttribute('href', '/en-us/security/reset-password-or-passcode/');

	await page.goBack();
	await expect(page).toHaveURL(/\?q=where\+is\+my\+refund$/);
	await expect(box).toHaveValue('where is my refund');
	await expect(results(page).first()).toHaveAttribute('href', '/en-us/refunds/where-is-my-refund/');

	await page.goForward();
	await expect(box).toHaveValue('reset my passcode');
	await expect(results(page).first()).toHaveAttribute('href', '/en-us/security/reset-password-or-passcode/');

	// Typing without Enter: the address and title follow once typing pauses.
	await box.fill('late fee');
	await expect(page).toHaveURL(/\?q=late\+fee$/);
	await expect(page).toHaveTitle(/“late fee”/);
	await page.goBack();
	await expect(box).toHaveValue('reset my passcode');
});

test('no results: says so plainly, offers the categories and the contact page, and announces it', async ({ page }) => {
	await page.goto('/en-us/search/?q=zzqx+wvvk');
	await expect(page.locator('[data-search-status]')).toHaveText('No results for “zzqx wvvk”.', LOADED);
	const empty = page.locator('.search-empty');
	await expect(empty.getByRole('link', { name: 'Payments' })).toHaveAttribute('href', '/en-us/payments/');
	await expect(empty.getByRole('link', { name: 'Your account' })).toHaveAttribute('href', '/en-us/accounts/');
	await expect(empty.getByRole('link', { name: 'Contact us' })).toHaveAttribute('href', '/en-us/contact/');
	// Screen readers hear the outcome once typing pauses.
	await expect(page.getByRole('status')).toHaveText(/No results for “zzqx wvvk”/);
	await expect(results(page)).toHaveCount(0);
});

test('without JavaScript the header form still reaches /search/, which says search needs JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/en-us/payments/');
	await page.getByRole('banner').getByRole('searchbox').fill('refund');
	await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=refund$/);
	// The message sits in <noscript>, which Playwright's text matching skips: read the rendered text.
	expect(await page.locator('main').innerText()).toContain('Search needs JavaScript, which is turned off in your browser.');
	await expect(page.locator('main a[href="/en-us/refunds/"]')).toHaveText('Refunds and returns');
	await expect(page.locator('main a[href="/en-us/contact/"]')).toBeVisible();
	await context.close();
});

test('the browser shows the same top 3 as `npm run search` for the same questions', async ({ page }) => {
	const questions = [
		'where is my refund',
		'I want my money back',
		'forgot my pin',
		'someone used my card without asking',
		'how do I delete my account',
		'can I pay with a credit card',
		'talk to a real person',
		'my payment keeps getting declined',
	];
	const node = await openSearch(path.resolve(import.meta.dirname, '../../dist/en-us'));
	try {
		for (const question of questions) {
			const expected = (await node.search(question, { limit: 3 })).map((hit) => hit.url);
			expect(expected, `Node finds results for "${question}"`).toHaveLength(3);
			await page.goto(`/en-us/search/?q=${encodeURIComponent(question)}`);
			await expect(results(page).first()).toBeVisible(LOADED);
			const shown = await results(page).evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
			expect(shown, question).toEqual(expected);
		}
	} finally {
		await node.close();
	}
});

test('words typed on /search/ before the search code has loaded are searched, not erased', async ({ page }) => {
	await page.goto('/en-us/search/');
	// fill() types at once, before the lazily loaded search code and index are ready.
	const box = page.locator('[data-search-page] [data-search-input]');
	await box.fill('refund');
	await expect(page.locator('[data-search-result]').first()).toBeVisible(LOADED);
	await expect(box).toHaveValue('refund');
});

test('words typed on /search/ while the index is still downloading are kept and searched', async ({ page }) => {
	// A slow connection: the index arrives a second and a half after the search code has started.
	await page.route('**/pagefind/search-rules.json', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.goto('/en-us/search/');
	const box = page.locator('[data-search-page] [data-search-input]');
	await box.focus();
	// The category filter appears once the search code runs; the index is not there yet.
	await expect(page.locator('[data-search-filter]')).toBeVisible(LOADED);
	// Typing goes on while the index arrives.
	await box.pressSequentially('refund not received', { delay: 120 });
	await expect(page.locator('[data-search-status]')).toContainText('“refund not received”', LOADED);
	await expect(box).toHaveValue('refund not received');
});
