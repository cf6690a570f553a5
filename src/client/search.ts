/**
 * The search UI, loaded by the inline loader (src/components/SearchLoader.astro) the first time a
 * visitor focuses a search box, presses `/`, or opens /search/?q=…. Until then no search code or
 * index is downloaded.
 *
 * Every `[data-search-form]` gets live results as the visitor types: in a panel under the box on
 * ordinary pages, or in the page itself on /search/, which also has the category filter and keeps
 * the query in its address (back and forward work). The ranking is `src/lib/search`, the same
 * pipeline `npm run search` runs in Node.
 */
import { createSearchEngine, type SearchEngine } from '../lib/search/engine.ts';
import { excerptParts } from '../lib/search/excerpt.ts';
import { RULES_FILE, VOCABULARY_FILE } from '../lib/search/build-data.ts';
import type { PagefindApi, SearchHit, SearchRules, SearchVocabulary } from '../lib/search/types.ts';
import { readSearchState, resultCountText, searchUrl, type SearchState } from '../lib/search/url-state.ts';

const BUNDLE = '/pagefind/';
/** Results in the panel under a search box. */
const PANEL_LIMIT = 6;
/**
 * Results on the search page, and how many more "Show more results" adds. Each result is a
 * download (about 4 KB), so a page of ten keeps the first search light on a slow connection.
 */
const PAGE_STEP = 10;
/** One letter matches almost every article; results start with the second. */
const MIN_QUERY_LENGTH = 2;
/** Screen readers hear the count once typing pauses, not after every key. */
const ANNOUNCE_DELAY = 600;
/** The address and title follow the query once typing pauses this long. */
const RECORD_DELAY = 400;

interface Setup {
	engine: SearchEngine;
	rules: SearchRules;
}

let setup: Promise<Setup> | undefined;

async function fetchJson<T>(file: string): Promise<T> {
	const response = await fetch(`${BUNDLE}${file}`);
	if (!response.ok) throw new Error(`${response.status} for ${file}`);
	return (await response.json()) as T;
}

/**
 * Loads pagefind.js, the rules and the vocabulary in parallel. Pagefind runs in its Web Worker:
 * compiling its WebAssembly and reading index chunks then never blocks typing or scrolling.
 */
function getSetup(): Promise<Setup> {
	setup ??= (async () => {
		const pagefindUrl = `${BUNDLE}pagefind.js`;
		const [pagefind, rules, vocabulary] = await Promise.all([
			import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi & { init(): Promise<void> }>,
			fetchJson<SearchRules>(RULES_FILE),
			fetchJson<SearchVocabulary>(VOCABULARY_FILE),
		]);
		await pagefind.init();
		return { engine: createSearchEngine({ pagefind, rules, loadVocabulary: async () => vocabulary }), rules };
	})();
	return setup;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Only addresses on this site: an index entry can never turn a result into a link elsewhere. */
function safeHref(url: string): string {
	return url.startsWith('/') && !url.startsWith('//') ? url : '/';
}

class SearchBox {
	readonly form: HTMLFormElement;
	readonly input: HTMLInputElement;
	/** Where results go: the panel under the box, or the search page's results area. */
	readonly results: HTMLElement;
	readonly status: HTMLElement;
	readonly announcer: HTMLElement;
	readonly onPage: boolean;
	readonly filter: HTMLFieldSetElement | null;
	/** The search in progress, stopped when the text changes. */
	private pending: AbortController | undefined;
	/** Set when Escape sends focus back to the box, so that focus does not reopen the panel. */
	private keepClosed = false;
	private announceTimer: ReturnType<typeof setTimeout> | undefined;
	private recordTimer: ReturnType<typeof setTimeout> | undefined;
	private shownQuery = '';
	/** How many results the search page shows for the current query and category. */
	private pageLimit = PAGE_STEP;
	/** Result to focus once "Show more results" has rendered the next ones. */
	private focusAfterRender: number | undefined;

	constructor(form: HTMLFormElement, input: HTMLInputElement, results: HTMLElement, onPage: boolean) {
		this.form = form;
		this.input = input;
		this.results = results;
		this.onPage = onPage;
		this.status = results.querySelector<HTMLElement>('[data-search-status]') ?? results.appendChild(element('p', 'search-status'));
		this.announcer =
			results.querySelector<HTMLElement>('[data-search-announcer]') ?? results.appendChild(element('p', 'visually-hidden'));
		this.filter = onPage ? document.querySelector<HTMLFieldSetElement>('[data-search-filter]') : null;
		this.bind();
	}

	private get category(): string {
		return this.filter?.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
	}

	private bind() {
		this.input.addEventListener('input', () => {
			void this.run();
			if (this.onPage) this.scheduleRecord();
		});
		this.input.addEventListener('focus', () => {
			if (this.keepClosed) this.keepClosed = false;
			else if (!this.onPage && this.input.value.trim()) this.open();
		});
		this.input.addEventListener('keydown', (event) => {
			if (event.key === 'ArrowDown') {
				const first = this.links()[0];
				if (first) {
					event.preventDefault();
					first.focus();
				}
			} else if (event.key === 'Escape' && !this.onPage && !this.results.hidden) {
				event.preventDefault();
				this.close();
			}
		});
		this.results.addEventListener('keydown', (event) => this.moveFocus(event));
		if (this.onPage) {
			// A result opened before typing paused still leaves its query in the address for Back.
			this.results.addEventListener('click', () => this.flushRecord(), { capture: true });
			window.addEventListener('pagehide', () => this.flushRecord());
			this.form.addEventListener('submit', (event) => {
				event.preventDefault();
				this.commit();
			});
			this.filter?.addEventListener('change', () => this.commit());
			window.addEventListener('popstate', () => this.restore());
		} else {
			// Close the panel when focus leaves the box and its results.
			this.form.parentElement?.addEventListener('focusout', (event) => {
				const next = event.relatedTarget as Node | null;
				if (!next || !(this.form.contains(next) || this.results.contains(next))) this.close();
			});
			document.addEventListener('pointerdown', (event) => {
				const target = event.target as Node;
				if (!this.form.contains(target) && !this.results.contains(target)) this.close();
			});
		}
	}

	private links(): HTMLAnchorElement[] {
		return [...this.results.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
	}

	/** Arrow keys move through the results, Home/End jump, Escape and ArrowUp from the first go back to the box. */
	private moveFocus(event: KeyboardEvent) {
		const links = this.links();
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (index === -1) return;
		let next: HTMLElement | undefined;
		if (event.key === 'ArrowDown') next = links[Math.min(index + 1, links.length - 1)];
		else if (event.key === 'ArrowUp') next = index === 0 ? this.input : links[index - 1];
		else if (event.key === 'Home') next = links[0];
		else if (event.key === 'End') next = links.at(-1);
		else if (event.key === 'Escape') {
			next = this.input;
			if (!this.onPage) {
				this.close();
				this.keepClosed = true;
			}
		}
		if (next) {
			event.preventDefault();
			next.focus();
		}
	}

	state(): SearchState {
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
		const url = searchUrl(this.state());
		const typing = (history.state as { typing?: boolean } | null)?.typing === true;
		if (typing) history.replaceState({ typing: true }, '', url);
		else if (url !== `${location.pathname}${location.search}`) history.pushState({ typing: true }, '', url);
		this.updateTitle();
	}

	/** A finished search (Enter, a filter): the next keystroke starts a new history entry. */
	private commit() {
		clearTimeout(this.recordTimer);
		this.recordTimer = undefined;
		const url = searchUrl(this.state());
		const typing = (history.state as { typing?: boolean } | null)?.typing === true;
		if (typing) history.replaceState({ typing: false }, '', url);
		else if (url !== `${location.pathname}${location.search}`) history.pushState({ typing: false }, '', url);
		this.updateTitle();
		void this.run();
	}

	/** Back/forward, or a deep link: show what the address says. */
	restore() {
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
		const base = document.title.replace(/^“.*” – /, '');
		const query = this.input.value.trim();
		document.title = query ? `“${query}” – ${base}` : base;
	}

	open() {
		if (!this.onPage) this.results.hidden = false;
	}

	close() {
		if (!this.onPage) this.results.hidden = true;
	}

	/**
	 * Searches for what the box holds now. A search still running for older text is stopped before
	 * it downloads its results, so fast typing never waits for, or pays for, stale work.
	 */
	async run({ more = false } = {}) {
		this.pending?.abort();
		const controller = new AbortController();
		this.pending = controller;
		const { query, category } = this.state();
		if (!more) this.pageLimit = PAGE_STEP;
		if (query.trim().length < MIN_QUERY_LENGTH) {
			this.render(undefined, '', undefined);
			if (!this.onPage) this.close();
			return;
		}
		try {
			const { engine, rules } = await getSetup();
			const limit = this.onPage ? this.pageLimit : PANEL_LIMIT;
			const response = await engine.search(query, { limit, signal: controller.signal, ...(category ? { category } : {}) });
			if (!controller.signal.aborted) this.render(response.hits, query, rules, response.total, category);
		} catch (error) {
			if (!controller.signal.aborted) this.renderError(error);
		}
	}

	private render(hits: SearchHit[] | undefined, query: string, rules: SearchRules | undefined, total = 0, category = '') {
		this.results.querySelector('.search-results__body')?.remove();
		this.shownQuery = query;
		if (!hits) {
			this.status.textContent = '';
			this.announce('');
			return;
		}
		const categoryTitle = (id: string) => rules?.categories.find((c) => c.id === id)?.title ?? id;
		const count = resultCountText(total, query, category ? categoryTitle(category) : undefined);
		this.status.textContent = count;
		this.announce(count);
		const body = element('div', 'search-results__body');
		if (hits.length) {
			const list = element('ol', 'search-results__list');
			for (const hit of hits) {
				const item = element('li', 'search-result');
				const link = element('a', 'search-result__link');
				link.href = safeHref(hit.url);
				link.setAttribute('data-search-result', '');
				link.append(element('span', 'search-result__title', hit.title), element('span', 'search-result__category', categoryTitle(hit.category)));
				const excerpt = element('p', 'search-result__excerpt');
				for (const part of excerptParts(hit.excerpt)) {
					excerpt.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
				}
				item.append(link, excerpt);
				list.append(item);
			}
			body.append(list);
			if (!this.onPage && total > hits.length) {
				const more = element('a', 'search-results__more', `See all ${total} results`);
				more.href = searchUrl({ query, category: '' });
				body.append(more);
			} else if (this.onPage && total > hits.length) {
				const more = element('button', 'search-results__more-button', 'Show more results');
				more.type = 'button';
				more.setAttribute('data-search-more', '');
				more.addEventListener('click', () => {
					this.focusAfterRender = hits.length;
					this.pageLimit += PAGE_STEP;
					void this.run({ more: true });
				});
				body.append(more);
			}
		} else {
			body.append(this.noResults(rules, category, categoryTitle));
		}
		this.results.append(body);
		this.open();
		// After "Show more results", focus the first new result: the button that had focus is gone.
		const focusIndex = this.focusAfterRender;
		this.focusAfterRender = undefined;
		if (focusIndex !== undefined) (this.links()[focusIndex] ?? this.links().at(-1))?.focus();
	}

	private noResults(rules: SearchRules | undefined, category: string, categoryTitle: (id: string) => string): HTMLElement {
		const box = element('div', 'search-empty');
		box.append(
			element(
				'p',
				undefined,
				category
					? `Nothing in ${categoryTitle(category)} matches. Try all topics, use fewer or other words, or browse a topic:`
					: 'Try fewer or other words, or browse a topic:',
			),
		);
		const list = element('ul', 'link-list');
		for (const c of rules?.categories ?? []) {
			const item = element('li');
			const link = element('a', undefined, c.title);
			link.href = `/${c.id}/`;
			item.append(link);
			list.append(item);
		}
		const contact = element('p');
		const link = element('a', undefined, 'Contact us');
		link.href = '/contact/';
		contact.append('Still stuck? ', link, ': our team can help.');
		box.append(list, contact);
		return box;
	}

	private renderError(error: unknown) {
		this.results.querySelector('.search-results__body')?.remove();
		const body = element('div', 'search-results__body');
		// `astro dev` has no index: say how to try search rather than failing silently.
		const dev = import.meta.env.DEV;
		const text = dev
			? 'Search works on the built site: run `npm run build`, then `npm run preview`.'
			: 'Search is not available right now. Browse the topics or contact us.';
		this.status.textContent = text;
		this.announce(text);
		body.append(this.noResults(undefined, '', (id) => id));
		this.results.append(body);
		this.open();
		if (dev) console.info('Search index not found:', error);
	}

	private announce(text: string) {
		clearTimeout(this.announceTimer);
		if (!text) {
			this.announcer.textContent = '';
			return;
		}
		this.announceTimer = setTimeout(() => {
			// Re-announce even when the text is unchanged (the same count for a new query).
			this.announcer.textContent = this.announcer.textContent === text ? `${text}\u00a0` : text;
		}, ANNOUNCE_DELAY);
	}

	get query(): string {
		return this.shownQuery;
	}
}

function start() {
	const boxes: SearchBox[] = [];
	const pageResults = document.querySelector<HTMLElement>('[data-search-results]');
	for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {
		const input = form.querySelector<HTMLInputElement>('[data-search-input]');
		const panel = form.parentElement?.querySelector<HTMLElement>('[data-search-panel]') ?? null;
		const onPage = Boolean(pageResults && form.closest('[data-search-page]'));
		const results = onPage ? pageResults : panel;
		if (!input || !results) continue;
		boxes.push(new SearchBox(form, input, results, onPage));
	}
	// Start loading the index now: the visitor is about to type.
	void getSetup();
	for (const box of boxes) {
		if (box.onPage) {
			// Words typed before this code loaded are the visitor's query; the address only has one
			// when they arrived by a deep link. Restoring an empty address would erase what they typed.
			const typed = box.input.value.trim() !== '' && !new URLSearchParams(location.search).get('q');
			if (typed) box.input.dispatchEvent(new Event('input'));
			// Otherwise show what the address says now, not once the index has loaded: by then the
			// visitor may have started typing, and restoring would erase it.
			else box.restore();
			const filter = box.filter;
			if (filter) filter.hidden = false;
		} else if (box.input.value.trim() && document.activeElement === box.input) {
			void box.run();
		}
	}
}

start();
