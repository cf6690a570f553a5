// The sentences the contact page shows for an evaluation: "Chat is open now", "Chat opens Monday
// 9:00 AM ET — 3:00 PM your time". Pure: `now`, the support zone and the visitor's zone are
// arguments. Times are written in the support zone first, then in the visitor's zone when the
// visitor's clock shows something different.

import type { ChannelStatus, ContactEvaluation } from './evaluate.ts';
import { occurrenceName } from './holidays.ts';
import type { Schedule } from './schedule.ts';
import { instantAt, offsetAt, wallClock } from './zoned-time.ts';
import { clockOptions, dayName, zoneAbbreviation } from './hours-text.ts';
import type { Translator } from '../i18n/messages.ts';
import { addDays, daysBetween, WEEKDAYS, type TimeRange, type Weekday } from '../../schemas/calendar.ts';
import type { ChannelId, PerOfferedChannel } from '../../schemas/channels.ts';

export interface TextContext {
	/** The instant the page was evaluated at. */
	now: Date | number;
	/** The schedule's zone, for example `America/New_York`. */
	supportZone: string;
	/** The visitor's zone (the browser's `Intl` zone); undefined when unknown. */
	visitorZone: string | undefined;
	/** The page's words (content/messages), formatted for its locale: the clock (`en-GB`: 24-hour), the dates, the day names. */
	t: Translator;
}

/** The messages these sentences are made of: the contact page gives its script these and no others. */
export const CONTACT_STATUS_MESSAGES = [
	// A day's hours (formatRanges), in the visitor's clock and on the special days.
	'hours.closed',
	'hours.open24',
	'hours.midnight',
	'contact.status.openNow',
	'contact.status.openAllDay',
	'contact.status.closedNow',
	'contact.status.closedToday',
	'contact.status.opening',
	'contact.status.noOpening',
	'contact.status.opensToday',
	'contact.status.opensLater',
	'contact.status.closesToday',
	'contact.status.closesLater',
	'contact.status.yourTime',
	'contact.status.bothTimes',
	'contact.status.clock',
	'contact.status.dayTime',
	'contact.recommend.openNow',
	'contact.recommend.instead',
	'contact.recommend.reopens',
	'contact.recommend.allClosed',
	'contact.recommend.allClosedNoOpening',
	'contact.recommendation.forTopic',
	'contact.visitorZone',
	'contact.visitorTime',
] as const;

/** What the page calls each channel. */
export interface ChannelText {
	label: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, options: Intl.DateTimeFormatOptions, locale = 'en-US'): Intl.DateTimeFormat {
	let cached = formatters.get(`${locale} ${key}`);
	if (!cached) {
		cached = new Intl.DateTimeFormat(locale, options);
		formatters.set(`${locale} ${key}`, cached);
	}
	return cached;
}

/**
 * "9:00 AM" in `timeZone`. Some ICU versions put a narrow no-break space before AM/PM; a plain
 * space keeps the text the same in every browser (and searchable as typed).
 */
export function formatTime(instant: Date | number, timeZone: string, locale = 'en-US'): string {
	return formatter(`time ${timeZone}`, { timeZone, ...clockOptions(locale) }, locale)
		.format(instant)
		.replace(/[\u202f\u00a0]/g, ' ');
}

/** Whether the visitor's clock differs from the support zone's at `instant`. */
export function visitorClockDiffers(ctx: TextContext, instant: Date | number): boolean {
	return ctx.visitorZone !== undefined && offsetAt(+instant, ctx.visitorZone) !== offsetAt(+instant, ctx.supportZone);
}

/** The visitor's side: "3:00 PM your time", or "Saturday 8:00 AM your time" when the day differs. */
function visitorPart(ctx: TextContext, instant: Date | number): string | undefined {
	if (!visitorClockDiffers(ctx, instant)) return undefined;
	const visitor = wallClock(instant, ctx.visitorZone!);
	const support = wallClock(instant, ctx.supportZone);
	const time = formatTime(instant, ctx.visitorZone!, ctx.t.locale);
	// The visitor's weekday when it is not the support zone's, written as the language writes a day and a time.
	const when =
		visitor.weekday === support.weekday ? time : ctx.t('contact.status.dayTime', { day: dayName(visitor.weekday, ctx.t.locale), time });
	return ctx.t('contact.status.yourTime', { time: when });
}

/**
 * When something happens, from `now`: "9:00 AM ET" later today, "Monday 9:00 AM ET" within the
 * week, "Monday, January 4, 9:00 AM ET" further out; then " — 3:00 PM your time" when the
 * visitor's clock differs.
 */
export function formatMoment(instant: Date | number, ctx: TextContext): string {
	const zone = ctx.supportZone;
	const then = wallClock(instant, zone);
	const days = daysBetween(wallClock(ctx.now, zone), then);
	const locale = ctx.t.locale;
	// "9:00 AM ET"; "09:00 Uhr MEZ" in German: how the language writes a time of day is its catalogue's.
	const time = ctx.t('contact.status.clock', { time: formatTime(instant, zone, locale), zone: zoneAbbreviation(zone, instant, locale) });
	let when: string;
	if (days === 0) when = time;
	else if (days > 0 && days < 7) when = ctx.t('contact.status.dayTime', { day: dayName(then.weekday, locale), time });
	else {
		const date = formatter(`date ${zone}`, { timeZone: zone, weekday: 'long', month: 'long', day: 'numeric' }, locale).format(instant);
		when = `${date}, ${time}`;
	}
	const visitor = visitorPart(ctx, instant);
	return visitor ? ctx.t('contact.status.bothTimes', { time: when, yourTime: visitor }) : when;
}

/** "opens at 9:00 AM ET" (today) or "opens Monday 9:00 AM ET", with the visitor's time. */
function opens(instant: Date | number, ctx: TextContext): string {
	const today = daysBetween(wallClock(ctx.now, ctx.supportZone), wallClock(instant, ctx.supportZone)) === 0;
	return ctx.t(today ? 'contact.status.opensToday' : 'contact.status.opensLater', { time: formatMoment(instant, ctx) });
}

function closes(instant: Date | number, ctx: TextContext): string {
	const today = daysBetween(wallClock(ctx.now, ctx.supportZone), wallClock(instant, ctx.supportZone)) === 0;
	return ctx.t(today ? 'contact.status.closesToday' : 'contact.status.closesLater', { time: formatMoment(instant, ctx) });
}

/** The status line on a channel's card: "Open now · closes at 6:00 PM ET — 8:00 AM your time". */
export function describeStatus(status: ChannelStatus, ctx: TextContext, alwaysOpen: boolean): string {
	const { t } = ctx;
	const week = 7 * 86_400_000;
	if (status.open) {
		if (status.closesAt === null || (alwaysOpen && +status.closesAt - +ctx.now > week)) return t('contact.status.openAllDay');
		return t('contact.status.openNow', { closes: closes(status.closesAt, ctx) });
	}
	const closed =
		status.specialDay && !status.specialDay.entry.hours.length
			? t('contact.status.closedToday', { holiday: occurrenceName(status.specialDay) })
			: t('contact.status.closedNow');
	if (status.opensAt === null) return t('contact.status.noOpening', { closed });
	return t('contact.status.opening', { closed, opens: opens(status.opensAt, ctx) });
}

/** What the page calls a channel it offers; throws for one it does not (the page data holds every offered channel). */
function channelText<T>(channels: PerOfferedChannel<T>, id: ChannelId): T {
	const found = channels[id];
	if (!found) throw new Error(`No words for the channel \`${id}\`: the page offers ${Object.keys(channels).join(', ')}.`);
	return found;
}

/** The sentences under the recommended channel. */
export function describeRecommendation(evaluation: ContactEvaluation, channels: PerOfferedChannel<ChannelText>, ctx: TextContext): string {
	const { t } = ctx;
	const { recommendation, statuses } = evaluation;
	const label = channelText(channels, recommendation.channel).label;
	const chosen = channelText(statuses, recommendation.channel);
	if (recommendation.open) {
		const passed = recommendation.passedOver;
		if (!passed.length) return t('contact.recommend.openNow', { channel: label });
		// "Chat and Phone" (de: "Chat und Telefon"), in the page's language.
		const closed = new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(passed.map((s) => channelText(channels, s.channel).label));
		const first = passed[0]!;
		const reopening =
			!first.open && first.opensAt
				? ` ${t('contact.recommend.reopens', { channel: channelText(channels, first.channel).label, opens: opens(first.opensAt, ctx) })}`
				: '';
		return `${t('contact.recommend.instead', { count: passed.length, closed, channel: label })}${reopening}`;
	}
	if (chosen.open || chosen.opensAt === null) return t('contact.recommend.allClosedNoOpening', { channel: label });
	return t('contact.recommend.allClosed', { channel: label, opens: opens(chosen.opensAt, ctx) });
}

/**
 * A weekly row converted to the visitor's clock, for the "Your time" column: for the next
 * `weekday` from `now` (so the conversion uses that week's daylight-saving offsets).
 * "11:00 PM–Tuesday 8:00 AM" for Monday 9:00 AM–6:00 PM in New York, seen from Tokyo.
 */
export function describeRangesForVisitor(
	schedule: Schedule,
	weekday: Weekday,
	ranges: readonly TimeRange[],
	ctx: TextContext & { visitorZone: string },
): string {
	if (!ranges.length) return ctx.t('hours.closed');
	const today = wallClock(ctx.now, schedule.timezone);
	const ahead = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(today.weekday) + 7) % 7;
	const date = addDays(today, ahead);
	const point = (minutes: number) => {
		const instant = instantAt(date, minutes, schedule.timezone);
		const visitorDay = wallClock(instant, ctx.visitorZone).weekday;
		const day = visitorDay === weekday ? '' : `${dayName(visitorDay, ctx.t.locale)} `;
		return `${day}${formatTime(instant, ctx.visitorZone, ctx.t.locale)}`;
	};
	return ranges.map((r) => `${point(r.start)}–${point(r.end)}`).join(', ');
}

/** A routing order in words: "Chat when it's open, otherwise Phone"; "Phone, any time". */
export function describeOrder(
	order: readonly ChannelId[],
	channels: PerOfferedChannel<{ label: string; alwaysOpen: boolean }>,
	t: Translator,
): string {
	const named = order.map((id) => channelText(channels, id));
	const [only] = named;
	if (named.length === 1 && only) return only.alwaysOpen ? t('contact.routing.anyTime', { channel: only.label }) : only.label;
	return named
		.map((channel, index) =>
			index < named.length - 1 && !channel.alwaysOpen ? t('contact.routing.whenOpen', { channel: channel.label }) : channel.label,
		)
		.join(t('contact.routing.otherwise'));
}
