import type { WeeklyHours } from './schedule.ts';
import type { SpecialListing } from './holidays.ts';
import type { PerOfferedChannel } from '../../schemas/channels.ts';
import { WEEKDAYS, type TimeRange, type Weekday } from '../../schemas/calendar.ts';
import type { Translator } from '../i18n/messages.ts';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A weekday's name in the locale's language, from Intl: `monday` → "Monday" (de-DE: "Montag"). */
export function dayName(day: Weekday, locale = 'en-US'): string {
	let format = dayFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
		dayFormats.set(locale, format);
	}
	// 2024-01-01 was a Monday.
	return format.format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
}

/**
 * How a locale writes a time of day: "9:00 AM" where the clock has 12 hours (en-US), "09:00" where
 * it has 24 (en-GB, de-DE), as timetables there are written.
 */
export function clockOptions(locale: string): Intl.DateTimeFormatOptions {
	let options = clocks.get(locale);
	if (!options) {
		const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
		options = { hour: cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric', minute: '2-digit' };
		clocks.set(locale, options);
	}
	return options;
}
const clocks = new Map<string, Intl.DateTimeFormatOptions>();

/** 540 → "9:00 AM" (en-GB: "09:00"), 1440 → "midnight". Minutes after midnight, no time zone involved. */
export function formatMinutes(minutes: number, t: Translator): string {
	const locale = t.locale;
	if (minutes === 0 || minutes === 1440) return t('hours.midnight');
	const date = new Date(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60));
	// Some ICU versions put a narrow no-break space before AM/PM: keep one spelling everywhere.
	return new Intl.DateTimeFormat(locale, { ...clockOptions(locale), timeZone: 'UTC' }).format(date).replace(/[\u202f\u00a0]/g, ' ');
}

/** A day's hours: "9:00 AM–6:00 PM", "Closed", "Open 24 hours". */
export function formatRanges(ranges: readonly TimeRange[], t: Translator): string {
	if (!ranges.length) return t('hours.closed');
	if (ranges.length === 1 && ranges[0]!.start === 0 && ranges[0]!.end === 1440) return t('hours.open24');
	// An overnight range ends the next day: `22:00-02:00` reads 10:00 PM–2:00 AM.
	return ranges.map((r) => `${formatMinutes(r.start, t)}–${formatMinutes(r.end > 1440 ? r.end - 1440 : r.end, t)}`).join(', ');
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** A zone's generic name, right in summer and winter alike; the zone id when `Intl` has no name. */
function zoneName(timeZone: string, style: 'short' | 'shortGeneric' | 'longGeneric', at: Date | number, locale: string): string {
	const key = `${locale} ${style} ${timeZone}`;
	let formatter = zoneFormatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style });
		zoneFormatters.set(key, formatter);
	}
	return formatter.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * When a zone's name is asked without a moment: a recent one. ICU names a zone by the rules in force
 * at that moment, and in 1970 Germany had no summer time, so Berlin was "Central European Standard
 * Time" then, not "Central European Time" as it is today.
 */
const RECENT = Date.UTC(2026, 0, 1);

/** "Eastern Time" for America/New_York, "Japan Standard Time" for Asia/Tokyo. */
export function zoneLongName(timeZone: string, at: Date | number = RECENT, locale = 'en-US'): string {
	return zoneName(timeZone, 'longGeneric', at, locale);
}

/**
 * "ET" for America/New_York. Where the locale has no generic abbreviation (en-GB writes Europe/London
 * "United Kingdom Time" either way), the one in force at `at`: "GMT" in winter, "BST" in summer.
 */
export function zoneAbbreviation(timeZone: string, at: Date | number = 0, locale = 'en-US'): string {
	const generic = zoneName(timeZone, 'shortGeneric', at, locale);
	const specific = zoneName(timeZone, 'short', at, locale);
	const abbreviation = /^[A-Z]{2,5}$/.test(specific);
	// German writes Berlin's zone "MEZ" generically, which is also winter's own name: in summer a
	// German reader expects "MESZ", so where the generic is one season's name, the season's is used.
	const winter = zoneName(timeZone, 'short', Date.UTC(new Date(at).getUTCFullYear(), 0, 15), locale);
	const summer = zoneName(timeZone, 'short', Date.UTC(new Date(at).getUTCFullYear(), 6, 15), locale);
	if (abbreviation && winter !== summer && (generic === winter || generic === summer)) return specific;
	if (generic !== zoneName(timeZone, 'longGeneric', at, locale)) return generic;
	return abbreviation ? specific : generic;
}

/** The abbreviations a zone uses through `year`: "ET" for America/New_York, "GMT/BST" for Europe/London in en-GB. */
export function zoneAbbreviations(timeZone: string, year: number, locale = 'en-US'): string {
	const seasons = [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].map((at) => zoneAbbreviation(timeZone, at, locale));
	return [...new Set(seasons)].join('/');
}

/** Runs of consecutive days with the same hours, for a compact weekly table. */
export function groupDays(hours: Record<Weekday, TimeRange[]>): { days: Weekday[]; ranges: TimeRange[] }[] {
	const groups: { days: Weekday[]; ranges: TimeRange[] }[] = [];
	const key = (ranges: TimeRange[]) => JSON.stringify(ranges);
	for (const day of WEEKDAYS) {
		const last = groups.at(-1);
		if (last && key(last.ranges) === key(hours[day])) last.days.push(day);
		else groups.push({ days: [day], ranges: hours[day] });
	}
	return groups;
}

/** "Monday", "Saturday and Sunday", "Monday to Friday". */
export function dayRangeLabel(days: readonly Weekday[], t: Translator): string {
	const first = dayName(days[0]!, t.locale);
	if (days.length === 1) return first;
	const last = dayName(days.at(-1)!, t.locale);
	return t(days.length === 2 ? 'hours.days.pair' : 'hours.days.range', { first, last });
}

/**
 * One sentence for the weekly hours of a channel, as articles show it:
 * "24 hours a day, 7 days a week" or "Monday to Friday, 9:00 AM–6:00 PM Eastern Time".
 * Closed days are left out; they are implied. `hasSpecialDays` adds ", except holidays".
 */
export function describeHours(hours: WeeklyHours, timeZone: string, t: Translator, hasSpecialDays = false): string {
	const except = hasSpecialDays ? t('hours.exceptHolidays') : '';
	if (hours === 'always') return t('hours.describe.always', { except });
	const open = groupDays(hours).filter((g) => g.ranges.length);
	if (!open.length) return t('hours.describe.never');
	const groups = open.map((g) => t('hours.week', { days: dayRangeLabel(g.days, t), times: formatRanges(g.ranges, t) })).join('; ');
	return t('hours.describe.pattern', { groups, zoneName: zoneLongName(timeZone, RECENT, t.locale), except });
}

const specialDateFormats = new Map<string, Intl.DateTimeFormat>();

/** `2026-12-24` → "Thu, Dec 24, 2026" (en-GB: "Thu 24 Dec 2026"): a calendar day, so formatted in UTC whatever the reader's zone. */
export function formatSpecialDate(iso: string, locale = 'en-US'): string {
	let format = specialDateFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
		specialDateFormats.set(locale, format);
	}
	return format.format(new Date(`${iso}T00:00:00Z`));
}

/** The hours of a special day for each channel it changes: "Chat: Closed; Phone: 9:00 AM–1:00 PM". */
export function describeSpecialHours(listing: SpecialListing, labels: PerOfferedChannel<{ label: string }>, t: Translator): string {
	return listing.channels
		.map(({ channel, entry }) => {
			const named = labels[channel];
			if (!named) throw new Error(`The special day ${listing.name} names the channel \`${channel}\`, which is not offered.`);
			return `${named.label}: ${formatRanges(entry.hours, t)}`;
		})
		.join('; ');
}
