import { z } from 'zod';
import { kebabCase, strictObject, uniqueIds } from './shared.ts';

/**
 * One section of a category: a group of articles with its own heading on the category page and its
 * own page at `/<category>/<section>/`, so that a category of hundreds of articles stays browsable.
 */
export const sectionSchema = strictObject({
	/** Part of the section's address (`/payments/paying-back/`) and what articles name in `section:`. */
	id: kebabCase.meta({
		description: 'Lowercase words joined by hyphens. Articles name it in `section:`; it is also the address of the section page.',
		examples: ['paying-back'],
	}),
	/** Heading of the group on the category page and of the section page. */
	title: z
		.string()
		.trim()
		.min(3)
		.max(40)
		.meta({ description: 'Heading of the section on the category page and on its own page. 3–40 characters.', examples: ['Paying back'] }),
	/** An optional sentence under the heading. */
	description: z
		.string()
		.trim()
		.max(200)
		.optional()
		.meta({
			description: 'Optional sentence under the heading. At most 200 characters.',
			examples: ['Instalments, due dates and paying early.'],
		}),
});

/**
 * One category of the help center (`content/categories.yaml`). This file is the one list of
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
	/** The sections of the category page, in the order they appear; every article names one. */
	sections: uniqueIds(sectionSchema, (id) => `The section \`${id}\` is listed twice in this category. Keep one entry.`)
		.min(1, { error: 'List at least one section, for example `sections: [{ id: getting-started, title: Getting started }]`.' })
		.meta({
			description: 'The groups of articles on the category page, in order. Every article of the category names one in `section:`.',
			examples: [[{ id: 'paying-back', title: 'Paying back', description: 'Instalments, due dates and paying early.' }]],
		}),
});
export const categoriesFileSchema = uniqueIds(categorySchema, (id) => `The category \`${id}\` is listed twice. Keep one entry.`);

export type Category = z.output<typeof categorySchema>;
export type Section = z.output<typeof sectionSchema>;
