// `notices:` in a market's support file: a message a support lead puts at the top of some pages for a
// while (an incident, a change), without a developer. Self-contained, so the support schema only
// names it. Every time here is a wall-clock time in the support time zone; which instant it is,
// and whether a notice is shown now, is src/lib/notices' business.
import { z } from 'zod';
import { categoryField, listOr, strictObject } from './shared.ts';
import { isoDateOf, parseIsoDate, type CalendarDate } from './calendar.ts';

/** `info` for news, `warning` for something that affects customers now. */
export const NOTICE_LEVELS = ['info', 'warning'] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];

/** The longest message, in characters: it sits at the top of every page it targets. */
export const NOTICE_MAX_LENGTH = 280;

/** A time on the wall clock of the support time zone: a day, and minutes after its midnight (1440 is 24:00). */
export interface NoticeTime {
	date: CalendarDate;
	minutes: number;
}

/** `2026-12-02 09:00`, as a support lead writes it. */
export function formatNoticeTime(time: NoticeTime): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${isoDateOf(time.date)} ${pad(Math.floor(time.minutes / 60))}:${pad(time.minutes % 60)}`;
}

/** Minutes since 1970-01-01 00:00 on the wall clock: orders two notice times, whatever the zone. */
function wallMinutes(time: NoticeTime): number {
	return Date.UTC(time.date.year, time.date.month - 1, time.date.day) / 60_000 + time.minutes;
}

const FORMAT = 'YYYY-MM-DD HH:MM, on the 24-hour clock, in the support time zone';

function describe(value: unknown): string {
	if (Array.isArray(value)) return 'A list';
	if (value === null || String(value).trim() === '') return 'An empty value';
	if (typeof value === 'object') return 'A group of fields';
	return `\`${String(value).trim()}\``;
}

/**
 * `from:` or `until:`: `YYYY-MM-DD HH:MM`. The YAML reader hands over text (or a number, a list…
 * when the value is mistyped), so the schema takes anything and says exactly what to write.
 * `24:00` is midnight at the end of the day, as in the opening hours.
 */
function noticeTime(field: 'from' | 'until', example: string) {
	const help = `Write it as ${FORMAT}, for example \`${example}\`.`;
	return z
		.unknown()
		.transform((value, ctx): NoticeTime => {
			const fail = (message: string, rule?: string) => {
				ctx.addIssue({ code: 'custom', message, ...(rule ? { params: { rule } } : {}) });
				return z.NEVER;
			};
			if (value === undefined) {
				const when = field === 'from' ? 'starts' : 'ends';
				return fail(`Add when the notice ${when}, as ${FORMAT}: \`${field}: ${example}\`.`, 'missing-field');
			}
			const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
			if (parseIsoDate(text)) return fail(`\`${text}\` has no time of day. Add it on the 24-hour clock: \`${text} ${example.slice(-5)}\`.`);
			const match = /^(\d{4}-\d{2}-\d{2}) +(\d{2}):(\d{2})$/.exec(text);
			if (!match) return fail(`${describe(value)} is not a date and time. ${help}`);
			const date = parseIsoDate(match[1]!);
			if (!date) return fail(`\`${match[1]}\` is not a date on the calendar. ${help}`);
			const hours = +match[2]!;
			const minutes = +match[3]!;
			if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) {
				return fail(`\`${match[2]}:${match[3]}\` is not a time of day: use 00:00 to 23:59, or 24:00 for midnight at the end of the day.`);
			}
			return { date, minutes: hours * 60 + minutes };
		})
		.meta({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2} +\\d{2}:\\d{2}$' });
}

/** A notice; `categoryIds` (from content/categories.yaml), when known, are the only categories it may name. */
export function createNoticeSchema(categoryIds: readonly string[] | undefined) {
	return strictObject({
		/** What customers read at the top of the page: plain text (never HTML), at most 280 characters. */
		message: z
			.string()
			.trim()
			.min(1, { error: 'Write the message customers read: what is happening and what they should do.' })
			.superRefine((text, ctx) => {
				const length = [...text].length;
				if (length <= NOTICE_MAX_LENGTH) return;
				ctx.addIssue({
					code: 'custom',
					params: { rule: 'notice-too-long' },
					message: `The message is ${length} characters long; keep it to ${NOTICE_MAX_LENGTH} or fewer, so customers read it at a glance. Say what is happening and what they should do, and put the details in an article.`,
				});
			})
			.meta({
				maxLength: NOTICE_MAX_LENGTH,
				description: `What customers read at the top of the page: plain text (HTML shows as typed), at most ${NOTICE_MAX_LENGTH} characters.`,
				examples: ['Card payments are delayed today. Your payment is safe and no late fee will be charged.'],
			}),
		/** When the notice starts showing, in the support time zone (inclusive). */
		from: noticeTime('from', '2026-12-02 09:00').meta({
			description: 'When the notice starts showing, `YYYY-MM-DD HH:MM` in the support time zone (that minute included).',
		}),
		/** When it stops showing, in the support time zone (exclusive): the notice is gone at that minute. */
		until: noticeTime('until', '2026-12-02 18:00').meta({
			description: 'When it stops showing, `YYYY-MM-DD HH:MM` in the support time zone: the notice is gone at that minute.',
		}),
		/** `info` (the default) or `warning`, in any case. */
		level: z
			.preprocess((value) => (typeof value === 'string' ? value.trim().toLowerCase() : value), z.enum(NOTICE_LEVELS))
			.default('info')
			.meta({
				type: 'string',
				enum: [...NOTICE_LEVELS],
				description: '`info` (the default) for news, `warning` for something that affects customers now.',
			}),
		/** Only on these categories' pages (their list and their articles) and on the contact page; left out, on every page. */
		categories: z
			.array(
				categoryField(
					categoryIds,
					(input, hint, ids) => `\`${input}\` is not a category${hint ? `: did you mean \`${hint}\`?` : '.'} Use one of ${listOr(ids)}.`,
				),
			)
			.min(1, { error: 'List at least one category, or leave `categories` out to show the notice on every page.' })
			.optional()
			.meta({
				description: 'Optional: only on these categories’ pages and the contact page. Left out, the notice shows on every page.',
				examples: [['payments']],
			}),
	}).superRefine((notice, ctx) => {
		const order = wallMinutes(notice.until) - wallMinutes(notice.from);
		if (order > 0) return;
		const from = formatNoticeTime(notice.from);
		ctx.addIssue({
			code: 'custom',
			path: ['until'],
			params: { rule: 'notice-window' },
			message: `${
				order === 0
					? `\`until\` is the same time as \`from\` (${from})`
					: `\`until\` (${formatNoticeTime(notice.until)}) is before \`from\` (${from})`
			}, so the notice would never show. Set \`until\` to when the notice should disappear, after \`from\`.`,
		});
	});
}

export type Notice = z.output<ReturnType<typeof createNoticeSchema>>;
