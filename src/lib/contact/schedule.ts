// The support schedule as plain data: what the hours logic needs from a market's support file.
// No zod here: the contact page's browser script imports this module, and must stay small.
import { toIsoDate, type HolidayRule, type TimeRange, type Weekday } from '../../schemas/calendar.ts';
import { offeredChannels, type ChannelId } from '../../schemas/channels.ts';

/** `always` (24/7) or the ranges of every weekday (an empty list: closed that day). */
export type WeeklyHours = 'always' | Record<Weekday, TimeRange[]>;

/** How a recurring day that falls on a weekend moves: see `observed:` in the README. */
export type Observed = 'none' | 'nearest-weekday' | 'next-weekday';

/**
 * A day whose hours differ from the weekly hours for some channels (a holiday, say), as listed:
 * once (`date`) or every year (`every`). `holidays.ts` turns the list into calendar days.
 */
export interface SpecialDay {
	/** `YYYY-MM-DD`, a calendar day in the support time zone, for a one-off day. */
	date?: string | undefined;
	/** When a recurring day falls; `observed` says where it moves when that is a weekend. */
	every?: HolidayRule | undefined;
	observed?: Observed | undefined;
	name: string;
	channels: ChannelId[];
	/** The hours that replace the weekly hours that day; empty when closed. */
	hours: TimeRange[];
}

/** Everything the hours and routing logic reads. JSON-safe, so the page can hand it to its script. */
export interface Schedule {
	/** IANA time zone that every time in the schedule is written in. */
	timezone: string;
	/** The channels the market offers (one at least); special days and routing name only these. */
	channels: Partial<Record<ChannelId, { hours: WeeklyHours }>>;
	special: SpecialDay[];
	routing: {
		/** Order of preference when there is no topic: the first open channel is recommended. */
		default: ChannelId[];
		/** Per-topic orders of preference, keyed by category id. */
		topics: Partial<Record<string, ChannelId[]>>;
	};
}

/** The parts of a validated support file a schedule is built from. */
export interface ScheduleSource {
	timezone: string;
	channels: { [id in ChannelId]?: { hours: WeeklyHours } | undefined };
	special: {
		date?: Date | undefined;
		every?: HolidayRule | undefined;
		observed?: Observed | undefined;
		name: string;
		channels: ChannelId[];
		hours: TimeRange[];
	}[];
	routing: { default: ChannelId[]; topics: Partial<Record<string, ChannelId[]>> };
}

/** Keeps only what the logic needs from the validated config; dates become `YYYY-MM-DD`. */
export function toSchedule(config: ScheduleSource): Schedule {
	return {
		timezone: config.timezone,
		channels: Object.fromEntries(offeredChannels(config.channels).map((id) => [id, { hours: config.channels[id]!.hours }])),
		special: config.special.map((day) => ({
			...(day.date ? { date: toIsoDate(day.date) } : {}),
			...(day.every ? { every: day.every, observed: day.observed ?? 'none' } : {}),
			name: day.name,
			channels: [...day.channels],
			hours: day.hours,
		})),
		routing: { default: [...config.routing.default], topics: { ...config.routing.topics } },
	};
}

/** A channel's weekly hours; throws when the schedule does not offer it (the support schema lets no rule name such a channel). */
export function weeklyHours(schedule: Pick<Schedule, 'channels'>, channel: ChannelId): WeeklyHours {
	const offered = schedule.channels[channel];
	if (!offered) {
		throw new Error(`The schedule has no channel \`${channel}\`: it offers ${offeredChannels(schedule.channels).join(', ') || 'none'}.`);
	}
	return offered.hours;
}
