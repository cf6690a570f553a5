import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_PATHS } from '../../src/lib/content/files.ts';
import { requireDataFile } from '../../src/lib/node/content-files.ts';

/** The project root, whatever directory the script is run from. */
export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Topic id → category id, from content/topics.yaml. */
export function readTopicCategories(root = ROOT): Map<string, string> {
	return new Map((requireDataFile(root, 'topics') ?? []).map((t) => [t.id, t.category]));
}

/**
 * The project a built site `dist` was built from: the folder around it when that folder is a
 * project (it has content/markets.yaml), so `--dist <copy>/dist --market de` finds a market only
 * that copy has; this project otherwise.
 */
export function projectOfDist(dist: string): string {
	const around = path.dirname(path.resolve(dist));
	return existsSync(path.join(around, CONTENT_PATHS.markets)) ? around : ROOT;
}
