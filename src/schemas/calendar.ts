// What a date, a weekday, a time of day and a time zone are in the content files. No imports, not
// even zod: the schemas, the logic in src/lib and the contact page's browser script all share
// these definitions, and the browser bundle must stay small.

/** In calendar order, Monday first, as schedules are written. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A day on the calendar, with no time zone attached. `month` is 1–12. */
export interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

/** A time range within one day, in minutes after midnight; `end` is exclusive (24:00 = 1440). */
export interface TimeRange {
	start: number;
	end: number;
}

/** `YYYY-MM-DD`. */
export function isoDateOf(date: CalendarDate): string {
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * `2026-07-03` → a calendar date, or undefined when the text is not a real date written
 * `YYYY-MM-DD` (`2026-02-30` is not rolled over to March). The one date reader of the project.
 */
export function parseIsoDate(text: string): CalendarDate | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return undefined;
	const date = { year: +match[1]!, month: +match[2]!, day: +match[3]! };
	const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
	return check.getUTCFullYear() === date.year && check.getUTCMonth() === date.month - 1 && check.getUTCDate() === date.day
		? date
		: undefined;
}

/** Calendar arithmetic: no time zone involved. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
	const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
	return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Days from `a` to `b` on the calendar (negative when `b` is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
	return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

export function weekdayOf(date: CalendarDate): Weekday {
	// getUTCDay: 0 is Sunday; WEEKDAYS starts on Monday.
	return WEEKDAYS[(new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7]!;
}

/** A date read from frontmatter (UTC midnight) back to `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Whether `timeZone` is an IANA name this `Intl` knows. */
export function isTimeZone(timeZone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone });
		return true;
	} catch {
		return false;
	}
}
