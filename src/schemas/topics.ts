import { z } from 'zod';
import { CATEGORY_IDS } from './article.ts';
import { closest, kebabCase, listOr, strictObject } from './shared.ts';

/** A customer need the help center must answer (`content/topics.yaml`). */
export const topicSchema = strictObject({
	/** Permanent id, used by articles' `topics` and by question banks. Never rename a published id. */
	id: kebabCase,
	/** The category whose articles answer it. */
	category: z.enum(CATEGORY_IDS, {
		error: (issue) => {
			const hint = closest(String(issue.input), CATEGORY_IDS);
			return `\`${String(issue.input)}\` is not a category${hint ? `: did you mean \`${hint}\`?` : '.'} Use one of ${listOr(CATEGORY_IDS)}.`;
		},
	}),
	/** Short name of the need, shown in coverage reports. */
	title: z.string().trim().min(3).max(80),
	/** One sentence: what the customer wants to do or know. */
	description: z.string().trim().min(10).max(240),
});
export const topicsFileSchema = z.array(topicSchema).superRefine((list, ctx) => {
	const seen = new Set<string>();
	list.forEach((topic, index) => {
		if (seen.has(topic.id)) {
			ctx.addIssue({
				code: 'custom',
				path: [index, 'id'],
				params: { rule: 'duplicate-id' },
				message: `The topic id \`${topic.id}\` is listed twice. Keep one entry; ids must be unique.`,
			});
		}
		seen.add(topic.id);
	});
});

export type Topic = z.output<typeof topicSchema>;
