import { z } from 'zod';
import { categoryField, kebabCase, listOr, strictObject, uniqueIds } from './shared.ts';

/** What the topic schema needs to know about the rest of the content. */
export interface TopicSchemaContext {
	/** Category ids from `content/categories.yaml`; when given, a topic's category must be one. */
	categoryIds?: readonly string[] | undefined;
}

/** A customer need the help center must answer (`content/topics.yaml`). */
function createTopicSchema(context: TopicSchemaContext = {}) {
	return strictObject({
		/** Permanent id, used by articles' `topics` and by question banks. Never rename a published id. */
		id: kebabCase,
		/** The category whose articles answer it. */
		category: categoryField(
			context.categoryIds,
			(input, hint, ids) => `\`${input}\` is not a category${hint ? `: did you mean \`${hint}\`?` : '.'} Use one of ${listOr(ids)}.`,
		),
		/** Short name of the need, shown in coverage reports. */
		title: z.string().trim().min(3).max(80),
		/** One sentence: what the customer wants to do or know. */
		description: z.string().trim().min(10).max(240),
	});
}

export function createTopicsFileSchema(context: TopicSchemaContext = {}) {
	return uniqueIds(createTopicSchema(context), (id) => `The topic id \`${id}\` is listed twice. Keep one entry; ids must be unique.`);
}

export type Topic = z.output<ReturnType<typeof createTopicSchema>>;
