/**
 * `<site-search>`: a search box with live results in a panel under it, in the header, the home
 * page's hero and the 404 page (src/components/SearchForm.astro). The panel opens as the visitor
 * types, closes when focus or a click goes elsewhere or on Escape, and links to the search page
 * when there are more results than it shows. Without this element the form still goes to
 * /search/.
 */
import { searchUrl } from '../lib/search/url-state.ts';
import { SEARCH_URL } from '../lib/shared/urls.ts';
import { marketUrl } from './market.ts';
import { pageMessages } from './messages.ts';
import { SearchResults, element, type Found } from './search-results.ts';

/** Results in the panel under a search box: as many as the search page shows first, so both download the same. */
const PANEL_LIMIT = 5;

export class SiteSearch extends HTMLElement {
	private form!: HTMLFormElement;
	private input!: HTMLInputElement;
	private panel!: HTMLElement;
	private results: SearchResults | undefined;
	/** Set when Escape sends focus back to the box, so that focus does not reopen the panel. */
	private keepClosed = false;
	/** A click or tap anywhere else on the page closes the panel. */
	private readonly onPointerDown = (event: PointerEvent) => {
		const target = event.target as Node;
		if (!this.form.contains(target) && !this.panel.contains(target)) this.close();
	};

	connectedCallback() {
		if (!this.results && !this.setUp()) return;
		document.addEventListener('pointerdown', this.onPointerDown);
		// Words typed while this code loaded: show their results at once.
		if (this.input.value.trim() && document.activeElement === this.input) void this.run();
	}

	disconnectedCallback() {
		document.removeEventListener('pointerdown', this.onPointerDown);
	}

	/** Finds the box and its panel, and listens to them; false when the markup is not there. */
	private setUp(): boolean {
		const form = this.querySelector<HTMLFormElement>('form[data-search-form]');
		const input = form?.querySelector<HTMLInputElement>('[data-search-input]');
		const panel = this.querySelector<HTMLElement>('[data-search-panel]');
		if (!form || !input || !panel) return false;
		this.form = form;
		this.input = input;
		this.panel = panel;
		this.results = new SearchResults(panel, input, () => {
			this.close();
			this.keepClosed = true;
		});
		input.addEventListener('input', () => void this.run());
		input.addEventListener('focus', () => {
			if (this.keepClosed) this.keepClosed = false;
			else if (input.value.trim()) this.open();
		});
		input.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && !panel.hidden) {
				event.preventDefault();
				this.close();
			}
		});
		// Close the panel when focus leaves the box and its results.
		this.addEventListener('focusout', (event) => {
			const next = event.relatedTarget as Node | null;
			if (!next || !(form.contains(next) || panel.contains(next))) this.close();
		});
		return true;
	}

	private open() {
		this.panel.hidden = false;
	}

	private close() {
		this.panel.hidden = true;
	}

	private async run() {
		const outcome = await this.results!.show(this.input.value, { limit: PANEL_LIMIT, more: seeAll });
		if (outcome === 'cleared') this.close();
		else if (outcome !== 'stale') this.open();
	}
}

/** The panel shows the first results; the search page has them all. */
function seeAll({ query, total }: Found): HTMLElement {
	const link = element('a', 'search-results__more', pageMessages()('search.results.seeAll', { count: total }));
	link.href = searchUrl({ query, category: '' }, marketUrl(SEARCH_URL));
	return link;
}
