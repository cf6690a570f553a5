// What the contact page hands to its script in `data-contact`: the schedule and the few words
// the script writes. Built from the validated content/support.yaml at build time, and checked
// again when read, since an attribute is a boundary like any other.

import { type Schedule } from './schedule.ts';
import { WEEKDAYS, isTimeZone, parseIsoDate } from '../../schemas/calendar.ts';
import { CHANNEL_IDS, type ChannelId } from '../../schemas/channels.ts';

export interface ContactPageData {
	schedule: Schedule;
	channels: Record<
		ChannelId,
		{
			label: string;
			/** Weekly hours are `always`. */
			alwaysOpen: boolean;
			/** Where the recommendation's button goes. */
			href: string;
			/** The button's text, for example "Call (212) 555-0147". */
			action: string;
		}
	>;
	/** Routing topics the visitor can pick, with their category titles. */
	topics: Record<string, string>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isChannel = (value: unknown): value is ChannelId => CHANNEL_IDS.includes(value as ChannelId);
const isRanges = (value: unknown) =>
	Array.isArray(value) &&
	value.every((r) => isObject(r) && Number.isInteger(r.start) && Number.isInteger(r.end) && (r.start as number) >= 0 && (r.end as number) <= 1440 && (r.start as number) < (r.end as number));
const isOrder = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every(isChannel);

/** The first thing wrong with `data`, or undefined when it has the expected shape. */
function findProblem(data: unknown): string | undefined {
	if (!isObject(data) || !isObject(data.schedule) || !isObject(data.channels) || !isObject(data.topics)) return 'schedule, channels and topics are required';
	const { schedule, channels, topics } = data;
	if (typeof schedule.timezone !== 'string' || !isTimeZone(schedule.timezone)) return 'schedule.timezone is not a time zone';
	if (!isObject(schedule.channels)) return 'schedule.channels is missing';
	for (const id of CHANNEL_IDS) {
		const hours = isObject(schedule.channels[id]) ? (schedule.channels[id] as Record<string, unknown>).hours : undefined;
		if (hours !== 'always' && !(isObject(hours) && WEEKDAYS.every((day) => isRanges(hours[day])))) return `schedule.channels.${id}.hours is not valid`;
		const channel = channels[id];
		if (!isObject(channel) || typeof channel.label !== 'string' || typeof channel.action !== 'string' || typeof channel.alwaysOpen !== 'boolean') return `channels.${id} is not valid`;
		if (typeof channel.href !== 'string' || !/^(tel:|mailto:|https:\/\/)/.test(channel.href)) return `channels.${id}.href is not a tel:, mailto: or https:// link`;
	}
	if (!Array.isArray(schedule.special)) return 'schedule.special is not a list';
	for (const [index, day] of schedule.special.entries()) {
		if (!isObject(day) || typeof day.date !== 'string' || !parseIsoDate(day.date) || typeof day.name !== 'string' || !Array.isArray(day.channels) || !day.channels.every(isChannel) || !isRanges(day.hours)) {
			return `schedule.special[${index}] is not valid`;
		}
	}
	if (!isObject(schedule.routing) || !isOrder(schedule.routing.default) || !isObject(schedule.routing.topics)) return 'schedule.routing is not valid';
	for (const [topic, order] of Object.entries(schedule.routing.topics)) if (!isOrder(order)) return `schedule.routing.topics.${topic} is not valid`;
	for (const [topic, title] of Object.entries(topics)) if (typeof title !== 'string') return `topics.${topic} is not a title`;
	return undefined;
}

/** Parses the `data-contact` attribute; throws with the first problem when it is not valid. */
export function parseContactPageData(json: string | undefined): ContactPageData {
	let data: unknown;
	try {
		data = JSON.parse(json ?? '');
	} catch {
		throw new Error('The contact page has no readable data-contact attribute, so it cannot show opening status.');
	}
	const problem = findProblem(data);
	if (problem) throw new Error(`The contact page's data-contact attribute is not valid: ${problem}.`);
	return data as ContactPageData;
}
