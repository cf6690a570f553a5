import { expect, test } from '@playwright/test';

// The demo's payments category has a section of 7 articles ("Paying and due dates"): more than a
// category page shows, so it is the one that links to its own page.

test('a category page groups its articles under its sections, at most 6 each', async ({ page }) => {
	await page.goto('/en-us/payments/');
	const sections = page.locator('section[data-section]');
	await expect(sections).toHaveCount(3);
	expect(await sections.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-section')))).toEqual([
		'how-it-works',
		'paying',
		'payment-problems',
	]);
	for (const section of await sections.all()) {
		await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
		expect(await section.locator('.article-list li').count()).toBeLessThanOrEqual(6);
	}
	// A section whose articles are all shown has no "All n articles" link.
	await expect(page.locator('section[data-section="how-it-works"]').getByRole('link', { name: /^All \d+ articles/ })).toHaveCount(0);
	// Every article of the category is on the page or one click away: the count adds up.
	const shown = await page.locator('section[data-section] .article-list li').count();
	expect(shown).toBe(14);
	await expect(page.getByText('15 articles', { exact: true })).toBeVisible();
});

test('"All n articles" leads to the section page, which lists them all, with the section in the breadcrumbs', async ({ page }) => {
	await page.goto('/en-us/payments/');
	const paying = page.locator('section[data-section="paying"]');
	await expect(paying.getByRole('heading', { level: 2, name: 'Paying and due dates' })).toBeVisible();
	await expect(paying.getByText('Making payments, paying early or late, changing a payment, fees and statements.')).toBeVisible();
	const previewed = (await paying.locator('.article-list a').allTextContents()).map((t) => t.trim());
	expect(previewed).toHaveLength(6);

	await paying.getByRole('link', { name: 'All 7 articles in Paying and due dates' }).click();
	await expect(page).toHaveURL(/\/payments\/paying\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Paying and due dates' })).toBeVisible();
	const listed = (await page.locator('.article-list a').allTextContents()).map((t) => t.trim());
	expect(listed).toHaveLength(7);
	// Same order as the category page, with the seventh article after the six shown there.
	expect(listed.slice(0, 6)).toEqual(previewed);
	const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
	await expect(breadcrumb.getByRole('listitem')).toHaveText(['Help Center', 'Payments', 'Paying and due dates']);
	await expect(breadcrumb.getByRole('link', { name: 'Payments' })).toHaveAttribute('href', '/en-us/payments/');

	await page.getByRole('link', { name: listed[6]! }).click();
	const articleCrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
	await expect(articleCrumbs.getByRole('listitem')).toHaveText(['Help Center', 'Payments', 'Paying and due dates', listed[6]!]);
	await articleCrumbs.getByRole('link', { name: 'Paying and due dates' }).click();
	await expect(page).toHaveURL(/\/payments\/paying\/$/);
});
