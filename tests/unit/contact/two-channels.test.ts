// A market that offers only some of the channels: the Berlin fixture has email and chat, no phone
// (Germany has no range of numbers reserved for fiction). What its contact page works out, says
// and hands to its script never involves a phone; the sweep (sweep.test.ts) holds the same
// schedule against the independent computation every 15 minutes of 2027 and 2030.
import { describe, expect, test } from 'vitest';
import { supportSchema } from '../../../src/schemas/support.ts';
import { offeredChannels, offersEveryChannel } from '../../../src/schemas/channels.ts';
import { toSchedule } from '../../../src/lib/contact/schedule.ts';
import { channelStatus, evaluateContact } from '../../../src/lib/contact/evaluate.ts';
import { specialDaysBetween } from '../../../src/lib/contact/holidays.ts';
import { describeSpecialHours } from '../../../src/lib/contact/hours-text.ts';
import { describeOrder, describeRecommendation, describeStatus, type TextContext } from '../../../src/lib/contact/status-text.ts';
import { parseContactPageData, serializeContactPageData, type ContactPageData } from '../../../src/lib/contact/page-data.ts';
import { parseIsoDate } from '../../../src/schemas/calendar.ts';
import { wordsOf } from '../../helpers/messages.ts';
import { rawScheduleFixture, supportFixture } from '../../helpers/schedules.ts';

const support = supportFixture('berlin-email-chat.yaml');
const schedule = toSchedule(support);
const words = {
	email: { label: 'E-Mail', alwaysOpen: false },
	chat: { label: 'Chat', alwaysOpen: false },
};
const ctx = (iso: string): TextContext => ({
	now: new Date(iso),
	supportZone: schedule.timezone,
	visitorZone: 'Europe/Berlin',
	t: wordsOf('en-GB'),
});

describe('a support file that offers email and chat only', () => {
	test('is valid, and its schedule and evaluation know only those two channels', () => {
		expect(offeredChannels(support.channels)).toEqual(['email', 'chat']);
		expect(offersEveryChannel(support.channels)).toBe(false);
		expect(Object.keys(schedule.channels)).toEqual(['email', 'chat']);
		expect(Object.keys(evaluateContact(schedule, new Date('2027-03-24T12:00:00Z')).statuses)).toEqual(['email', 'chat']);
		expect(() => channelStatus(schedule, 'phone', new Date('2027-03-24T12:00:00Z'))).toThrow(
			'The schedule has no channel `phone`: it offers email, chat.',
		);
	});

	test('a weekday afternoon: chat is open and suggested', () => {
		// Wednesday 2027-03-24 13:00 CET.
		const evaluation = evaluateContact(schedule, new Date('2027-03-24T12:00:00Z'));
		expect(evaluation.recommendation).toMatchObject({ channel: 'chat', open: true, order: ['chat', 'email'] });
		expect(describeRecommendation(evaluation, words, ctx('2027-03-24T12:00:00Z'))).toBe('Chat is open now.');
	});

	test('Karfreitag: both closed for the holiday, email suggested because it reopens first (Saturday 09:00, chat at 10:00)', () => {
		const at = '2027-03-26T11:00:00Z';
		const evaluation = evaluateContact(schedule, new Date(at));
		expect(describeStatus(evaluation.statuses.chat!, ctx(at), false)).toBe('Closed today for Karfreitag · opens Saturday 10:00 CET');
		expect(describeStatus(evaluation.statuses.email!, ctx(at), false)).toBe('Closed today for Karfreitag · opens Saturday 09:00 CET');
		expect(evaluation.recommendation).toMatchObject({ channel: 'email', open: false });
		expect(describeRecommendation(evaluation, words, ctx(at))).toBe('Every channel is closed right now. E-Mail opens Saturday 09:00 CET.');
	});

	test('Easter Sunday night, as clocks go forward: email’s night shift runs 03:00–03:30 CEST and is suggested over closed chat', () => {
		// 01:15Z is 03:15 CEST; 02:00 CET never happened, so the shift opened at 03:00 CEST (01:00Z).
		const evaluation = evaluateContact(schedule, new Date('2027-03-28T01:15:00Z'));
		expect(evaluation.statuses.email).toMatchObject({ open: true, closesAt: new Date('2027-03-28T01:30:00Z') });
		expect(channelStatus(schedule, 'email', new Date('2027-03-28T00:59:00Z'))).toMatchObject({
			open: false,
			opensAt: new Date('2027-03-28T01:00:00Z'),
		});
		expect(evaluation.recommendation).toMatchObject({ channel: 'email', open: true });
		// Chat reopens on Tuesday: Ostermontag closes it. (en-GB names Berlin's zone CET, summer and winter.)
		expect(describeRecommendation(evaluation, words, ctx('2027-03-28T01:15:00Z'))).toBe(
			'Chat is closed, so we suggest E-Mail: it is open now. Chat opens Tuesday 08:00 CEST.',
		);
	});

	test('routing rules and special days are written with the offered channels only', () => {
		expect(describeOrder(schedule.routing.default, words, wordsOf('en-GB'))).toBe("Chat when it's open, otherwise E-Mail");
		expect(describeOrder(schedule.routing.topics.refunds!, words, wordsOf('en-GB'))).toBe("E-Mail when it's open, otherwise Chat");
		const december = specialDaysBetween(
			schedule,
			parseIsoDate('2027-12-20')!,
			parseIsoDate('2027-12-31')!,
			offeredChannels(schedule.channels),
		);
		expect(december.map((day) => [day.date, day.name, describeSpecialHours(day, words, wordsOf('en-GB'))])).toEqual([
			['2027-12-24', 'Heiligabend', 'Chat: 09:00–13:00'],
			['2027-12-25', '1. Weihnachtstag', 'E-Mail: Closed; Chat: Closed'],
			['2027-12-26', '2. Weihnachtstag', 'E-Mail: Closed; Chat: Closed'],
			['2027-12-31', 'Silvester', 'Chat: 09:00–13:00'],
		]);
		// Words for a channel the page does not offer are a programming mistake, not a blank.
		expect(() => describeOrder(['phone', 'chat'], words, wordsOf('en-GB'))).toThrow('No words for the channel `phone`');
	});
});

describe('the contact page data of a market with two channels', () => {
	const data: ContactPageData = {
		schedule,
		channels: {
			email: { label: 'E-Mail', alwaysOpen: false, href: 'mailto:support-de@example.com', action: 'E-Mail an support-de@example.com' },
			chat: { label: 'Chat', alwaysOpen: false, href: 'https://chat.example.com/kestrel-de', action: 'Chat starten' },
		},
		topics: { refunds: 'Erstattungen und Rücksendungen' },
	};

	test('reads back exactly what the page wrote, with no phone in it', () => {
		const json = serializeContactPageData(data);
		expect(json).not.toMatch(/phone|tel:/);
		expect(parseContactPageData(json)).toEqual(data);
	});

	test.each([
		['no channel at all', { ...data, channels: {} }, 'channels: offers no channel.'],
		[
			'a routing rule naming a channel the schedule does not offer',
			{ ...data, schedule: { ...schedule, routing: { default: ['phone', 'chat'], topics: {} } } },
			'schedule: a special day or a routing rule names a channel the schedule does not offer.',
		],
		[
			'words for a channel the schedule does not offer',
			{ ...data, channels: { ...data.channels, phone: { label: 'Telefon', alwaysOpen: true, href: 'tel:+4930123', action: 'Anrufen' } } },
			'the channels with words are not the channels of the schedule.',
		],
	])('refuses %s', (_, bad, message) => {
		expect(() => parseContactPageData(JSON.stringify(bad))).toThrow(message);
	});
});

describe('the support schema', () => {
	test('names the line’s channel, the offered ones and the fix when a rule names a channel the market leaves out', () => {
		const raw = rawScheduleFixture('berlin-email-chat.yaml');
		raw.routing.topics.security = ['phone', 'chat'];
		const result = supportSchema.safeParse(raw);
		expect(result.success).toBe(false);
		expect(result.error!.issues).toMatchObject([
			{
				path: ['routing', 'topics', 'security', 0],
				message:
					'`phone` is not a channel of this market: its `channels:` offer only `email` and `chat`. The contact page cannot suggest it. Name one of those, or add `phone` under `channels:` if the market offers it.',
			},
		]);
	});
});
