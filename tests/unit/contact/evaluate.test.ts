import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { supportSchema } from '../../../src/schemas/support.ts';
import { toSchedule, type Schedule } from '../../../src/lib/contact/schedule.ts';
import { channelStatus, evaluateContact, resolveTopic, type ChannelStatus } from '../../../src/lib/contact/evaluate.ts';
import type { ChannelId } from '../../../src/schemas/channels.ts';
import { rawScheduleFixture, scheduleFixture } from '../../helpers/schedules.ts';

/** The scenario these tests describe, not the demo's content/support.yaml, which support may edit. */
const weekdays: Schedule = scheduleFixture('new-york-weekdays.yaml');

/** The status as plain data, easy to compare in a table. */
function summary(status: ChannelStatus) {
	return status.open
		? { open: true, closesAt: status.closesAt?.toISOString() ?? null }
		: { open: false, opensAt: status.opensAt?.toISOString() ?? null, specialDay: status.specialDay?.entry.name };
}

// New York is UTC−5 (EST) from 2026-11-01 to 2027-03-14 and UTC−4 (EDT) otherwise, so chat's
// 09:00 opening is 14:00Z in winter and 13:00Z in summer.
describe('channelStatus on the New York weekday schedule (chat: Monday to Friday 09:00–18:00 New York)', () => {
	const cases: [string, string, ReturnType<typeof summary>][] = [
		[
			'the minute before opening (Monday 08:59)',
			'2026-11-23T13:59:00Z',
			{ open: false, opensAt: '2026-11-23T14:00:00.000Z', specialDay: undefined },
		],
		['the minute of opening (Monday 09:00)', '2026-11-23T14:00:00Z', { open: true, closesAt: '2026-11-23T23:00:00.000Z' }],
		['the last second before closing (Monday 17:59:59)', '2026-11-23T22:59:59Z', { open: true, closesAt: '2026-11-23T23:00:00.000Z' }],
		[
			'the minute of closing (Monday 18:00)',
			'2026-11-23T23:00:00Z',
			{ open: false, opensAt: '2026-11-24T14:00:00.000Z', specialDay: undefined },
		],
		[
			'Friday at closing, open again on Monday',
			'2026-11-20T23:00:00Z',
			{ open: false, opensAt: '2026-11-23T14:00:00.000Z', specialDay: undefined },
		],
		['Saturday noon', '2026-11-21T17:00:00Z', { open: false, opensAt: '2026-11-23T14:00:00.000Z', specialDay: undefined }],
		[
			'Sunday 23:59, a minute before Monday',
			'2026-11-23T04:59:00Z',
			{ open: false, opensAt: '2026-11-23T14:00:00.000Z', specialDay: undefined },
		],
		[
			'the evening before Thanksgiving: the next opening skips the holiday',
			'2026-11-25T23:00:00Z',
			{ open: false, opensAt: '2026-11-27T14:00:00.000Z', specialDay: undefined },
		],
		[
			'Thursday before the observed Christmas 2027: closed until Monday',
			'2027-12-23T23:00:00Z',
			{ open: false, opensAt: '2027-12-27T14:00:00.000Z', specialDay: undefined },
		],
		// Clocks go back on Sunday 2026-11-01: Friday's closing is in EDT, Monday's opening in EST.
		[
			'Friday evening before clocks go back',
			'2026-10-30T22:00:00Z',
			{ open: false, opensAt: '2026-11-02T14:00:00.000Z', specialDay: undefined },
		],
		[
			'01:30 EDT, the first pass through the repeated hour',
			'2026-11-01T05:30:00Z',
			{ open: false, opensAt: '2026-11-02T14:00:00.000Z', specialDay: undefined },
		],
		[
			'01:30 EST, the second pass through the repeated hour',
			'2026-11-01T06:30:00Z',
			{ open: false, opensAt: '2026-11-02T14:00:00.000Z', specialDay: undefined },
		],
		['the first Monday in EST, 08:59', '2026-11-02T13:59:00Z', { open: false, opensAt: '2026-11-02T14:00:00.000Z', specialDay: undefined }],
		['the first Monday in EST, 09:00', '2026-11-02T14:00:00Z', { open: true, closesAt: '2026-11-02T23:00:00.000Z' }],
		// Clocks go forward on Sunday 2027-03-14.
		[
			'Friday evening before clocks go forward',
			'2027-03-12T23:00:00Z',
			{ open: false, opensAt: '2027-03-15T13:00:00.000Z', specialDay: undefined },
		],
		[
			'the skipped hour itself (02:30 does not exist; 07:30Z is 03:30 EDT)',
			'2027-03-14T07:30:00Z',
			{ open: false, opensAt: '2027-03-15T13:00:00.000Z', specialDay: undefined },
		],
		['the first Monday in EDT, 08:59', '2027-03-15T12:59:00Z', { open: false, opensAt: '2027-03-15T13:00:00.000Z', specialDay: undefined }],
		['the first Monday in EDT, 09:00', '2027-03-15T13:00:00Z', { open: true, closesAt: '2027-03-15T22:00:00.000Z' }],
		['the first Monday in EDT, 18:00', '2027-03-15T22:00:00Z', { open: false, opensAt: '2027-03-16T13:00:00.000Z', specialDay: undefined }],
	];
	test.each(cases)('chat at %s', (_, iso, expected) => {
		expect(summary(channelStatus(weekdays, 'chat', new Date(iso)))).toEqual(expected);
	});

	// Noon in New York on each holiday; chat reopens at 09:00 on the next working day.
	const holidays: [string, string, string][] = [
		['2026-01-01T17:00:00Z', "New Year's Day", '2026-01-02T14:00:00.000Z'],
		['2026-05-25T16:00:00Z', 'Memorial Day', '2026-05-26T13:00:00.000Z'],
		['2026-07-03T16:00:00Z', 'Independence Day (observed)', '2026-07-06T13:00:00.000Z'],
		['2026-09-07T16:00:00Z', 'Labor Day', '2026-09-08T13:00:00.000Z'],
		['2026-11-26T17:00:00Z', 'Thanksgiving', '2026-11-27T14:00:00.000Z'],
		['2026-12-25T17:00:00Z', 'Christmas Day', '2026-12-28T14:00:00.000Z'],
		['2027-01-01T17:00:00Z', "New Year's Day", '2027-01-04T14:00:00.000Z'],
		['2027-05-31T16:00:00Z', 'Memorial Day', '2027-06-01T13:00:00.000Z'],
		['2027-07-05T16:00:00Z', 'Independence Day (observed)', '2027-07-06T13:00:00.000Z'],
		['2027-09-06T16:00:00Z', 'Labor Day', '2027-09-07T13:00:00.000Z'],
		['2027-11-25T17:00:00Z', 'Thanksgiving', '2027-11-26T14:00:00.000Z'],
		['2027-12-24T17:00:00Z', 'Christmas Day (observed)', '2027-12-27T14:00:00.000Z'],
		['2027-12-31T17:00:00Z', "New Year's Day (observed)", '2028-01-03T14:00:00.000Z'],
	];
	test.each(holidays)('chat is closed at noon on %s (%s) and reopens at %s', (iso, name, reopens) => {
		expect(summary(channelStatus(weekdays, 'chat', new Date(iso)))).toEqual({ open: false, opensAt: reopens, specialDay: name });
		// Phone and email keep their 24/7 hours on holidays.
		for (const id of ['phone', 'email'] as const) expect(channelStatus(weekdays, id, new Date(iso)).open).toBe(true);
	});

	test('phone and email are open through both clock changes and never close', () => {
		for (const iso of [
			'2026-11-01T05:59:00Z',
			'2026-11-01T06:00:00Z',
			'2026-11-01T06:59:00Z',
			'2027-03-14T06:59:00Z',
			'2027-03-14T07:00:00Z',
		]) {
			for (const id of ['phone', 'email'] as const) {
				expect(summary(channelStatus(weekdays, id, new Date(iso))), `${id} at ${iso}`).toEqual({ open: true, closesAt: null });
			}
		}
	});
});

describe('evaluateContact recommends a channel by topic (the routing rules of the weekday schedule)', () => {
	const weekdayOpen = '2026-11-23T15:00:00Z'; // Monday 10:00 in New York: chat open
	const weekend = '2026-11-28T15:00:00Z'; // Saturday 10:00: chat closed
	const thanksgiving = '2026-11-26T15:00:00Z';
	const cases: [string | undefined, string, ChannelId][] = [
		[undefined, weekdayOpen, 'chat'],
		[undefined, weekend, 'phone'],
		[undefined, thanksgiving, 'phone'],
		['security', weekdayOpen, 'phone'],
		['security', weekend, 'phone'],
		['payments', weekdayOpen, 'chat'],
		['payments', weekend, 'phone'],
		['refunds', weekdayOpen, 'chat'],
		['refunds', weekend, 'email'],
		['refunds', thanksgiving, 'email'],
		['accounts', weekdayOpen, 'chat'],
		['accounts', weekend, 'email'],
	];
	test.each(cases)('topic %s at %s → %s', (topic, iso, expected) => {
		const { recommendation } = evaluateContact(weekdays, new Date(iso), topic);
		expect(recommendation.channel).toBe(expected);
		expect(recommendation.open).toBe(true);
		expect(recommendation.topic).toBe(topic);
	});

	test('names the closed channel it passed over, with when it opens', () => {
		const { recommendation } = evaluateContact(weekdays, new Date(weekend), 'refunds');
		expect(recommendation.passedOver.map(summary)).toEqual([{ open: false, opensAt: '2026-11-30T14:00:00.000Z', specialDay: undefined }]);
	});

	test('an unknown or hostile topic falls back to the default order', () => {
		for (const topic of ['billing', '__proto__', 'constructor', 'toString', '<img src=x onerror=alert(1)>', 'x'.repeat(5000), '']) {
			const { recommendation } = evaluateContact(weekdays, new Date(weekend), topic);
			expect(recommendation, topic.slice(0, 30)).toMatchObject({ channel: 'phone', topic: undefined, order: ['chat', 'phone'] });
		}
	});
});

describe('resolveTopic', () => {
	test('accepts a routing topic written loosely, and nothing else', () => {
		expect(resolveTopic(weekdays, 'refunds')).toBe('refunds');
		expect(resolveTopic(weekdays, ' Refunds ')).toBe('refunds');
		expect(resolveTopic(weekdays, null)).toBeUndefined();
		expect(resolveTopic(weekdays, 'hasOwnProperty')).toBeUndefined();
		expect(resolveTopic(weekdays, 'refunds<script>')).toBeUndefined();
	});
});

/** A schedule with the shapes the weekday schedule lacks: split days, midnight openings, clock-change hours. */
function custom(hours: Partial<Record<string, string>>, special: Schedule['special'] = [], timezone = 'America/New_York'): Schedule {
	const parsed = supportSchema.shape.channels.shape.chat.unwrap().shape.hours.parse({
		monday: 'closed',
		tuesday: 'closed',
		wednesday: 'closed',
		thursday: 'closed',
		friday: 'closed',
		saturday: 'closed',
		sunday: 'closed',
		...hours,
	});
	return { ...weekdays, timezone, special, channels: { ...weekdays.channels, chat: { hours: parsed } } };
}

describe('channelStatus on other schedules', () => {
	test('an opening that runs past midnight closes when the next day’s range ends', () => {
		const schedule = custom({ friday: '20:00-24:00', saturday: '00:00-02:00, 10:00-12:00' });
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-28T02:00:00Z')))).toEqual({
			open: true,
			closesAt: '2026-11-28T07:00:00.000Z',
		});
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-28T07:00:00Z')))).toMatchObject({
			open: false,
			opensAt: '2026-11-28T15:00:00.000Z',
		});
	});

	test('ranges that touch are one opening', () => {
		const schedule = custom({ monday: '09:00-12:00, 12:00-17:00' });
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-23T15:00:00Z')))).toEqual({
			open: true,
			closesAt: '2026-11-23T22:00:00.000Z',
		});
	});

	test('a lunch break closes and reopens the same day', () => {
		const schedule = custom({ monday: '09:00-12:00, 13:00-17:00' });
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-23T15:00:00Z')))).toEqual({
			open: true,
			closesAt: '2026-11-23T17:00:00.000Z',
		});
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-23T17:30:00Z')))).toMatchObject({
			open: false,
			opensAt: '2026-11-23T18:00:00.000Z',
		});
	});

	test('special hours replace the weekly hours that day', () => {
		const schedule = custom({ thursday: '09:00-18:00', friday: '09:00-18:00' }, [
			{ date: '2026-11-27', name: 'Black Friday', channels: ['chat'], hours: [{ start: 7 * 60, end: 22 * 60 }] },
		]);
		// Thursday 18:30: the next opening is Black Friday's early one, 07:00.
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-26T23:30:00Z')))).toMatchObject({
			open: false,
			opensAt: '2026-11-27T12:00:00.000Z',
		});
		// Friday 21:00 is open on Black Friday only, until 22:00.
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-28T02:00:00Z')))).toEqual({
			open: true,
			closesAt: '2026-11-28T03:00:00.000Z',
		});
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-28T03:00:00Z')))).toEqual({
			open: false,
			opensAt: '2026-12-03T14:00:00.000Z',
			specialDay: 'Black Friday',
		});
	});

	test('a 24/7 channel closed on one day closes at that midnight and reopens the next', () => {
		const schedule: Schedule = { ...weekdays, special: [{ date: '2026-12-25', name: 'Christmas Day', channels: ['phone'], hours: [] }] };
		expect(summary(channelStatus(schedule, 'phone', new Date('2026-11-23T15:00:00Z')))).toEqual({
			open: true,
			closesAt: '2026-12-25T05:00:00.000Z',
		});
		expect(summary(channelStatus(schedule, 'phone', new Date('2026-12-25T12:00:00Z')))).toEqual({
			open: false,
			opensAt: '2026-12-26T05:00:00.000Z',
			specialDay: 'Christmas Day',
		});
	});

	test('an opening time inside the skipped hour is read as calendars do: 02:30 becomes 03:30 EDT', () => {
		const schedule = custom({ sunday: '02:30-04:00' });
		expect(summary(channelStatus(schedule, 'chat', new Date('2027-03-14T06:59:00Z')))).toMatchObject({
			open: false,
			opensAt: '2027-03-14T07:30:00.000Z',
		});
		expect(summary(channelStatus(schedule, 'chat', new Date('2027-03-14T07:30:00Z')))).toEqual({
			open: true,
			closesAt: '2027-03-14T08:00:00.000Z',
		});
	});

	test('a range across the repeated hour lasts from its first 01:30 to 03:00 EST', () => {
		const schedule = custom({ sunday: '01:30-03:00' });
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-01T05:29:00Z')))).toMatchObject({
			open: false,
			opensAt: '2026-11-01T05:30:00.000Z',
		});
		// 01:15 EST, the second time the clock shows 01:15, is inside the opening.
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-01T06:15:00Z')))).toEqual({
			open: true,
			closesAt: '2026-11-01T08:00:00.000Z',
		});
	});

	test('a channel that never opens says so instead of searching forever', () => {
		const schedule = custom({});
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-23T15:00:00Z')))).toEqual({
			open: false,
			opensAt: null,
			specialDay: undefined,
		});
		const { recommendation } = evaluateContact(
			{ ...schedule, routing: { default: ['chat'], topics: {} } },
			new Date('2026-11-23T15:00:00Z'),
		);
		expect(recommendation).toMatchObject({ channel: 'chat', open: false });
	});

	test('when nothing in the order is open, the channel that opens first is recommended', () => {
		const schedule = { ...custom({ monday: '09:00-18:00' }), routing: { default: ['chat'] as ChannelId[], topics: {} } };
		const { recommendation, statuses } = evaluateContact(schedule, new Date('2026-11-22T15:00:00Z'));
		expect(recommendation).toMatchObject({ channel: 'chat', open: false });
		expect(summary(statuses.chat!)).toMatchObject({ opensAt: '2026-11-23T14:00:00.000Z' });
	});

	test('Kolkata hours (UTC+5:30, no clock changes) open on the half hour in UTC', () => {
		const schedule = custom({ monday: '09:00-18:00' }, [], 'Asia/Kolkata');
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-23T03:29:00Z')))).toMatchObject({
			open: false,
			opensAt: '2026-11-23T03:30:00.000Z',
		});
		expect(summary(channelStatus(schedule, 'chat', new Date('2026-11-23T03:30:00Z')))).toEqual({
			open: true,
			closesAt: '2026-11-23T12:30:00.000Z',
		});
	});
});

/** A whole support file's schedule, from YAML: the hours of chat, with phone and email as in the weekday schedule. */
function fromYaml(chatHours: string, special = '[]', timezone = 'America/New_York'): Schedule {
	const raw = rawScheduleFixture('new-york-weekdays.yaml');
	raw.timezone = timezone;
	raw.channels.chat.hours = parse(chatHours);
	raw.special = parse(special);
	return toSchedule(supportSchema.parse(raw));
}

describe('channelStatus on clock-change nights: ranges are real time, joined when their instants touch', () => {
	// 2027-03-14, New York: 02:00 EST is 03:00 EDT (07:00Z); 02:00 does not exist that night.
	const sunday = fromYaml(
		`{ monday: closed, tuesday: closed, wednesday: closed, thursday: closed, friday: closed, saturday: closed, sunday: "00:00-02:00, 03:00-06:00" }`,
	);

	test('two ranges that meet because the hour between them was skipped are one opening', () => {
		expect(summary(channelStatus(sunday, 'chat', new Date('2027-03-14T06:30:00Z')))).toEqual({
			open: true,
			closesAt: '2027-03-14T10:00:00.000Z',
		});
		expect(summary(channelStatus(sunday, 'chat', new Date('2027-03-14T07:00:00Z')))).toEqual({
			open: true,
			closesAt: '2027-03-14T10:00:00.000Z',
		});
	});

	test('a range that opens in the skipped hour and closes by the time it opens is never open nor announced', () => {
		// 2027-03-28, London: 01:00 GMT is 02:00 BST; 01:45-02:15 opens at 02:45 BST (the offset before
		// the jump) and closes at 02:15 BST: it never opens. The next opening is the Monday's.
		const london = fromYaml(
			`{ monday: 09:00-17:00, tuesday: closed, wednesday: closed, thursday: closed, friday: closed, saturday: closed, sunday: 01:45-02:15 }`,
			'[]',
			'Europe/London',
		);
		expect(summary(channelStatus(london, 'chat', new Date('2027-03-27T23:00:00Z')))).toEqual({
			open: false,
			opensAt: '2027-03-29T08:00:00.000Z',
			specialDay: undefined,
		});
		// The same range a week later exists: 01:45-02:15 BST.
		expect(summary(channelStatus(london, 'chat', new Date('2027-04-04T00:50:00Z')))).toEqual({
			open: true,
			closesAt: '2027-04-04T01:15:00.000Z',
		});
	});

	test('a half-hour change: a special day inside Lord Howe’s skipped half hour is never open', () => {
		// 2027-10-03, Lord Howe: 02:00 (+10:30) becomes 02:30 (+11); 02:00-02:30 does not happen.
		const lordHowe = fromYaml(
			`{ monday: 09:00-17:00, tuesday: closed, wednesday: closed, thursday: closed, friday: closed, saturday: closed, sunday: closed }`,
			`[{ date: 2027-10-03, name: Changeover, channels: [chat], hours: 02:00-02:30 }]`,
			'Australia/Lord_Howe',
		);
		const status = channelStatus(lordHowe, 'chat', new Date('2027-10-02T14:00:00Z'));
		// 00:30 on the day, which is special: the next opening is Monday's 09:00 (+11:00).
		expect(summary(status)).toEqual({ open: false, opensAt: '2027-10-03T22:00:00.000Z', specialDay: 'Changeover' });
	});

	test('the repeated hour when clocks go back counts once', () => {
		// 2026-11-01, New York: 01:00-02:00 happens twice; 01:30 is its first occurrence (05:30Z).
		const night = fromYaml(
			`{ monday: closed, tuesday: closed, wednesday: closed, thursday: closed, friday: closed, saturday: closed, sunday: 01:30-03:00 }`,
		);
		expect(summary(channelStatus(night, 'chat', new Date('2026-11-01T05:00:00Z')))).toEqual({
			open: false,
			opensAt: '2026-11-01T05:30:00.000Z',
			specialDay: undefined,
		});
		expect(summary(channelStatus(night, 'chat', new Date('2026-11-01T06:45:00Z')))).toEqual({
			open: true,
			closesAt: '2026-11-01T08:00:00.000Z',
		});
	});
});

describe('overnight ranges, closed channels and keywords', () => {
	const overnight = fromYaml(
		`{ monday: closed, tuesday: closed, wednesday: closed, thursday: closed, friday: 22:00-02:00, saturday: closed, sunday: closed }`,
		`[{ date: 2026-11-28, name: Closed Saturday, channels: [chat], hours: closed }]`,
	);

	test('22:00-02:00 runs into the next day, and the next day’s special entry does not cut it short', () => {
		// Friday 2026-11-27 22:00 EST is 03:00Z Saturday; it closes Saturday 02:00 EST (07:00Z).
		expect(summary(channelStatus(overnight, 'chat', new Date('2026-11-28T06:00:00Z')))).toEqual({
			open: true,
			closesAt: '2026-11-28T07:00:00.000Z',
		});
		expect(summary(channelStatus(overnight, 'chat', new Date('2026-11-27T20:00:00Z')))).toEqual({
			open: false,
			opensAt: '2026-11-28T03:00:00.000Z',
			specialDay: undefined,
		});
	});

	test('a channel closed outright opens only on a special day, and is never recommended over an open one', () => {
		const paused = fromYaml('Closed', `[{ date: 2026-12-05, name: Open day, channels: [chat], hours: ALWAYS }]`);
		const status = channelStatus(paused, 'chat', new Date('2026-11-23T15:00:00Z'));
		expect(summary(status)).toEqual({ open: false, opensAt: '2026-12-05T05:00:00.000Z', specialDay: undefined });
		expect(summary(channelStatus(paused, 'chat', new Date('2026-12-05T12:00:00Z')))).toEqual({
			open: true,
			closesAt: '2026-12-06T05:00:00.000Z',
		});
		expect(evaluateContact(paused, new Date('2026-11-23T15:00:00Z')).recommendation).toMatchObject({ channel: 'phone', open: true });
	});

	test('a channel that never opens loses to one that opens, however late; if none opens, the first of the order is suggested', () => {
		const never = fromYaml('closed');
		const statuses = evaluateContact(never, new Date('2026-11-23T15:00:00Z')).statuses;
		expect(summary(statuses.chat!)).toEqual({ open: false, opensAt: null, specialDay: undefined });
		const schedule = {
			...never,
			channels: {
				...never.channels,
				phone: never.channels.chat!,
				email: { hours: custom({ monday: '09:00-10:00' }).channels.chat!.hours },
			},
		};
		const evaluation = evaluateContact(
			{ ...schedule, routing: { default: ['chat', 'email'], topics: {} } },
			new Date('2026-11-23T16:00:00Z'),
		);
		expect(evaluation.recommendation).toMatchObject({ channel: 'email', open: false });
		const nothing = evaluateContact({ ...schedule, routing: { default: ['chat', 'phone'], topics: {} } }, new Date('2026-11-23T16:00:00Z'));
		expect(nothing.recommendation).toMatchObject({ channel: 'chat', open: false });
	});
});
