// The one rule for "today", and dates for people. Pure: the clock and the environment come in as
// arguments, so every command and test can say which day it is.
import { parseIsoDate } from '../../schemas/calendar.ts';

/**
 * Today's date, `YYYY-MM-DD`, for every command and the build: `SOURCE_DATE_EPOCH` (whole seconds
 * since 1970, the reproducible-builds convention) when it is set, otherwise the date on this
 * machine's own calendar, the date a writer would write by hand.
 */
export function today({ env = {}, now = new Date() }: { env?: Readonly<Record<string, string | undefined>>; now?: Date } = {}): string {
	const epoch = env.SOURCE_DATE_EPOCH;
	if (epoch !== undefined && epoch !== '') {
		if (!/^\d+$/.test(epoch)) throw new RangeError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}".`);
		return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
	}
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether `text` is a real date written `YYYY-MM-DD`, as command-line options take them. */
export function isIsoDate(text: string): boolean {
	return parseIsoDate(text) !== undefined;
}

/** A `YYYY-MM-DD` date for people: `November 20, 2026` (long) or `Nov 20, 2026` (medium). */
export function formatDate(date: Date | string, style: 'long' | 'medium' = 'long'): string {
	const instant = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
	// Calendar days carry no time zone: shown in UTC, they are the day that was written.
	return new Intl.DateTimeFormat('en-US', { dateStyle: style, timeZone: 'UTC' }).format(instant);
}
