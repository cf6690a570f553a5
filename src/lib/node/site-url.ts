import { fileURLToPath } from 'node:url';
import { loadDataFile } from './content-files.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The help center's public address from `content/support.yaml`, for the sitemap and canonical
 * links; undefined while that file has a problem, which the content guard reports with its line.
 */
export function siteUrl(root = PROJECT_ROOT): string | undefined {
	return loadDataFile(root, 'support').data?.brand.siteUrl;
}
