import { z } from 'zod';
import { categoryField, isoDate, listOr, strictObject } from './shared.ts';
import { isTimeZone, parseHolidayRule, toIsoDate, WEEKDAYS, type HolidayRule, type TimeRange, type Weekday } from './calendar.ts';
import { CHANNEL_IDS, offeredChannels, type ChannelId } from './channels.ts';
import { createNoticeSchema } from './notices.ts';

const RANGE = /^([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-4]):([0-5]\d)$/;
const HOURS_HELP =
	'Write hours as `closed` or as ranges like `09:00-18:00` (several: `09:00-12:00, 13:00-17:00`; overnight: `22:00-02:00`).';

/** `hours:` keywords are read in any case: `Closed`, `ALWAYS`. */
const keyword = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/**
 * `closed`, `09:00-18:00`, `09:00-12:00, 13:00-17:00` or an overnight `22:00-02:00` → sorted,
 * non-overlapping ranges. A range whose end is earlier than its start runs into the next calendar
 * day: its `end` is then past 1440 (`22:00-02:00` → 1320–1560), and it still belongs to the day it
 * starts on. `22:00-00:00` is `22:00-24:00`; a range that ends when it starts is a mistake.
 */
export const dayHours = z.string({ error: HOURS_HELP }).transform((text, ctx): TimeRange[] => {
	const value = text.trim().toLowerCase();
	if (value === 'closed') return [];
	const ranges: TimeRange[] = [];
	for (const part of value.split(',')) {
		const match = RANGE.exec(part.trim());
		if (!match) {
			ctx.addIssue({ code: 'custom', message: `"${part.trim()}" is not a time range. ${HOURS_HELP}`, continue: true });
			return z.NEVER;
		}
		const start = +match[1]! * 60 + +match[2]!;
		let end = +match[3]! * 60 + +match[4]!;
		if (end > 1440 || end === start) {
			ctx.addIssue({
				code: 'custom',
				message: `"${part.trim()}" must end at a different time than it starts (24:00 is midnight; an overnight range such as 22:00-02:00 ends the next day).`,
				continue: true,
			});
			return z.NEVER;
		}
		if (end < start) end += 1440;
		ranges.push({ start, end });
	}
	ranges.sort((a, b) => a.start - b.start);
	for (let i = 1; i < ranges.length; i++) {
		if (ranges[i]!.start < ranges[i - 1]!.end) {
			ctx.addIssue({ code: 'custom', message: `The ranges in "${text}" overlap: list each time once.`, continue: true });
			return z.NEVER;
		}
	}
	return ranges;
});

/** A special day's hours: the same as a weekday's, or `always` (open all day, 00:00-24:00). */
const specialHours = z.preprocess(
	keyword,
	z.union([z.literal('always').transform((): TimeRange[] => [{ start: 0, end: 1440 }]), dayHours], {
		error: `Write \`always\`, \`closed\` or ranges. ${HOURS_HELP}`,
	}),
);

const weeklyHours = strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, dayHours])) as Record<Weekday, typeof dayHours>);

const HOURS_SHAPE = `Write \`hours: always\`, \`hours: closed\` or list every day from monday to sunday. ${HOURS_HELP}`;

/**
 * `always` (24/7), `closed` (paused: every weekday closed, though a special day can still open it)
 * or an hours line for every weekday. The day-level issues above are marked `continue: true`, so
 * the union reports them for the day they are about, not just "no match".
 */
const channelHours = z.preprocess(
	keyword,
	z.union(
		[
			z.literal('always'),
			z
				.literal('closed')
				.transform(() => Object.fromEntries(WEEKDAYS.map((day) => [day, [] as TimeRange[]])) as Record<Weekday, TimeRange[]>),
			weeklyHours,
		],
		{ error: HOURS_SHAPE },
	),
);

const channelSchema = strictObject({
	/** Name shown to customers, for example "Chat". Sentences start with it: "Chat is open now." */
	label: z
		.string()
		.trim()
		.min(2)
		.max(40)
		.meta({ description: 'Name shown to customers; sentences start with it ("Chat is open now").', examples: ['Chat'] }),
	/** What the customer sees: the number, the address or the link text. */
	display: z
		.string()
		.trim()
		.min(2)
		.max(80)
		.meta({ description: 'What the customer sees: the number, the address or the link text.', examples: ['(212) 555-0147'] }),
	/** Where the link goes: `tel:+1…`, `mailto:…` or an https address. */
	href: z
		.string()
		.regex(/^(tel:\+?[0-9]+|mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, {
			error: 'Use `tel:+12125550147`, `mailto:name@example.com` or an `https://` address.',
		})
		.meta({ description: 'Where the link goes: `tel:+1…`, `mailto:…` or an `https://` address.', examples: ['tel:+12125550147'] }),
	/** One sentence on what to expect, for example "We reply within 24 hours." */
	expectation: z
		.string()
		.trim()
		.min(5)
		.max(140)
		.meta({ description: 'One sentence on what to expect.', examples: ['We reply within 24 hours.'] }),
	/** How fast we answer, for example "within 24 hours". Optional. */
	responseTime: z
		.string()
		.trim()
		.min(3)
		.max(60)
		.optional()
		.meta({ description: 'How fast we answer, for `<ResponseTime />` in articles. Optional.', examples: ['within 24 hours'] }),
	/** Opening hours in the support time zone: `always`, `closed`, or one line per weekday. */
	hours: channelHours.meta({
		description:
			'Opening hours in the support time zone: `always`, `closed` (paused: only a special day opens it), or one line per weekday, `monday` to `sunday`, each `closed` or ranges such as `09:00-18:00`, `09:00-12:00, 13:00-17:00` or overnight `22:00-02:00`. Opening times are included, closing times are not; `24:00` is midnight.',
		examples: ['always'],
	}),
});

const RULE_HELP =
	'Write `12-25` (a date each year), `4th thursday of november`, `last monday of may`, or `easter`, `easter-2`, `easter+1`.';

/** `every:` → the rule it describes. */
const holidayRule = z
	.string({ error: RULE_HELP })
	.transform((text, ctx): HolidayRule => {
		const rule = parseHolidayRule(text);
		if (!rule) {
			ctx.addIssue({ code: 'custom', message: `"${text.trim()}" is not a rule for a day that recurs. ${RULE_HELP}` });
			return z.NEVER;
		}
		return rule;
	})
	.meta({ examples: ['12-25', '4th thursday of november', 'easter-2'] });

export const OBSERVED = ['none', 'nearest-weekday', 'next-weekday'] as const;

const specialDaySchema = strictObject({
	/** A one-off day, as YYYY-MM-DD, in the support time zone. Wins over a recurring entry on the same day. */
	date: isoDate
		.optional()
		.meta({ description: 'A one-off day, as YYYY-MM-DD. It wins over a recurring entry on the same day.', examples: ['2026-12-24'] }),
	/** A day that recurs every year: `12-25`, `4th thursday of november`, `last monday of may`, `easter-2`. */
	every: holidayRule.optional().meta({
		description:
			'A day that comes back every year: `MM-DD`, `Nth WEEKDAY of MONTH` (1st–5th or last) or `easter`, `easter-N`, `easter+N` (Western Easter). Give `date` or `every`, not both.',
		examples: ['4th thursday of november'],
	}),
	/**
	 * For an `every: MM-DD` day that falls on a weekend: `none` (default), `nearest-weekday`
	 * (Saturday → the Friday before, Sunday → the Monday after, as US federal holidays) or
	 * `next-weekday` (the next Monday–Friday not already a holiday, as UK substitute days).
	 */
	observed: z
		.preprocess(keyword, z.enum(OBSERVED, { error: `Use ${listOr(OBSERVED)}.` }))
		.default('none')
		.meta({
			description:
				'For an `every: MM-DD` day on a weekend: `none` (default), `nearest-weekday` (Saturday → Friday before, Sunday → Monday after, as US federal holidays) or `next-weekday` (the next Monday–Friday no other holiday takes, as UK substitute days).',
			examples: ['nearest-weekday'],
		}),
	/** Shown to customers, for example "Thanksgiving". */
	name: z
		.string()
		.trim()
		.min(2)
		.max(60)
		.meta({ description: 'Shown to customers on the contact page.', examples: ['Thanksgiving'] }),
	/** The channels whose hours change that day. */
	channels: z
		.array(z.enum(CHANNEL_IDS, { error: `Use ${listOr(CHANNEL_IDS)}.` }))
		.min(1)
		.meta({ description: 'The channels whose hours change that day.', examples: [['chat']] }),
	/** `closed`, `always` or special ranges such as `10:00-14:00`. */
	hours: specialHours.meta({
		description: 'The hours that replace the weekly hours that day: `closed`, `always` or ranges.',
		examples: ['closed'],
	}),
}).superRefine((day, ctx) => {
	if ((day.date === undefined) === (day.every === undefined)) {
		ctx.addIssue({
			code: 'custom',
			path: [],
			message: 'Give the day either as `date: YYYY-MM-DD` (once) or as `every: …` (each year), not both and not neither.',
		});
	}
});

const routeList = z
	.array(z.enum(CHANNEL_IDS, { error: `Use ${listOr(CHANNEL_IDS)}.` }))
	.min(1, { error: 'List at least one channel.' })
	.refine((list) => new Set(list).size === list.length, {
		error: 'List each channel once, most preferred first, for example `[chat, phone]`.',
	});

/** Each channel may have one one-off entry per date, or the page could not tell which applies. */
const specialDays = z.array(specialDaySchema).superRefine((days, ctx) => {
	const seen = new Map<string, number>();
	days.forEach((day, index) => {
		if (!day.date) return;
		for (const channel of day.channels) {
			const key = `${toIsoDate(day.date)} ${channel}`;
			const first = seen.get(key);
			if (first === undefined) {
				seen.set(key, index);
				continue;
			}
			ctx.addIssue({
				code: 'custom',
				path: [index, 'date'],
				message: `${toIsoDate(day.date)} is already listed for ${channel} (entry ${first + 1} of \`special\`). Keep one entry per day and channel.`,
			});
		}
	});
});

/** What the support schema needs to know about the rest of the content. */
export interface SupportSchemaContext {
	/** Category ids from `content/categories.yaml`; when given, routing rules may name only these. */
	categoryIds?: readonly string[] | undefined;
}

/** A market's support file (`content/support/<market>.yaml`): the brand, every channel, its hours and the routing rules. */
export function createSupportSchema(context: SupportSchemaContext = {}) {
	return strictObject({
		brand: strictObject({
			/** The brand name shown everywhere, for example "Kestrel". */
			name: z.string().trim().min(2).max(40),
			/** The product name, for example "Kestrel Pay". */
			product: z.string().trim().min(2).max(40),
			/** The help center's public address, used in the sitemap and canonical links. */
			siteUrl: z.url({ protocol: /^https$/, error: 'Use the full https:// address of the help center.' }),
			/** How articles name the app, for example "the Kestrel app". */
			appName: z.string().trim().min(2).max(40),
		}),
		/** IANA time zone the hours are written in, for example `America/New_York`. */
		timezone: z.string().refine(isTimeZone, {
			error: (issue) =>
				`\`${String(issue.input)}\` is not a time zone. Use an IANA name such as \`America/New_York\` or \`Europe/London\`.`,
		}),
		/**
		 * The ways customers reach a person: `phone`, `email`, `chat`. Each may be left out (a market
		 * with no phone number offers email and chat only); one at least is listed.
		 */
		channels: strictObject({ phone: channelSchema.optional(), email: channelSchema.optional(), chat: channelSchema.optional() }).refine(
			(channels) => offeredChannels(channels).length > 0,
			{
				error: `List one channel at least under \`channels:\`: ${listOr(CHANNEL_IDS)}, each with its label, display, href, expectation and hours (copy one from another market's support file). A market may leave out the channels it does not offer.`,
			},
		),
		/** Holidays and other days with different hours: one-off (`date:`) or recurring (`every:`). */
		special: specialDays.default([]),
		routing: strictObject({
			/** The order of preference when no topic is given: the first open channel is recommended. */
			default: routeList,
			/** Per-category overrides, for example `security: [phone]`. */
			topics: z
				.partialRecord(
					categoryField(
						context.categoryIds,
						(input, hint, ids) => `\`${input}\` is not a category${hint ? `: did you mean \`${hint}\`?` : '.'} Use one of ${listOr(ids)}.`,
					),
					routeList,
				)
				.default({}),
		}),
		/** Time-boxed messages at the top of the pages they target (src/schemas/notices.ts). */
		notices: z.array(createNoticeSchema(context.categoryIds)).default([]),
	}).superRefine((support, ctx) => {
		// Special days and routing may name only the channels this market offers.
		const offered = offeredChannels(support.channels);
		if (!offered.length) return;
		const check = (channel: ChannelId, path: (string | number)[], where: string) => {
			if (offered.includes(channel)) return;
			ctx.addIssue({
				code: 'custom',
				path,
				message: `\`${channel}\` is not a channel of this market: its \`channels:\` offer only ${offered.map((id) => `\`${id}\``).join(' and ')}. ${where} Name ${offered.length > 1 ? 'one of those' : `\`${offered[0]}\``}, or add \`${channel}\` under \`channels:\` if the market offers it.`,
			});
		};
		support.special.forEach((day, index) =>
			day.channels.forEach((channel, i) =>
				check(channel, ['special', index, 'channels', i], `The special day ${day.name} cannot change its hours.`),
			),
		);
		support.routing.default.forEach((channel, i) => check(channel, ['routing', 'default', i], 'The contact page cannot suggest it.'));
		for (const [topic, order] of Object.entries(support.routing.topics)) {
			order?.forEach((channel, i) => check(channel, ['routing', 'topics', topic, i], 'The contact page cannot suggest it.'));
		}
	});
}

/** A support file when the categories are not known (yet): routing rules for any well-formed id. */
export const supportSchema = createSupportSchema();

export type SupportConfig = z.output<typeof supportSchema>;
export type Channel = NonNullable<SupportConfig['channels'][ChannelId]>;
