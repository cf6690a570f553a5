// The sitemap index: one sitemap per market, so a market built on its own publishes its own.
import type { APIRoute } from 'astro';
import { markets } from '../site-data.ts';
import { sitemapIndexXml } from '../lib/markets/sitemap.ts';
import { inMarket } from '../lib/shared/urls.ts';

export const GET: APIRoute = ({ site }) => {
	if (!site) return new Response('The site has no address (brand.siteUrl), so it has no sitemap.', { status: 404 });
	const xml = sitemapIndexXml(
		markets.map((m) => inMarket(m.slug, '/sitemap.xml')),
		site,
	);
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
