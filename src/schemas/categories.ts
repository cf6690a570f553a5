import { z } from 'zod';
import { CATEGORY_IDS } from './article.ts';
import { strictObject } from './shared.ts';

/** One section of the help center (`content/categories.yaml`). */
export const categorySchema = strictObject({
	/** Matches the folder under `content/articles/` and the URL, for example `payments`. */
	id: z.enum(CATEGORY_IDS, { error: `Use one of ${CATEGORY_IDS.map((c) => `\`${c}\``).join(', ')}.` }),
	/** Heading shown on the home page card and the category page. */
	title: z.string().trim().min(3).max(40),
	/** One sentence under the title. */
	description: z.string().trim().min(20).max(200),
	/** Position on the home page: lower first. */
	order: z.number().int(),
});
export const categoriesFileSchema = z
	.array(categorySchema)
	.refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
		error: 'Each category id may appear only once.',
	});

export type Category = z.output<typeof categorySchema>;
