// The site's own addresses, built in one place: pages, components, scripts and checks link
// through these, so a route that moves is changed here and nowhere else. Every address ends in `/`.

export const HOME_URL = '/';
export const SEARCH_URL = '/search/';
export const CONTACT_URL = '/contact/';
export const COVERAGE_URL = '/coverage/';

/** The article `<category>/<slug>` lives at `/<category>/<slug>/`. */
export function articleUrl(id: string): string {
	return `/${id}/`;
}

export function categoryUrl(id: string): string {
	return `/${id}/`;
}

/**
 * The section `section` of a category lists all its articles at `/<category>/<section>/`, beside the
 * articles' own addresses: the content check keeps section ids and article file names apart.
 */
export function sectionUrl(category: string, section: string): string {
	return `/${category}/${section}/`;
}

/** The contact page, with the routing rules of a category pre-selected when one is given. */
export function contactUrl(category?: string): string {
	return category ? `${CONTACT_URL}?topic=${encodeURIComponent(category)}` : CONTACT_URL;
}

/** The market chooser, the one page outside every market. */
export const CHOOSER_URL = '/';

/**
 * A path within a market (`/payments/`, as writers link and as the functions above return it) at
 * that market's address: `inMarket('en-gb', '/payments/')` → `/en-gb/payments/`.
 */
export function inMarket(slug: string, path: string): string {
	return `/${slug}${path}`;
}
