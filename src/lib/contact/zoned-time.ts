// Wall-clock arithmetic in a named IANA time zone, through `Intl` only.
// Nothing here reads the clock or the machine's own time zone: instants come in as arguments,
// and every local date and time is computed for the zone that is passed in.

import { weekdayOf, type CalendarDate, type Weekday } from '../../schemas/calendar.ts';

/** What a clock on the wall shows in some zone at some instant. */
export interface WallClock extends CalendarDate {
	weekday: Weekday;
	/** Minutes after local midnight, 0–1439. */
	minutes: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: creating them is far slower than using them. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
			hourCycle: 'h23',
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** The local date and time in `timeZone` at `instant`, to the second, as a UTC-based number. */
function localAsUtc(instant: number, timeZone: string): number {
	const fields: Record<string, number> = {};
	for (const part of partsFormatter(timeZone).formatToParts(instant)) {
		if (part.type !== 'literal') fields[part.type] = Number(part.value);
	}
	return Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!);
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds (New York in winter: −5 h). */
export function offsetAt(instant: number, timeZone: string): number {
	const whole = Math.floor(instant / 1000) * 1000;
	return localAsUtc(whole, timeZone) - whole;
}

/** The wall clock in `timeZone` at `instant`. */
export function wallClock(instant: Date | number, timeZone: string): WallClock {
	const local = new Date(localAsUtc(+instant, timeZone));
	const date = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
	return { ...date, weekday: weekdayOf(date), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/**
 * The instant at which the clock in `timeZone` shows `minutes` after midnight on `date`
 * (1440 is the next midnight). Clock changes are resolved as calendars do (RFC 5545, Temporal's
 * "compatible"): a time skipped when clocks go forward is read with the offset from before the
 * change (02:30 becomes 03:30); a time that happens twice when clocks go back is the first one.
 */
export function instantAt(date: CalendarDate, minutes: number, timeZone: string): number {
	// The same few boundaries are asked for again and again (every minute on the page, every
	// sample in the tests), and each answer costs several Intl calls.
	const key = `${timeZone} ${date.year}-${date.month}-${date.day} ${minutes}`;
	let instant = instants.get(key);
	if (instant === undefined) {
		if (instants.size >= 4096) instants.clear();
		instant = computeInstantAt(date, minutes, timeZone);
		instants.set(key, instant);
	}
	return instant;
}

const instants = new Map<string, number>();

function computeInstantAt(date: CalendarDate, minutes: number, timeZone: string): number {
	const local = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE;
	// Offsets a day either side of the wanted time: the same unless the clocks change in between.
	const before = offsetAt(local - DAY, timeZone);
	const after = offsetAt(local + DAY, timeZone);
	const early = local - before;
	if (before === after) return early;
	const late = local - after;
	const earlyFits = offsetAt(early, timeZone) === before;
	const lateFits = offsetAt(late, timeZone) === after;
	if (earlyFits && lateFits) return Math.min(early, late); // happens twice: the first time
	if (lateFits && !earlyFits) return late;
	return early; // happens once (early), or never: skipped, read with the offset from before
}
