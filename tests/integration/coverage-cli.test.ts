import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { main, type CliIo } from '../../scripts/coverage.ts';
import type { CoverageHit } from '../../src/lib/coverage/compute.ts';
import { projectRoot, removeDir, scratchDir } from '../helpers/site-copy.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { coverageContentOf, runCoverage, type CoverageContent } from '../../src/lib/node/coverage-run.ts';
import { readContent } from '../../src/lib/node/read-content.ts';

// The CLI on the real content and question bank, with a stand-in for the built site's search:
// it answers every question with the right article except those of the topics in MISSED, for
// which it returns an unrelated article. The real search is exercised end to end in
// tests/e2e/coverage.spec.ts after the build.
const MISSED = new Set(['pending-payment', 'close-account']);
let dist: string;
let work: string;
let articles: CoverageHit[];
const topicOf = new Map<string, string>();

beforeAll(async () => {
	dist = await scratchDir('coverage-dist-');
	work = await scratchDir('coverage-banks-');
	articles = [];
	for (const category of await readdir(path.join(projectRoot, 'content/articles'))) {
		for (const file of await readdir(path.join(projectRoot, 'content/articles', category))) {
			const text = await readFile(path.join(projectRoot, 'content/articles', category, file), 'utf8');
			const data = parse(text.split('---')[1]!) as { title: string; topics: string[]; draft?: boolean };
			if (data.draft) continue;
			const url = `/en-us/${category}/${file.replace(/\.mdx$/, '')}/`;
			articles.push({ url, title: data.title, category, topics: data.topics, excerpt: '', score: 1 });
			await mkdir(path.join(dist, url), { recursive: true });
			await writeFile(path.join(dist, url, 'index.html'), '<!doctype html>');
		}
	}
	const bank = await readFile(path.join(projectRoot, 'content/questions/dev.csv'), 'utf8');
	const { parse: parseCsv } = await import('csv-parse/sync');
	for (const row of parseCsv(bank, { columns: true }) as { question: string; topic: string }[]) topicOf.set(row.question, row.topic);
});

afterAll(() => Promise.all([dist, work].map(removeDir)));

/** The stand-in search: the right article first, except for the MISSED topics. */
const openSearch: CliIo['openSearch'] = async () => ({
	search: async (query: string) => {
		const topic = topicOf.get(query) ?? query;
		const right = articles.find((a) => a.topics.includes(topic))!;
		const wrong = articles.find((a) => !a.topics.includes(topic))!;
		return MISSED.has(topic) ? [wrong] : [right, wrong];
	},
	close: async () => {},
});

async function cli(...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const io: CliIo = {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
		cwd: work,
		env: {},
		openSearch,
	};
	const code = await main(['--dist', dist, '--today', '2026-11-24', ...argv], io);
	return { code, stdout, stderr };
}

// Each run reads and checks the whole content: allow for a slow, busy machine.
describe('npm run coverage', { timeout: 30_000 }, () => {
	test('prints the JSON report in the documented shape, with the missed topics as search-misses', async () => {
		const { code, stdout } = await cli('--format', 'json');
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		expect(report.generatedAt).toBe('2026-11-24');
		expect(report.summary.questions).toBe(975);
		const pending = report.topics.find((t: { id: string }) => t.id === 'pending-payment');
		expect(Object.keys(pending)).toEqual(
			expect.arrayContaining(['id', 'category', 'status', 'articles', 'questions', 'recallAt3', 'zeroResultRate', 'reviewed']),
		);
		expect(pending).toMatchObject({ status: 'search-misses', recallAt3: 0, articles: ['/en-us/payments/pending-payments/'] });
		const missedQuestions = report.topics
			.filter((t: { id: string }) => MISSED.has(t.id))
			.reduce((sum: number, t: { questions: number }) => sum + t.questions, 0);
		expect(report.failedQuestions).toHaveLength(missedQuestions);
		expect(report.summary.recallAt3).toBeCloseTo(1 - missedQuestions / 975);
	});

	test('says which market the figures are for, and shows topics × market for every market', async () => {
		const report = JSON.parse((await cli('--format', 'json')).stdout);
		expect(report.market).toEqual({ id: 'us', name: 'United States', locale: 'en-US' });
		expect(report.markets.map((m: { id: string; current: boolean }) => [m.id, m.current])).toEqual([
			['us', true],
			['gb', false],
			['de', false],
		]);
		// The report's own column counts the same articles as its topic rows.
		const [us, gb] = report.markets as { articlesPerTopic: Record<string, number>; topicsWithoutArticles: string[] }[];
		for (const topic of report.topics as { id: string; articles: string[] }[]) {
			expect(us!.articlesPerTopic[topic.id], topic.id).toBe(topic.articles.length);
		}
		// Every demo topic has an article in both markets (the UK has its own complaint route).
		expect([us!.topicsWithoutArticles, gb!.topicsWithoutArticles]).toEqual([[], []]);
		expect(gb!.articlesPerTopic['make-a-complaint']).toBe(1);
		const text = (await cli()).stdout;
		expect(text).toMatch(/^FAQ coverage for United States \(en-US\), 2026-11-24\n/);
		expect(text).toContain(
			"By market: 0 topics have no article in United States (en-US), this report's market; 0 topics have no article in United Kingdom (en-GB); 0 topics have no article in Deutschland (de-DE).",
		);
	});

	test('lists per language the topics not yet translated and those out of date, as the German articles say', async () => {
		// What the German articles themselves say: the topics they answer, and those whose English article changed since.
		const shared = new Map<string, string>();
		for (const category of await readdir(path.join(projectRoot, 'content/articles'))) {
			for (const file of await readdir(path.join(projectRoot, 'content/articles', category))) {
				const text = await readFile(path.join(projectRoot, 'content/articles', category, file), 'utf8');
				shared.set(`${category}/${file}`, String((parse(text.split('---')[1]!) as { updated: string }).updated));
			}
		}
		const own = new Set<string>();
		const outOfDate = new Set<string>();
		const german = path.join(projectRoot, 'content/markets/de');
		for (const file of (await readdir(german, { recursive: true })).filter((f) => f.endsWith('.mdx'))) {
			const data = parse((await readFile(path.join(german, file), 'utf8')).split('---')[1]!) as {
				topics: string[];
				draft?: boolean;
				sourceUpdated?: string;
			};
			if (data.draft) continue;
			for (const topic of data.topics) own.add(topic);
			const source = shared.get(file);
			if (data.sourceUpdated && source && source > String(data.sourceUpdated)) for (const topic of data.topics) outOfDate.add(topic);
		}
		expect(own.size).toBeGreaterThan(0);

		const report = JSON.parse((await cli('--format', 'json')).stdout);
		expect(report.translations.map((m: { id: string; language: string }) => [m.id, m.language])).toEqual([['de', 'de']]);
		const [de] = report.translations as { topics: { id: string; status: string }[]; statuses: Record<string, number> }[];
		const ids = (status: string) => de!.topics.filter((t) => t.status === status).map((t) => t.id);
		expect(ids('out-of-date').sort()).toEqual([...outOfDate].sort());
		expect(ids('translated').every((id) => own.has(id) && !outOfDate.has(id))).toBe(true);
		expect(ids('untranslated').filter((id) => own.has(id))).toEqual([]);
		expect([...own].every((id) => !ids('untranslated').includes(id))).toBe(true);

		const text = (await cli()).stdout;
		const { translated, untranslated } = de!.statuses;
		expect(text).toContain(
			`  German (de), Deutschland (de-DE): ${translated} translated, ${untranslated} untranslated, ${de!.statuses['out-of-date']} out of date\n` +
				`    Untranslated (${untranslated}): ${ids('untranslated').join(', ') || 'none'}\n`,
		);
		expect((await cli('--format', 'md')).stdout).toContain('## Translations');
	});

	test('the gates change the exit code', async () => {
		const recall = JSON.parse((await cli('--format', 'json')).stdout).summary.recallAt3 as number;
		const below = `${Math.floor(recall * 100) - 1}%`;
		const above = `${Math.ceil(recall * 100) + 1}%`;
		expect((await cli('--fail-under', below)).code).toBe(0);
		const failed = await cli('--fail-under', above);
		expect(failed.code).toBe(1);
		expect(failed.stderr).toMatch(/Gate failed: Search finds the answer in the top 3 for \d+\.\d% of questions, under the required/);
		// The demo content has articles last reviewed in the spring: over 180 days old by late November.
		const stale = JSON.parse((await cli('--format', 'json', '--stale-after', '180')).stdout).summary.staleArticles as number;
		expect(stale).toBeGreaterThan(0);
		expect((await cli('--stale-after', '180', '--max-stale', String(stale))).code).toBe(0);
		const tooMany = await cli('--stale-after', '180', '--max-stale', String(stale - 1));
		expect(tooMany.stderr).toMatch(/Gate failed: \d+ articles? (was|were) last reviewed more than 180 days ago/);
		expect(tooMany.code).toBe(1);
		// Every demo topic has an article; tests/integration/topic-without-article.test.ts fails this gate.
		expect((await cli('--max-no-article', '0')).code).toBe(0);
	});

	test('a bank with an unknown topic is an error naming the file and line, and search is not run', async () => {
		await writeFile(
			path.join(work, 'tickets.csv'),
			'subject id,question,topic\n1,"Where is my refund, please?",refund-status\n2,Can I pay by bank transfer?,bank-transfer\n',
		);
		const { code, stdout, stderr } = await cli('--questions', 'tickets.csv');
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/tickets\.csv\n\s+error\s+line 3\s+topic: Unknown topic `bank-transfer`/);
	});

	test('runs another bank given with --questions instead of the demo bank', async () => {
		await writeFile(
			path.join(work, 'last-month.csv'),
			'question,topic\nWhy is my payment pending?,pending-payment\nHow do I reset my passcode?,reset-password\n',
		);
		topicOf.set('Why is my payment pending?', 'pending-payment');
		topicOf.set('How do I reset my passcode?', 'reset-password');
		const { code, stdout } = await cli('--questions', 'last-month.csv', '--format', 'csv', '--table', 'questions');
		expect(code).toBe(0);
		expect(stdout.split('\n')[0]).toBe('file,line,id,topic,question,rank,returned_1,returned_2,returned_3,market');
		expect(stdout).toContain('last-month.csv,2,,pending-payment,Why is my payment pending?,,/');
		expect(stdout).toMatch(/,us\n$/);
		expect(stdout).not.toContain('reset-password');
	});

	test('rejects a bad option value with a message and exit code 2', async () => {
		for (const argv of [
			['--fail-under', '1.5'],
			['--max-no-article', 'none'],
			['--format', 'xml'],
			['--today', '2026-02-30'],
			['--no-such-flag'],
		]) {
			const { code, stderr } = await cli(...argv);
			expect(code, argv.join(' ')).toBe(2);
			expect(stderr).toMatch(/--help/);
		}
	});

	test('says to build first when the built site is older than the content', async () => {
		const empty = await scratchDir('coverage-empty-');
		const { code, stderr } = await cli('--dist', empty);
		await removeDir(empty);
		expect(code).toBe(2);
		expect(stderr).toMatch(/older than the content.*npm run build/);
	});

	test('the build makes the same report from what its content check hands over as from reading the content', async () => {
		// Under npm run build, the content guard writes this as JSON and the report's process reads it back.
		const sources = await readContent(projectRoot);
		const check = checkContent(sources, { today: '2026-11-24' });
		const handedOver = JSON.parse(JSON.stringify(coverageContentOf(sources, check))) as CoverageContent;
		const market = check.markets.find((m) => m.market.id === 'us')!;
		const options = { root: projectRoot, distDir: dist, market, openSearch, today: '2026-11-24' };
		const fromFiles = await runCoverage(options);
		const fromCheck = await runCoverage({ ...options, content: handedOver, contentChecked: true });
		expect(fromCheck.report).toEqual(fromFiles.report);
		expect(fromCheck.report.summary.articles).toBeGreaterThan(40);
		expect(fromCheck.report.translations.length).toBeGreaterThan(0);
	});
});
