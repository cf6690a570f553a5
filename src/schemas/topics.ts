import { z } from 'zod';
import { CATEGORY_IDS } from './article.ts';
import { kebabCase, strictObject } from './shared.ts';

/** A customer need the help center must answer (`content/topics.yaml`). */
export const topicSchema = strictObject({
	/** Permanent id, used by articles' `topics` and by question banks. Never rename a published id. */
	id: kebabCase,
	/** The category whose articles answer it. */
	category: z.enum(CATEGORY_IDS, { error: `Use one of ${CATEGORY_IDS.map((c) => `\`${c}\``).join(', ')}.` }),
	/** Short name of the need, shown in coverage reports. */
	title: z.string().trim().min(3).max(80),
	/** One sentence: what the customer wants to do or know. */
	description: z.string().trim().min(10).max(240),
});
export const topicsFileSchema = z.array(topicSchema).superRefine((list, ctx) => {
	const seen = new Set<string>();
	list.forEach((topic, index) => {
		if (seen.has(topic.id)) {
			ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `The topic id \`${topic.id}\` is listed twice.` });
		}
		seen.add(topic.id);
	});
});

export type Topic = z.output<typeof topicSchema>;
