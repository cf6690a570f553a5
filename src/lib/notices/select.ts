// Which notices of a support file a page carries, and which are shown at an instant. Pure:
// the page, the time zone and the instant come in as arguments. The site decides once at build
// time (what visitors without JavaScript see), and <site-notices> again in the browser, on the
// visitor's clock, with the same `isActive`.
import type { Notice, NoticeLevel, NoticeTime } from '../../schemas/notices.ts';
import { instantAt } from '../contact/zoned-time.ts';
import { CONTACT_URL, categoryUrl } from '../shared/urls.ts';

/** What a page is, as far as notices care: a category's page (its list or an article), or the contact page. */
export interface NoticePage {
	category?: string | undefined;
	contact?: boolean | undefined;
}

/** The page at `pathname`, from the site's own addresses (src/lib/shared/urls.ts). */
export function noticePageOf(pathname: string, categoryIds: readonly string[]): NoticePage {
	const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
	if (path === CONTACT_URL) return { contact: true };
	const category = categoryIds.find((id) => path.startsWith(categoryUrl(id)));
	return category === undefined ? {} : { category };
}

/** A notice without categories is on every page; one with categories, on theirs and on the contact page. */
export function targetsPage(notice: Pick<Notice, 'categories'>, page: NoticePage): boolean {
	if (!notice.categories) return true;
	return page.contact === true || (page.category !== undefined && notice.categories.includes(page.category));
}

/** When a notice is shown, in milliseconds since 1970: from `from` (inclusive) until `until` (exclusive). */
export interface NoticeWindow {
	from: number;
	until: number;
}

/**
 * The real-time window of a notice written in `timeZone`. Clock changes are read as the opening
 * hours read them (`instantAt`): a time skipped when clocks go forward is read an hour later, a
 * time that happens twice is the first one.
 */
export function noticeWindow(notice: { from: NoticeTime; until: NoticeTime }, timeZone: string): NoticeWindow {
	return {
		from: instantAt(notice.from.date, notice.from.minutes, timeZone),
		until: instantAt(notice.until.date, notice.until.minutes, timeZone),
	};
}

/** Whether a notice is shown at `now` (milliseconds since 1970). */
export function isActive(span: NoticeWindow, now: number): boolean {
	return span.from <= now && now < span.until;
}

/** A notice as a page renders it: `id` is its place in support.yaml's list, the same on every page. */
export interface PageNotice extends NoticeWindow {
	id: string;
	message: string;
	level: NoticeLevel;
	/** Shown at build time, so visitors without JavaScript see it. */
	active: boolean;
}

/**
 * The notices a page carries, in the order of support.yaml: those that target it and are not over
 * at `buildTime`. The ones still to come are carried hidden, for the browser to show when their
 * time comes; a window that is empty in real time is never shown, so it is not carried.
 */
export function pageNotices(
	notices: readonly Notice[],
	{ timeZone, page, buildTime }: { timeZone: string; page: NoticePage; buildTime: number },
): PageNotice[] {
	return notices.flatMap((notice, index) => {
		if (!targetsPage(notice, page)) return [];
		const span = noticeWindow(notice, timeZone);
		if (span.until <= Math.max(span.from, buildTime)) return [];
		return [{ id: String(index), message: notice.message, level: notice.level, ...span, active: isActive(span, buildTime) }];
	});
}
