import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { topicsFileSchema } from '../../src/schemas/topics.ts';

/** The project root, whatever directory the script is run from. */
export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Topic id → category id, from content/topics.yaml. */
export async function readTopicCategories(root = ROOT): Promise<Map<string, string>> {
	const topics = topicsFileSchema.parse(parse(await readFile(path.join(root, 'content/topics.yaml'), 'utf8')));
	return new Map(topics.map((t) => [t.id, t.category]));
}
