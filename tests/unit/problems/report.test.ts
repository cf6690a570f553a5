import { describe, expect, test } from 'vitest';
import { countBySeverity, problem, sortProblems } from '../../../src/lib/problems/problem.ts';
import { formatGithubAnnotations, formatProblems, formatProblemsJson, summarizeProblems } from '../../../src/lib/problems/report.ts';

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
