// The independent computation the sweep trusts (reference-schedule.ts), held against calendars
// published elsewhere (Easter tables, the US federal and UK bank holiday lists) and against the
// readings of the schedule semantics notes worked out by hand, so that an agreement in the sweep
// means the library is right, not that both are wrong the same way.

import { describe, expect, test } from 'vitest';
import { dayNumber, isoDay, observedHolidays, parseSupport, ReferenceSchedule, westernEaster, ZoneTable } from './reference-schedule.ts';
import { scheduleFixtureText } from '../../helpers/schedules.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;

function fixture(file: string) {
	return parseSupport(scheduleFixtureText(file));
}

/** A support file with only what the reference reads: one channel, `chat`, and these special entries. */
function chatWith(special: string) {
	return parseSupport(`
timezone: Europe/London
channels:
  chat: { hours: always }
special:
${special}
routing: { default: [chat] }
`);
}

const dates = (holidays: { date: string }[]) => holidays.map((holiday) => holiday.date);

describe('westernEaster', () => {
	test('gives the published Western Easter Sundays of 2024 to 2035', () => {
		const published = [
			'2024-03-31',
			'2025-04-20',
			'2026-04-05',
			'2027-03-28',
			'2028-04-16',
			'2029-04-01',
			'2030-04-21',
			'2031-04-13',
			'2032-03-28',
			'2033-04-17',
			'2034-04-09',
			'2035-03-25',
		];
		expect(published.map((date) => isoDay(westernEaster(Number(date.slice(0, 4)))))).toEqual(published);
	});
});

describe('holiday expansion', () => {
	const federal = fixture('us-federal-recurring.yaml');
	// US federal holidays as observed (OPM): a Saturday holiday on the Friday before, a Sunday one
	// on the Monday after; New Year's Day 2028 (a Saturday) is observed on 2027-12-31.
	test.each([
		[2026, ['2026-01-01', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25']],
		[2027, ['2027-01-01', '2027-05-31', '2027-07-05', '2027-09-06', '2027-11-25', '2027-12-24', '2027-12-31']],
		[2028, ['2028-05-29', '2028-07-04', '2028-09-04', '2028-11-23', '2028-12-25']],
		[2029, ['2029-01-01', '2029-05-28', '2029-07-04', '2029-09-03', '2029-11-22', '2029-12-25']],
		[2030, ['2030-01-01', '2030-05-27', '2030-07-04', '2030-09-02', '2030-11-28', '2030-12-25']],
		[2031, ['2031-01-01', '2031-05-26', '2031-07-04', '2031-09-01', '2031-11-27', '2031-12-25']],
	])('the demo closes chat on the US federal holidays observed in %i', (year, expected) => {
		expect(dates(observedHolidays(federal, 'chat', year))).toEqual(expected);
		expect(observedHolidays(federal, 'phone', year)).toEqual([]);
	});

	const bankHolidays = chatWith(`
  - { every: 01-01, name: New Year's Day, observed: next-weekday, channels: [chat], hours: closed }
  - { every: easter-2, name: Good Friday, channels: [chat], hours: closed }
  - { every: easter+1, name: Easter Monday, channels: [chat], hours: closed }
  - { every: 1st monday of may, name: Early May bank holiday, channels: [chat], hours: closed }
  - { every: last monday of may, name: Spring bank holiday, channels: [chat], hours: closed }
  - { every: last monday of august, name: Summer bank holiday, channels: [chat], hours: closed }
  - { every: 12-25, name: Christmas Day, observed: next-weekday, channels: [chat], hours: closed }
  - { every: 12-26, name: Boxing Day, observed: next-weekday, channels: [chat], hours: closed }
`);
	// England and Wales bank holidays (gov.uk), substitute days included.
	test.each([
		[2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
		[2032, ['2032-01-01', '2032-03-26', '2032-03-29', '2032-05-03', '2032-05-31', '2032-08-30', '2032-12-27', '2032-12-28']],
		[2033, ['2033-01-03', '2033-04-15', '2033-04-18', '2033-05-02', '2033-05-30', '2033-08-29', '2033-12-26', '2033-12-27']],
	])('UK bank holidays with next-weekday substitutes in %i', (year, expected) => {
		expect(dates(observedHolidays(bankHolidays, 'chat', year))).toEqual(expected);
	});

	// The public holidays observed nationwide in Germany, none moved off a weekend (2027: Tag der
	// Arbeit on a Saturday, the Einheit and both Christmas days on a weekend).
	test.each([
		[2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-10-03', '2027-12-25', '2027-12-26']],
		[2030, ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-01', '2030-05-30', '2030-06-10', '2030-10-03', '2030-12-25', '2030-12-26']],
	])('German public holidays in %i, on email; chat adds its short days on Christmas Eve and New Year’s Eve', (year, expected) => {
		const berlin = fixture('berlin-email-chat.yaml');
		expect(dates(observedHolidays(berlin, 'email', year))).toEqual(expected);
		expect(dates(observedHolidays(berlin, 'chat', year))).toEqual([...expected, `${year}-12-24`, `${year}-12-31`].sort());
		expect([...berlin.weekly.keys()]).toEqual(['email', 'chat']);
	});

	test('Christmas on a Saturday goes to Monday and Boxing Day to Tuesday; Christmas on a Sunday goes past a Boxing Day that stays', () => {
		expect(observedHolidays(bankHolidays, 'chat', 2027).slice(-2)).toEqual([
			{ date: '2027-12-27', name: 'Christmas Day' },
			{ date: '2027-12-28', name: 'Boxing Day' },
		]);
		expect(observedHolidays(bankHolidays, 'chat', 2033).slice(-2)).toEqual([
			{ date: '2033-12-26', name: 'Boxing Day' },
			{ date: '2033-12-27', name: 'Christmas Day' },
		]);
	});

	test('the London fixture: a day held by a recurring entry that stays is taken, wherever it is in the list, and per channel', () => {
		const london = fixture('london-bank-holidays.yaml');
		expect(observedHolidays(london, 'chat', 2027).slice(-3)).toEqual([
			{ date: '2027-12-27', name: 'Christmas Day' },
			{ date: '2027-12-28', name: 'Year-end stocktake' },
			{ date: '2027-12-29', name: 'Boxing Day' },
		]);
		// Email has no stocktake: Boxing Day on the 28th. Phone's dated entry wins over the substitute day.
		expect(observedHolidays(london, 'email', 2027).slice(-3)).toEqual([
			{ date: '2027-12-27', name: 'Christmas Day' },
			{ date: '2027-12-28', name: 'Boxing Day' },
			{ date: '2027-12-31', name: "New Year's Eve (US partner)" },
		]);
		expect(observedHolidays(london, 'phone', 2027)).toEqual([
			{ date: '2027-12-27', name: 'Christmas substitute day (staffed)' },
			{ date: '2027-12-28', name: 'Boxing Day' },
		]);
		// Two recurring entries on 2027-05-03: the first in the list wins; in 2033 they part.
		expect(observedHolidays(london, 'chat', 2027)).toContainEqual({ date: '2027-05-03', name: 'Early May bank holiday' });
		expect(observedHolidays(london, 'chat', 2033)).toEqual(
			expect.arrayContaining([
				{ date: '2033-05-02', name: 'Early May bank holiday' },
				{ date: '2033-05-03', name: "Founders' Day" },
			]),
		);
		// nearest-weekday: Christmas Eve and New Year's Eve 2033 fall on Saturdays → the Fridays before.
		expect(dates(observedHolidays(london, 'email', 2033))).toEqual(expect.arrayContaining(['2033-12-23', '2033-12-30']));
	});

	test('02-29 exists only in leap years, and a missing fifth weekday means no holiday that year', () => {
		const rare = chatWith(`
  - { every: 02-29, name: Leap day, channels: [chat], hours: closed }
  - { every: 5th FRIDAY of January, name: Staff day, channels: [chat], hours: closed }
`);
		expect(observedHolidays(rare, 'chat', 2027)).toEqual([{ date: '2027-01-29', name: 'Staff day' }]);
		expect(observedHolidays(rare, 'chat', 2028)).toEqual([{ date: '2028-02-29', name: 'Leap day' }]);
	});

	test('a dated entry beats a recurring one on its day; among dated entries the first wins', () => {
		const both = chatWith(`
  - { every: 12-24, name: Christmas Eve, channels: [chat], hours: closed }
  - { date: 2027-12-24, name: Christmas Eve party, channels: [chat], hours: 09:00-12:00 }
  - { date: 2027-12-24, name: Duplicate, channels: [chat], hours: closed }
`);
		expect(observedHolidays(both, 'chat', 2027)).toEqual([{ date: '2027-12-24', name: 'Christmas Eve party' }]);
		expect(observedHolidays(both, 'chat', 2028)).toEqual([{ date: '2028-12-24', name: 'Christmas Eve' }]);
	});
});

describe('ZoneTable', () => {
	const zones = ['America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu', 'Europe/London'];

	test.each(zones)('%s: its offsets give the wall clock Intl shows, every 15 minutes of 2027', (timeZone) => {
		const from = Date.UTC(2027, 0, 1);
		const to = Date.UTC(2028, 0, 1);
		const table = new ZoneTable(timeZone, from - 2 * DAY, to + 2 * DAY);
		const clock = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
		});
		const mismatches: string[] = [];
		for (let instant = from; instant < to; instant += 15 * MINUTE) {
			const parts = Object.fromEntries(clock.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
			const wall = Date.UTC(parts['year']!, parts['month']! - 1, parts['day'], parts['hour'], parts['minute']);
			if (wall !== instant + table.offsetAt(instant)) mismatches.push(new Date(instant).toISOString());
		}
		expect(mismatches).toEqual([]);
	});

	test.each([
		['America/New_York', '2027-03-14T02:30', '2027-03-14T07:30:00.000Z', 'skipped: read with EST, shows 03:30 EDT'],
		['America/New_York', '2027-11-07T01:30', '2027-11-07T05:30:00.000Z', 'repeated: its first occurrence, EDT'],
		['America/New_York', '2027-11-07T02:00', '2027-11-07T07:00:00.000Z', 'just after the repeated hour, EST'],
		['Australia/Lord_Howe', '2027-10-03T02:00', '2027-10-02T15:30:00.000Z', 'skipped half hour: read with +10:30'],
		['Australia/Lord_Howe', '2027-10-03T02:30', '2027-10-02T15:30:00.000Z', 'the end of the skipped half hour, +11'],
		['Australia/Lord_Howe', '2027-04-04T01:45', '2027-04-03T14:45:00.000Z', 'repeated half hour: first occurrence, +11'],
		['America/Santiago', '2027-09-05T00:00', '2027-09-05T04:00:00.000Z', 'skipped midnight: read with −4'],
		['America/Santiago', '2027-04-03T23:30', '2027-04-04T02:30:00.000Z', 'repeated hour before midnight: first, −3'],
		['America/Santiago', '2027-04-04T00:00', '2027-04-04T04:00:00.000Z', 'the midnight that happens once, −4'],
		['Europe/London', '2027-03-28T01:45', '2027-03-28T01:45:00.000Z', 'skipped: read with GMT'],
		['Asia/Kathmandu', '2027-06-15T00:00', '2027-06-14T18:15:00.000Z', 'no clock changes, +05:45'],
	])('%s %s is %s (%s)', (timeZone, wall, expected) => {
		const table = new ZoneTable(timeZone, Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1));
		expect(new Date(table.wallToInstant(Date.parse(`${wall}Z`))).toISOString()).toBe(expected);
	});
});

describe('ReferenceSchedule on the two defects of the issue', () => {
	const lookAhead = 390 * DAY;
	const at = (schedule: ReferenceSchedule, channel: string, iso: string) => {
		const status = schedule.status(channel, Date.parse(iso));
		const next = status.open ? status.closesAt : status.opensAt;
		return { open: status.open, next: next === null ? null : new Date(next).toISOString() };
	};

	test('ranges whose instants touch across the skipped hour are one opening (New York, 2027-03-14)', () => {
		const schedule = new ReferenceSchedule(fixture('new-york-clock-change-edges.yaml'), 2027, 2027);
		expect(at(schedule, 'chat', '2027-03-14T06:59:59.999Z')).toEqual({ open: true, next: '2027-03-14T10:00:00.000Z' });
		expect(at(schedule, 'chat', '2027-03-14T07:00:00Z')).toEqual({ open: true, next: '2027-03-14T10:00:00.000Z' });
		// Saturday's spill-over into the skipped hour stays; Sunday's 02:45-03:15 is never open.
		expect(at(schedule, 'email', '2027-03-14T05:00:00Z')).toEqual({ open: true, next: '2027-03-14T07:30:00.000Z' });
		expect(at(schedule, 'email', '2027-03-14T07:30:00Z')).toEqual({ open: false, next: '2027-03-15T13:00:00.000Z' });
		// Fall back: email's 01:00-01:30 is the first pass only; phone's 01:30-02:30 lasts two hours.
		expect(at(schedule, 'email', '2027-11-07T06:15:00Z')).toEqual({ open: false, next: '2027-11-08T14:00:00.000Z' });
		expect(at(schedule, 'phone', '2027-11-07T05:15:00Z')).toEqual({ open: false, next: '2027-11-07T05:30:00.000Z' });
		expect(at(schedule, 'phone', '2027-11-07T06:15:00Z')).toEqual({ open: true, next: '2027-11-07T07:30:00.000Z' });
	});

	test('a range inside the skipped time is never announced as an opening (Lord Howe, London)', () => {
		const lordHowe = new ReferenceSchedule(fixture('lord-howe-half-hour.yaml'), 2027, 2028);
		// Saturday 2027-10-02 at midnight: phone's next opening is Monday, not Sunday 02:00.
		expect(at(lordHowe, 'phone', '2027-10-02T13:30:00Z')).toEqual({ open: false, next: '2027-10-03T13:00:00.000Z' });
		expect(at(lordHowe, 'email', '2027-10-02T14:00:00Z')).toEqual({ open: true, next: '2027-10-02T17:00:00.000Z' });

		const london = new ReferenceSchedule(fixture('london-bank-holidays.yaml'), 2027, 2028);
		expect(at(london, 'chat', '2027-03-28T01:30:00Z')).toEqual({ open: false, next: '2027-03-30T07:00:00.000Z' });
		// So a refund question is sent to email, open on Easter Sunday, not to chat.
		expect(london.recommend('refunds', Date.parse('2027-03-28T01:30:00Z'), lookAhead)).toBe('email');
	});

	test('paused channels: one that never opens again loses to any that opens; when none does, the first of the order', () => {
		const kathmandu = new ReferenceSchedule(fixture('kathmandu-paused-channels.yaml'), 2027, 2028);
		const saturday = Date.parse('2027-09-04T06:00:00Z');
		expect(at(kathmandu, 'email', '2027-09-04T06:00:00Z')).toEqual({ open: false, next: null });
		expect(kathmandu.recommend('payments', saturday, lookAhead)).toBe('chat');
		expect(kathmandu.recommend('security', saturday, lookAhead)).toBe('phone');
		expect(kathmandu.recommend('security', Date.parse('2027-01-02T06:00:00Z'), lookAhead)).toBe('phone');
		expect(kathmandu.recommend('payments', Date.parse('2027-06-15T06:00:00Z'), lookAhead)).toBe('email');
	});
});

describe('parseSupport', () => {
	test.each([
		['00:00-00:00', 'ends when it starts'],
		['09:00-09:00', 'ends when it starts'],
		['24:00-02:00', 'is not a time'],
		['09:00-24:30', 'is not a time'],
		['9:00-17:00', 'is not a range'],
	])('refuses the range %s', (range, message) => {
		expect(() => chatWith(`  - { date: 2027-01-01, name: Day, channels: [chat], hours: "${range}" }`)).toThrow(message);
	});

	test.each(['6th monday of may', 'last funday of may', 'easter+', '13-01', '02-30'])('refuses the rule %s', (rule) => {
		expect(() => chatWith(`  - { every: "${rule}", name: Day, channels: [chat], hours: closed }`)).toThrow('special[0]');
	});

	test('reads keywords and rules in any case, and an overnight range into the next day', () => {
		const support = chatWith(`  - { every: LAST Monday OF May, name: Day, channels: [chat], hours: "22:00-00:00, 01:00-02:00" }`);
		expect(support.special[0]).toMatchObject({
			every: { kind: 'nth-weekday', nth: 'last', weekday: 1, month: 5 },
			hours: [
				{ start: 22 * 60, end: 24 * 60 },
				{ start: 60, end: 120 },
			],
		});
		expect(chatWith(`  - { date: 2027-01-01, name: Day, channels: [chat], hours: 22:00-02:00 }`).special[0]!.hours).toEqual([
			{ start: 22 * 60, end: 26 * 60 },
		]);
		expect(dayNumber(2027, 1, 1)).toBe(chatWith(`  - { date: 2027-01-01, name: Day, channels: [chat], hours: ALWAYS }`).special[0]!.date);
	});
});
