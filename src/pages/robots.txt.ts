import type { APIRoute } from 'astro';
import { markets } from '../site-data.ts';
import { COVERAGE_URL, HOME_URL, inMarket, SEARCH_URL } from '../lib/shared/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const lines = [
		'User-agent: *',
		`Allow: ${HOME_URL}`,
		...markets.flatMap(({ slug }) => [`Disallow: ${inMarket(slug, COVERAGE_URL)}`, `Disallow: ${inMarket(slug, SEARCH_URL)}`]),
	];
	if (site) lines.push('', `Sitemap: ${new URL('sitemap-index.xml', site).href}`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
