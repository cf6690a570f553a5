import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articleIdFromPath } from '../../schemas/article.ts';

/**
 * The topic ids and article ids the article schema lists as allowed values, read synchronously
 * because Astro evaluates `content.config.ts` synchronously. Unreadable files give an empty list:
 * the content guard reports them with file and line.
 */
export function contentIndex(root: string): { topicIds: string[]; articleIds: string[] } {
	let topicIds: string[] = [];
	try {
		const topics = parse(readFileSync(path.join(root, 'content/topics.yaml'), 'utf8'));
		if (Array.isArray(topics)) topicIds = topics.map((t) => t?.id).filter((id): id is string => typeof id === 'string');
	} catch {
		topicIds = [];
	}
	let articleIds: string[] = [];
	try {
		const dir = path.join(root, 'content/articles');
		articleIds = readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.mdx?$/.test(file))
			.map((file) => articleIdFromPath(file.split(path.sep).join('/')));
	} catch {
		articleIds = [];
	}
	return { topicIds, articleIds };
}
