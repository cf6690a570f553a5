import { fileURLToPath } from 'node:url';
import { readDataFile, supportFilePath } from '../content/files.ts';
import { loadDataFile, readSourceFile } from './content-files.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The help center's public address, from the first market's support file (every market's pages
 * live under it), for the sitemap, canonical and `hreflang` links; undefined while a file has a
 * problem, which the content guard reports with its line.
 */
export function siteUrl(root = PROJECT_ROOT): string | undefined {
	const first = loadDataFile(root, 'markets').data?.[0];
	if (!first) return undefined;
	const path = supportFilePath(first.support);
	return readDataFile('support', readSourceFile(root, path), {}, path).data?.brand.siteUrl;
}
