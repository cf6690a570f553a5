/**
 * `<search-page>`: the search page (src/components/SearchPage.astro). Results appear in the page
 * as the visitor types, five first, then ten more at a time ("Show more results"), narrowed by the category filter;
 * the query and category are kept in the address, so back, forward and shared links work.
 */
import { readSearchState, searchUrl, type SearchState } from '../lib/search/url-state.ts';
import { SearchResults, element, type Found } from './search-results.ts';
import { pageMessages } from './messages.ts';

/**
 * Results the search page shows first, and how many more "Show more results" adds. Each result
 * is a download (about 2 KB), and the first five hold the answer to nearly every question, so
 * the first search stays light on a slow connection; the next ones come when asked for.
 */
const FIRST_RESULTS = 5;
const PAGE_STEP = 10;
/** The address and title follow the query once typing pauses this long. */
const RECORD_DELAY = 400;

export class SearchPage extends HTMLElement {
	private input!: HTMLInputElement;
	private filter: HTMLFieldSetElement | null = null;
	private results: SearchResults | undefined;
	private recordTimer: ReturnType<typeof setTimeout> | undefined;
	/** The page's own title, before any query is put in front of it. */
	private baseTitle = '';
	/** How many results the page shows for the current query and category. */
	private limit = FIRST_RESULTS;
	/** Result to focus once "Show more results" has rendered the next ones. */
	private focusAfterRender: number | undefined;
	/** A result opened before typing paused still leaves its query in the address for Back. */
	private readonly onPageHide = () => this.flushRecord();
	/** Back/forward: show what the address says. */
	private readonly onPopState = () => this.restore();

	connectedCallback() {
		if (!this.results && !this.setUp()) return;
		window.addEventListener('pagehide', this.onPageHide);
		window.addEventListener('popstate', this.onPopState);
		// Words typed before this code loaded are the visitor's query; the address only has one
		// when they arrived by a deep link. Restoring an empty address would erase what they typed.
		const typed = this.input.value.trim() !== '' && !new URLSearchParams(location.search).get('q');
		if (typed) this.input.dispatchEvent(new Event('input'));
		// Otherwise show what the address says now, not once the index has loaded: by then the
		// visitor may have started typing, and restoring would erase it.
		else this.restore();
		if (this.filter) this.filter.hidden = false;
	}

	disconnectedCallback() {
		window.removeEventListener('pagehide', this.onPageHide);
		window.removeEventListener('popstate', this.onPopState);
	}

	/** Finds the box, the filter and the results area, and listens to them; false when the markup is not there. */
	private setUp(): boolean {
		const form = this.querySelector<HTMLFormElement>('form[data-search-form]');
		const input = form?.querySelector<HTMLInputElement>('[data-search-input]');
		const area = this.querySelector<HTMLElement>('[data-search-results]');
		if (!form || !input || !area) return false;
		this.input = input;
		this.baseTitle = document.title;
		this.filter = this.querySelector<HTMLFieldSetElement>('[data-search-filter]');
		this.results = new SearchResults(area, input);
		input.addEventListener('input', () => {
			void this.run();
			this.scheduleRecord();
		});
		area.addEventListener('click', () => this.flushRecord(), { capture: true });
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.commit();
		});
		this.filter?.addEventListener('change', () => this.commit());
		return true;
	}

	private get category(): string {
		return this.filter?.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
	}

	private state(): SearchState {
		return { query: this.input.value, category: this.category };
	}

	/**
	 * The address and title follow the box once typing pauses: changing them costs the browser
	 * far more than a search does, and nobody reads the address bar between two keystrokes.
	 */
	private scheduleRecord() {
		clearTimeout(this.recordTimer);
		this.recordTimer = setTimeout(() => this.flushRecord(), RECORD_DELAY);
	}

	private flushRecord() {
		if (this.recordTimer === undefined) return;
		clearTimeout(this.recordTimer);
		this.recordTimer = undefined;
		this.record();
	}

	/**
	 * Keeps the address in step with the box while typing: the first keystroke after a finished
	 * search adds a history entry, later ones update it, so Back returns to the previous search
	 * rather than to every keystroke.
	 */
	private record() {
		// This page's own address: each market has its search page.
		const url = searchUrl(this.state(), location.pathname);
		const typing = (history.state as { typing?: boolean } | null)?.typing === true;
		if (typing) history.replaceState({ typing: true }, '', url);
		else if (url !== `${location.pathname}${location.search}`) history.pushState({ typing: true }, '', url);
		this.updateTitle();
	}

	/** A finished search (Enter, a filter): the next keystroke starts a new history entry. */
	private commit() {
		clearTimeout(this.recordTimer);
		this.recordTimer = undefined;
		const url = searchUrl(this.state(), location.pathname);
		const typing = (history.state as { typing?: boolean } | null)?.typing === true;
		if (typing) history.replaceState({ typing: false }, '', url);
		else if (url !== `${location.pathname}${location.search}`) history.pushState({ typing: false }, '', url);
		this.updateTitle();
		void this.run();
	}

	/** Back/forward, or a deep link: show what the address says. */
	private restore() {
		clearTimeout(this.recordTimer);
		this.recordTimer = undefined;
		const ids = [...(this.filter?.querySelectorAll('input') ?? [])].map((i) => i.value);
		const state = readSearchState(location.search, ids.filter(Boolean));
		this.input.value = state.query;
		const radio = this.filter?.querySelector<HTMLInputElement>(`input[value="${CSS.escape(state.category)}"]`);
		if (radio) radio.checked = true;
		this.updateTitle();
		void this.run();
	}

	private updateTitle() {
		const query = this.input.value.trim();
		document.title = query ? pageMessages()('search.documentTitle', { query, title: this.baseTitle }) : this.baseTitle;
	}

	private async run({ more = false } = {}) {
		if (!more) this.limit = FIRST_RESULTS;
		const { query, category } = this.state();
		const outcome = await this.results!.show(query, { limit: this.limit, category, more: (found) => this.showMore(found) });
		if (outcome !== 'results') return;
		// After "Show more results", focus the first new result: the button that had focus is gone.
		const focusIndex = this.focusAfterRender;
		this.focusAfterRender = undefined;
		const links = this.results!.links();
		if (focusIndex !== undefined) (links[focusIndex] ?? links.at(-1))?.focus();
	}

	/** The next results, in place: the button asks for another ten. */
	private showMore({ hits }: Found): HTMLElement {
		const button = element('button', 'search-results__more-button', pageMessages()('search.results.showMore'));
		button.type = 'button';
		button.setAttribute('data-search-more', '');
		button.addEventListener('click', () => {
			this.focusAfterRender = hits.length;
			this.limit += PAGE_STEP;
			void this.run({ more: true });
		});
		return button;
	}
}
