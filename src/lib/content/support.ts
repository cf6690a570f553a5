// Checks on a support file (content/support/<market>.yaml) that the schema cannot express: mistakes that parse fine but
// would not do what the writer meant.

import { parseYaml } from './frontmatter.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { ScheduleSource } from '../contact/schedule.ts';
import { dayName } from '../contact/hours-text.ts';
import { parseIsoDate, weekdayOf, type CalendarDate } from '../../schemas/calendar.ts';

/**
 * A holiday entered on its calendar date when that date falls on a day the channel is closed
 * anyway (Independence Day on a Saturday): the entry changes nothing, and the weekday the team
 * actually takes off is still shown as open.
 */
export function checkSupportSchedule(support: ScheduleSource, file: { path: string; text: string }): Problem[] {
	const problems: Problem[] = [];
	const { lineOf } = parseYaml(file.text);
	support.special.forEach((day, index) => {
		if (day.hours.length || !day.date) return;
		const iso = day.date.toISOString().slice(0, 10);
		const date = parseIsoDate(iso)!;
		const weekday = weekdayOf(date);
		const idle = day.channels.filter((id) => {
			const hours = support.channels[id]?.hours;
			return hours !== undefined && hours !== 'always' && hours[weekday].length === 0;
		});
		if (idle.length !== day.channels.length) return;
		problems.push(
			problem('holiday-on-closed-day', file.path, {
				line: lineOf(['special', index]),
				field: `special[${index}]`,
				message: `${iso} (${day.name}) is a ${dayName(weekday)}, when ${idle.join(' and ')} ${idle.length > 1 ? 'are' : 'is'} closed every week anyway, so this entry changes nothing. If the team takes another day off instead, list that date${observedHint(date)}.`,
			}),
		);
	});
	return problems;
}

/** US practice: a Saturday holiday is observed the Friday before, a Sunday one the Monday after. */
function observedHint(date: CalendarDate): string {
	const weekday = weekdayOf(date);
	const shift = weekday === 'saturday' ? -1 : weekday === 'sunday' ? 1 : 0;
	if (!shift) return '';
	const observed = new Date(Date.UTC(date.year, date.month - 1, date.day + shift)).toISOString().slice(0, 10);
	return ` (for a US holiday, usually ${shift < 0 ? 'Friday' : 'Monday'} ${observed}), or write it once as \`every: ${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}\` with \`observed: nearest-weekday\`, which moves it every year`;
}

/**
 * Dated special days before `today` (the check's date): they can no longer change the hours, so
 * they are noise in the list (an info, never a failure). Only entries with a `date` are looked at:
 * a recurring entry has none, and never goes out of date.
 */
export function checkPastSpecialDays(
	support: { special: readonly { date?: Date | undefined; name: string }[] },
	file: { path: string; text: string },
	today: string,
): Problem[] {
	const { lineOf } = parseYaml(file.text);
	return support.special.flatMap((day, index) => {
		const iso = day.date?.toISOString().slice(0, 10);
		if (iso === undefined || iso >= today) return [];
		return [
			problem('special-day-past', file.path, {
				line: lineOf(['special', index]),
				field: `special[${index}]`,
				message: `${iso} (${day.name}) is in the past, so this entry no longer changes any opening hours and can be removed.`,
			}),
		];
	});
}
