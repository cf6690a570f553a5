import { z } from 'zod';
import { CATEGORY_IDS } from './article.ts';
import { closest, listOr, strictObject } from './shared.ts';

/** One section of the help center (`content/categories.yaml`). */
export const categorySchema = strictObject({
	/** Matches the folder under `content/articles/` and the URL, for example `payments`. */
	id: z.enum(CATEGORY_IDS, {
		error: (issue) => {
			const hint = closest(String(issue.input), CATEGORY_IDS);
			return `\`${String(issue.input)}\` is not a category${hint ? `: did you mean \`${hint}\`?` : '.'} Use one of ${listOr(CATEGORY_IDS)}.`;
		},
	}),
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
