// Property test: over a full year at 15-minute steps, `evaluateContact` agrees with a reference
// written another way. The reference never converts a local time into an instant: it walks the
// year minute by minute, reads each minute's wall clock with a different Intl formatter, decides
// open or closed by comparing the raw "HH:MM" strings of the YAML, and records every change. The
// next change after an instant is then its closing (when open) or its opening (when closed).
//
// The two definitions agree whenever no opening or closing time falls inside the hour skipped or
// repeated when clocks change (those cases have their own tests in evaluate.test.ts); the
// schedules below respect that, and cross both clock changes of their zone.

import { describe, expect, test } from 'vitest';
import { supportSchema } from '../../../src/schemas/support.ts';
import { toSchedule } from '../../../src/lib/contact/schedule.ts';
import { evaluateContact, recommendChannel } from '../../../src/lib/contact/evaluate.ts';
import { CHANNEL_IDS, type ChannelId } from '../../../src/schemas/channels.ts';
import { rawScheduleFixture } from '../../helpers/schedules.ts';

type RawHours = 'always' | Record<string, string>;
interface RawSupport {
	timezone: string;
	channels: Record<ChannelId, { hours: RawHours } & Record<string, unknown>>;
	special: { date: string; name: string; channels: ChannelId[]; hours: string }[];
	routing: { default: ChannelId[]; topics: Record<string, ChannelId[]> };
}

const MINUTE = 60_000;
const WEEKDAY_KEYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Which channels are open at one minute, straight from the raw YAML strings. */
function referenceOpen(raw: RawSupport, clock: Intl.DateTimeFormat, instant: number): Record<ChannelId, boolean> {
	// sv-SE writes "2026-11-01 01:30", which slices like ISO and compares as text.
	const text = clock.format(instant);
	const date = text.slice(0, 10);
	const hhmm = text.slice(11, 16);
	const weekday = WEEKDAY_KEYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
	const open = (channel: ChannelId) => {
		const special = raw.special.find((day) => String(day.date) === date && day.channels.includes(channel));
		let hours: string;
		if (special) hours = special.hours;
		else if (raw.channels[channel].hours === 'always') return true;
		else hours = (raw.channels[channel].hours as Record<string, string>)[weekday]!;
		if (hours.trim() === 'closed') return false;
		return hours.split(',').some((range) => {
			const [start, end] = range
				.trim()
				.split('-')
				.map((s) => s.trim()) as [string, string];
			return start <= hhmm && hhmm < end;
		});
	};
	return { phone: open('phone'), email: open('email'), chat: open('chat') };
}

/** The state of every channel at every minute of [from, to), and the instants where it changes. */
function referenceWalk(raw: RawSupport, from: number, to: number) {
	const clock = new Intl.DateTimeFormat('sv-SE', {
		timeZone: raw.timezone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	});
	const minutes = Math.ceil((to - from) / MINUTE);
	const states = Object.fromEntries(CHANNEL_IDS.map((id) => [id, new Uint8Array(minutes)])) as Record<ChannelId, Uint8Array>;
	const changes = Object.fromEntries(CHANNEL_IDS.map((id) => [id, [] as number[]])) as Record<ChannelId, number[]>;
	for (let i = 0; i < minutes; i++) {
		const now = referenceOpen(raw, clock, from + i * MINUTE);
		for (const id of CHANNEL_IDS) {
			states[id][i] = now[id] ? 1 : 0;
			if (i > 0 && states[id][i] !== states[id][i - 1]) changes[id].push(from + i * MINUTE);
		}
	}
	return { states, changes };
}

/** First element of a sorted list greater than `value`, by binary search. */
function firstAfter(sorted: readonly number[], value: number): number | undefined {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (sorted[mid]! <= value) low = mid + 1;
		else high = mid;
	}
	return sorted[low];
}

function checkYear(raw: RawSupport, fromIso: string, toIso: string) {
	const schedule = toSchedule(supportSchema.parse(raw));
	const from = Date.parse(fromIso);
	const to = Date.parse(toIso);
	// Walk three weeks past the end so that every sample's next change is known.
	const horizon = to + 21 * 86_400_000;
	const { states, changes } = referenceWalk(raw, from, horizon);
	const topics = [undefined, ...Object.keys(raw.routing.topics)];
	let samples = 0;
	const seen = { open: 0, closed: 0 };
	const recommended = new Set<string>();

	for (let t = from; t < to; t += 15 * MINUTE) {
		samples += 1;
		const expected = Object.fromEntries(
			CHANNEL_IDS.map((id) => {
				const open = states[id][(t - from) / MINUTE] === 1;
				const next = firstAfter(changes[id], t);
				return [id, { open, next: next === undefined ? null : new Date(next).toISOString() }];
			}),
		) as Record<ChannelId, { open: boolean; next: string | null }>;

		const evaluation = evaluateContact(schedule, t);
		for (const id of CHANNEL_IDS) {
			const status = evaluation.statuses[id]!;
			const actual = status.open ? status.closesAt : status.opensAt;
			const got = {
				open: status.open,
				// Beyond the walked horizon the reference cannot know; ours may say "never" or later.
				next: actual === null || +actual >= horizon ? (expected[id].next === null ? null : 'beyond') : actual.toISOString(),
			};
			if (got.open !== expected[id].open || got.next !== expected[id].next) {
				expect(got, `${id} at ${new Date(t).toISOString()}`).toEqual(expected[id]);
			}
			seen[status.open ? 'open' : 'closed'] += 1;
		}
		for (const topic of topics) {
			const recommendation = recommendChannel(schedule, evaluation.statuses, topic);
			// Reference routing: the first open channel in the order, else the soonest to open.
			const order = (topic ? raw.routing.topics[topic] : undefined) ?? raw.routing.default;
			const firstOpen = order.find((id) => expected[id].open);
			const soonest = order.reduce((best, id) => ((expected[id].next ?? '9999') < (expected[best].next ?? '9999') ? id : best));
			const want = firstOpen ?? soonest;
			if (recommendation.channel !== want) {
				expect(recommendation.channel, `topic ${topic} at ${new Date(t).toISOString()}`).toBe(want);
			}
			recommended.add(`${topic}:${want}`);
		}
	}
	return { samples, seen, recommended, changes: CHANNEL_IDS.map((id) => changes[id].length) };
}

const weekdaysRaw = rawScheduleFixture('new-york-weekdays.yaml') as RawSupport;

describe('evaluateContact agrees with a minute-by-minute reference', () => {
	test('on the New York weekday schedule, from July 2026 to July 2027 (New York, both clock changes, 13 holidays)', () => {
		const result = checkYear(weekdaysRaw, '2026-07-01T00:00:00Z', '2027-07-08T00:00:00Z');
		// Guard against a vacuous pass: a year of samples, chat opening and closing every weekday.
		expect(result.samples).toBeGreaterThan(35_000);
		expect(result.changes[2]).toBeGreaterThan(2 * 240);
		expect(result.seen.closed).toBeGreaterThan(10_000);
		expect([...result.recommended].sort()).toEqual(
			[
				'undefined:chat',
				'undefined:phone',
				'security:phone',
				'payments:chat',
				'payments:phone',
				'refunds:chat',
				'refunds:email',
				'accounts:chat',
				'accounts:email',
			].sort(),
		);
	}, 120_000);

	test('on a busier schedule in Sydney: split days, touching ranges, past-midnight hours, special hours', () => {
		const raw: RawSupport = {
			...weekdaysRaw,
			timezone: 'Australia/Sydney',
			channels: {
				phone: { ...weekdaysRaw.channels.phone, hours: 'always' },
				email: {
					...weekdaysRaw.channels.email,
					hours: {
						monday: '00:00-24:00',
						tuesday: '00:00-24:00',
						wednesday: '00:00-24:00',
						thursday: '00:00-24:00',
						friday: '00:00-24:00',
						saturday: '00:00-24:00',
						sunday: 'closed',
					},
				},
				chat: {
					...weekdaysRaw.channels.chat,
					hours: {
						monday: '08:00-12:00, 13:00-17:30',
						tuesday: '08:00-12:00, 12:00-20:00',
						wednesday: '09:00-17:00',
						thursday: '09:00-17:00',
						friday: '09:00-24:00',
						saturday: '00:00-01:00, 10:00-14:00',
						sunday: 'closed',
					},
				},
			},
			special: [
				{ date: '2026-04-03', name: 'Good Friday', channels: ['chat'], hours: 'closed' },
				{ date: '2026-12-24', name: 'Christmas Eve', channels: ['chat'], hours: '09:00-12:00' },
				{ date: '2026-12-25', name: 'Christmas Day', channels: ['phone', 'chat', 'email'], hours: 'closed' },
				{ date: '2026-12-26', name: 'Boxing Day', channels: ['phone'], hours: '10:00-14:00' },
			],
			routing: { default: ['chat', 'email', 'phone'], topics: { payments: ['email', 'chat'], security: ['phone'] } },
		};
		const result = checkYear(raw, '2026-03-01T00:00:00Z', '2027-03-01T00:00:00Z');
		expect(result.samples).toBeGreaterThan(35_000);
		expect(result.changes.every((count) => count > 0)).toBe(true);
		// Phone only on Sundays and Christmas (chat and email closed); chat never beats email for payments.
		expect([...result.recommended].sort()).toEqual(
			['undefined:chat', 'undefined:email', 'undefined:phone', 'payments:email', 'security:phone'].sort(),
		);
	}, 120_000);
});
