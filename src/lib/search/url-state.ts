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

/** "3 results for “refund”", with the right plural. */
export function resultCountText(count: number, query: string, categoryTitle?: string): string {
	const where = categoryTitle ? ` in ${categoryTitle}` : '';
	if (count === 0) return `No results for “${query.trim()}”${where}.`;
	return `${count} result${count === 1 ? '' : 's'} for “${query.trim()}”${where}.`;
}
