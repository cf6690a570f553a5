// Which channels are open at an instant, when they close or open next, and which one to
// recommend. Pure: the instant is an argument (the browser passes `new Date()`), and every local
// time is computed in the schedule's own time zone, never the visitor's.
//
// Rules (see the README's contact routing section): each range of each calendar day is a
// half-open interval of real time, [opening, closing). A range opens at its start (inclusive) and
// closes at its end (exclusive); an overnight range (`22:00-02:00`) ends on the next calendar day
// and belongs to the day it starts on. Intervals that touch or overlap in real time are one
// opening: `09:00-12:00, 12:00-17:00`, `22:00-24:00` then `00:00-06:00`, or two ranges that meet
// because the hour between them was skipped when clocks went forward. A range that opens and
// closes at the same instant (one inside a skipped hour) never opens. A special day replaces the
// weekly hours of the channels it lists, for that calendar day.

import { weeklyHours, type Schedule } from './schedule.ts';
import { specialDayFor, nextSpecialDate, type SpecialOccurrence } from './holidays.ts';
import { instantAt, wallClock } from './zoned-time.ts';
import { addDays, daysBetween, weekdayOf, type CalendarDate, type TimeRange } from '../../schemas/calendar.ts';
import { offeredChannels, type ChannelId } from '../../schemas/channels.ts';

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
			specialDay: SpecialOccurrence | undefined;
	  }
	| {
			channel: ChannelId;
			open: false;
			/** When it next opens; null when it does not open within `LOOK_AHEAD_DAYS`. */
			opensAt: Date | null;
			specialDay: SpecialOccurrence | undefined;
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

/** The status of each channel the schedule offers (and of no other). */
export type ChannelStatuses = Partial<Record<ChannelId, ChannelStatus>>;

export interface ContactEvaluation {
	at: Date;
	statuses: ChannelStatuses;
	recommendation: Recommendation;
}

/** The opening ranges of `channel` that start on a calendar day, special days included. */
export function hoursOn(schedule: Schedule, channel: ChannelId, date: CalendarDate): readonly TimeRange[] {
	const special = specialDayFor(schedule, channel, date);
	if (special) return special.entry.hours;
	const weekly = weeklyHours(schedule, channel);
	if (weekly === 'always') return ALL_DAY;
	return weekly[weekdayOf(date)];
}

/** Whether every ordinary day is open round the clock (`always`, or 00:00-24:00 every day). */
function openAllWeek(schedule: Schedule, channel: ChannelId): boolean {
	const weekly = weeklyHours(schedule, channel);
	return weekly === 'always' || Object.values(weekly).every((r) => r.length === 1 && r[0]!.start === 0 && r[0]!.end === 1440);
}

/** Whether every ordinary day is closed (`hours: closed`): only special days can open it. */
function closedAllWeek(schedule: Schedule, channel: ChannelId): boolean {
	const weekly = weeklyHours(schedule, channel);
	return weekly !== 'always' && Object.values(weekly).every((ranges) => ranges.length === 0);
}

/** `minutes` after the midnight that starts `date` (past 1440 for an overnight end), as an instant. */
function instantOf(date: CalendarDate, minutes: number, timeZone: string): number {
	const days = Math.floor(minutes / 1440);
	return instantAt(days ? addDays(date, days) : date, minutes - days * 1440, timeZone);
}

type Interval = [start: number, end: number];

/**
 * The intervals of real time `channel` is open, merged, from the ranges of `from` onwards: each
 * one is yielded once its end is known (no later range touches it). Days whose weekly hours are
 * round the clock are skipped in one step up to the next special day.
 */
function* openings(schedule: Schedule, channel: ChannelId, from: CalendarDate): Generator<Interval> {
	const zone = schedule.timezone;
	const allWeek = openAllWeek(schedule, channel);
	const noWeek = closedAllWeek(schedule, channel);
	let current: Interval | undefined;
	for (let step = 0; step <= LOOK_AHEAD_DAYS + 1; step++) {
		const day = addDays(from, step);
		let raw: Interval[];
		if ((allWeek || noWeek) && !specialDayFor(schedule, channel, day)) {
			// Every ordinary day until the next special day (or the end of the look-ahead) is alike,
			// open round the clock or closed: take them in one step.
			const next = nextSpecialDate(schedule, channel, day, LOOK_AHEAD_DAYS + 1 - step);
			const days = next ? daysBetween(day, next) : LOOK_AHEAD_DAYS + 2 - step;
			raw = allWeek ? [[instantOf(day, 0, zone), instantOf(day, days * 1440, zone)]] : [];
			step += days - 1;
		} else {
			raw = hoursOn(schedule, channel, day).map((range): Interval => [instantOf(day, range.start, zone), instantOf(day, range.end, zone)]);
		}
		for (const [start, end] of raw) {
			if (start >= end) continue; // inside a skipped hour: never open
			if (current && start <= current[1]) {
				current[1] = Math.max(current[1], end);
				continue;
			}
			if (current) yield current;
			current = [start, end];
		}
		// Every later range starts after this day's last possible end only from the day after next.
		if (current && current[1] < instantOf(addDays(day, 1), 0, zone)) {
			yield current;
			current = undefined;
		}
	}
	if (current) yield [current[0], Infinity];
}

/** Open or closed at `at`, and when that changes. */
export function channelStatus(schedule: Schedule, channel: ChannelId, at: Date | number): ChannelStatus {
	const instant = +at;
	const zone = schedule.timezone;
	const today = wallClock(instant, zone);
	const specialDay = specialDayFor(schedule, channel, today);
	// A range of yesterday may run into today (overnight, or up to 24:00 and on).
	for (const [start, end] of openings(schedule, channel, addDays(today, -1))) {
		if (end <= instant) continue;
		if (start <= instant) return { channel, open: true, closesAt: Number.isFinite(end) ? new Date(end) : null, specialDay };
		return { channel, open: false, opensAt: new Date(start), specialDay };
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
 * one in that order that opens first. Only channels with a status count: the schedule's own.
 */
export function recommendChannel(schedule: Schedule, statuses: ChannelStatuses, topic?: string): Recommendation {
	const resolved = resolveTopic(schedule, topic);
	const listed = (resolved !== undefined ? schedule.routing.topics[resolved] : undefined) ?? schedule.routing.default;
	const order = listed.filter((id) => statuses[id] !== undefined);
	if (!order.length) {
		throw new Error(
			`The routing order ${listed.join(', ')} names no channel the schedule offers (${offeredChannels(schedule.channels).join(', ')}).`,
		);
	}
	const status = (id: ChannelId) => statuses[id]!;
	const openIndex = order.findIndex((id) => status(id).open);
	if (openIndex >= 0) {
		return {
			channel: order[openIndex]!,
			open: true,
			topic: resolved,
			order,
			passedOver: order.slice(0, openIndex).map(status),
		};
	}
	const opensAt = (id: ChannelId) => {
		const found = status(id);
		return !found.open && found.opensAt ? +found.opensAt : Infinity;
	};
	// Earliest opening wins; on a tie (or when nothing ever opens) the order decides.
	const soonest = order.reduce((best, id) => (opensAt(id) < opensAt(best) ? id : best), order[0]!);
	return {
		channel: soonest,
		open: false,
		topic: resolved,
		order,
		passedOver: order.slice(0, order.indexOf(soonest)).map(status),
	};
}

/** Everything the contact page shows, for one instant and an optional topic. */
export function evaluateContact(schedule: Schedule, at: Date | number, topic?: string | null): ContactEvaluation {
	const statuses: ChannelStatuses = Object.fromEntries(
		offeredChannels(schedule.channels).map((id) => [id, channelStatus(schedule, id, at)]),
	);
	return {
		at: new Date(+at),
		statuses,
		recommendation: recommendChannel(schedule, statuses, topic ?? undefined),
	};
}
