// The one rule for "today", and dates for people. Pure: the clock and the environment come in as
// arguments, so every command and test can say which day it is.
import { parseIsoDate } from '../../schemas/calendar.ts';

/** Where the clock and the environment come from: arguments, so tests can pin both. */
type Clock = { env?: Readonly<Record<string, string | undefined>>; now?: Date };

/**
 * The moment the build (or any command) takes as now, in milliseconds since 1970:
 * `SOURCE_DATE_EPOCH` (whole seconds since 1970, the reproducible-builds convention) when it is
 * set, otherwise this machine's clock.
 */
export function currentInstant({ env = {}, now = new Date() }: Clock = {}): number {
	const epoch = env.SOURCE_DATE_EPOCH;
	if (epoch === undefined || epoch === '') return now.getTime();
	if (!/^\d+$/.test(epoch)) throw new RangeError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}".`);
	return Number(epoch) * 1000;
}

/**
 * Today's date, `YYYY-MM-DD`, for every command and the build: the day of `currentInstant`, in UTC
 * when `SOURCE_DATE_EPOCH` sets it, otherwise on this machine's own calendar, the date a writer
 * would write by hand.
 */
export function today({ env = {}, now = new Date() }: Clock = {}): string {
	const instant = new Date(currentInstant({ env, now }));
	if (env.SOURCE_DATE_EPOCH) return instant.toISOString().slice(0, 10);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** Whether `text` is a real date written `YYYY-MM-DD`, as command-line options take them. */
export function isIsoDate(text: string): boolean {
	return parseIsoDate(text) !== undefined;
}

/** A `YYYY-MM-DD` date for people: `November 20, 2026` (long, en-US), `20 November 2026` (en-GB) or `Nov 20, 2026` (medium). */
export function formatDate(date: Date | string, style: 'long' | 'medium' = 'long', locale = 'en-US'): string {
	const instant = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
	// Calendar days carry no time zone: shown in UTC, they are the day that was written.
	return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(instant);
}
