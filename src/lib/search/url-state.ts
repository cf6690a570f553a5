import type { Translator } from '../i18n/messages.ts';
import { SEARCH_URL } from '../shared/urls.ts';

/** What the search page shows, as kept in its address: `/search/?q=where+is+my+refund&category=refunds`. */
export interface SearchState {
	query: string;
	/** Category id, or '' for every category. */
	category: string;
}

/** Reads the state from a query string; unknown categories are ignored rather than shown as empty results. */
export function readSearchState(search: string, categories: readonly string[]): SearchState {
	const params = new URLSearchParams(search);
	const query = (params.get('q') ?? '').slice(0, 200);
	const category = params.get('category') ?? '';
	return { query, category: categories.includes(category) ? category : '' };
}

/** The address of the search page for a state. */
export function searchUrl(state: SearchState, path = SEARCH_URL): string {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set('q', state.query.trim());
	if (state.category) params.set('category', state.category);
	const query = params.toString();
	return query ? `${path}?${query}` : path;
}

/** The messages live search writes (src/client/search-*.ts): the page gives its scripts these and no others. */
export const SEARCH_MESSAGES = [
	'search.documentTitle',
	'search.results.count.none',
	'search.results.count',
	'search.results.where',
	'search.results.showMore',
	'search.results.seeAll',
	'search.error.dev',
	'search.error.unavailable',
	'search.empty.inCategory',
	'search.empty.any',
	'search.empty.contact',
	'search.empty.contactLink',
] as const;

/** "3 results for “refund”", with the right plural, in the page's language. */
export function resultCountText(t: Translator, count: number, query: string, categoryTitle?: string): string {
	const where = categoryTitle ? t('search.results.where', { category: categoryTitle }) : '';
	const params = { count, query: query.trim(), where };
	return count === 0 ? t('search.results.count.none', params) : t('search.results.count', params);
}
