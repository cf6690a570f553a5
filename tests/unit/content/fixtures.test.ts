// Each folder in tests/fixtures/content/ is one mistake a writer makes: files that replace or add
// to the valid `_base` content (which has its own support.yaml), a case.json naming the mistake and
// the problem names it must produce, and expected.txt, the exact report.
// `UPDATE=1 npm run test:unit` rewrites the reports on a developer's machine, never in CI.
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContent } from '../../../src/lib/node/read-content.ts';
import { type Problem } from '../../../src/lib/problems/problem.ts';
import { RULE_NAMES } from '../../../src/lib/problems/rules.ts';
import { formatProblems, summarizeProblems } from '../../../src/lib/problems/report.ts';
import { copyFixture, projectRoot, removeDir } from '../../helpers/site-copy.ts';

const fixtures = path.join(projectRoot, 'tests/fixtures/content');
const TODAY = '2026-11-24';
// A fixed page list keeps the expected reports independent of pages added to the site later.
const PAGES = ['/', '/contact/', '/search/'];

interface CaseInfo {
	mistake: string;
	expect: string[];
	today?: string;
	reviewAgeDays?: number;
	remove?: string[];
}

// CI compares with the committed reports: rewriting them there would let every case pass.
if (process.env.UPDATE && process.env.CI) {
	throw new Error(
		'UPDATE is ignored in CI: there the expected reports are compared, never rewritten. Unset UPDATE in CI; to rewrite the reports, run `UPDATE=1 npm run test:unit` on your machine, review the diff and commit it.',
	);
}

const copies: string[] = [];
afterAll(() => Promise.all(copies.map(removeDir)));

/** The base content with the case's files on top, as a project folder the real reader reads. */
async function materialize(name: string, info: CaseInfo): Promise<string> {
	const dir = await copyFixture(`content-fixture-${name}-`, 'content/_base');
	copies.push(dir);
	if (name !== '_base') {
		for (const entry of await readdir(path.join(fixtures, name))) {
			if (entry === 'case.json' || entry === 'expected.txt') continue;
			await cp(path.join(fixtures, name, entry), path.join(dir, entry), { recursive: true, force: true });
		}
	}
	for (const removed of info.remove ?? []) await rm(path.join(dir, removed), { recursive: true, force: true });
	return dir;
}

async function runCase(name: string, info: CaseInfo): Promise<Problem[]> {
	const sources = await readContent(await materialize(name, info));
	return checkContent({ ...sources, pages: PAGES }, { today: info.today ?? TODAY, reviewAgeDays: info.reviewAgeDays }).problems;
}

function report(problems: Problem[]): string {
	return `${formatProblems(problems)}\n\n${summarizeProblems(problems)}\n`;
}

const cases = (await readdir(fixtures)).filter((name) => name !== '_base').sort();
const infos = new Map<string, CaseInfo>();
for (const name of cases) infos.set(name, JSON.parse(await readFile(path.join(fixtures, name, 'case.json'), 'utf8')));

describe('the valid base content', () => {
	test('has no problem at all', async () => {
		const sources = await readContent(await materialize('_base', { mistake: '', expect: [] }));
		expect(sources.articles.length).toBeGreaterThanOrEqual(5);
		expect(formatProblems(checkContent({ ...sources, pages: PAGES }, { today: TODAY }).problems)).toBe('');
	});
});

describe('each writer mistake gets its exact report', () => {
	test('there are at least 25 distinct mistakes', () => {
		expect(cases.length).toBeGreaterThanOrEqual(25);
		expect(new Set([...infos.values()].map((i) => i.mistake)).size).toBe(cases.length);
	});

	test.each(cases)('%s', async (name) => {
		const info = infos.get(name)!;
		const problems = await runCase(name, info);
		// Exactly the kinds of problem the case is about, no fewer and no more.
		expect([...new Set(problems.map((p) => p.rule))].sort()).toEqual([...new Set(info.expect)].sort());
		const expectedFile = path.join(fixtures, name, 'expected.txt');
		if (process.env.UPDATE) await writeFile(expectedFile, report(problems));
		expect(report(problems)).toBe(await readFile(expectedFile, 'utf8'));
		// Words for writers, never the tool's internals.
		expect(report(problems)).not.toMatch(/ZodError|Invalid input|expected \w+, received|\bat .*\.(ts|js):\d+|\/tmp\/|node_modules/);
	});

	test('every kind of problem the guide documents is shown by at least one case', () => {
		const covered = new Set([...infos.values()].flatMap((i) => i.expect));
		expect(RULE_NAMES.filter((rule) => !covered.has(rule))).toEqual([]);
	});
});

describe('one run with several broken files', () => {
	test('reports every problem in every file', async () => {
		const problems = await runCase('several-broken-files', infos.get('several-broken-files')!);
		const files = [...new Set(problems.map((p) => p.file))].sort();
		expect(files).toEqual([
			'content/articles/accounts/close-your-account.mdx',
			'content/articles/payments/late-payments.mdx',
			'content/articles/payments/pay-early.mdx',
			'content/articles/refunds/ask-for-a-refund.mdx',
			'content/articles/security/reset-password.mdx',
		]);
		// The file with four mistakes gets four problems, each on its own line.
		const payEarly = problems.filter((p) => p.file === 'content/articles/payments/pay-early.mdx');
		expect(payEarly.map((p) => p.rule).sort()).toEqual(['broken-link', 'missing-alt-text', 'unknown-category', 'unknown-field']);
		expect(new Set(payEarly.map((p) => p.line)).size).toBe(4);
		expect(payEarly.every((p) => typeof p.line === 'number')).toBe(true);
	});
});
