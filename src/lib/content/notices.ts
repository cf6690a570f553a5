// Checks on the notices of a support file that need the time zone or today's date; the
// schema has already checked each notice on its own (its times, its length, its categories).
import { parseIsoDate } from '../../schemas/calendar.ts';
import { formatNoticeTime, type Notice } from '../../schemas/notices.ts';
import { instantAt, wallClock } from '../contact/zoned-time.ts';
import { noticeWindow } from '../notices/select.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { ParsedYaml } from './frontmatter.ts';

/**
 * - `notice-window`: a notice whose times are in order on the wall clock, but not in real time,
 *   because `from` falls in the hour skipped when clocks go forward and reads an hour later.
 * - `notice-ended` (info): a notice over before today began in the support time zone, so nobody
 *   sees it any more. Today is a date, as for every other check, so a notice that ended earlier
 *   today is reported from tomorrow.
 */
export function checkNotices(
	support: { timezone: string; notices: readonly Notice[] },
	file: { path: string; yaml: ParsedYaml },
	today: string,
): Problem[] {
	const zone = support.timezone;
	const startOfToday = instantAt(parseIsoDate(today)!, 0, zone);
	return support.notices.flatMap((notice, index) => {
		const span = noticeWindow(notice, zone);
		const from = formatNoticeTime(notice.from);
		if (span.until <= span.from) {
			const clock = wallClock(span.from, zone);
			const readAs = formatNoticeTime({ date: clock, minutes: clock.minutes });
			return [
				problem('notice-window', file.path, {
					line: file.yaml.lineOf(['notices', index, 'until']),
					field: `notices[${index}].until`,
					message: `\`from\` (${from}) does not exist: clocks in ${zone} go forward that night, so it reads as ${readAs}, which is not before \`until\` (${formatNoticeTime(notice.until)}). The notice would never show: set \`until\` after ${readAs.slice(-5)}, or \`from\` before the clock change.`,
				}),
			];
		}
		if (span.until > startOfToday) return [];
		return [
			problem('notice-ended', file.path, {
				line: file.yaml.lineOf(['notices', index]),
				field: `notices[${index}]`,
				message: `This notice ended at ${formatNoticeTime(notice.until)} (${zone} time), before today (${today}): it is no longer shown anywhere and can be removed.`,
			}),
		];
	});
}
