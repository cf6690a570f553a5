import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The help center's public address from `content/support.yaml`, for the sitemap and canonical links. */
export function siteUrl(file = new URL('../../../content/support.yaml', import.meta.url)): string | undefined {
	try {
		const data = parse(readFileSync(file, 'utf8')) as { brand?: { siteUrl?: unknown } } | null;
		return typeof data?.brand?.siteUrl === 'string' ? data.brand.siteUrl : undefined;
	} catch {
		// A broken support.yaml is reported, with its line, by the content guard that runs next.
		return undefined;
	}
}
