import { expect, test } from '@playwright/test';

test('a customer picks their country, then goes from the home page to a category, an article and a related article', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /United States/ }).click();
	await expect(page).toHaveURL(/\/en-us\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'How can we help?' })).toBeVisible();

	await page.getByRole('link', { name: 'Refunds and returns' }).first().click();
	await expect(page).toHaveURL(/\/refunds\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Refunds and returns' })).toBeVisible();

	const firstArticle = page.locator('.article-list a').first();
	const title = (await firstArticle.textContent())!.trim();
	await firstArticle.click();
	await expect(page).toHaveURL(/\/refunds\/[a-z0-9-]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
	await expect(breadcrumb.getByRole('link', { name: 'Refunds and returns' })).toHaveAttribute('href', '/en-us/refunds/');
	await expect(page.getByText(/Last (reviewed|updated)/)).toBeVisible();

	const related = page.getByRole('region', { name: 'Related articles' }).getByRole('link').first();
	const relatedTitle = (await related.textContent())!.trim();
	await related.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle);
});

test('"Still need help?" on an article leads to the contact page for its category', async ({ page }) => {
	await page.goto('/en-us/security/');
	await page.locator('.article-list a').first().click();
	const help = page.getByRole('complementary', { name: 'Still need help?' });
	await help.getByRole('link', { name: 'Contact us' }).click();
	await expect(page).toHaveURL(/\/contact\/\?topic=security$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Contact us' })).toBeVisible();
	for (const channel of ['phone', 'email', 'chat']) {
		await expect(page.locator(`[data-channel="${channel}"]`)).toBeVisible();
	}
});

test('an unknown address shows the 404 page with a way forward', async ({ page }) => {
	const response = await page.goto('/en-us/payments/this-article-does-not-exist/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: "We can't find that page" })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Payments' }).first()).toHaveAttribute('href', '/en-us/payments/');
});

test('home, category and article pages run no script but the tiny search loader, and download none', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	const loaders = new Set<string>();
	const check = async () => {
		// One inline script, the same on every page: it loads search when a visitor starts to search.
		// Besides it, only data the browser never runs: the words live search writes, as JSON.
		const data = await page
			.locator('script[type="application/json"][data-messages]')
			.evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
		expect(data).toHaveLength(1);
		expect(Object.keys(JSON.parse(data[0]!) as object).every((key) => key.startsWith('search.'))).toBe(true);
		const inline = await page
			.locator('script:not([type="application/json"])')
			.evaluateAll((nodes) => nodes.map((n) => ({ src: n.getAttribute('src'), text: n.textContent ?? '' })));
		expect(inline).toHaveLength(1);
		expect(inline[0]!.src).toBeNull();
		expect(new TextEncoder().encode(inline[0]!.text).length).toBeLessThan(1536);
		loaders.add(inline[0]!.text);
	};
	for (const path of ['/en-us/', '/en-us/payments/']) {
		await page.goto(path);
		await check();
	}
	await page.locator('.article-list a').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await check();
	expect(loaders.size).toBe(1);
	expect(scripts).toEqual([]);
});

test('an article lists at most three questions it answers, as questions, and keeps customers’ phrasings out of sight', async ({ page }) => {
	await page.goto('/refunds/ask-for-a-refund/');
	const shown = page.getByRole('region', { name: 'Questions this answers' }).getByRole('listitem');
	await expect(shown).toHaveText(['How do I get a refund?', 'Can I get a refund for my order?', 'How to request a refund?']);
	// The customers' own words are still in the page for search, never on screen.
	await expect(page.getByText('refund me please', { exact: true })).toBeHidden();
	await expect(page.getByText('refund me please', { exact: true })).toHaveCount(1);
});
