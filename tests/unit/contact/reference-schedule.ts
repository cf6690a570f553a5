// An independent computation of a support schedule, for the sweep in sweep.test.ts to hold the
// library against. It is written from the support-schedule issue and the schedule semantics notes
// (design/schedule-semantics.md, quoted below by section and bullet) without reading or importing
// src/lib/contact or src/schemas, and it takes other roads on purpose:
// - it parses the support YAML itself, strictly: a shape it does not know throws, so a typo in a
//   fixture cannot quietly test nothing;
// - it finds holidays by brute force, testing every day of every year against every rule, and
//   computes Easter from the epact (Knuth's method) rather than the usual Gregorian formula;
// - it learns a time zone's clock changes once, by scanning `longOffset` readings hour by hour and
//   bisecting each change to the millisecond, then turns a wall-clock time into an instant from
//   that table alone;
// - it lays out every day's openings of a span of years as instants, merges them, and answers
//   every question by binary search in that list.

import { parse } from 'yaml';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Index = `Date#getUTCDay()`. */
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = [
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
];
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th'];

/**
 * One range of a day's hours, in minutes after that day's midnight. An overnight range keeps
 * counting past 1440 (`22:00-02:00` is 1320–1560), so it ends on the next calendar day.
 */
export interface MinuteRange {
	start: number;
	end: number;
}

type Observed = 'none' | 'nearest-weekday' | 'next-weekday';

type Recurrence =
	| { kind: 'month-day'; month: number; day: number }
	| { kind: 'nth-weekday'; nth: number | 'last'; weekday: number; month: number }
	| { kind: 'easter'; offset: number };

/** One entry of `special:`, dated (`date`) or recurring (`every`). Days are UTC day numbers. */
export interface SpecialEntry {
	position: number;
	name: string;
	channels: string[];
	hours: MinuteRange[];
	date: number | undefined;
	every: Recurrence | undefined;
	observed: Observed;
}

export interface ReferenceSupport {
	timezone: string;
	/** Per channel, seven lists of ranges indexed like `Date#getUTCDay()`. */
	weekly: Map<string, MinuteRange[][]>;
	special: SpecialEntry[];
	routing: { default: string[]; topics: Map<string, string[]> };
}

export type ReferenceStatus = { open: true; closesAt: number | null } | { open: false; opensAt: number | null };

// ----- Calendar days ---------------------------------------------------------------------------

/** Days since 1970-01-01 of a calendar date; month is 1–12. */
export function dayNumber(year: number, month: number, day: number): number {
	return Date.UTC(year, month - 1, day) / DAY;
}

export function isoDay(day: number): string {
	return new Date(day * DAY).toISOString().slice(0, 10);
}

function mod(value: number, divisor: number): number {
	return ((value % divisor) + divisor) % divisor;
}

/**
 * Western Easter Sunday of a year, as a day number, by the epact: golden number, the century's
 * solar and lunar corrections, the paschal full moon, then the Sunday after it (Knuth, The Art of
 * Computer Programming, 1.3.2 exercise 14).
 */
export function westernEaster(year: number): number {
	const golden = mod(year, 19) + 1;
	const century = Math.floor(year / 100) + 1;
	const droppedLeapDays = Math.floor((3 * century) / 4) - 12;
	const moonCorrection = Math.floor((8 * century + 5) / 25) - 5;
	// March ((−sundayKey) mod 7) is a Sunday.
	const sundayKey = Math.floor((5 * year) / 4) - droppedLeapDays - 10;
	let epact = mod(11 * golden + 20 + moonCorrection - droppedLeapDays, 30);
	if ((epact === 25 && golden > 11) || epact === 24) epact += 1;
	let fullMoon = 44 - epact;
	if (fullMoon < 21) fullMoon += 30;
	const marchDay = fullMoon + 7 - mod(sundayKey + fullMoon, 7);
	return dayNumber(year, 3, 1) + marchDay - 1;
}

/** Does a recurring rule fall on this day (before any `observed` move)? Tested day by day. */
function fallsOn(rule: Recurrence, day: number): boolean {
	const date = new Date(day * DAY);
	switch (rule.kind) {
		case 'month-day':
			// A 02-29 rule simply never matches in a year without that day.
			return date.getUTCMonth() + 1 === rule.month && date.getUTCDate() === rule.day;
		case 'nth-weekday': {
			if (date.getUTCMonth() + 1 !== rule.month || date.getUTCDay() !== rule.weekday) return false;
			if (rule.nth === 'last') return new Date((day + 7) * DAY).getUTCMonth() !== date.getUTCMonth();
			// The 1st is on days 1–7, the 2nd on 8–14…; a month without a 5th never matches.
			return Math.ceil(date.getUTCDate() / 7) === rule.nth;
		}
		case 'easter': {
			const base = day - rule.offset;
			return westernEaster(new Date(base * DAY).getUTCFullYear()) === base;
		}
	}
}

function isWeekend(day: number): boolean {
	const weekday = new Date(day * DAY).getUTCDay();
	return weekday === 0 || weekday === 6;
}

/**
 * The special entry in force for one channel on each day of [firstDay, lastDay] (semantics,
 * "Special days"). Recurring rules are expanded with a year's margin either side, so a holiday
 * observed across New Year (1 January on a Saturday → 31 December) is found.
 */
export function specialDays(support: ReferenceSupport, channel: string, firstDay: number, lastDay: number): Map<number, SpecialEntry> {
	const entries = support.special.filter((entry) => entry.channels.includes(channel));
	const firstYear = new Date(firstDay * DAY).getUTCFullYear() - 1;
	const lastYear = new Date(lastDay * DAY).getUTCFullYear() + 1;

	interface Occurrence {
		entry: SpecialEntry;
		natural: number;
		observed: number | undefined;
	}
	const occurrences: Occurrence[] = [];
	for (let day = dayNumber(firstYear, 1, 1); day < dayNumber(lastYear + 1, 1, 1); day++) {
		for (const entry of entries) {
			if (entry.every && fallsOn(entry.every, day)) occurrences.push({ entry, natural: day, observed: undefined });
		}
	}

	// "`observed:` acts on `MM-DD` rules only". A day that does not move is settled now; the
	// next-weekday moves wait until every stationary holiday is known.
	const moves = (occurrence: Occurrence) =>
		occurrence.entry.every?.kind === 'month-day' && occurrence.entry.observed !== 'none' && isWeekend(occurrence.natural);
	for (const occurrence of occurrences) if (!moves(occurrence)) occurrence.observed = occurrence.natural;
	// "Taken": a day on which another recurring holiday of the channel stays without moving…
	const stationary = new Set(occurrences.filter((occurrence) => !moves(occurrence)).map((occurrence) => occurrence.natural));
	// …or a day already given to an earlier entry's substitute: entries in list order.
	const given = new Set<number>();
	const byPosition = [...occurrences].sort((a, b) => a.entry.position - b.entry.position || a.natural - b.natural);
	for (const occurrence of byPosition) {
		if (!moves(occurrence)) continue;
		const weekday = new Date(occurrence.natural * DAY).getUTCDay();
		let substitute: number;
		if (occurrence.entry.observed === 'nearest-weekday') {
			// "Saturday → the Friday before, Sunday → the Monday after."
			substitute = occurrence.natural + (weekday === 6 ? -1 : 1);
		} else {
			// "Saturday or Sunday → the next Monday–Friday not taken."
			substitute = occurrence.natural + 1;
			while (isWeekend(substitute) || stationary.has(substitute) || given.has(substitute)) substitute += 1;
		}
		occurrence.observed = substitute;
		given.add(substitute);
	}

	const result = new Map<number, SpecialEntry>();
	// "Among recurring entries on one day and channel the first in the list wins."
	for (const occurrence of byPosition) {
		const day = occurrence.observed!;
		if (day >= firstDay && day <= lastDay && !result.has(day)) result.set(day, occurrence.entry);
	}
	// "A dated entry for a channel and day overrides any recurring entry on that day"; among dated
	// ones the first wins. "Dated entries take no part in that resolution": they are laid on top.
	const datedWinners = new Map<number, SpecialEntry>();
	for (const entry of entries) {
		if (entry.date !== undefined && !datedWinners.has(entry.date)) datedWinners.set(entry.date, entry);
	}
	for (const [day, entry] of datedWinners) if (day >= firstDay && day <= lastDay) result.set(day, entry);
	return result;
}

// ----- Time zones ------------------------------------------------------------------------------

/** `GMT`, `GMT+05:45`, `GMT-03:00` → milliseconds east of UTC. */
function parseLongOffset(text: string): number {
	if (text === 'GMT' || text === 'UTC') return 0;
	const match = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?$/.exec(text);
	if (!match) throw new Error(`Unreadable time zone offset "${text}"`);
	const size = +match[2]! * HOUR + +(match[3] ?? 0) * MINUTE + +(match[4] ?? 0) * 1000;
	return match[1] === '-' ? -size : size;
}

/**
 * A zone's offsets over a span of time, as a table of constant stretches. Built by reading the
 * offset every hour and bisecting each change to the millisecond (no zone changes twice in an
 * hour), it then answers both directions without asking Intl again.
 */
export class ZoneTable {
	/** `from` is the first instant of each stretch; the first stretch reaches back forever. */
	readonly stretches: { from: number; offset: number }[];

	constructor(timeZone: string, fromInstant: number, toInstant: number) {
		const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
		const offsetAt = (instant: number) =>
			parseLongOffset(format.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value);
		let current = offsetAt(fromInstant);
		this.stretches = [{ from: -Infinity, offset: current }];
		for (let probe = fromInstant + HOUR; probe < toInstant + HOUR; probe += HOUR) {
			const offset = offsetAt(probe);
			if (offset === current) continue;
			let before = probe - HOUR;
			let after = probe;
			while (after - before > 1) {
				const middle = Math.floor((before + after) / 2);
				if (offsetAt(middle) === current) before = middle;
				else after = middle;
			}
			this.stretches.push({ from: after, offset });
			current = offset;
		}
	}

	offsetAt(instant: number): number {
		let offset = this.stretches[0]!.offset;
		for (const stretch of this.stretches) {
			if (stretch.from > instant) break;
			offset = stretch.offset;
		}
		return offset;
	}

	/** The local calendar day (a day number) at an instant. */
	localDay(instant: number): number {
		return Math.floor((instant + this.offsetAt(instant)) / DAY);
	}

	/**
	 * The instant a wall-clock time names, the wall clock written as milliseconds since 1970 as if
	 * it were UTC (semantics, "Time"). Each stretch shows the wall times [from + offset,
	 * next.from + offset); the first stretch that shows the time gives its first occurrence (a
	 * repeated time). A time no stretch shows was skipped: it is read with the offset of the
	 * stretch before the jump, so 02:30 becomes 03:30.
	 */
	wallToInstant(wall: number): number {
		for (let index = 0; index < this.stretches.length; index++) {
			const { from, offset } = this.stretches[index]!;
			if (wall < from + offset) return wall - this.stretches[index - 1]!.offset;
			const next = this.stretches[index + 1];
			if (next === undefined || wall < next.from + offset) return wall - offset;
		}
		throw new Error('unreachable: the last stretch has no end');
	}
}

const zoneTables = new Map<string, ZoneTable>();

/** One table per zone and span: every sweep of a fixture reuses it. */
function zoneTable(timeZone: string, fromInstant: number, toInstant: number): ZoneTable {
	const key = `${timeZone} ${fromInstant} ${toInstant}`;
	let table = zoneTables.get(key);
	if (!table) zoneTables.set(key, (table = new ZoneTable(timeZone, fromInstant, toInstant)));
	return table;
}

// ----- Parsing the support file ----------------------------------------------------------------

const SPECIAL_KEYS = ['date', 'every', 'name', 'channels', 'hours', 'observed'];

const RANGE = /^(\d{2}):(\d{2})\s*-\s*(\d{2}):(\d{2})$/;

/**
 * `closed`, `always` or `HH:MM-HH:MM, …`, keywords in any case (semantics, "Ranges"). An end
 * earlier than the start runs into the next day (`22:00-02:00`; `22:00-00:00` is `22:00-24:00`);
 * `24:00` only as an end; `end == start` is invalid.
 */
export function parseHours(value: unknown, where: string): MinuteRange[] {
	if (typeof value !== 'string') throw new Error(`${where}: hours must be text, got ${JSON.stringify(value)}`);
	const text = value.trim().toLowerCase();
	if (text === 'closed') return [];
	if (text === 'always') return [{ start: 0, end: 1440 }];
	return text.split(',').map((part) => {
		const match = RANGE.exec(part.trim());
		if (!match) throw new Error(`${where}: "${part.trim()}" is not a range`);
		const [startHour, startMinute, endHour, endMinute] = match.slice(1).map(Number) as [number, number, number, number];
		const start = startHour * 60 + startMinute;
		const end = endHour * 60 + endMinute;
		if (startMinute > 59 || endMinute > 59 || start >= 1440 || end > 1440) throw new Error(`${where}: "${part.trim()}" is not a time`);
		if (end === start) throw new Error(`${where}: "${part.trim()}" ends when it starts`);
		return { start, end: end > start ? end : end + 1440 };
	});
}

/** `MM-DD`, `Nth WEEKDAY of MONTH`, `easter`, `easter+N`, `easter-N`, in any case. */
export function parseRecurrence(value: unknown, where: string): Recurrence {
	const text = String(value).trim().toLowerCase().replace(/\s+/g, ' ');
	const monthDay = /^(\d{2})-(\d{2})$/.exec(text);
	if (monthDay) {
		const month = +monthDay[1]!;
		const day = +monthDay[2]!;
		// 2000 is a leap year: this accepts 02-29 and refuses 02-30 or 04-31.
		if (month < 1 || month > 12 || day < 1 || new Date(Date.UTC(2000, month - 1, day)).getUTCMonth() !== month - 1) {
			throw new Error(`${where}: "${text}" is not a day of the year`);
		}
		return { kind: 'month-day', month, day };
	}
	const easter = /^easter(?: ?([+-]) ?(\d+))?$/.exec(text);
	if (easter) return { kind: 'easter', offset: easter[1] === '-' ? -Number(easter[2]) : Number(easter[2] ?? 0) };
	const words = text.split(' ');
	if (words.length === 4 && words[2] === 'of') {
		const nth = words[0] === 'last' ? 'last' : ORDINALS.indexOf(words[0]!) + 1;
		const weekday = WEEKDAY_NAMES.indexOf(words[1]!);
		const month = MONTH_NAMES.indexOf(words[3]!) + 1;
		if (nth !== 0 && weekday >= 0 && month > 0) return { kind: 'nth-weekday', nth, weekday, month };
	}
	throw new Error(`${where}: "${text}" is not a recurring day`);
}

function parseDate(value: unknown, where: string): number {
	if (value instanceof Date) return value.getTime() / DAY;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
	if (!match) throw new Error(`${where}: "${String(value)}" is not a date`);
	return dayNumber(+match[1]!, +match[2]!, +match[3]!);
}

function record(value: unknown, where: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: expected a mapping`);
	return value as Record<string, unknown>;
}

function channelList(value: unknown, where: string): string[] {
	if (!Array.isArray(value) || value.length === 0) throw new Error(`${where}: expected a list of channels`);
	return value.map(String);
}

/** The parts of a support file that decide when a channel is open and which one is recommended. */
export function parseSupport(yamlText: string): ReferenceSupport {
	const root = record(parse(yamlText), 'support file');
	const weekly = new Map<string, MinuteRange[][]>();
	for (const [channel, raw] of Object.entries(record(root['channels'], 'channels'))) {
		const hours = record(raw, channel)['hours'];
		if (typeof hours === 'string') {
			// `always` (24/7) or `closed` (the channel paused: "every weekday closed").
			const day = parseHours(hours, `${channel}.hours`);
			weekly.set(
				channel,
				WEEKDAY_NAMES.map(() => day),
			);
			continue;
		}
		const days = new Map(Object.entries(record(hours, `${channel}.hours`)).map(([key, text]) => [key.toLowerCase(), text]));
		if (days.size !== 7 || !WEEKDAY_NAMES.every((name) => days.has(name))) throw new Error(`${channel}.hours: list the seven weekdays`);
		weekly.set(
			channel,
			WEEKDAY_NAMES.map((name) => parseHours(days.get(name), `${channel}.hours.${name}`)),
		);
	}

	const list = root['special'] ?? [];
	if (!Array.isArray(list)) throw new Error('special: expected a list');
	const special = list.map((raw, position): SpecialEntry => {
		const entry = record(raw, `special[${position}]`);
		const where = `special[${position}] (${String(entry['name'])})`;
		// Stricter than the semantics ("unknown keys … are not errors"), to catch a fixture whose
		// `hours: 09:00-12:00, 13:00-17:00` in a `{ … }` entry YAML split into a stray key.
		const unknown = Object.keys(entry).filter((key) => !SPECIAL_KEYS.includes(key));
		if (unknown.length > 0) throw new Error(`${where}: unknown keys ${unknown.join(', ')}`);
		const dated = entry['date'] !== undefined;
		if (dated === (entry['every'] !== undefined)) throw new Error(`${where}: give either date or every`);
		const observed = String(entry['observed'] ?? 'none').toLowerCase();
		if (observed !== 'none' && observed !== 'nearest-weekday' && observed !== 'next-weekday')
			throw new Error(`${where}: observed "${observed}"`);
		const channels = channelList(entry['channels'], where);
		for (const channel of channels) if (!weekly.has(channel)) throw new Error(`${where}: unknown channel ${channel}`);
		return {
			position,
			name: String(entry['name']),
			channels,
			hours: parseHours(entry['hours'], where),
			date: dated ? parseDate(entry['date'], where) : undefined,
			every: dated ? undefined : parseRecurrence(entry['every'], where),
			observed,
		};
	});

	const routing = record(root['routing'], 'routing');
	const topics = new Map(
		Object.entries(record(routing['topics'] ?? {}, 'routing.topics')).map(([topic, order]) => [topic, channelList(order, topic)]),
	);
	return {
		timezone: String(root['timezone']),
		weekly,
		special,
		routing: { default: channelList(routing['default'], 'routing.default'), topics },
	};
}

// ----- Openings as instants --------------------------------------------------------------------

/** Index of the last value ≤ `instant` in a sorted list, or −1. */
function lastAtOrBefore(sorted: readonly number[], instant: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]! <= instant) low = middle + 1;
		else high = middle;
	}
	return low - 1;
}

/**
 * Every opening of every channel over whole calendar years [firstYear, lastYear], as merged
 * half-open intervals of real time. Its answers are exact from the second day of `firstYear`
 * (the first day misses the previous evening's overnight ranges) to the end of `lastYear`; an
 * opening or closing past that end reads `null`, like the library's "not within the look-ahead".
 */
export class ReferenceSchedule {
	readonly support: ReferenceSupport;
	readonly zone: ZoneTable;
	/** The first instant the answers are not known for: local midnight after `lastYear`. */
	readonly knownUntil: number;
	private readonly starts = new Map<string, number[]>();
	private readonly ends = new Map<string, number[]>();
	private readonly specials = new Map<string, Map<number, SpecialEntry>>();

	constructor(support: ReferenceSupport, firstYear: number, lastYear: number) {
		this.support = support;
		const firstDay = dayNumber(firstYear, 1, 1);
		const lastDay = dayNumber(lastYear, 12, 31);
		// Offsets never exceed ±14 h; two days of margin cover every wall time of the span.
		this.zone = zoneTable(support.timezone, (firstDay - 2) * DAY, (lastDay + 3) * DAY);
		this.knownUntil = this.zone.wallToInstant((lastDay + 1) * DAY);

		for (const [channel, week] of support.weekly) {
			const days = specialDays(support, channel, firstDay, lastDay);
			this.specials.set(channel, days);
			// "Every opening range of every calendar day is a half-open interval of real time
			// [instant(day, start), instant(day, end))"; a special day replaces that day's own
			// ranges, and an overnight range belongs to the day it starts on.
			const raw: [number, number][] = [];
			for (let day = firstDay; day <= lastDay; day++) {
				const ranges = days.get(day)?.hours ?? week[new Date(day * DAY).getUTCDay()]!;
				for (const range of ranges) {
					const start = this.zone.wallToInstant(day * DAY + range.start * MINUTE);
					const end = this.zone.wallToInstant(day * DAY + range.end * MINUTE);
					// "An interval whose start is not before its end … does not exist."
					if (start < end) raw.push([start, end]);
				}
			}
			raw.sort((a, b) => a[0] - b[0]);
			// "Intervals that touch or overlap in real time are one opening."
			const starts: number[] = [];
			const ends: number[] = [];
			for (const [start, end] of raw) {
				if (ends.length > 0 && start <= ends[ends.length - 1]!) ends[ends.length - 1] = Math.max(ends[ends.length - 1]!, end);
				else {
					starts.push(start);
					ends.push(end);
				}
			}
			this.starts.set(channel, starts);
			this.ends.set(channel, ends);
		}
	}

	private known(instant: number | undefined): number | null {
		return instant === undefined || instant >= this.knownUntil ? null : instant;
	}

	/** "Closes at" is the end of the merged interval containing now; "opens at" the start of the next. */
	status(channel: string, instant: number): ReferenceStatus {
		const starts = this.starts.get(channel)!;
		const ends = this.ends.get(channel)!;
		const index = lastAtOrBefore(starts, instant);
		if (index >= 0 && instant < ends[index]!) return { open: true, closesAt: this.known(ends[index]) };
		return { open: false, opensAt: this.known(starts[index + 1]) };
	}

	/** The special entry for the channel on the local calendar day of the instant, if any. */
	specialDay(channel: string, instant: number): SpecialEntry | undefined {
		return this.specials.get(channel)!.get(this.zone.localDay(instant));
	}

	/** Every opening and closing instant of a channel in [from, to). */
	edges(channel: string, from: number, to: number): number[] {
		const starts = this.starts.get(channel)!;
		const ends = this.ends.get(channel)!;
		return [...starts, ...ends].filter((instant) => instant >= from && instant < to).sort((a, b) => a - b);
	}

	/**
	 * The channel recommended for a topic (semantics, "Ranges", and the README's routing rules):
	 * the first open channel of the topic's order (the default order for no topic or an unknown
	 * one); else the one that opens first, the earlier in the order on a tie; a channel with no
	 * opening within `lookAhead` loses to any that opens; when none opens, the first of the order.
	 */
	recommend(topic: string | undefined, instant: number, lookAhead: number): string {
		const order = (topic === undefined ? undefined : this.support.routing.topics.get(topic)) ?? this.support.routing.default;
		const open = order.find((channel) => this.status(channel, instant).open);
		if (open !== undefined) return open;
		let best = order[0]!;
		let bestOpening = Infinity;
		for (const channel of order) {
			const status = this.status(channel, instant);
			const opensAt = !status.open && status.opensAt !== null && status.opensAt - instant <= lookAhead ? status.opensAt : Infinity;
			if (opensAt < bestOpening) {
				best = channel;
				bestOpening = opensAt;
			}
		}
		return best;
	}
}

/** The resolved special days of one channel in one calendar year, for tests against known calendars. */
export function observedHolidays(support: ReferenceSupport, channel: string, year: number): { date: string; name: string }[] {
	const days = specialDays(support, channel, dayNumber(year, 1, 1), dayNumber(year, 12, 31));
	return [...days.entries()].sort((a, b) => a[0] - b[0]).map(([day, entry]) => ({ date: isoDay(day), name: entry.name }));
}
