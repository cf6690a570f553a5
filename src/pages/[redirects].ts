// `/_redirects`, in the format Netlify and Cloudflare Pages read: a 301 from each address the site
// had before markets to the first market's page (they keep the query string). Other hosts serve
// the small pages of `[...legacy].astro` at the same addresses.
import type { APIRoute } from 'astro';
import { defaultMarket, legacyPaths } from '../site-data.ts';
import { inMarket } from '../lib/shared/urls.ts';

export function getStaticPaths() {
	return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () => {
	const lines = (await legacyPaths()).map((path) => `${path} ${inMarket(defaultMarket.slug, path)} 301`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
