import { z } from 'zod';
import { isoDate, kebabCase, listOr, strictObject, closest } from './shared.ts';

export const CATEGORY_IDS = ['payments', 'refunds', 'security', 'accounts'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Bounds that writers see in messages and in the writing guide. */
export const LIMITS = {
	title: { min: 8, max: 70 },
	description: { min: 50, max: 160 },
	questions: { max: 20, minLength: 5, maxLength: 160 },
	tags: { max: 8 },
	related: { max: 6 },
	topics: { max: 3 },
} as const;

/** What the schema needs to know about the rest of the content to list allowed values. */
export interface ArticleSchemaContext {
	/** Topic ids from `content/topics.yaml`. When given, unknown topics are errors listing these. */
	topicIds?: readonly string[];
	/** Article ids (`<category>/<slug>`). When given, `related` must name one of these. */
	articleIds?: readonly string[];
}

const WHERE = {
	topic: 'The topic ids are listed in content/topics.yaml.',
	article: 'Article ids are `<category>/<slug>`: the path of the file under content/articles/ without `.mdx`.',
} as const;

function oneOf(values: readonly string[] | undefined, what: keyof typeof WHERE, example: string) {
	const base = z.string({ error: `Write the ${what} id as text, for example \`${example}\`.` });
	if (!values) return base;
	return base.refine((value) => values.includes(value), {
		error: (issue) => {
			const input = String(issue.input);
			const hint = closest(input, values);
			return hint
				? `Unknown ${what} \`${input}\`: did you mean \`${hint}\`?`
				: values.length <= 12
					? `Unknown ${what} \`${input}\`. Use one of ${listOr(values)}.`
					: `Unknown ${what} \`${input}\`. ${WHERE[what]}`;
		},
	});
}

/**
 * Frontmatter of a help-center article (`content/articles/<category>/<slug>.mdx`).
 * Shared by Astro's content collection, the Node scripts and the tests: no Astro imports here.
 */
export function createArticleSchema(context: ArticleSchemaContext = {}) {
	return strictObject({
		/** The question or task the article answers, in the customer's words. Shown as the page heading. */
		title: z
			.string({ error: 'Add a `title`: the task the article helps with, for example "Pay off your purchase early".' })
			.trim()
			.min(LIMITS.title.min, { error: `The title is too short: use at least ${LIMITS.title.min} characters.` })
			.max(LIMITS.title.max, { error: `The title is too long: keep it under ${LIMITS.title.max} characters.` }),
		/** One or two plain sentences: the meta description and the excerpt shown in search results. */
		description: z
			.string({ error: 'Add a `description`: one or two sentences that say what the article answers.' })
			.trim()
			.min(LIMITS.description.min, {
				error: (issue) =>
					`The description is too short (${String(issue.input).length} characters): write ${LIMITS.description.min}–${LIMITS.description.max} characters that say what the article answers.`,
			})
			.max(LIMITS.description.max, {
				error: (issue) =>
					`The description is too long (${String(issue.input).length} characters): keep it between ${LIMITS.description.min} and ${LIMITS.description.max} characters; search results cut longer text.`,
			}),
		/** The section the article belongs to. Must match the folder the file is in. */
		category: z.enum(CATEGORY_IDS, {
			error: (issue) => {
				const hint = closest(String(issue.input), CATEGORY_IDS);
				return `Unknown category \`${String(issue.input)}\`${hint ? `: did you mean \`${hint}\`?` : '.'} Use one of ${listOr(CATEGORY_IDS)}.`;
			},
		}),
		/** The one to three customer needs (ids from `content/topics.yaml`) this article is the main answer for. */
		topics: z
			.array(oneOf(context.topicIds, 'topic', 'pay-early'), {
				error: 'List the topics as a YAML list, for example `topics: [pay-early]`.',
			})
			.min(1, { error: 'Add at least one topic from content/topics.yaml, for example `topics: [pay-early]`.' })
			.max(LIMITS.topics.max, {
				error: `List at most ${LIMITS.topics.max} topics: only the needs this article is the main answer for.`,
			}),
		/** How customers phrase this need ("can I pay it all off now?"). Helps search; shown on the page. */
		questions: z
			.array(
				z
					.string()
					.trim()
					.min(LIMITS.questions.minLength, { error: 'This question is too short to help search.' })
					.max(LIMITS.questions.maxLength, {
						error: `Keep each question under ${LIMITS.questions.maxLength} characters.`,
					}),
				{ error: 'List the questions as a YAML list of text lines.' },
			)
			.max(LIMITS.questions.max, { error: `List at most ${LIMITS.questions.max} questions.` })
			.default([]),
		/** Short lowercase keywords, for example `[late-fee, due-date]`. */
		tags: z
			.array(kebabCase, { error: 'List tags as a YAML list, for example `tags: [late-fee]`.' })
			.max(LIMITS.tags.max, { error: `Use at most ${LIMITS.tags.max} tags.` })
			.default([]),
		/** The date the content last changed, as YYYY-MM-DD. */
		updated: isoDate,
		/** The date someone last checked the article is still correct, as YYYY-MM-DD. Optional. */
		reviewed: isoDate.optional(),
		/** Other articles to suggest at the end, as `<category>/<slug>` ids, for example `payments/late-payments`. */
		related: z
			.array(oneOf(context.articleIds, 'article', 'payments/late-payments'), {
				error: 'List related articles as a YAML list, for example `related: [payments/late-payments]`.',
			})
			.max(LIMITS.related.max, { error: `Suggest at most ${LIMITS.related.max} related articles.` })
			.default([]),
		/** Position on the category page: lower numbers come first. Defaults to 100. */
		order: z.number({ error: 'Write `order` as a whole number, for example `order: 10`.' }).int().default(100),
		/** `true` keeps the article out of the built site; it still shows in `npm run dev` with a banner. */
		draft: z.boolean({ error: 'Write `draft: true` or `draft: false`.' }).default(false),
	});
}

export type ArticleFrontmatter = z.output<ReturnType<typeof createArticleSchema>>;
export type ArticleFrontmatterInput = z.input<ReturnType<typeof createArticleSchema>>;

/** The id of the article at `<category>/<slug>.mdx`, also its URL path without slashes. */
export function articleIdFromPath(relativePath: string): string {
	return relativePath.replace(/\\/g, '/').replace(/\.mdx?$/, '');
}

export function articleUrl(id: string): string {
	return `/${id}/`;
}
