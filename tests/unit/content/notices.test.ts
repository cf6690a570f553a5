import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContent } from '../../../src/lib/node/read-content.ts';
import { projectRoot } from '../../helpers/site-copy.ts';

// The fixture content (support hours in America/New_York) with notices added to its support file;
// only the notices' problems count here.
const base = await readContent(path.join(projectRoot, 'tests/fixtures/content/_base'));
const FILE = 'content/support.yaml';
const baseText = base.supports!.get(FILE)!.text;

function check(notices: string, today: string, timezone = 'America/New_York') {
	const text = `${baseText.replace('timezone: America/New_York', `timezone: ${timezone}`)}\nnotices:\n${notices}`;
	return checkContent({ ...base, supports: new Map([[FILE, { path: FILE, text }]]) }, { today }).problems.filter((p) => p.file === FILE && p.rule.startsWith('notice-'));
}

const notice = (from: string, until: string) => `  - message: Card payments are delayed today.\n    from: ${from}\n    until: ${until}\n`;

describe('notice-ended: a notice over before today can be removed', () => {
	test('reported as info, at the notice’s line, with its end and today', () => {
		const problems = check(notice('2026-11-20 09:00', '2026-11-20 18:00'), '2026-11-24');
		expect(problems).toMatchObject([{ rule: 'notice-ended', severity: 'info', field: 'notices[0]' }]);
		expect(problems[0]!.message).toBe(
			'This notice ended at 2026-11-20 18:00 (America/New_York time), before today (2026-11-24): it is no longer shown anywhere and can be removed.',
		);
		expect(problems[0]!.line).toBe(`${baseText}\nnotices:\n`.split('\n').length);
	});

	test('a notice that ends at midnight as today begins has ended; one that ends later today has not', () => {
		expect(check(notice('2026-11-23 09:00', '2026-11-24 00:00'), '2026-11-24').map((p) => p.rule)).toEqual(['notice-ended']);
		expect(check(notice('2026-11-23 09:00', '2026-11-23 24:00'), '2026-11-24').map((p) => p.rule)).toEqual(['notice-ended']);
		expect(check(notice('2026-11-23 09:00', '2026-11-24 00:01'), '2026-11-24')).toEqual([]);
	});

	test('current and coming notices are not reported', () => {
		expect(check(notice('2026-11-24 09:00', '2026-11-24 18:00') + notice('2026-12-02 09:00', '2026-12-02 18:00'), '2026-11-24')).toEqual([]);
	});
});

describe('notice-window in real time: the hour skipped when clocks go forward', () => {
	test('from in the skipped hour reads an hour later, after until', () => {
		const problems = check(notice('2027-03-14 02:45', '2027-03-14 03:15'), '2027-03-01');
		expect(problems).toMatchObject([{ rule: 'notice-window', severity: 'error', field: 'notices[0].until' }]);
		expect(problems[0]!.message).toBe(
			'`from` (2027-03-14 02:45) does not exist: clocks in America/New_York go forward that night, so it reads as 2027-03-14 03:45, which is not before `until` (2027-03-14 03:15). The notice would never show: set `until` after 03:45, or `from` before the clock change.',
		);
	});

	test('a half-hour shift: Lord Howe Island, where 02:00–02:30 is skipped', () => {
		const problems = check(notice('2026-10-04 02:15', '2026-10-04 02:40'), '2026-10-01', 'Australia/Lord_Howe');
		expect(problems.map((p) => p.message)).toEqual([
			'`from` (2026-10-04 02:15) does not exist: clocks in Australia/Lord_Howe go forward that night, so it reads as 2026-10-04 02:45, which is not before `until` (2026-10-04 02:40). The notice would never show: set `until` after 02:45, or `from` before the clock change.',
		]);
	});

	test('a window that only touches the skipped hour is fine', () => {
		expect(check(notice('2027-03-14 01:30', '2027-03-14 02:30') + notice('2027-03-14 02:10', '2027-03-14 03:30'), '2027-03-01')).toEqual([]);
	});
});
