// Sitemaps in the sitemaps.org format, with each page's `hreflang` alternates as `xhtml:link`
// (the format Google reads). One per market, so a market built on its own writes its own, and
// an index that lists them all. Pure: addresses in, XML out.
import type { AlternateLink } from './alternates.ts';

export interface SitemapEntry {
	/** The page's path (`/en-gb/payments/`). */
	path: string;
	alternates: readonly AlternateLink[];
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const absolute = (path: string, site: URL) => escapeXml(new URL(path, site).href);

/** A `<urlset>` of `entries`, addresses made absolute on `site`. */
export function sitemapXml(entries: readonly SitemapEntry[], site: URL): string {
	const urls = entries.map(({ path, alternates }) => {
		const links = alternates.map(
			(a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${absolute(a.href, site)}"/>`,
		);
		return `<url><loc>${absolute(path, site)}</loc>${links.join('')}</url>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A `<sitemapindex>` of the sitemaps at `paths`. */
export function sitemapIndexXml(paths: readonly string[], site: URL): string {
	const items = paths.map((path) => `<sitemap><loc>${absolute(path, site)}</loc></sitemap>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}
