import { z } from 'zod';
import { kebabCase, strictObject, uniqueIds } from './shared.ts';

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
export const categoriesFileSchema = uniqueIds(categorySchema, (id) => `The category \`${id}\` is listed twice. Keep one entry.`);

export type Category = z.output<typeof categorySchema>;
