import { describe, expect, test } from 'vitest';
import { easterSunday, ruleDate, specialDayFor, specialDaysBetween } from '../../../src/lib/contact/holidays.ts';
import { toSchedule, type Schedule } from '../../../src/lib/contact/schedule.ts';
import { isoDateOf, parseHolidayRule, parseIsoDate } from '../../../src/schemas/calendar.ts';
import { supportSchema } from '../../../src/schemas/support.ts';
import { parse } from 'yaml';
import { rawScheduleFixture } from '../../helpers/schedules.ts';

/** The weekday schedule with these special days for chat. */
function withSpecial(special: string): Schedule {
	const raw = rawScheduleFixture('new-york-weekdays.yaml');
	raw.special = parse(special);
	return toSchedule(supportSchema.parse(raw));
}

const day = (iso: string) => parseIsoDate(iso)!;
/** Name of chat's special day on each date, or '' when there is none. */
const names = (schedule: Schedule, dates: string[]) => dates.map((iso) => specialDayFor(schedule, 'chat', day(iso))?.entry.name ?? '');

describe('ruleDate', () => {
	test('finds a weekday of a month, the last one, and none when a month has no 5th', () => {
		const rule = (text: string) => parseHolidayRule(text)!;
		expect(isoDateOf(ruleDate(rule('4th Thursday of November'), 2030)!)).toBe('2030-11-28');
		expect(isoDateOf(ruleDate(rule('last monday of may'), 2031)!)).toBe('2031-05-26');
		expect(isoDateOf(ruleDate(rule('1st monday of september'), 2031)!)).toBe('2031-09-01');
		expect(ruleDate(rule('5th friday of february'), 2027)).toBeUndefined();
		expect(ruleDate(rule('02-29'), 2027)).toBeUndefined();
		expect(isoDateOf(ruleDate(rule('02-29'), 2028)!)).toBe('2028-02-29');
	});

	test('counts from Western Easter Sunday', () => {
		const known = {
			2024: '2024-03-31',
			2025: '2025-04-20',
			2026: '2026-04-05',
			2027: '2027-03-28',
			2028: '2028-04-16',
			2030: '2030-04-21',
			2033: '2033-04-17',
			2035: '2035-03-25',
		};
		for (const [year, iso] of Object.entries(known)) expect(isoDateOf(easterSunday(Number(year)))).toBe(iso);
		expect(isoDateOf(ruleDate(parseHolidayRule('easter-2')!, 2027)!)).toBe('2027-03-26');
		expect(isoDateOf(ruleDate(parseHolidayRule('Easter+1')!, 2027)!)).toBe('2027-03-29');
	});

	test('rejects what is not a rule', () => {
		for (const text of ['13-01', '02-30', '6th monday of may', 'last funday of may', 'easter*2', 'thanksgiving'])
			expect(parseHolidayRule(text), text).toBeUndefined();
	});
});

describe('specialDayFor with recurring days', () => {
	const us = withSpecial(`
- { every: 01-01, observed: nearest-weekday, name: New Year's Day, channels: [chat], hours: closed }
- { every: 07-04, observed: nearest-weekday, name: Independence Day, channels: [chat], hours: closed }
- { every: 4th thursday of november, name: Thanksgiving, channels: [chat], hours: closed }
- { every: 12-25, observed: nearest-weekday, name: Christmas Day, channels: [chat], hours: closed }
- { date: 2030-11-28, name: Thanksgiving (short day), channels: [chat], hours: 09:00-12:00 }`);

	test('US holidays are right in 2030 and 2031 with no edit, moved off weekends to the nearest weekday', () => {
		expect(
			names(us, ['2030-07-04', '2031-07-04', '2031-11-27', '2031-12-25', '2032-12-24', '2032-12-25', '2027-12-31', '2028-01-01']),
		).toEqual(['Independence Day', 'Independence Day', 'Thanksgiving', 'Christmas Day', 'Christmas Day', '', "New Year's Day", '']);
	});

	test('a one-off day wins over a recurring one on the same date', () => {
		expect(specialDayFor(us, 'chat', day('2030-11-28'))?.entry).toMatchObject({
			name: 'Thanksgiving (short day)',
			hours: [{ start: 540, end: 720 }],
		});
	});

	test('next-weekday skips days taken by the other holidays, as UK substitute days do', () => {
		const uk = withSpecial(`
- { every: 12-25, observed: next-weekday, name: Christmas Day, channels: [chat], hours: closed }
- { every: 12-26, observed: next-weekday, name: Boxing Day, channels: [chat], hours: closed }
- { every: easter-2, name: Good Friday, channels: [chat], hours: closed }`);
		// 2027: Christmas Saturday, Boxing Day Sunday → Monday 27, Tuesday 28.
		expect(names(uk, ['2027-12-25', '2027-12-26', '2027-12-27', '2027-12-28'])).toEqual(['', '', 'Christmas Day', 'Boxing Day']);
		// 2033: Christmas Sunday, Boxing Day Monday stays → Christmas on Tuesday 27.
		expect(names(uk, ['2033-12-25', '2033-12-26', '2033-12-27'])).toEqual(['', 'Boxing Day', 'Christmas Day']);
		expect(names(uk, ['2027-03-26'])).toEqual(['Good Friday']);
	});

	test('the first of two recurring entries on one day wins', () => {
		const both = withSpecial(`
- { every: 12-24, name: Christmas Eve, channels: [chat], hours: 09:00-13:00 }
- { every: 4th thursday of december, name: Late party, channels: [chat], hours: closed }`);
		// 2026-12-24 is the 4th Thursday of December.
		expect(names(both, ['2026-12-24'])).toEqual(['Christmas Eve']);
	});
});

describe('specialDaysBetween', () => {
	test('lists the days of a period in date order, each with the channels it changes', () => {
		const schedule = withSpecial(`
- { every: 12-25, observed: nearest-weekday, name: Christmas Day, channels: [chat], hours: closed }
- { date: 2027-01-15, name: Training, channels: [chat], hours: 13:00-18:00 }`);
		const listed = specialDaysBetween(schedule, day('2026-12-01'), day('2027-12-31'), ['phone', 'email', 'chat']);
		expect(listed.map((d) => [d.date, d.name, d.channels.map((c) => c.channel), d.movedFrom])).toEqual([
			['2026-12-25', 'Christmas Day', ['chat'], undefined],
			['2027-01-15', 'Training', ['chat'], undefined],
			['2027-12-24', 'Christmas Day (observed)', ['chat'], '2027-12-25'],
		]);
	});
});
