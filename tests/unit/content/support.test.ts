import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContent } from '../../../src/lib/node/read-content.ts';
import { formatProblems } from '../../../src/lib/problems/report.ts';
import { projectRoot } from '../../helpers/site-copy.ts';

// The valid fixture content with its own support file, so the demo's hours and numbers may change.
const base = await readContent(path.join(projectRoot, 'tests/fixtures/content/_base'));
const FILE = 'content/support.yaml';
const baseText = base.supports!.get(FILE)!.text;
/** The date the fixture content is checked on: every special day of its support file is after it. */
const TODAY = '2026-11-24';

/** The fixture content with content/support.yaml edited by `edit`, checked on `today`. */
function withSupport(edit: (text: string) => string, today = TODAY) {
	const text = edit(baseText);
	expect(text, 'the edit changed nothing').not.toBe(baseText);
	return checkContent({ ...base, supports: new Map([[FILE, { path: FILE, text }]]) }, { today }).problems.filter((p) => p.file === FILE);
}

/** The line of the support file that contains `text`. */
const lineOf = (text: string) => baseText.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('content/support.yaml mistakes are reported with the file, the field and the fix', () => {
	test('the valid schedule has none', () => {
		expect(formatProblems(withSupport((t) => `${t}\n`))).toBe('');
	});

	test('a misspelt time zone', () => {
		const problems = withSupport((t) => t.replace('timezone: America/New_York', 'timezone: America/New_Yrok'));
		expect(problems).toMatchObject([{ field: 'timezone', severity: 'error' }]);
		expect(problems[0]!.message).toContain('`America/New_Yrok` is not a time zone');
		expect(problems[0]!.line).toBeGreaterThan(1);
	});

	test('hours that are not a time range', () => {
		const problems = withSupport((t) => t.replace('monday: 09:00-18:00', 'monday: 9am-6pm'));
		expect(problems).toMatchObject([{ field: 'channels.chat.hours.monday', severity: 'error' }]);
		expect(problems[0]!.message).toContain('"9am-6pm" is not a time range');
	});

	test('a range that ends when it starts', () => {
		const problems = withSupport((t) => t.replace('tuesday: 09:00-18:00', 'tuesday: 09:00-09:00'));
		expect(problems[0]!.message).toContain('must end at a different time than it starts');
	});

	test('no problem for an overnight range, which ends the next day', () => {
		expect(withSupport((t) => t.replace('tuesday: 09:00-18:00', 'tuesday: 18:00-09:00'))).toEqual([]);
	});

	test('a recurring day written in a way that is not a rule', () => {
		const problems = withSupport((t) => t.replace('{ date: 2027-05-31, name: Memorial Day', '{ every: last monday in may, name: Memorial Day'));
		expect(problems).toMatchObject([{ field: 'special[3].every', severity: 'error' }]);
		expect(problems[0]!.message).toBe(
			'"last monday in may" is not a rule for a day that recurs. Write `12-25` (a date each year), `4th thursday of november`, `last monday of may`, or `easter`, `easter-2`, `easter+1`.',
		);
	});

	test('a special day with both a date and a rule', () => {
		const problems = withSupport((t) => t.replace('{ date: 2027-05-31, name: Memorial Day', '{ date: 2027-05-31, every: last monday of may, name: Memorial Day'));
		expect(problems).toMatchObject([{ field: 'special[3]', severity: 'error' }]);
		expect(problems[0]!.message).toContain('either as `date: YYYY-MM-DD` (once) or as `every: …` (each year)');
	});

	test('the same day listed twice for a channel', () => {
		const problems = withSupport((t) => t.replace('{ date: 2027-05-31, name: Memorial Day', '{ date: 2027-01-01, name: Memorial Day'));
		expect(problems).toMatchObject([{ field: 'special[3].date', severity: 'error' }]);
		expect(problems[0]!.message).toContain('2027-01-01 is already listed for chat');
	});

	test('a channel listed twice in a routing rule', () => {
		const problems = withSupport((t) => t.replace('refunds: [chat, email]', 'refunds: [chat, chat]'));
		expect(problems).toMatchObject([{ field: 'routing.topics.refunds', severity: 'error' }]);
	});

	test('a routing rule for a topic that is not a category', () => {
		const problems = withSupport((t) => t.replace('refunds: [chat, email]', 'refund: [chat, email]'));
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.severity === 'error' && p.field?.startsWith('routing.topics'))).toBe(true);
	});

	test('a holiday on its calendar date when chat is closed that day anyway: a warning with the observed day', () => {
		const problems = withSupport((t) => t.replace('{ date: 2027-07-05, name: Independence Day (observed)', '{ date: 2027-07-04, name: Independence Day'));
		expect(problems).toMatchObject([{ rule: 'holiday-on-closed-day', severity: 'warning', field: 'special[4]' }]);
		expect(problems[0]!.message).toBe(
			'2027-07-04 (Independence Day) is a Sunday, when chat is closed every week anyway, so this entry changes nothing. If the team takes another day off instead, list that date (for a US holiday, usually Monday 2027-07-05), or write it once as `every: 07-04` with `observed: nearest-weekday`, which moves it every year.',
		);
		expect(problems[0]!.line).toBe(lineOf('2027-07-05'));
	});

	test('special days dated before today: a note on each, at its line, saying it can be removed', () => {
		const problems = withSupport((t) => `${t}\n`, '2027-01-02');
		expect(problems.map((p) => [p.rule, p.severity, p.field, p.line])).toEqual([
			['special-day-past', 'info', 'special[0]', lineOf('2026-11-26')],
			['special-day-past', 'info', 'special[1]', lineOf('2026-12-25')],
			['special-day-past', 'info', 'special[2]', lineOf('2027-01-01')],
		]);
		expect(problems[1]!.message).toBe(
			'2026-12-25 (Christmas Day) is in the past, so this entry no longer changes any opening hours and can be removed.',
		);
	});

	test('a special day dated today still counts, so it is not reported', () => {
		expect(formatProblems(withSupport((t) => `${t}\n`, '2026-11-26'))).toBe('');
		expect(withSupport((t) => `${t}\n`, '2026-11-27')).toMatchObject([{ rule: 'special-day-past', field: 'special[0]' }]);
	});
});

describe('the demo content/support.yaml', () => {
	// A content test: the demo's holidays are rules, so they stay right for years with no edit.
	test('closes chat on the US federal holidays the team observes, in 2030 and 2031 too', async () => {
		const { loadMarkets } = await import('../../../src/lib/node/markets.ts');
		const { toSchedule } = await import('../../../src/lib/contact/schedule.ts');
		const { specialDaysBetween } = await import('../../../src/lib/contact/holidays.ts');
		const support = loadMarkets(projectRoot).find((m) => m.market.id === 'us')!.support;
		const schedule = toSchedule(support);
		const listed = (year: number) =>
			specialDaysBetween(schedule, { year, month: 1, day: 1 }, { year, month: 12, day: 31 }, ['chat']).map((d) => `${d.date} ${d.name}`);
		expect(listed(2030)).toEqual([
			"2030-01-01 New Year's Day",
			'2030-05-27 Memorial Day',
			'2030-07-04 Independence Day',
			'2030-09-02 Labor Day',
			'2030-11-28 Thanksgiving',
			'2030-12-25 Christmas Day',
		]);
		expect(listed(2031)).toEqual([
			"2031-01-01 New Year's Day",
			'2031-05-26 Memorial Day',
			'2031-07-04 Independence Day',
			'2031-09-01 Labor Day',
			'2031-11-27 Thanksgiving',
			'2031-12-25 Christmas Day',
		]);
		// 2032: Christmas is a Saturday, so the team is off on Friday the 24th.
		expect(listed(2032)).toContain('2032-12-24 Christmas Day (observed)');
	});
});
