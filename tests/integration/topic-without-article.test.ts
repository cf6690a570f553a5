import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildSite, copyProject, newestContentDate, output, removeDir, runNode, type RunResult } from '../helpers/site-copy.ts';

// Support leads add a need to content/topics.yaml before writers answer it. A real `astro build` of a
// copy of the project in which every article of one topic is gone must still publish the site, with
// the topic shown as `no-article` on /en-us/coverage/; the check warns, and fails only with --strict.
const TOPIC = 'close-account';
const TODAY = newestContentDate();
let site: string;
let removed: string[];
let build: RunResult;

/** Every article of the copy, shared and markets' own: its id (`<category>/<slug>`), file and frontmatter. */
async function articlesOf(root: string) {
	const articles: { id: string; file: string; text: string; topics: string[] }[] = [];
	const markets = await readdir(path.join(root, 'content/markets'));
	for (const dir of ['content/articles', ...markets.map((market) => `content/markets/${market}`)]) {
		for (const category of await readdir(path.join(root, dir))) {
			for (const name of await readdir(path.join(root, dir, category))) {
				const file = path.join(root, dir, category, name);
				const text = await readFile(file, 'utf8');
				const data = parse(text.split('---')[1]!) as { topics: string[] };
				articles.push({ id: `${category}/${name.replace(/\.mdx$/, '')}`, file, text, topics: data.topics });
			}
		}
	}
	return articles;
}

beforeAll(async () => {
	site = await copyProject('help-center-no-article-');
	const articles = await articlesOf(site);
	const gone = articles.filter((a) => a.topics.includes(TOPIC));
	removed = gone.map((a) => a.id);
	expect(removed.length).toBeGreaterThan(0);
	for (const article of gone) await rm(article.file);
	// What pointed at them goes too, as a writer would do: links become plain text, `related` drops them.
	for (const article of articles.filter((a) => !gone.includes(a))) {
		let text = article.text.replace(/^related: \[(.*)\]$/m, (_, list: string) => {
			const kept = list
				.split(',')
				.map((id) => id.trim())
				.filter((id) => !removed.includes(id));
			return `related: [${kept.join(', ')}]`;
		});
		for (const id of removed) text = text.replace(new RegExp(`\\[([^\\]]*)\\]\\(/${id}/[^)]*\\)`, 'g'), '$1');
		if (text !== article.text) await writeFile(article.file, text);
	}
	build = await buildSite(site);
}, 180_000);

afterAll(() => removeDir(site));

describe('a topic whose every article is removed', { timeout: 60_000 }, () => {
	test('still builds, with the topic reported as a warning', () => {
		expect(build.code, output(build)).toBe(0);
		expect(output(build)).toMatch(new RegExp(`warning +line \\d+ +No published article lists \`${TOPIC}\`.*\\[unanswered-topic\\]`));
	});

	test('shows as no-article on the built /coverage/ page and in its JSON download', async () => {
		const html = await readFile(path.join(site, 'dist/en-us/coverage/index.html'), 'utf8');
		const row = html.split('<tr').find((r) => r.includes(`<code>${TOPIC}</code>`));
		expect(row, 'a row for the topic in the topics table').toBeDefined();
		expect(row).toMatch(/<span class="status status--no-article">no-article<\/span>/);
		expect(row).toContain('None');
		const report = JSON.parse(await readFile(path.join(site, 'dist/en-us/coverage/coverage.json'), 'utf8'));
		expect(report.topics.find((t: { id: string }) => t.id === TOPIC)).toMatchObject({ status: 'no-article', articles: [] });
		expect(report.topicsWithoutArticles).toEqual([TOPIC]);
		// A gap in every market: the other reports' topics × market tables show the same.
		const gb = JSON.parse(await readFile(path.join(site, 'dist/en-gb/coverage/coverage.json'), 'utf8'));
		for (const { markets } of [report, gb]) {
			expect(markets.map((m: { id: string; topicsWithoutArticles: string[] }) => [m.id, m.topicsWithoutArticles])).toEqual([
				['us', [TOPIC]],
				['gb', [TOPIC]],
				['de', [TOPIC]],
			]);
		}
		// The removed articles are not published.
		for (const id of removed) await expect(readFile(path.join(site, 'dist', id, 'index.html'))).rejects.toThrow();
	});

	test('passes npm run check, and fails it with --strict on that warning alone', async () => {
		const [relaxed, strict] = await Promise.all([
			runNode(site, ['scripts/check.ts', '--today', TODAY]),
			runNode(site, ['scripts/check.ts', '--today', TODAY, '--strict']),
		]);
		expect(relaxed.code, relaxed.stdout).toBe(0);
		expect(strict.code, strict.stdout).toBe(1);
		const warnings = strict.stdout.split('\n').filter((line) => /^ {2}(error|warning) /.test(line));
		expect(warnings).toEqual([expect.stringMatching(new RegExp(`^ {2}warning .*\`${TOPIC}\`.*\\[unanswered-topic\\]$`))]);
	});

	test('fails the coverage gate --max-no-article 0, and passes --max-no-article 1', async () => {
		const bank = path.join(site, 'bank.csv');
		await writeFile(bank, 'question,topic\nHow do I reset my passcode?,reset-password\n');
		const coverage = (max: string) => runNode(site, ['scripts/coverage.ts', '--questions', bank, '--max-no-article', max]);
		const [strict, lenient] = await Promise.all([coverage('0'), coverage('1')]);
		expect(strict.code, output(strict)).toBe(1);
		expect(strict.stderr).toContain(`Gate failed: 1 topic has no published article (${TOPIC}); at most 0 may (--max-no-article).`);
		expect(lenient.code, output(lenient)).toBe(0);
	});
});
