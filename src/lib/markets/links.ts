// Writers link to the site's pages without the market's prefix (`/payments/make-a-payment/`); each
// market's copy of an article links within that market (`/en-gb/payments/make-a-payment/`).

/**
 * The address a root-relative link of an article has on the pages of the market whose address
 * segment is `slug` (`en-gb`): `/payments/x/` → `/en-gb/payments/x/`, `/contact/?topic=refunds#phone`
 * → `/en-gb/contact/?topic=refunds#phone`, `/` → `/en-gb/`. Left as written: links to files under
 * public/ (a last segment with an extension: `/images/app.png`, `/robots.txt`), links already in
 * the market, links to other sites (`https://…`, `//host/…`), `mailto:`/`tel:`, page-relative links
 * and `#anchors` on the same page (both already resolve inside the market).
 */
export function marketLink(href: string, slug: string): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const end = href.search(/[?#]/);
	const path = end === -1 ? href : href.slice(0, end);
	const rest = end === -1 ? '' : href.slice(end);
	if (path === `/${slug}` || path.startsWith(`/${slug}/`)) return href;
	const last = path.slice(path.lastIndexOf('/') + 1);
	if (/\.[a-z0-9]+$/i.test(last)) return href;
	return `/${slug}${path}${rest}`;
}
