// The market's sitemap: every page of the market that search engines may list, each with its
// `hreflang` alternates (the same as the page's own links). The first market's also lists the
// market chooser at /. `/sitemap-index.xml` lists every market's.
import type { APIRoute } from 'astro';
import { articlePath, getArticles, getCategories, hreflangOf, marketPaths, markets, pageMarket } from '../../site-data.ts';
import { sitemapXml, type SitemapEntry } from '../../lib/markets/sitemap.ts';
import { alternateLinks } from '../../lib/markets/alternates.ts';
import { articleUrl, categoryUrl, CHOOSER_URL, CONTACT_URL, HOME_URL, sectionUrl } from '../../lib/shared/urls.ts';

export const getStaticPaths = marketPaths;

export const GET: APIRoute = async ({ params, site }) => {
	if (!site) return new Response('The site has no address (brand.siteUrl), so it has no sitemap.', { status: 404 });
	const market = pageMarket(params);
	const [articles, categories] = await Promise.all([getArticles(market), getCategories()]);
	const pages: [within: string, isArticle: boolean][] = [
		[HOME_URL, false],
		...categories.flatMap((c) => [
			[categoryUrl(c.id), false] as [string, boolean],
			...c.sections.map((s) => [sectionUrl(c.id, s.id), false] as [string, boolean]),
		]),
		...articles.map((a) => [articleUrl(articlePath(a)), true] as [string, boolean]),
		[CONTACT_URL, false],
	];
	const entries: SitemapEntry[] = await Promise.all(
		pages.map(async ([within, isArticle]) => ({ path: market.url(within), alternates: await hreflangOf(within, isArticle) })),
	);
	if (market.slug === markets[0]!.slug) entries.unshift({ path: CHOOSER_URL, alternates: alternateLinks(HOME_URL, markets, () => true) });
	return new Response(sitemapXml(entries, site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
