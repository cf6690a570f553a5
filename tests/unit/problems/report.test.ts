import { describe, expect, test } from 'vitest';
import { countBySeverity, problem, sortProblems } from '../../../src/lib/problems/problem.ts';
import {
	formatGithubAnnotations,
	formatProblems,
	formatProblemsAtMost,
	formatProblemsJson,
	summarizeProblems,
} from '../../../src/lib/problems/report.ts';

const SUPPORT = 'content/support.yaml';
const TOPICS = 'content/topics.yaml';
const note = problem('special-day-past', SUPPORT, { line: 12, field: 'special[0]', message: 'A past holiday.' });
const warning = problem('holiday-on-closed-day', SUPPORT, { line: 12, field: 'special[0]', message: 'A Saturday holiday.' });
const error = problem('missing-field', SUPPORT, { line: 12, field: 'timezone', message: 'No time zone.' });
const topic = problem('unanswered-topic', TOPICS, { line: 3, message: 'No article.' });

describe('notes (info) beside errors and warnings', () => {
	test('come last on a line, after its errors and warnings', () => {
		expect(sortProblems([note, warning, error]).map((p) => p.severity)).toEqual(['error', 'warning', 'info']);
		expect(countBySeverity([note, warning, error, topic])).toEqual({ errors: 1, warnings: 2, infos: 1 });
	});

	test('show as `info` in the text report, aligned with the other levels', () => {
		expect(formatProblems([note, error])).toBe(
			[
				'content/support.yaml',
				'  error   line 12  timezone: No time zone. [missing-field]',
				'  info    line 12  special[0]: A past holiday. [special-day-past]',
			].join('\n'),
		);
	});

	test('are counted as notes in the summary, with plurals and one "and" before the last count', () => {
		const where = 'Each [name] is explained under "Content problems" in CONTRIBUTING.md.';
		expect(summarizeProblems([note])).toBe(`Found 1 note in 1 file. ${where}`);
		expect(summarizeProblems([note, { ...note, line: 13 }])).toBe(`Found 2 notes in 1 file. ${where}`);
		expect(summarizeProblems([error, warning, topic, note])).toBe(`Found 1 error, 2 warnings and 1 note in 2 files. ${where}`);
		expect(summarizeProblems([warning, note])).toBe(`Found 1 warning and 1 note in 1 file. ${where}`);
		// Without notes, the sentence is the one writers already know.
		expect(summarizeProblems([error, warning])).toBe(`Found 1 error and 1 warning in 1 file. ${where}`);
		expect(summarizeProblems([])).toBe('No problems found.');
	});

	test('are GitHub notices, not warnings', () => {
		expect(formatGithubAnnotations([note, warning]).split('\n')).toEqual([
			'::warning file=content/support.yaml,line=12,title=holiday-on-closed-day::special[0]: A Saturday holiday.',
			'::notice file=content/support.yaml,line=12,title=special-day-past::special[0]: A past holiday.',
		]);
	});

	test('are counted on their own in the JSON report', () => {
		const report = JSON.parse(formatProblemsJson([note, topic], { articles: 5, failed: false }));
		expect(report.summary).toEqual({ articles: 5, errors: 0, warnings: 1, infos: 1, files: 2 });
		expect(report.problems.map((p: { severity: string }) => p.severity)).toEqual(['info', 'warning']);
	});
});

describe("a log of thousands of warnings (a large site's build)", () => {
	const file = (n: number) => `content/articles/payments/article-${String(n).padStart(4, '0')}.mdx`;
	const stale = (n: number) => problem('stale-review', file(n), { line: 15, field: 'reviewed', message: 'Last reviewed over a year ago.' });
	const outOfDate = (n: number) =>
		problem('source-out-of-date', file(n), { line: 9, field: 'sourceUpdated', message: 'The shared article changed.' });

	test('lists the first files in full, then counts the rest by problem name and says where to read them all', () => {
		const problems = [...Array.from({ length: 30 }, (_, i) => stale(i + 1)), outOfDate(28), outOfDate(29)];
		const text = formatProblemsAtMost(problems, 25);
		const listedFiles = text.split('\n').filter((line) => line.startsWith('content/'));
		expect(listedFiles).toEqual(Array.from({ length: 25 }, (_, i) => file(i + 1)));
		expect(text.split('\n').at(-1)).toBe(
			'…and 7 more in 5 other files: 5 [stale-review] and 2 [source-out-of-date]. `npm run check` lists every one.',
		);
	});

	test('never leaves out a file with an error, however many warnings come first', () => {
		const broken = problem('missing-field', 'content/articles/security/zzz.mdx', { line: 2, field: 'title', message: 'No title.' });
		const text = formatProblemsAtMost([...Array.from({ length: 30 }, (_, i) => stale(i + 1)), broken], 25);
		expect(text).toContain('content/articles/security/zzz.mdx\n  error   line 2   title: No title. [missing-field]');
		expect(text).toContain('…and 5 more in 5 other files: 5 [stale-review].');
	});

	test('is the whole report when there are no more files than that', () => {
		const problems = Array.from({ length: 25 }, (_, i) => stale(i + 1));
		expect(formatProblemsAtMost(problems, 25)).toBe(formatProblems(problems));
	});
});
