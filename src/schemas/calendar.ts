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

/**
 * A time range of one day, in minutes after that day's midnight; `end` is exclusive (24:00 = 1440).
 * An overnight range ends past 1440 (`22:00-02:00` is 1320–1560): it runs into the next day.
 */
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

export const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
] as const;

/**
 * When a recurring special day falls, as `every:` writes it: a date each year (`12-25`), a weekday
 * of a month (`4th thursday of november`, `last monday of may`; `nth` -1 is the last), or a day
 * counted from Western Easter Sunday (`easter`, `easter-2`, `easter+1`). Months are 1–12.
 */
export type HolidayRule =
	| { kind: 'date'; month: number; day: number }
	| { kind: 'weekday'; nth: 1 | 2 | 3 | 4 | 5 | -1; weekday: Weekday; month: number }
	| { kind: 'easter'; offset: number };

const ORDINALS = { '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, last: -1 } as const;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `every:` text → its rule, any case; undefined when it is not one (the schema says how to write it). */
export function parseHolidayRule(text: string): HolidayRule | undefined {
	const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
	const date = /^(\d{2})-(\d{2})$/.exec(value);
	if (date) {
		const month = +date[1]!;
		const day = +date[2]!;
		return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]! ? { kind: 'date', month, day } : undefined;
	}
	const weekday = /^(1st|2nd|3rd|4th|5th|last) ([a-z]+) of ([a-z]+)$/.exec(value);
	if (weekday) {
		const day = WEEKDAYS.find((d) => d === weekday[2]);
		const month = MONTHS.indexOf(weekday[3] as (typeof MONTHS)[number]) + 1;
		return day && month ? { kind: 'weekday', nth: ORDINALS[weekday[1] as keyof typeof ORDINALS], weekday: day, month } : undefined;
	}
	const easter = /^easter(?:([+-])(\d{1,3}))?$/.exec(value);
	if (easter) return { kind: 'easter', offset: easter[1] === '-' ? -Number(easter[2]) : Number(easter[2] ?? 0) };
	return undefined;
}
