// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentGuard from './src/integrations/content-guard.ts';
import coverageReport from './src/integrations/coverage-report.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { siteUrl } from './src/lib/node/site-url.ts';

const site = siteUrl();

// Sitemaps: one per market with each page's hreflang alternates (src/pages/[locale]/sitemap.xml.ts).
export default defineConfig({
	// Omitted when the first market's support file has no usable address: the content guard then reports why.
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
