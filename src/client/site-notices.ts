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

class SiteNotices extends HTMLElement {
	/** Read once, when the element first joins the page. */
	private notices: NoticesPageData['notices'] | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** Timers sleep in background tabs: decide again when the tab comes back into view. */
	private readonly onVisibilityChange = () => {
		if (document.visibilityState === 'visible') this.tick();
	};

	connectedCallback() {
		this.notices ??= parseNoticesPageData(this.dataset.notices).notices;
		document.addEventListener('visibilitychange', this.onVisibilityChange);
		this.tick();
	}

	disconnectedCallback() {
		clearTimeout(this.timer);
		document.removeEventListener('visibilitychange', this.onVisibilityChange);
	}

	/** Decides now, then at the start of every minute: notices start and end on minutes. */
	private tick() {
		this.render(Date.now());
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.tick(), 60_000 - (Date.now() % 60_000) + 50);
	}

	private render(now: number) {
		for (const notice of this.notices ?? []) {
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
