import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDataFile } from '../../../src/lib/content/files.ts';

// `notices:` added to the fixture content's own support file, read by the one reader of the file,
// so each problem comes with its rule name, field and words exactly as `npm run check` prints them.
const base = readFileSync(new URL('../../fixtures/content/_base/content/support.yaml', import.meta.url), 'utf8');
const categoryIds = ['payments', 'refunds', 'security', 'accounts'];

function read(notices: string) {
	return readDataFile('support', { path: 'content/support.yaml', text: `${base}\nnotices:\n${notices}` }, { categoryIds });
}

/** Each problem as `rule field: message`. */
function problems(notices: string): string[] {
	return read(notices).problems.map((p) => `${p.rule} ${p.field}: ${p.message}`);
}

const entry = (fields: string) => `  - message: Card payments are delayed today.\n${fields}`;

describe('valid notices', () => {
	test('the example of the guide, read into wall times', () => {
		const { data, problems } = read(
			entry('    from: 2026-12-02 09:00\n    until: 2026-12-02 18:00\n    level: warning\n    categories: [payments]\n'),
		);
		expect(problems).toEqual([]);
		expect(data!.notices).toEqual([
			{
				message: 'Card payments are delayed today.',
				from: { date: { year: 2026, month: 12, day: 2 }, minutes: 540 },
				until: { date: { year: 2026, month: 12, day: 2 }, minutes: 1080 },
				level: 'warning',
				categories: ['payments'],
			},
		]);
	});

	test('level defaults to info, categories to every page, and the file to no notice', () => {
		const { data } = read(entry('    from: 2026-12-02 09:00\n    until: 2026-12-03 00:00\n'));
		expect(data!.notices[0]).toMatchObject({ level: 'info' });
		expect(data!.notices[0]!.categories).toBeUndefined();
		expect(readDataFile('support', { path: 'content/support.yaml', text: base }).data!.notices).toEqual([]);
	});

	test('level is a keyword, in any case; 24:00 is the end of the day', () => {
		const { data, problems } = read(entry('    from: 2026-12-02 09:00\n    until: 2026-12-02 24:00\n    level: WARNING\n'));
		expect(problems).toEqual([]);
		expect(data!.notices[0]).toMatchObject({ level: 'warning', until: { minutes: 1440 } });
	});

	test('280 characters is the limit, counted as people count them (an emoji is one)', () => {
		const message = `${'🚧'.repeat(10)}${'x'.repeat(270)}`;
		expect(read(`  - message: ${message}\n    from: 2026-12-02 09:00\n    until: 2026-12-02 18:00\n`).problems).toEqual([]);
	});
});

describe('mistakes, each named with its field and the fix', () => {
	test.each([
		[
			'until before from',
			entry('    from: 2026-12-02 18:00\n    until: 2026-12-02 09:00\n'),
			'notice-window notices[0].until: `until` (2026-12-02 09:00) is before `from` (2026-12-02 18:00), so the notice would never show. Set `until` to when the notice should disappear, after `from`.',
		],
		[
			'until equal to from',
			entry('    from: 2026-12-02 09:00\n    until: 2026-12-02 09:00\n'),
			'notice-window notices[0].until: `until` is the same time as `from` (2026-12-02 09:00), so the notice would never show. Set `until` to when the notice should disappear, after `from`.',
		],
		[
			'until at 24:00 of the day before from',
			entry('    from: 2026-12-03 00:00\n    until: 2026-12-02 24:00\n'),
			'notice-window notices[0].until: `until` is the same time as `from` (2026-12-03 00:00), so the notice would never show. Set `until` to when the notice should disappear, after `from`.',
		],
		[
			'a message over 280 characters',
			`  - message: ${'Card payments are delayed. '.repeat(11).trim()}\n    from: 2026-12-02 09:00\n    until: 2026-12-02 18:00\n`,
			'notice-too-long notices[0].message: The message is 296 characters long; keep it to 280 or fewer, so customers read it at a glance. Say what is happening and what they should do, and put the details in an article.',
		],
		[
			'an unknown category',
			entry('    from: 2026-12-02 09:00\n    until: 2026-12-02 18:00\n    categories: [paymnts]\n'),
			'invalid-field notices[0].categories[0]: `paymnts` is not a category: did you mean `payments`? Use one of `payments`, `refunds`, `security` or `accounts`.',
		],
		[
			'an empty list of categories',
			entry('    from: 2026-12-02 09:00\n    until: 2026-12-02 18:00\n    categories: []\n'),
			'invalid-field notices[0].categories: List at least one category, or leave `categories` out to show the notice on every page.',
		],
		[
			'a level that does not exist',
			entry('    from: 2026-12-02 09:00\n    until: 2026-12-02 18:00\n    level: urgent\n'),
			'invalid-field notices[0].level: `urgent` is not allowed. Use `info` or `warning`.',
		],
		[
			'a date without a time',
			entry('    from: 2026-12-02\n    until: 2026-12-02 18:00\n'),
			'invalid-field notices[0].from: `2026-12-02` has no time of day. Add it on the 24-hour clock: `2026-12-02 09:00`.',
		],
		[
			'a 12-hour time',
			entry('    from: 2026-12-02 9am\n    until: 2026-12-02 18:00\n'),
			'invalid-field notices[0].from: `2026-12-02 9am` is not a date and time. Write it as YYYY-MM-DD HH:MM, on the 24-hour clock, in the support time zone, for example `2026-12-02 09:00`.',
		],
		[
			'a date that is not on the calendar',
			entry('    from: 2026-12-02 09:00\n    until: 2026-02-30 18:00\n'),
			'invalid-field notices[0].until: `2026-02-30` is not a date on the calendar. Write it as YYYY-MM-DD HH:MM, on the 24-hour clock, in the support time zone, for example `2026-12-02 18:00`.',
		],
		[
			'a time that is not on the clock',
			entry('    from: 2026-12-02 09:60\n    until: 2026-12-02 18:00\n'),
			'invalid-field notices[0].from: `09:60` is not a time of day: use 00:00 to 23:59, or 24:00 for midnight at the end of the day.',
		],
		[
			'a number',
			entry('    from: 2026\n    until: 2026-12-02 18:00\n'),
			'invalid-field notices[0].from: `2026` is not a date and time. Write it as YYYY-MM-DD HH:MM, on the 24-hour clock, in the support time zone, for example `2026-12-02 09:00`.',
		],
		[
			'an empty value',
			entry('    from:\n    until: 2026-12-02 18:00\n'),
			'invalid-field notices[0].from: An empty value is not a date and time. Write it as YYYY-MM-DD HH:MM, on the 24-hour clock, in the support time zone, for example `2026-12-02 09:00`.',
		],
		[
			'a list',
			entry('    from: [2026-12-02, 09:00]\n    until: 2026-12-02 18:00\n'),
			'invalid-field notices[0].from: A list is not a date and time. Write it as YYYY-MM-DD HH:MM, on the 24-hour clock, in the support time zone, for example `2026-12-02 09:00`.',
		],
		[
			'no until',
			entry('    from: 2026-12-02 09:00\n'),
			'missing-field notices[0].until: Add when the notice ends, as YYYY-MM-DD HH:MM, on the 24-hour clock, in the support time zone: `until: 2026-12-02 18:00`.',
		],
		[
			'no message',
			'  - from: 2026-12-02 09:00\n    until: 2026-12-02 18:00\n',
			'missing-field notices[0].message: This field is missing. Add it: write it as text.',
		],
		[
			'an empty message',
			'  - message: "  "\n    from: 2026-12-02 09:00\n    until: 2026-12-02 18:00\n',
			'invalid-field notices[0].message: Write the message customers read: what is happening and what they should do.',
		],
		[
			'a misspelt field',
			entry('    form: 2026-12-02 09:00\n    from: 2026-12-02 09:00\n    until: 2026-12-02 18:00\n'),
			'unknown-field notices[0].form: Unknown field `form`: did you mean `from`?',
		],
	])('%s', (_, notices, expected) => {
		expect(problems(notices)).toEqual([expected]);
	});

	test('each problem points at the line of its field', () => {
		const notices = entry('    from: 2026-12-02 18:00\n    until: 2026-12-02 09:00\n');
		const [problem] = read(notices).problems;
		const line = `${base}\nnotices:\n${notices}`.split('\n').indexOf('    until: 2026-12-02 09:00') + 1;
		expect(problem!.line).toBe(line);
	});
});
