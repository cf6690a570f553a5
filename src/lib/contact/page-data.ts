// What the contact page hands to its `<contact-status>` element in `data-contact`: the schedule and
// the few words the element writes. One schema is the contract for both sides: the page validates
// what it writes (a bad value stops the build), the element validates what it reads, since an
// attribute is a boundary like any other. zod/mini, not zod: this module ships in the browser.

import * as z from 'zod/mini';
import type { Schedule } from './schedule.ts';
import { isTimeZone, MONTHS, parseIsoDate, WEEKDAYS, type HolidayRule, type TimeRange } from '../../schemas/calendar.ts';
import { CHANNEL_IDS } from '../../schemas/channels.ts';

/** The attribute the page writes the data into, named in every error. */
const ATTRIBUTE = 'data-contact';

const channelId = z.enum(CHANNEL_IDS);

/** Minutes after the day's midnight; an overnight range ends on the next day, so before 2880. */
const timeRange: z.ZodMiniType<TimeRange> = z
	.object({
		start: z.int().check(z.gte(0, 'before midnight'), z.lt(1440, 'not on this day')),
		end: z.int().check(z.lte(2880, 'past the next midnight (2880)')),
	})
	.check(z.refine((range) => range.start < range.end, 'a range must start before it ends'));

const month = z.int().check(z.gte(1, 'not a month'), z.lte(MONTHS.length, 'not a month'));

const holidayRule: z.ZodMiniType<HolidayRule> = z.union([
	z.object({ kind: z.literal('date'), month, day: z.int().check(z.gte(1, 'not a day'), z.lte(31, 'not a day')) }),
	z.object({
		kind: z.literal('weekday'),
		nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)]),
		weekday: z.enum(WEEKDAYS),
		month,
	}),
	z.object({ kind: z.literal('easter'), offset: z.int() }),
]);

/** Channels in order of preference: the first open one is recommended, so there is one at least. */
const preference = z.array(channelId).check(z.minLength(1, 'needs one channel at least'));

const schedule: z.ZodMiniType<Schedule> = z.object({
	timezone: z.string().check(z.refine(isTimeZone, 'not a time zone')),
	channels: z.record(
		channelId,
		z.object({
			hours: z.union([z.literal('always'), z.record(z.enum(WEEKDAYS), z.array(timeRange))], {
				error: '"always", or the ranges of every weekday',
			}),
		}),
	),
	special: z.array(
		z.object({
			date: z.optional(z.string().check(z.refine((date) => parseIsoDate(date) !== undefined, 'not a YYYY-MM-DD date'))),
			every: z.optional(holidayRule),
			observed: z.optional(z.enum(['none', 'nearest-weekday', 'next-weekday'])),
			name: z.string(),
			channels: z.array(channelId),
			hours: z.array(timeRange),
		}),
	),
	routing: z.object({ default: preference, topics: z.record(z.string(), preference) }),
});

const contactPageData = z.object({
	schedule,
	channels: z.record(
		channelId,
		z.object({
			label: z.string(),
			/** Weekly hours are `always`. */
			alwaysOpen: z.boolean(),
			/** Where the recommendation's button goes: never a `javascript:` or other scheme. */
			href: z.string().check(z.regex(/^(tel:|mailto:|https:\/\/)/, 'not a tel:, mailto: or https:// link')),
			/** The button's text, for example "Call (212) 555-0147". */
			action: z.string(),
		}),
	),
	/** Routing topics the visitor can pick, with their category titles. */
	topics: z.record(z.string(), z.string()),
});

export type ContactPageData = z.infer<typeof contactPageData>;

/** `schedule.special[0].hours: `: the field as it is written in the data, or nothing for the whole. */
function fieldOf(path: readonly PropertyKey[]): string {
	const field = path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('');
	return field && `${field}: `;
}

/**
 * zod/mini loads no English messages unless asked (that would put them in the browser bundle):
 * the checks above carry their own, and a wrong type or value says what was expected.
 */
function problemOf(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
	if (issue.code === 'invalid_value') return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
	return issue.message;
}

function check(data: unknown, verdict: 'is not' | 'would not be'): ContactPageData {
	const result = contactPageData.safeParse(data);
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	throw new Error(`The contact page's ${ATTRIBUTE} attribute ${verdict} valid: ${fieldOf(issue.path)}${problemOf(issue)}.`);
}

/** The `data-contact` attribute's value; throws, stopping the build, when `data` breaks the contract. */
export function serializeContactPageData(data: ContactPageData): string {
	return JSON.stringify(check(data, 'would not be'));
}

/** Reads the `data-contact` attribute; throws with the first problem when it is not valid. */
export function parseContactPageData(json: string | undefined): ContactPageData {
	let data: unknown;
	try {
		data = JSON.parse(json ?? '');
	} catch {
		throw new Error(`The contact page has no readable ${ATTRIBUTE} attribute, so it cannot show opening status.`);
	}
	return check(data, 'is not');
}
