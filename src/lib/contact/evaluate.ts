// Which channels are open at an instant, when they close or open next, and which one to
// recommend. Pure: the instant is an argument (the browser passes `new Date()`), and every local
// time is computed in the schedule's own time zone, never the visitor's.
//
// Rules: a range `09:00-18:00` opens at 09:00 (inclusive) and closes at 18:00 (exclusive). A
// range ending at 24:00 that meets one starting at 00:00 the next day is one opening. A special
// day replaces the weekly hours of the channels it lists, for that calendar day.

import { type Schedule, type SpecialDay } from './schedule.ts';
import { instantAt, wallClock } from './zoned-time.ts';
import { addDays, daysBetween, isoDateOf, parseIsoDate, weekdayOf, type CalendarDate, type TimeRange } from '../../schemas/calendar.ts';
import { CHANNEL_IDS, type ChannelId } from '../../schemas/channels.ts';

/** How far ahead to look for the next opening or closing: a year and a bit covers any holiday. */
export const LOOK_AHEAD_DAYS = 400;

const ALL_DAY: readonly TimeRange[] = [{ start: 0, end: 1440 }];

export type ChannelStatus =
	| {
			channel: ChannelId;
			open: true;
			/** When it closes; null when it stays open for at least `LOOK_AHEAD_DAYS`. */
			closesAt: Date | null;
			/** The special day in effect now (in the support zone), if any. */
			specialDay: SpecialDay | undefined;
	  }
	| {
			channel: ChannelId;
			open: false;
			/** When it next opens; null when it does not open within `LOOK_AHEAD_DAYS`. */
			opensAt: Date | null;
			specialDay: SpecialDay | undefined;
	  };

export interface Recommendation {
	/** The channel to suggest. */
	channel: ChannelId;
	/** Whether it is open now. False only when no channel in the order is open. */
	open: boolean;
	/** The topic whose routing was used, or undefined for the default order. */
	topic: string | undefined;
	/** The order of preference that was applied. */
	order: ChannelId[];
	/** Channels preferred over the suggested one, closed now (most preferred first). */
	passedOver: ChannelStatus[];
}

export interface ContactEvaluation {
	at: Date;
	statuses: Record<ChannelId, ChannelStatus>;
	recommendation: Recommendation;
}

interface SpecialIndex {
	/** `channel YYYY-MM-DD` → the special day. */
	byDay: Map<string, SpecialDay>;
	/** Each channel's special dates, sorted. */
	dates: Record<ChannelId, string[]>;
}

const indexes = new WeakMap<Schedule, SpecialIndex>();

function specialIndex(schedule: Schedule): SpecialIndex {
	let index = indexes.get(schedule);
	if (!index) {
		index = { byDay: new Map(), dates: { phone: [], email: [], chat: [] } };
		for (const day of schedule.special) {
			for (const channel of day.channels) {
				if (index.byDay.has(`${channel} ${day.date}`)) continue; // the first entry wins, as the schema insists
				index.byDay.set(`${channel} ${day.date}`, day);
				index.dates[channel].push(day.date);
			}
		}
		for (const id of CHANNEL_IDS) index.dates[id].sort();
		indexes.set(schedule, index);
	}
	return index;
}

/** The special day for `channel` on `date`, if the schedule lists one. */
export function specialDayFor(schedule: Schedule, channel: ChannelId, date: CalendarDate): SpecialDay | undefined {
	return specialIndex(schedule).byDay.get(`${channel} ${isoDateOf(date)}`);
}

/** Whether the weekly hours are round the clock (`always`, or 00:00-24:00 every day). */
function openAllWeek(schedule: Schedule, channel: ChannelId): boolean {
	const weekly = schedule.channels[channel].hours;
	return weekly === 'always' || Object.values(weekly).every((r) => r.length === 1 && r[0]!.start === 0 && r[0]!.end === 1440);
}

/** The opening ranges of `channel` on a calendar day, special days included. */
export function hoursOn(schedule: Schedule, channel: ChannelId, date: CalendarDate): readonly TimeRange[] {
	const special = specialDayFor(schedule, channel, date);
	if (special) return special.hours;
	const weekly = schedule.channels[channel].hours;
	if (weekly === 'always') return ALL_DAY;
	return weekly[weekdayOf(date)];
}

/** The end of the opening that contains range `index` of `date`, following it across midnight. */
function openingEnd(schedule: Schedule, channel: ChannelId, date: CalendarDate, index: number): number | null {
	let day = date;
	let ranges = hoursOn(schedule, channel, day);
	let range = ranges[index]!;
	for (let step = 0; step <= LOOK_AHEAD_DAYS;) {
		const next = ranges[index + 1];
		if (next && next.start === range.end) {
			// `09:00-12:00, 12:00-17:00` is one opening.
			index += 1;
			range = next;
			continue;
		}
		if (range.end !== 1440) return instantAt(day, range.end, schedule.timezone);
		if (openAllWeek(schedule, channel)) {
			// Every ordinary day is open round the clock: skip straight to the next special day.
			const after = isoDateOf(day);
			const next = specialIndex(schedule).dates[channel].find((date) => date > after);
			const gap = next === undefined ? Infinity : daysBetween(day, parseIsoDate(next)!) - 1;
			if (step + gap > LOOK_AHEAD_DAYS) return null;
			if (gap > 0) {
				// The last round-the-clock day before it; its end carries on into the day after, below.
				day = addDays(day, gap);
				step += gap;
			}
		}
		const tomorrow = addDays(day, 1);
		const first = hoursOn(schedule, channel, tomorrow)[0];
		if (!first || first.start !== 0) return instantAt(tomorrow, 0, schedule.timezone);
		day = tomorrow;
		ranges = hoursOn(schedule, channel, day);
		index = 0;
		range = first;
		step += 1;
	}
	return null;
}

/** Open or closed at `at`, and when that changes. */
export function channelStatus(schedule: Schedule, channel: ChannelId, at: Date | number): ChannelStatus {
	const instant = +at;
	const zone = schedule.timezone;
	const today = wallClock(instant, zone);
	const ranges = hoursOn(schedule, channel, today);
	const specialDay = specialDayFor(schedule, channel, today);

	for (let index = 0; index < ranges.length; index++) {
		const range = ranges[index]!;
		// Compare instants, not clock readings, so that the hour repeated when clocks go back is
		// neither counted twice nor skipped.
		if (instantAt(today, range.start, zone) <= instant && instant < instantAt(today, range.end, zone)) {
			const closesAt = openingEnd(schedule, channel, today, index);
			return { channel, open: true, closesAt: closesAt === null ? null : new Date(closesAt), specialDay };
		}
	}

	for (let step = 0; step <= LOOK_AHEAD_DAYS; step++) {
		const day = addDays(today, step);
		for (const range of hoursOn(schedule, channel, day)) {
			const start = instantAt(day, range.start, zone);
			if (start > instant) return { channel, open: false, opensAt: new Date(start), specialDay };
		}
	}
	return { channel, open: false, opensAt: null, specialDay };
}

/**
 * The routing topic to apply for a raw `?topic=` value: a key of `routing.topics`, or undefined.
 * Anything else (unknown, misspelt, hostile) means the default order; it is never echoed.
 */
export function resolveTopic(schedule: Schedule, raw: string | null | undefined): string | undefined {
	if (typeof raw !== 'string' || raw.length > 64) return undefined;
	const topic = raw.trim().toLowerCase();
	return Object.hasOwn(schedule.routing.topics, topic) && Array.isArray(schedule.routing.topics[topic]) ? topic : undefined;
}

/**
 * The first open channel in the topic's order (or the default order). When none is open, the
 * one in that order that opens first.
 */
export function recommendChannel(schedule: Schedule, statuses: Record<ChannelId, ChannelStatus>, topic?: string): Recommendation {
	const resolved = resolveTopic(schedule, topic);
	const order = (resolved !== undefined ? schedule.routing.topics[resolved] : undefined) ?? schedule.routing.default;
	const openIndex = order.findIndex((id) => statuses[id].open);
	if (openIndex >= 0) {
		return {
			channel: order[openIndex]!,
			open: true,
			topic: resolved,
			order: [...order],
			passedOver: order.slice(0, openIndex).map((id) => statuses[id]),
		};
	}
	const opensAt = (id: ChannelId) => {
		const status = statuses[id];
		return !status.open && status.opensAt ? +status.opensAt : Infinity;
	};
	// Earliest opening wins; on a tie (or when nothing ever opens) the order decides.
	const soonest = order.reduce((best, id) => (opensAt(id) < opensAt(best) ? id : best), order[0]!);
	return {
		channel: soonest,
		open: false,
		topic: resolved,
		order: [...order],
		passedOver: order.slice(0, order.indexOf(soonest)).map((id) => statuses[id]),
	};
}

/** Everything the contact page shows, for one instant and an optional topic. */
export function evaluateContact(schedule: Schedule, at: Date | number, topic?: string | null): ContactEvaluation {
	const statuses = Object.fromEntries(CHANNEL_IDS.map((id) => [id, channelStatus(schedule, id, at)])) as Record<ChannelId, ChannelStatus>;
	return {
		at: new Date(+at),
		statuses,
		recommendation: recommendChannel(schedule, statuses, topic ?? undefined),
	};
}
