// What the contact page hands to its `<contact-status>` element in `data-contact`: the schedule and
// the few words the element writes. One schema is the contract for both sides: the page validates
// what it writes (a bad value stops the build), the element validates what it reads, since an
// attribute is a boundary like any other. zod/mini, not zod: this module ships in the browser.

import * as z from 'zod/mini';
import { dataAttribute } from '../shared/data-attribute.ts';
import type { Schedule } from './schedule.ts';
import { isTimeZone, MONTHS, parseIsoDate, WEEKDAYS, type HolidayRule, type TimeRange } from '../../schemas/calendar.ts';
import { CHANNEL_IDS, offeredChannels } from '../../schemas/channels.ts';

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

/** The channels a market offers: some of `CHANNEL_IDS`, one at least. */
const offered = <T extends z.ZodMiniType>(value: T) =>
	z.partialRecord(channelId, value).check(z.refine((channels) => offeredChannels(channels).length > 0, 'offers no channel'));

const schedule: z.ZodMiniType<Schedule> = z
	.object({
		timezone: z.string().check(z.refine(isTimeZone, 'not a time zone')),
		channels: offered(
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
	})
	.check(
		z.refine(
			(data) =>
				[...data.special.flatMap((day) => day.channels), ...data.routing.default, ...Object.values(data.routing.topics).flat()].every(
					(id) => data.channels[id] !== undefined,
				),
			'a special day or a routing rule names a channel the schedule does not offer',
		),
	);

const contactPageData = z
	.object({
		schedule,
		channels: offered(
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
	})
	.check(
		z.refine(
			(data) => offeredChannels(data.channels).join() === offeredChannels(data.schedule.channels).join(),
			'the channels with words are not the channels of the schedule',
		),
	);

export type ContactPageData = z.infer<typeof contactPageData>;

const contract = dataAttribute(contactPageData, { attribute: ATTRIBUTE, owner: 'The contact page', purpose: 'show opening status' });

/** The `data-contact` attribute's value; throws, stopping the build, when `data` breaks the contract. */
export const serializeContactPageData = (data: ContactPageData): string => contract.serialize(data);

/** Reads the `data-contact` attribute; throws with the first problem when it is not valid. */
export const parseContactPageData = (json: string | undefined): ContactPageData => contract.parse(json);
