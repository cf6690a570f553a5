/**
 * `<site-notices>` holds the notices a page carries (src/components/SiteNotices.astro) and shows
 * each one only while the visitor's clock is inside its window, on load, at every minute and when
 * the tab comes back into view. The page decided once at build time, for visitors without
 * JavaScript; this decides again now. It only shows and hides: the messages are already text in
 * the page, and nothing here writes markup.
 *
 * Hooks (a stable contract for tests): each notice is `[data-notice]` with `data-level`, hidden
 * while outside its window; <html> gets `data-notices-ready` once decided.
 */

import { isActive } from '../lib/notices/select.ts';
import { parseNoticesPageData, type NoticesPageData } from '../lib/notices/page-data.ts';
import { MinuteElement } from './minute-element.ts';

class SiteNotices extends MinuteElement {
	/** Read once, when the element first joins the page. */
	private notices: NoticesPageData['notices'] = [];

	protected setUp() {
		this.notices = parseNoticesPageData(this.dataset.notices).notices;
	}

	protected render() {
		const now = Date.now();
		for (const notice of this.notices) {
			const element = this.querySelector<HTMLElement>(`[data-notice="${notice.id}"]`);
			if (!element)
				throw new Error(`<site-notices> has no [data-notice="${notice.id}"] element for notice ${notice.id} of its data-notices.`);
			const shown = isActive(notice, now);
			// Only on a change, so that the status region speaks only about real changes.
			if (element.hidden === shown) element.hidden = !shown;
		}
		document.documentElement.setAttribute('data-notices-ready', '');
	}
}

customElements.define('site-notices', SiteNotices);
