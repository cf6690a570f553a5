import { expect, test, type Page } from '@playwright/test';

// One help center, several markets: the chooser at /, the same page in another market, the old
// addresses, and each market's own search and contact page (pinned clock, as in contact.spec.ts).

test.describe('the market chooser at /', () => {
	test.use({ locale: 'en-GB' });

	test('lists every market, suggests the one of the browser’s language, and does not redirect', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Choose your country or region' })).toBeVisible();
		const choices = page.locator('[data-market-chooser] a');
		await expect(choices).toHaveCount(3);
		await expect(choices.nth(0)).toHaveAttribute('href', '/en-us/');
		await expect(choices.nth(1)).toHaveAttribute('href', '/en-gb/');
		await expect(choices.nth(2)).toHaveAttribute('href', '/de-de/');
		// Each market's name in its own language, marked so a screen reader says it right.
		await expect(choices.nth(2)).toContainText('Deutschland');
		// en-GB in navigator.languages: the UK is suggested, not chosen for the visitor.
		await expect(page.getByRole('link', { name: /United Kingdom/ })).toHaveAttribute('data-suggested', '');
		await expect(page.getByRole('link', { name: /United Kingdom/ })).toContainText('Suggested for your language settings');
		await expect(page.getByRole('link', { name: /United States/ })).not.toHaveAttribute('data-suggested');
		await expect(page).toHaveURL(/\/$/);
		expect(new URL(page.url()).pathname).toBe('/');
	});
});

test('the switcher leads to the same page in the other market, in its language and with its own contact details', async ({ page }) => {
	await page.goto('/en-us/payments/late-payments/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
	const switcher = page.getByRole('navigation', { name: 'Country or region' });
	await expect(switcher.getByRole('link', { name: 'United States' })).toHaveAttribute('aria-current', 'true');
	await switcher.getByRole('link', { name: 'United Kingdom' }).click();
	await expect(page).toHaveURL(/\/en-gb\/payments\/late-payments\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
	// The UK market's number, and the UK market's pages everywhere the page links.
	await expect(page.locator('main')).toContainText('020 7946 0321');
	await expect(page.locator('main')).not.toContainText('555-0147');
	const help = page.getByRole('complementary', { name: 'Still need help?' });
	await expect(help.getByRole('link', { name: 'Contact us' })).toHaveAttribute('href', '/en-gb/contact/?topic=payments');
	await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Help Centre' })).toHaveAttribute(
		'href',
		'/en-gb/',
	);
});

test.describe('old addresses', () => {
	test('an article’s old address leads to its /en-us/ page', async ({ page }) => {
		await page.goto('/payments/late-payments/');
		await expect(page).toHaveURL(/\/en-us\/payments\/late-payments\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Late or missed payment');
	});

	test('the contact page keeps the topic it was asked for', async ({ page }) => {
		await page.goto('/contact/?topic=refunds');
		await expect(page).toHaveURL(/\/en-us\/contact\/\?topic=refunds$/);
		await expect(page.locator('html')).toHaveAttribute('data-contact-ready', '');
		await expect(page.getByLabel('What is your question about?')).toHaveValue('refunds');
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the page links to the new address and refreshes to it', async ({ page }) => {
			await page.goto('/security/account-locked/');
			await expect(page).toHaveURL(/\/en-us\/security\/account-locked\/$/);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		});
	});
});

test('a search on the UK market’s pages returns only UK pages', async ({ page }) => {
	await page.goto('/en-gb/search/?q=where+is+my+refund');
	const results = page.locator('[data-search-result]');
	await expect(results.first()).toBeVisible();
	const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(1);
	for (const href of hrefs) expect(href).toMatch(/^\/en-gb\//);
	await expect(results.first()).toHaveAttribute('href', '/en-gb/refunds/where-is-my-refund/');
});

test.describe('the UK contact page, on London time', () => {
	test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

	async function openContact(page: Page, at: string, query = '') {
		await page.clock.setFixedTime(new Date(at));
		await page.goto(`/en-gb/contact/${query}`);
		await expect(page.locator('html')).toHaveAttribute('data-contact-ready', '');
	}
	const state = (page: Page, channel: string) => page.locator(`[data-channel="${channel}"]`);

	test('Saturday morning in winter: chat is open, phone is closed until Monday, on a 24-hour clock', async ({ page }) => {
		await openContact(page, '2027-01-16T10:00:00Z');
		await expect(state(page, 'chat')).toHaveAttribute('data-state', 'open');
		await expect(state(page, 'phone')).toHaveAttribute('data-state', 'closed');
		await expect(state(page, 'chat')).toContainText('closes at 17:00 GMT');
		await expect(state(page, 'phone')).toContainText('opens Monday 08:00 GMT');
		await expect(page.locator('[data-recommended]')).toHaveAttribute('data-channel', 'chat');
	});

	test('Good Friday: phone and chat are closed for the bank holiday, and email is suggested for a refund', async ({ page }) => {
		await openContact(page, '2027-03-26T12:00:00Z', '?topic=refunds');
		await expect(state(page, 'phone')).toHaveAttribute('data-state', 'closed');
		await expect(state(page, 'chat')).toHaveAttribute('data-state', 'closed');
		await expect(state(page, 'chat')).toContainText('Good Friday');
		await expect(page.locator('[data-recommended]')).toHaveAttribute('data-channel', 'email');
	});

	test('the first weekday after the clocks go forward: phone opens at 08:00 BST, which is 07:00 UTC', async ({ page }) => {
		await openContact(page, '2027-03-30T06:59:00Z');
		await expect(state(page, 'phone')).toHaveAttribute('data-state', 'closed');
		await openContact(page, '2027-03-30T07:00:00Z');
		await expect(state(page, 'phone')).toHaveAttribute('data-state', 'open');
		await expect(state(page, 'phone')).toContainText('closes at 20:00 BST');
	});

	test('Boxing Day on a Sunday in 2032 moves to Tuesday 28 December; Christmas to Monday 27', async ({ page }) => {
		await openContact(page, '2032-12-28T12:00:00Z');
		await expect(state(page, 'chat')).toHaveAttribute('data-state', 'closed');
		await expect(state(page, 'chat')).toContainText('Boxing Day (observed)');
		await openContact(page, '2032-12-29T12:00:00Z');
		await expect(state(page, 'chat')).toHaveAttribute('data-state', 'open');
	});
});
