import { readdirSync } from 'node:fs';
import path from 'node:path';
import { articleIdFromPath } from '../../schemas/article.ts';
import { CONTENT_PATHS } from '../content/files.ts';
import { loadDataFile } from './content-files.ts';

export interface ContentIndex {
	categoryIds: string[] | undefined;
	topicIds: string[] | undefined;
	articleIds: string[] | undefined;
	/** Section ids of each category; undefined while `content/categories.yaml` cannot be read. */
	sectionIds: Record<string, string[]> | undefined;
}

/** A list, or undefined when it is empty: the schemas then accept any well-formed id. */
const known = (ids: string[]) => (ids.length ? ids : undefined);

/**
 * The category, topic and article ids the content schemas list as allowed values, read
 * synchronously because Astro evaluates `content.config.ts` synchronously. Unreadable files give no
 * list: the content guard reports them with file and line.
 */
export function contentIndex(root: string): ContentIndex {
	const categories = loadDataFile(root, 'categories').data ?? [];
	const categoryIds = categories.map((c) => c.id);
	const topicIds = (loadDataFile(root, 'topics').data ?? []).map((t) => t.id);
	let articleIds: string[];
	try {
		articleIds = readdirSync(path.join(root, CONTENT_PATHS.articles), { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.mdx?$/.test(file))
			.map((file) => articleIdFromPath(file.split(path.sep).join('/')));
	} catch {
		articleIds = [];
	}
	return {
		categoryIds: known(categoryIds),
		topicIds: known(topicIds),
		articleIds: known(articleIds),
		sectionIds: categories.length ? Object.fromEntries(categories.map((c) => [c.id, c.sections.map((s) => s.id)])) : undefined,
	};
}
