// Customer needs nobody answers: every topic in content/topics.yaml needs a published article. A
// warning, not an error: support leads add a need before writers answer it, and the coverage report
// is where it then shows (as `no-article`), so the site must still build.
import { closest } from '../../schemas/shared.ts';
import type { Topic } from '../../schemas/topics.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { ArticleRecord } from './articles.ts';
import type { ParsedYaml } from './frontmatter.ts';

/**
 * The topics the published (not draft) articles among `records` list. Claimed even when the rest of
 * the frontmatter is broken, and a misspelt topic claims the topic it was meant to be: one mistake
 * in an article is reported once, where it is.
 */
export function claimedTopics(records: readonly ArticleRecord[], ids: readonly string[]): Set<string> {
	const claimed = new Set<string>();
	for (const record of records) {
		if (record.draft) continue;
		const listed = Array.isArray(record.raw?.topics) ? record.raw.topics : (record.salvagedTopics ?? []);
		for (const topic of listed) {
			if (typeof topic !== 'string') continue;
			claimed.add(ids.includes(topic) ? topic : (closest(topic, ids) ?? topic));
		}
	}
	return claimed;
}

/** One `unanswered-topic` problem, at the topic's line, for each topic no published article lists. */
export function checkUnansweredTopics(
	topics: readonly Topic[],
	file: { path: string; yaml: ParsedYaml },
	records: readonly ArticleRecord[],
): Problem[] {
	const claimed = claimedTopics(
		records,
		topics.map((t) => t.id),
	);
	return topics.flatMap((topic, index) =>
		claimed.has(topic.id)
			? []
			: [
					problem('unanswered-topic', file.path, {
						line: file.yaml.lineOf([index, 'id']),
						message: `No published article lists \`${topic.id}\` in its \`topics\`, so customers with this need find no answer. Add it to the article that answers it, or write one: npm run new:article -- ${topic.category} "<Title>" --topic ${topic.id}`,
					}),
				],
	);
}
