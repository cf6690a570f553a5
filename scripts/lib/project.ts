import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireDataFile } from '../../src/lib/node/content-files.ts';

/** The project root, whatever directory the script is run from. */
export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Topic id → category id, from content/topics.yaml. */
export function readTopicCategories(root = ROOT): Map<string, string> {
	return new Map((requireDataFile(root, 'topics') ?? []).map((t) => [t.id, t.category]));
}
