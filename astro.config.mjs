// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentGuard from './src/integrations/content-guard.ts';
import { siteUrl } from './src/lib/node/site-url.ts';

export default defineConfig({
	site: siteUrl(),
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [
		contentGuard(),
		mdx(),
		sitemap({ filter: (page) => !/\/(coverage|search|404)\/?$/.test(new URL(page).pathname) }),
	],
	vite: {
		build: {
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
