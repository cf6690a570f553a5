import { fileURLToPath } from 'node:url';
import { loadMarkets } from './markets.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The help center's public address from the first market's support file, for the sitemap and
 * canonical links; undefined while content/markets.yaml or that file has a problem, which the
 * content guard reports with its line.
 */
export function siteUrl(root = PROJECT_ROOT): string | undefined {
	try {
		return loadMarkets(root)[0]?.support.brand.siteUrl;
	} catch {
		return undefined;
	}
}
