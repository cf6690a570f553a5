import { readdirSync } from 'node:fs';
import path from 'node:path';
import { articleIdFromPath } from '../../schemas/article.ts';
import { CONTENT_PATHS } from '../content/files.ts';
import { loadDataFile } from './content-files.ts';
import { ownArticleLocation } from '../markets/publication.ts';

/** The `.md`/`.mdx` files under `dir`, relative to it with forward slashes; none when it does not exist. */
function list(root: string, dir: string): string[] {
	try {
		return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.mdx?$/.test(file))
			.map((file) => file.split(path.sep).join('/'));
	} catch {
		return [];
	}
}

export interface ContentIndex {
	categoryIds: string[] | undefined;
	topicIds: string[] | undefined;
	articleIds: string[] | undefined;
	/** Market ids from `content/markets.yaml`; undefined while it cannot be read. */
	marketIds: string[] | undefined;
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
	const marketIds = (loadDataFile(root, 'markets').data ?? []).map((m) => m.id);
	// The shared articles and the markets' own (`content/markets/<market>/<category>/<slug>.mdx`).
	const articleIds = new Set(list(root, CONTENT_PATHS.articles).map(articleIdFromPath));
	for (const file of list(root, CONTENT_PATHS.marketArticles)) {
		const location = ownArticleLocation(`${CONTENT_PATHS.marketArticles}${file}`);
		if (location) articleIds.add(location.id);
	}
	return {
		marketIds: known(marketIds),
		categoryIds: known(categoryIds),
		topicIds: known(topicIds),
		articleIds: known([...articleIds]),
		sectionIds: categories.length ? Object.fromEntries(categories.map((c) => [c.id, c.sections.map((s) => s.id)])) : undefined,
	};
}
