import { z } from 'zod';
import { kebabCase, strictObject } from './shared.ts';

/**
 * One section of the help center (`content/categories.yaml`). This file is the one list of
 * categories: articles, topics and the contact routing rules are checked against its ids.
 */
export const categorySchema = strictObject({
	/** Matches the folder under `content/articles/` and the URL, for example `payments`. */
	id: kebabCase,
	/** Heading shown on the home page card and the category page. */
	title: z.string().trim().min(3).max(40),
	/** One sentence under the title. */
	description: z.string().trim().min(20).max(200),
	/** Position on the home page: lower first. */
	order: z.number().int(),
});
export const categoriesFileSchema = z.array(categorySchema).superRefine((list, ctx) => {
	const seen = new Set<string>();
	list.forEach((category, index) => {
		if (seen.has(category.id)) {
			ctx.addIssue({
				code: 'custom',
				path: [index, 'id'],
				params: { rule: 'duplicate-id' },
				message: `The category \`${category.id}\` is listed twice. Keep one entry.`,
			});
		}
		seen.add(category.id);
	});
});

export type Category = z.output<typeof categorySchema>;
