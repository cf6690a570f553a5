import { describe, expect, test } from 'vitest';
import { type Schedule } from '../../../src/lib/contact/schedule.ts';
import { evaluateContact } from '../../../src/lib/contact/evaluate.ts';
import {
	describeOrder,
	describeRangesForVisitor,
	describeRecommendation,
	describeStatus,
	type TextContext,
} from '../../../src/lib/contact/status-text.ts';
import type { ChannelId } from '../../../src/schemas/channels.ts';
import { wordsOf } from '../../helpers/messages.ts';
import { scheduleFixture } from '../../helpers/schedules.ts';

/** The scenario these tests describe, not the demo's content/support.yaml, which support may edit. */
const weekdays: Schedule = scheduleFixture('new-york-weekdays.yaml');
const labels: Record<ChannelId, { label: string; alwaysOpen: boolean }> = {
	phone: { label: 'Phone', alwaysOpen: true },
	email: { label: 'Email', alwaysOpen: true },
	chat: { label: 'Chat', alwaysOpen: false },
};

function context(iso: string, visitorZone: string | undefined): TextContext {
	return { now: new Date(iso), supportZone: weekdays.timezone, visitorZone, t: wordsOf('en-US') };
}

/** What the chat card and the recommendation say for a visitor in `zone` at `iso`. */
function page(iso: string, zone: string | undefined, topic?: string, schedule = weekdays) {
	const ctx = context(iso, zone);
	const evaluation = evaluateContact(schedule, ctx.now, topic);
	return {
		chat: describeStatus(evaluation.statuses.chat!, ctx, false),
		phone: describeStatus(evaluation.statuses.phone!, ctx, true),
		recommended: evaluation.recommendation.channel,
		reason: describeRecommendation(evaluation, labels, ctx),
	};
}

describe('what visitors in other time zones read', () => {
	test('Tokyo, early Sunday (Saturday 10:00 in New York), asking about a refund', () => {
		expect(page('2026-11-28T15:00:00Z', 'Asia/Tokyo', 'refunds')).toEqual({
			chat: 'Closed now · opens Monday 9:00 AM ET — 11:00 PM your time',
			phone: 'Open now, 24 hours a day',
			recommended: 'email',
			reason: 'Chat is closed, so we suggest Email: it is open now. Chat opens Monday 9:00 AM ET — 11:00 PM your time.',
		});
	});

	test('Tokyo, where chat closes on the next day', () => {
		expect(page('2026-11-23T20:00:00Z', 'Asia/Tokyo').chat).toBe('Open now · closes at 6:00 PM ET — Tuesday 8:00 AM your time');
	});

	test('Los Angeles, Friday morning: chat is open, closing at 3:00 PM Pacific', () => {
		expect(page('2026-11-27T15:00:00Z', 'America/Los_Angeles')).toMatchObject({
			chat: 'Open now · closes at 6:00 PM ET — 3:00 PM your time',
			recommended: 'chat',
			reason: 'Chat is open now.',
		});
	});

	test('Los Angeles before opening: later today, at 6:00 AM Pacific', () => {
		expect(page('2026-11-23T13:30:00Z', 'America/Los_Angeles').chat).toBe('Closed now · opens at 9:00 AM ET — 6:00 AM your time');
	});

	test('London in the week the UK has left summer time and the US has not: 4 hours apart, not 5', () => {
		expect(page('2026-10-27T12:00:00Z', 'Europe/London').chat).toBe('Closed now · opens at 9:00 AM ET — 1:00 PM your time');
		// Saturday 31 October: chat opens on Monday, after the US clocks change, 5 hours apart again.
		expect(page('2026-10-31T12:00:00Z', 'Europe/London').chat).toBe('Closed now · opens Monday 9:00 AM ET — 2:00 PM your time');
	});

	test('London in the weeks the US is on summer time and the UK is not yet', () => {
		expect(page('2027-03-15T12:00:00Z', 'Europe/London').chat).toBe('Closed now · opens at 9:00 AM ET — 1:00 PM your time');
	});

	test('Kolkata, half an hour off the hour, on the same and on the next day', () => {
		expect(page('2026-11-23T13:00:00Z', 'Asia/Kolkata').chat).toBe('Closed now · opens at 9:00 AM ET — 7:30 PM your time');
		expect(page('2026-11-23T22:00:00Z', 'Asia/Kolkata').chat).toBe('Open now · closes at 6:00 PM ET — Tuesday 4:30 AM your time');
	});

	test('Paris on a winter weekend reads the sentence of the brief, with phone suggested', () => {
		expect(page('2026-11-28T15:00:00Z', 'Europe/Paris')).toMatchObject({
			recommended: 'phone',
			reason: 'Chat is closed, so we suggest Phone: it is open now. Chat opens Monday 9:00 AM ET — 3:00 PM your time.',
		});
	});

	test('visitors whose clock matches New York see only Eastern Time', () => {
		for (const zone of ['America/New_York', 'America/Toronto', undefined]) {
			expect(page('2026-11-28T15:00:00Z', zone).chat, String(zone)).toBe('Closed now · opens Monday 9:00 AM ET');
		}
	});

	test('on a holiday the card names it', () => {
		expect(page('2026-11-26T15:00:00Z', 'America/New_York').chat).toBe('Closed today for Thanksgiving · opens Friday 9:00 AM ET');
	});

	test('an opening more than a week away carries its date', () => {
		const schedule: Schedule = {
			...weekdays,
			special: [
				{ date: '2026-11-30', name: 'Staff training', channels: ['chat'], hours: [] },
				{ date: '2026-12-01', name: 'Staff training', channels: ['chat'], hours: [] },
				{ date: '2026-12-02', name: 'Staff training', channels: ['chat'], hours: [] },
				{ date: '2026-12-03', name: 'Staff training', channels: ['chat'], hours: [] },
				{ date: '2026-12-04', name: 'Staff training', channels: ['chat'], hours: [] },
			],
		};
		expect(page('2026-11-28T15:00:00Z', 'America/New_York', undefined, schedule).chat).toBe(
			'Closed now · opens Monday, December 7, 9:00 AM ET',
		);
	});

	test('when every channel in the order is closed, it says when the first one opens', () => {
		const schedule: Schedule = { ...weekdays, routing: { default: ['chat'], topics: {} } };
		expect(page('2026-11-28T15:00:00Z', 'Asia/Tokyo', undefined, schedule)).toMatchObject({
			recommended: 'chat',
			reason: 'Every channel is closed right now. Chat opens Monday 9:00 AM ET — 11:00 PM your time.',
		});
	});
});

describe('describeRangesForVisitor converts a weekly row with that week’s offsets', () => {
	const hours = weekdays.channels.chat!.hours;
	const monday = hours === 'always' ? [] : hours.monday;
	const row = (iso: string, zone: string) =>
		describeRangesForVisitor(weekdays, 'monday', monday, { ...context(iso, zone), visitorZone: zone });
	test.each([
		['2026-11-24T12:00:00Z', 'Asia/Tokyo', '11:00 PM–Tuesday 8:00 AM'],
		['2026-07-07T12:00:00Z', 'Asia/Tokyo', '10:00 PM–Tuesday 7:00 AM'],
		['2026-11-24T12:00:00Z', 'Asia/Kolkata', '7:30 PM–Tuesday 4:30 AM'],
		['2026-11-24T12:00:00Z', 'America/Los_Angeles', '6:00 AM–3:00 PM'],
		['2026-11-24T12:00:00Z', 'Europe/London', '2:00 PM–11:00 PM'],
		// On Tuesday 27 October the next Monday is 2 November, after New York's clocks change.
		['2026-10-27T12:00:00Z', 'Europe/London', '2:00 PM–11:00 PM'],
	])('at %s in %s: %s', (iso, zone, expected) => {
		expect(row(iso, zone)).toBe(expected);
	});
});

describe('describeOrder', () => {
	test('writes the routing rules as the page shows them', () => {
		expect(describeOrder(['chat', 'phone'], labels, wordsOf())).toBe("Chat when it's open, otherwise Phone");
		expect(describeOrder(['phone'], labels, wordsOf())).toBe('Phone, any time');
		expect(describeOrder(['chat'], labels, wordsOf())).toBe('Chat');
	});
});
