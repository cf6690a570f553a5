// The special days of a schedule as calendar days: one-off dates as listed, recurring rules
// (`every:`) worked out for each year, with weekend days moved as `observed:` says. Pure and
// cached per schedule, so the contact page can ask for any day, any year, every minute.
//
// Precedence, per channel and day: a one-off entry wins over a recurring one; among recurring
// entries, and among one-off ones, the first in the list wins.

import { addDays, isoDateOf, weekdayOf, WEEKDAYS, type CalendarDate, type HolidayRule } from '../../schemas/calendar.ts';
import type { ChannelId } from '../../schemas/channels.ts';
import type { Schedule, SpecialDay } from './schedule.ts';

/** How far ahead the contact page lists special days: the next 12 months. */
export const SPECIAL_DAYS_AHEAD = 365;

/** A special day on the calendar: the entry that applies and the day it applies to. */
export interface SpecialOccurrence {
	/** `YYYY-MM-DD` in the support time zone. */
	date: string;
	/** The entry of `special:` that applies. */
	entry: SpecialDay;
	/** For a recurring day moved off a weekend: the date it fell on. */
	movedFrom?: string | undefined;
}

/** What customers read for a special day: "Christmas Day (observed)" when it moved off a weekend. */
export function occurrenceName(occurrence: SpecialOccurrence): string {
	return occurrence.movedFrom ? `${occurrence.entry.name} (observed)` : occurrence.entry.name;
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(year: number): CalendarDate {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return { year, month, day };
}

/** The day a rule falls on in `year`, or undefined when it does not (02-29, a missing 5th weekday). */
export function ruleDate(rule: HolidayRule, year: number): CalendarDate | undefined {
	switch (rule.kind) {
		case 'date': {
			const date = { year, month: rule.month, day: rule.day };
			const check = addDays(date, 0);
			return check.month === rule.month && check.day === rule.day ? date : undefined;
		}
		case 'weekday': {
			if (rule.nth === -1) {
				// The last one: from the month's last day, back to the weekday.
				let day = addDays({ year, month: rule.month, day: 1 }, -1 + daysInMonth(year, rule.month));
				while (weekdayOf(day) !== rule.weekday) day = addDays(day, -1);
				return day;
			}
			const first = { year, month: rule.month, day: 1 };
			const shift = (WEEKDAYS.indexOf(rule.weekday) - WEEKDAYS.indexOf(weekdayOf(first)) + 7) % 7;
			const day = addDays(first, shift + 7 * (rule.nth - 1));
			return day.month === rule.month ? day : undefined;
		}
		case 'easter':
			return addDays(easterSunday(year), rule.offset);
	}
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isWeekend = (date: CalendarDate) => {
	const weekday = weekdayOf(date);
	return weekday === 'saturday' || weekday === 'sunday';
};

/**
 * One year's recurring entries for a channel, each on the day it is observed. "Taken" days for
 * `next-weekday` are the days where another recurring entry stays without moving, and the days
 * already given to an earlier entry's substitute: Christmas on a Saturday → Monday 27 and Boxing
 * Day on the Sunday → Tuesday 28; Christmas on a Sunday with Boxing Day on the Monday → Tuesday 27.
 */
function recurringIn(entries: readonly SpecialDay[], year: number): SpecialOccurrence[] {
	const placed = entries.map((entry) => ({ entry, date: entry.every ? ruleDate(entry.every, year) : undefined }));
	const moves = (item: (typeof placed)[number]) =>
		item.date !== undefined && item.entry.every?.kind === 'date' && (item.entry.observed ?? 'none') !== 'none' && isWeekend(item.date);
	const taken = new Set(placed.filter((item) => item.date && !moves(item)).map((item) => isoDateOf(item.date!)));
	const occurrences: SpecialOccurrence[] = [];
	for (const item of placed) {
		if (!item.date) continue;
		if (!moves(item)) {
			occurrences.push({ date: isoDateOf(item.date), entry: item.entry });
			continue;
		}
		let day: CalendarDate;
		if (item.entry.observed === 'nearest-weekday') {
			day = addDays(item.date, weekdayOf(item.date) === 'saturday' ? -1 : 1);
		} else {
			day = addDays(item.date, 1);
			while (isWeekend(day) || taken.has(isoDateOf(day))) day = addDays(day, 1);
		}
		taken.add(isoDateOf(day));
		occurrences.push({ date: isoDateOf(day), entry: item.entry, movedFrom: isoDateOf(item.date) });
	}
	return occurrences;
}

interface ChannelDays {
	/** One-off days, first entry wins. */
	once: Map<string, SpecialOccurrence>;
	/** Recurring days by calendar year of the day they are observed on, first entry wins. */
	years: Map<number, Map<string, SpecialOccurrence>>;
}

const caches = new WeakMap<Schedule, Map<ChannelId, ChannelDays>>();

function channelDays(schedule: Schedule, channel: ChannelId): ChannelDays {
	let perChannel = caches.get(schedule);
	if (!perChannel) caches.set(schedule, (perChannel = new Map()));
	let days = perChannel.get(channel);
	if (!days) {
		days = { once: new Map(), years: new Map() };
		for (const entry of schedule.special) {
			if (entry.date && entry.channels.includes(channel) && !days.once.has(entry.date)) {
				days.once.set(entry.date, { date: entry.date, entry });
			}
		}
		perChannel.set(channel, days);
	}
	return days;
}

/** The recurring days observed in `year` (moved days may come from the year before or after). */
function recurringDays(schedule: Schedule, channel: ChannelId, year: number): Map<string, SpecialOccurrence> {
	const days = channelDays(schedule, channel);
	let map = days.years.get(year);
	if (!map) {
		const entries = schedule.special.filter((entry) => entry.every && entry.channels.includes(channel));
		const order = new Map(entries.map((entry, index) => [entry, index]));
		const found = [year - 1, year, year + 1]
			.flatMap((base) => recurringIn(entries, base))
			.filter((occurrence) => occurrence.date.startsWith(`${String(year).padStart(4, '0')}-`))
			.sort((a, b) => order.get(a.entry)! - order.get(b.entry)!);
		map = new Map();
		for (const occurrence of found) if (!map.has(occurrence.date)) map.set(occurrence.date, occurrence);
		days.years.set(year, map);
	}
	return map;
}

/** The special day that applies to `channel` on `date`, if any. */
export function specialDayFor(schedule: Schedule, channel: ChannelId, date: CalendarDate): SpecialOccurrence | undefined {
	const iso = isoDateOf(date);
	return channelDays(schedule, channel).once.get(iso) ?? recurringDays(schedule, channel, date.year).get(iso);
}

/** Whether a schedule (or the support file it comes from) lists any special day for `channel`. */
export function hasSpecialDays(schedule: { special: readonly { channels: readonly ChannelId[] }[] }, channel: ChannelId): boolean {
	return schedule.special.some((entry) => entry.channels.includes(channel));
}

/** The next day after `date`, within `limit` days, on which `channel` has a special day. */
export function nextSpecialDate(schedule: Schedule, channel: ChannelId, date: CalendarDate, limit: number): CalendarDate | undefined {
	const after = isoDateOf(date);
	const end = isoDateOf(addDays(date, limit));
	const candidates: string[] = [];
	for (const iso of channelDays(schedule, channel).once.keys()) if (iso > after && iso <= end) candidates.push(iso);
	for (let year = date.year; year <= date.year + Math.ceil(limit / 365) + 1; year++) {
		for (const iso of recurringDays(schedule, channel, year).keys()) if (iso > after && iso <= end) candidates.push(iso);
	}
	const next = candidates.sort()[0];
	if (!next) return undefined;
	const [year, month, day] = next.split('-').map(Number) as [number, number, number];
	return { year, month, day };
}

/** A calendar day with its special entries, for lists on the page: every channel that has one. */
export interface SpecialListing {
	date: string;
	name: string;
	/** The channels whose hours change that day, with the hours that apply. */
	channels: { channel: ChannelId; entry: SpecialDay }[];
	movedFrom?: string | undefined;
}

/** Every special day from `from` to `to` (both included), in date order, for the page to list. */
export function specialDaysBetween(
	schedule: Schedule,
	from: CalendarDate,
	to: CalendarDate,
	channels: readonly ChannelId[],
): SpecialListing[] {
	const byDate = new Map<string, SpecialListing>();
	const last = isoDateOf(to);
	for (let day = from; isoDateOf(day) <= last; day = addDays(day, 1)) {
		for (const channel of channels) {
			const occurrence = specialDayFor(schedule, channel, day);
			if (!occurrence) continue;
			const listing = byDate.get(occurrence.date) ?? {
				date: occurrence.date,
				name: occurrenceName(occurrence),
				channels: [],
				movedFrom: occurrence.movedFrom,
			};
			listing.channels.push({ channel, entry: occurrence.entry });
			byDate.set(occurrence.date, listing);
		}
	}
	return [...byDate.values()];
}
