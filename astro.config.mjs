// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentGuard from './src/integrations/content-guard.ts';
import coverageReport from './src/integrations/coverage-report.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { loadDataFile } from './src/lib/node/content-files.ts';
import { localeSlug } from './src/lib/markets/markets.ts';
import { siteUrl } from './src/lib/node/site-url.ts';
import { alternateLinks, splitMarketPath } from './src/lib/markets/alternates.ts';
import { CHOOSER_URL, COVERAGE_URL, HOME_URL, SEARCH_URL, inMarket } from './src/lib/shared/urls.ts';

const site = siteUrl();
// Tolerant: a broken content/markets.yaml is reported by the content guard, with its line.
const markets = (loadDataFile(process.cwd(), 'markets').data ?? []).map((m) => {
	const locale = /** @type {string} */ (m.locales[0]);
	return { slug: localeSlug(locale), locale };
});
// Pages for support leads, search results and the error page are not answers, and the old
// addresses only lead on: no sitemap entry. What is left is the chooser and each market's pages.
const LISTED = new Set(markets.map((m) => `/${m.slug}/`));
const UNLISTED = new Set(['/404/', ...markets.flatMap((m) => [inMarket(m.slug, COVERAGE_URL), inMarket(m.slug, SEARCH_URL)])]);
/** @type {Set<string>} */
const listedPaths = new Set();
/** @param {string} pathname */
const listed = (pathname) => pathname === '/' || ([...LISTED].some((prefix) => pathname.startsWith(prefix)) && !UNLISTED.has(pathname));

export default defineConfig({
	// Omitted when support.yaml has no usable address: the content guard then reports why.
	...(site ? { site } : {}),
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// Most visitors land on one answer from a search engine: the stylesheet (about 2 KB gzip)
		// inlined in the page renders it one round trip sooner than a separate, render-blocking file.
		// The security-headers integration hashes it into the Content-Security-Policy.
		inlineStylesheets: 'always',
	},
	// Writes JSON Schemas of the collections to .astro/ so editors complete and check frontmatter
	// in .mdx files (see "Editor setup" in CONTRIBUTING.md).
	experimental: { contentIntellisense: true },
	integrations: [
		contentGuard(),
		mdx(),
		// Each page lists its versions in the other markets (`xhtml:link` alternates), as its `hreflang` links do.
		// Astro filters every page before it serializes any, so the alternates see the whole list.
		sitemap({
			filter: (page) => {
				const { pathname } = new URL(page);
				if (!listed(pathname)) return false;
				listedPaths.add(pathname);
				return true;
			},
			serialize: (item) => {
				const { pathname, origin } = new URL(item.url);
				const slugs = markets.map((m) => m.slug);
				const at = pathname === CHOOSER_URL ? { within: HOME_URL } : splitMarketPath(pathname, slugs);
				if (!at) return item;
				const links = alternateLinks(at.within, markets, (slug) => listedPaths.has(inMarket(slug, at.within)));
				return { ...item, links: links.map((link) => ({ lang: link.hreflang, url: new URL(link.href, origin).href })) };
			},
		}),
		// Indexes the finished HTML (it does not change it).
		pagefind(),
		// After the search index is written: it asks that index every question of the banks.
		coverageReport(),
		// Last, so it sees the final pages: hashes inline code into dist/_headers.
		securityHeaders(),
	],
	vite: {
		build: {
			// Never inline a script into the HTML, however small: pages then need no 'unsafe-inline'
			// in their Content-Security-Policy. Other assets keep Vite's default.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rolldownOptions: {
				onLog(level, log, handler) {
					// Every MDX module carries Astro's "use astro:head-inject" directive; harmless noise.
					if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
					handler(level, log);
				},
			},
		},
	},
});
