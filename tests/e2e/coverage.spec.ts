import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot, removeDir, runNode, scratchDir } from '../helpers/site-copy.ts';
import { expectNoAxeViolations, VIEWPORTS } from './helpers.ts';

/** `npm run coverage` on the same build, as a support lead or CI would run it. */
const coverageCli = (...argv: string[]) => runNode(projectRoot, ['scripts/coverage.ts', ...argv]);

test('/en-us/coverage/ shows the same figures as npm run coverage for this build and date', async ({ page }) => {
	test.slow(); // runs the CLI on the whole demo bank
	await page.goto('/en-us/coverage/');
	await expect(page.getByRole('heading', { level: 1, name: 'FAQ coverage' })).toBeVisible();
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
	await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);

	const date = await page.locator('.coverage-meta time').getAttribute('datetime');
	expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	const { code, stdout } = await coverageCli('--format', 'json', '--today', date!);
	expect(code).toBe(0);
	const report = JSON.parse(stdout);
	expect(report.summary.questions).toBeGreaterThan(900);

	const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
	const summary = page.getByRole('region', { name: 'Summary' });
	await expect(summary.getByRole('listitem').first()).toContainText(percent(report.summary.recallAt3));

	// Every topic row: same status and recall as the CLI.
	const rows = page.locator('#topics-table tbody tr');
	await expect(rows).toHaveCount(report.topics.length);
	for (const [index, topic] of report.topics.entries()) {
		const row = rows.nth(index);
		await expect(row.getByRole('rowheader')).toContainText(topic.id);
		await expect(row.locator('.status')).toHaveText(topic.status);
		if (topic.recallAt3 !== null) await expect(row.locator('td').nth(2)).toHaveText(percent(topic.recallAt3));
	}
	await expect(page.getByRole('heading', { name: `Questions search fails on (${report.failedQuestions.length})` })).toBeVisible();
	await expect(page.locator('.coverage-meta')).toContainText('are for United States (en-US)');
});

test('/en-gb/coverage/ is the UK’s own report, the same as npm run coverage -- --market gb, with the topics × market table of every report', async ({
	page,
}) => {
	test.slow(); // runs the CLI on the whole demo bank
	await page.goto('/en-gb/coverage/');
	const meta = page.locator('.coverage-meta');
	await expect(meta).toContainText('Search figures, statuses and articles are for United Kingdom (en-GB)');
	const date = await meta.locator('time').getAttribute('datetime');
	await expect(meta.locator('code').last()).toHaveText(`npm run coverage -- --market gb --today ${date}`);
	const { code, stdout } = await coverageCli('--market', 'gb', '--format', 'json', '--today', date!);
	expect(code).toBe(0);
	const report = JSON.parse(stdout);
	expect(report.market).toEqual({ id: 'gb', name: 'United Kingdom', locale: 'en-GB' });
	const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
	const summary = page.getByRole('region', { name: 'Summary' });
	await expect(summary.getByRole('listitem').first()).toContainText(percent(report.summary.recallAt3));
	await expect(summary.locator('.market-gaps li')).toHaveText(
		report.markets.map(
			(m: { name: string; locale: string; current: boolean; topicsWithoutArticles: string[] }) =>
				`${m.topicsWithoutArticles.length} ${m.topicsWithoutArticles.length === 1 ? 'topic has' : 'topics have'} no article in ${m.name} (${m.locale})${m.current ? ', this report’s market' : ''}.`,
		),
	);

	// One column per market, in the order of content/markets.yaml, the page's own marked; the CLI's counts.
	const table = page.getByRole('table', { name: /Articles per topic, by market/ });
	await expect(table.getByRole('columnheader')).toHaveText([
		'Topic',
		'United States (en-US)',
		'United Kingdom (en-GB), this report',
		'Deutschland (de-DE)',
	]);
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(report.topics.length);
	for (const [index, topic] of report.topics.entries()) {
		const counts = report.markets.map((m: { articlesPerTopic: Record<string, number> }) => String(m.articlesPerTopic[topic.id]));
		await expect(rows.nth(index).getByRole('rowheader')).toContainText(topic.id);
		await expect(rows.nth(index).getByRole('cell')).toHaveText(counts);
		// The UK column counts the articles the UK report lists for the topic.
		expect(counts[1], topic.id).toBe(String(topic.articles.length));
	}

	// The US report shows the same table, from the same content; only the marked market differs.
	const us = await (await page.request.get('/en-us/coverage/coverage.json')).json();
	const unmarked = (markets: { current: boolean }[]) => markets.map(({ current: _, ...column }) => column);
	expect(unmarked(us.markets)).toEqual(unmarked(report.markets));
	expect(us.markets.map((m: { current: boolean }) => m.current)).toEqual([true, false, false]);
});

test('/de-de/coverage/ is in German, with the figures of npm run coverage -- --market de and its translations per topic', async ({
	page,
}) => {
	test.slow(); // runs the CLI on the whole demo bank
	await page.goto('/de-de/coverage/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
	await expect(page.getByRole('heading', { level: 1, name: 'FAQ-Abdeckung' })).toBeVisible();
	const meta = page.locator('.coverage-meta');
	await expect(meta).toContainText('Suchzahlen, Status und Artikel gelten für Deutschland (de-DE)');
	const date = await meta.locator('time').getAttribute('datetime');
	const { code, stdout } = await coverageCli('--market', 'de', '--format', 'json', '--today', date!);
	expect(code).toBe(0);
	const report = JSON.parse(stdout);
	await expect(meta.locator('time')).toHaveText(
		new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date!)),
	);
	const percent = (value: number) => new Intl.NumberFormat('de-DE', { style: 'percent', minimumFractionDigits: 1 }).format(value);
	const summary = page.getByRole('region', { name: 'Zusammenfassung' });
	await expect(summary.getByRole('listitem').first()).toContainText(percent(report.summary.recallAt3));

	// The translations: a row per topic with an article in Germany, its state in German, as the CLI says.
	const [germany] = report.translations as { id: string; topics: { id: string; status: string }[] }[];
	expect(germany!.id).toBe('de');
	const words: Record<string, string> = { translated: 'übersetzt', untranslated: 'nicht übersetzt', 'out-of-date': 'Übersetzung veraltet' };
	const section = page.getByRole('region', { name: 'Übersetzungen' });
	await expect(section.getByRole('heading', { level: 3 })).toHaveText('Deutsch (de): Deutschland (de-DE), dieser Bericht');
	const rows = section.getByRole('table', { name: /Übersetzung der Themen, Deutschland \(de-DE\)/ }).locator('tbody tr');
	await expect(rows).toHaveCount(germany!.topics.length);
	for (const [index, topic] of germany!.topics.entries()) {
		await expect(rows.nth(index).getByRole('rowheader')).toContainText(topic.id);
		await expect(rows.nth(index).locator('.status')).toHaveText(words[topic.status]!);
	}
	for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
		await page.setViewportSize(viewport);
		await expectNoAxeViolations(page, `/de-de/coverage/ (${viewportName})`);
	}
});

test('the CI gates set the exit code of npm run coverage on the real search', async () => {
	test.slow(); // three CLI runs, each reading and checking the whole content
	// A small bank of our own: one question search answers, one it cannot (no such words anywhere).
	const dir = await scratchDir('coverage-gate-');
	const bank = path.join(dir, 'bank.csv');
	await writeFile(bank, 'question,topic\nHow do I reset my passcode?,reset-password\nzqxv wkjq,reset-password\n');
	try {
		const half = await coverageCli('--questions', bank, '--format', 'json');
		expect(half.code).toBe(0);
		expect(JSON.parse(half.stdout).summary.recallAt3).toBe(0.5);
		const failing = await coverageCli('--questions', bank, '--fail-under', '60%');
		expect(failing.code).toBe(1);
		expect(failing.stderr).toContain('Gate failed: Search finds the answer in the top 3 for 50.0% of questions');
		expect((await coverageCli('--questions', bank, '--fail-under', '50%')).code).toBe(0);
	} finally {
		await removeDir(dir);
	}
});

test('a lead sorts the topics table with the keyboard', async ({ page }) => {
	await page.goto('/en-us/coverage/');
	const table = page.getByRole('table', { name: /Topics, grouped by category/ });
	const header = table.getByRole('columnheader', { name: 'Recall@3' });
	const button = header.getByRole('button', { name: 'Recall@3' });
	const recallColumn = 3;
	const values = async () =>
		(
			await table
				.locator(`tbody tr td:nth-child(${recallColumn + 1})`)
				.evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.sort ?? ''))
		)
			.filter((v) => v !== '')
			.map(Number);

	await button.focus();
	await page.keyboard.press('Enter');
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	const ascending = await values();
	expect(ascending.length).toBeGreaterThan(5);
	expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
	// Topics without questions have no recall: they stay at the end.
	await expect(table.locator('tbody tr').last().locator('td').nth(2)).toHaveText('–');

	await page.keyboard.press('Space');
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	expect(await values()).toEqual([...ascending].sort((a, b) => b - a));

	// Sorting another column moves aria-sort there.
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(table.getByRole('columnheader', { name: 'Questions' })).toHaveAttribute('aria-sort', 'ascending');
	await expect(header).not.toHaveAttribute('aria-sort', /./);
});

test('the report links to each article, and to what search returned instead', async ({ page }) => {
	await page.goto('/en-us/coverage/');
	const articleLinks = page.locator('#topics-table tbody a');
	expect(await articleLinks.count()).toBeGreaterThanOrEqual(37);
	const link = articleLinks.first();
	const title = (await link.textContent())!.trim();
	await link.click();
	await expect(page).toHaveURL(/\/payments\/[a-z0-9-]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	await page.goBack();
	const returned = page.locator('#failed-table tbody a').first();
	const returnedTitle = (await returned.textContent())!.trim();
	await returned.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(returnedTitle);

	// Every article link on the page resolves to a page.
	await page.goto('/en-us/coverage/');
	const hrefs = [...new Set(await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))];
	for (const href of hrefs) {
		const response = await page.request.get(href);
		expect(response.status(), href).toBe(200);
	}
});
