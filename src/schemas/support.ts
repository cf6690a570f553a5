import { z } from 'zod';
import { categoryField, isoDate, listOr, strictObject } from './shared.ts';
import { isTimeZone, toIsoDate, WEEKDAYS, type TimeRange, type Weekday } from './calendar.ts';
import { CHANNEL_IDS, type ChannelId } from './channels.ts';
import { createNoticeSchema } from './notices.ts';

const RANGE = /^([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-4]):([0-5]\d)$/;
const HOURS_HELP = 'Write hours as `closed` or as ranges like `09:00-18:00` (several: `09:00-12:00, 13:00-17:00`).';

/** `closed`, `09:00-18:00` or `09:00-12:00, 13:00-17:00` → sorted, non-overlapping ranges. */
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
		const end = +match[3]! * 60 + +match[4]!;
		if (end > 1440 || end <= start) {
			ctx.addIssue({
				code: 'custom',
				message: `"${part.trim()}" must end after it starts, on the same day (use 24:00 for midnight).`,
				continue: true,
			});
			return z.NEVER;
		}
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

const weeklyHours = strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, dayHours])) as Record<Weekday, typeof dayHours>);

const HOURS_SHAPE = `Write \`hours: always\` or list every day from monday to sunday. ${HOURS_HELP}`;

/**
 * `always` (24/7) or an hours line for every weekday. The day-level issues above are marked
 * `continue: true`, so the union reports them for the day they are about, not just "no match".
 */
const channelHours = z.union([z.literal('always'), weeklyHours], { error: HOURS_SHAPE });

const channelSchema = strictObject({
	/** Name shown to customers, for example "Chat". Sentences start with it: "Chat is open now." */
	label: z.string().trim().min(2).max(40),
	/** What the customer sees: the number, the address or the link text. */
	display: z.string().trim().min(2).max(80),
	/** Where the link goes: `tel:+1…`, `mailto:…` or an https address. */
	href: z.string().regex(/^(tel:\+?[0-9]+|mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, {
		error: 'Use `tel:+12125550147`, `mailto:name@example.com` or an `https://` address.',
	}),
	/** One sentence on what to expect, for example "We reply within 24 hours." */
	expectation: z.string().trim().min(5).max(140),
	/** How fast we answer, for example "within 24 hours". Optional. */
	responseTime: z.string().trim().min(3).max(60).optional(),
	/** Opening hours in the support time zone. */
	hours: channelHours,
});

const specialDaySchema = strictObject({
	/** The day, as YYYY-MM-DD, in the support time zone. */
	date: isoDate,
	/** Shown to customers, for example "Thanksgiving". */
	name: z.string().trim().min(2).max(60),
	/** The channels whose hours change that day. */
	channels: z.array(z.enum(CHANNEL_IDS, { error: `Use ${listOr(CHANNEL_IDS)}.` })).min(1),
	/** `closed` or special ranges such as `10:00-14:00`. */
	hours: dayHours,
});

const routeList = z
	.array(z.enum(CHANNEL_IDS, { error: `Use ${listOr(CHANNEL_IDS)}.` }))
	.min(1, { error: 'List at least one channel.' })
	.refine((list) => new Set(list).size === list.length, {
		error: 'List each channel once, most preferred first, for example `[chat, phone]`.',
	});

/** Each channel may have one special entry per date, or the page could not tell which applies. */
const specialDays = z.array(specialDaySchema).superRefine((days, ctx) => {
	const seen = new Map<string, number>();
	days.forEach((day, index) => {
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

/** `content/support.yaml`: the brand, every channel, its hours and the routing rules. */
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
		channels: strictObject({ phone: channelSchema, email: channelSchema, chat: channelSchema }),
		/** Holidays and other days with different hours. */
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
	});
}

/** `content/support.yaml` when the categories are not known (yet): routing rules for any well-formed id. */
export const supportSchema = createSupportSchema();

export type SupportConfig = z.output<typeof supportSchema>;
export type Channel = SupportConfig['channels'][ChannelId];
