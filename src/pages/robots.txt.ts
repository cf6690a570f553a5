import type { APIRoute } from 'astro';
import { COVERAGE_URL, HOME_URL, SEARCH_URL } from '../lib/shared/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const lines = ['User-agent: *', `Allow: ${HOME_URL}`, `Disallow: ${COVERAGE_URL}`, `Disallow: ${SEARCH_URL}`];
	if (site) lines.push('', `Sitemap: ${new URL('sitemap-index.xml', site).href}`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
