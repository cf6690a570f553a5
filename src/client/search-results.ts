/**
 * What both search UIs (`<site-search>`, `<search-page>`) share: searching for what a box holds
 * and showing the outcome in a results area (the panel under the box, or the search page's
 * results section): the count, read out once typing pauses, the results, the way on when nothing
 * matches, and the arrow keys between the box and the results.
 */
import { excerptParts } from '../lib/search/excerpt.ts';
import type { SearchHit, SearchRules } from '../lib/search/types.ts';
import { resultCountText } from '../lib/search/url-state.ts';
import { getSetup } from './search-setup.ts';
import { categoryUrl, CONTACT_URL } from '../lib/shared/urls.ts';
import { marketUrl } from './market.ts';
import { pageMessages } from './messages.ts';

/**
 * Results start with the third letter. One or two letters are the start of a word ("pa" for
 * payment) that matches words all over the index: searching them downloads index files the
 * finished word never needs, on the visitor's first search.
 */
const MIN_QUERY_LENGTH = 3;
/** Screen readers hear the count once typing pauses, not after every key. */
const ANNOUNCE_DELAY = 600;

/** A finished search, as shown. */
export interface Found {
	query: string;
	/** Category id, or '' for every category. */
	category: string;
	hits: SearchHit[];
	/** Results in all, of which `hits` are the first. */
	total: number;
}

/**
 * What `SearchResults.show` ended with: `results` (or `error`) now shown, the area `cleared` as
 * the text is too short to search, or `stale` when newer text started another search.
 */
export type Outcome = 'results' | 'error' | 'cleared' | 'stale';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Only addresses on this site: an index entry can never turn a result into a link elsewhere. */
function safeHref(url: string): string {
	return url.startsWith('/') && !url.startsWith('//') ? url : '/';
}

export class SearchResults {
	private readonly area: HTMLElement;
	private readonly input: HTMLInputElement;
	private readonly status: HTMLElement;
	private readonly announcer: HTMLElement;
	/** The search in progress, stopped when the text changes. */
	private pending: AbortController | undefined;
	private announceTimer: ReturnType<typeof setTimeout> | undefined;

	/** `onEscape` runs when Escape in the results sends focus back to the box. */
	constructor(area: HTMLElement, input: HTMLInputElement, onEscape?: () => void) {
		this.area = area;
		this.input = input;
		this.status = area.querySelector<HTMLElement>('[data-search-status]') ?? area.appendChild(element('p', 'search-status'));
		this.announcer = area.querySelector<HTMLElement>('[data-search-announcer]') ?? area.appendChild(element('p', 'visually-hidden'));
		input.addEventListener('keydown', (event) => {
			if (event.key !== 'ArrowDown') return;
			const first = this.links()[0];
			if (first) {
				event.preventDefault();
				first.focus();
			}
		});
		area.addEventListener('keydown', (event) => this.moveFocus(event, onEscape));
	}

	links(): HTMLAnchorElement[] {
		return [...this.area.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
	}

	/** Arrow keys move through the results, Home/End jump, Escape and ArrowUp from the first go back to the box. */
	private moveFocus(event: KeyboardEvent, onEscape: (() => void) | undefined) {
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
			onEscape?.();
		}
		if (next) {
			event.preventDefault();
			next.focus();
		}
	}

	/**
	 * Searches for `query` and shows what it finds. A search still running for older text is
	 * stopped before it downloads its results, so fast typing never waits for, or pays for, stale
	 * work. `more` adds what follows the results when there are more than `limit`.
	 */
	async show(
		query: string,
		{ limit, category = '', more }: { limit: number; category?: string; more: (found: Found) => HTMLElement },
	): Promise<Outcome> {
		this.pending?.abort();
		const controller = new AbortController();
		this.pending = controller;
		if (query.trim().length < MIN_QUERY_LENGTH) {
			this.clear();
			return 'cleared';
		}
		try {
			const { engine, rules } = await getSetup();
			// Letters typed while the index loaded each started a search: only the last one runs, so the
			// first search never downloads the index chunks of "pay", "paym"… on its way to "payment".
			if (controller.signal.aborted) return 'stale';
			const response = await engine.search(query, { limit, signal: controller.signal, ...(category ? { category } : {}) });
			if (controller.signal.aborted) return 'stale';
			this.render({ query, category, hits: response.hits, total: response.total }, rules, more);
			return 'results';
		} catch (error) {
			if (controller.signal.aborted) return 'stale';
			this.renderError(error);
			return 'error';
		}
	}

	private clear() {
		this.area.querySelector('.search-results__body')?.remove();
		this.status.textContent = '';
		this.announce('');
	}

	private render(found: Found, rules: SearchRules, more: (found: Found) => HTMLElement) {
		const { query, category, hits, total } = found;
		this.area.querySelector('.search-results__body')?.remove();
		const categoryTitle = (id: string) => rules.categories.find((c) => c.id === id)?.title ?? id;
		const count = resultCountText(pageMessages(), total, query, category ? categoryTitle(category) : undefined);
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
				link.append(
					element('span', 'search-result__title', hit.title),
					element('span', 'search-result__category', categoryTitle(hit.category)),
				);
				const excerpt = element('p', 'search-result__excerpt');
				for (const part of excerptParts(hit.excerpt)) {
					excerpt.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
				}
				item.append(link, excerpt);
				list.append(item);
			}
			body.append(list);
			if (total > hits.length) body.append(more(found));
		} else {
			body.append(noResults(rules, category, categoryTitle));
		}
		this.area.append(body);
	}

	private renderError(error: unknown) {
		this.area.querySelector('.search-results__body')?.remove();
		const body = element('div', 'search-results__body');
		// `astro dev` has no index: say how to try search rather than failing silently.
		const dev = import.meta.env.DEV;
		const text = pageMessages()(dev ? 'search.error.dev' : 'search.error.unavailable');
		this.status.textContent = text;
		this.announce(text);
		body.append(noResults(undefined, '', (id) => id));
		this.area.append(body);
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
}

/** Nothing found (or no search at all): other words, the topics, or a person. */
function noResults(rules: SearchRules | undefined, category: string, categoryTitle: (id: string) => string): HTMLElement {
	const t = pageMessages();
	const box = element('div', 'search-empty');
	box.append(
		element('p', undefined, category ? t('search.empty.inCategory', { category: categoryTitle(category) }) : t('search.empty.any')),
	);
	const list = element('ul', 'link-list');
	for (const c of rules?.categories ?? []) {
		const item = element('li');
		const link = element('a', undefined, c.title);
		link.href = marketUrl(categoryUrl(c.id));
		item.append(link);
		list.append(item);
	}
	const contact = element('p');
	const link = element('a', undefined, t('search.empty.contactLink'));
	link.href = marketUrl(CONTACT_URL);
	// The link goes where the language puts {link}: the text on either side of it stays text.
	const [before = '', after = ''] = t('search.empty.contact', { link: '\uE000' }).split('\uE000');
	contact.append(before, link, after);
	box.append(list, contact);
	return box;
}
