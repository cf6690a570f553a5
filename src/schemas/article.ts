import { z } from 'zod';
import { categoryField, isoDate, kebabCase, listOr, strictObject, closest } from './shared.ts';

/** Bounds that writers see in messages and in the writing guide. */
export const LIMITS = {
	title: { min: 8, max: 70 },
	description: { min: 50, max: 160 },
	questions: { max: 20, minLength: 5, maxLength: 160 },
	tags: { max: 8 },
	related: { max: 6 },
	topics: { max: 3 },
} as const;

/**
 * Days after its last review (or, never reviewed, its last update) before an article is due for
 * another: `npm run check` warns, and the FAQ coverage report counts it as stale. Named once here.
 */
export const REVIEW_AGE_DAYS = 365;

/** What the schema needs to know about the rest of the content to list allowed values. */
export interface ArticleSchemaContext {
	/** Category ids from `content/categories.yaml`, the one list of categories. When given, others are errors listing these. */
	categoryIds?: readonly string[] | undefined;
	/** Topic ids from `content/topics.yaml`. When given, unknown topics are errors listing these. */
	topicIds?: readonly string[] | undefined;
	/** Article ids (`<category>/<slug>`). When given, `related` must name one of these. */
	articleIds?: readonly string[] | undefined;
	/** Section ids of each category, from `content/categories.yaml`. When given, `section` must be one of its category's. */
	sectionIds?: Readonly<Record<string, readonly string[]>> | undefined;
	/** Market ids from `content/markets.yaml`. When given, `markets` must name these. */
	marketIds?: readonly string[] | undefined;
	/**
	 * The market whose own article this is (`content/markets/<market>/…`): it is published there
	 * only, so it has no `markets` field.
	 */
	ownMarket?: string | undefined;
	/** A shared article (`content/articles/…`): it follows no source, so it has no `sourceUpdated`. */
	shared?: boolean | undefined;
}

const WHERE = {
	topic: 'The topic ids are listed in content/topics.yaml.',
	article: 'Article ids are `<category>/<slug>`: the path of the file under content/articles/ without `.mdx`.',
	market: 'The market ids are listed in content/markets.yaml.',
} as const;

const RULE_OF = { topic: 'unknown-topic', article: 'unknown-related', market: 'unknown-market' } as const;

function oneOf(values: readonly string[] | undefined, what: keyof typeof WHERE, example: string) {
	const base = z.string({ error: `Write the ${what} id as text, for example \`${example}\`.` });
	if (!values) return base;
	// A Set: `related` names articles, and a site has thousands (a list made the check quadratic).
	const known = new Set(values);
	return base.refine((value) => known.has(value), {
		params: { rule: RULE_OF[what] },
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

/** `markets:` of a shared article: some of the markets; refused in a market's own article. */
function marketsField(context: ArticleSchemaContext) {
	const { ownMarket } = context;
	if (ownMarket) {
		return (
			z
				.undefined({
					error: `This article is in content/markets/${ownMarket}/, so it is published in the market \`${ownMarket}\` only: remove \`markets:\`.`,
				})
				// Typed as the shared field, so every article has one frontmatter type; it is always undefined here.
				.optional() as unknown as z.ZodOptional<z.ZodArray<z.ZodString>>
		);
	}
	return z
		.array(oneOf(context.marketIds, 'market', 'us'), { error: 'List the markets as a YAML list, for example `markets: [us]`.' })
		.min(1, {
			error: 'List at least one market, for example `markets: [us]`, or remove `markets:` to publish the article in every market.',
		})
		.optional();
}

/**
 * `sourceUpdated:` of a market's own version of a shared article (a translation, or a market's own
 * wording): the shared article's `updated` date it follows, so the check can say when the shared
 * article changed since. A shared article has no source to follow, so it may not have one.
 */
function sourceUpdatedField(context: ArticleSchemaContext) {
	if (context.shared) {
		return z
			.undefined({
				error: "Only a market's own version of a shared article (in content/markets/<market>/) follows a source: remove `sourceUpdated:`.",
			})
			.optional() as unknown as z.ZodOptional<typeof isoDate>;
	}
	return isoDate.optional();
}

/** What `npm run new:article` writes in `topics` when no `--topic` is given; the check points at it. */
export const TOPIC_PLACEHOLDER = 'choose-a-topic';

/**
 * Frontmatter of a help-center article (`content/articles/<category>/<slug>.mdx`).
 * Shared by Astro's content collection, the Node scripts and the tests: no Astro imports here.
 * Each field's `meta` (description, examples) feeds the writing guide and the editors' JSON Schema.
 */
export function createArticleSchema(context: ArticleSchemaContext = {}) {
	const fields = strictObject({
		title: z
			.string({
				error: (issue) =>
					issue.input === undefined
						? 'Add a `title`: the task the article helps with, for example "Pay off your purchase early".'
						: 'Write the title as text. Put it in double quotes if it starts with a number or contains a colon.',
			})
			.trim()
			.min(LIMITS.title.min, { error: `The title is too short: use at least ${LIMITS.title.min} characters.` })
			.max(LIMITS.title.max, {
				error: (issue) =>
					`The title is too long (${String(issue.input).length} characters): keep it to ${LIMITS.title.max} characters or fewer.`,
			})
			.meta({
				description: `The task or question the article answers, in the customer's words. Shown as the page heading and in search results. ${LIMITS.title.min}–${LIMITS.title.max} characters.`,
				examples: ['Pay off your purchase early'],
			}),
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
			})
			.meta({
				description: `One or two plain sentences saying what the article answers. Shown under the title in search results and link previews. ${LIMITS.description.min}–${LIMITS.description.max} characters.`,
				examples: ['How to pay an instalment before its due date or settle the whole balance at once.'],
			}),
		category: categoryField(
			context.categoryIds,
			(input, hint, ids) => `Unknown category \`${input}\`${hint ? `: did you mean \`${hint}\`?` : '.'} Use one of ${listOr(ids)}.`,
		).meta({
			description: 'The category the article belongs to. Must match the folder the file is in.',
			examples: ['payments'],
		}),
		section: z
			.string({
				error:
					'Add a `section`: where the article is listed on its category page, for example `section: paying`. Each category lists its sections in content/categories.yaml.',
			})
			.pipe(kebabCase)
			.meta({
				description: 'Where the article is listed on its category page: one of the section ids of its category in content/categories.yaml.',
				examples: ['paying'],
			}),
		topics: z
			.array(oneOf(context.topicIds, 'topic', 'pay-early'), {
				error: 'List the topics as a YAML list, for example `topics: [pay-early]`.',
			})
			.min(1, { error: 'Add at least one topic from content/topics.yaml, for example `topics: [pay-early]`.' })
			.max(LIMITS.topics.max, {
				error: `List at most ${LIMITS.topics.max} topics: only the needs this article is the main answer for.`,
			})
			.meta({
				description: `The 1–${LIMITS.topics.max} customer needs (ids from content/topics.yaml) this article is the main answer for.`,
				examples: [['pay-early']],
			}),
		questions: z
			.array(
				z
					.string({ error: 'Write each question as text.' })
					.trim()
					.min(LIMITS.questions.minLength, { error: 'This question is too short to help search.' })
					.max(LIMITS.questions.maxLength, {
						error: `Keep each question under ${LIMITS.questions.maxLength} characters.`,
					}),
				{ error: 'List the questions as a YAML list of text lines.' },
			)
			.max(LIMITS.questions.max, { error: `List at most ${LIMITS.questions.max} questions.` })
			.default([])
			.meta({
				description: `How customers ask for this, in their words: all help search; up to three written as questions in sentence case are shown on the page. At most ${LIMITS.questions.max}.`,
				examples: [['Can I pay off everything now?']],
			}),
		tags: z
			.array(kebabCase, { error: 'List tags as a YAML list, for example `tags: [late-fee]`.' })
			.max(LIMITS.tags.max, { error: `Use at most ${LIMITS.tags.max} tags.` })
			.default([])
			.meta({
				description: `Short lowercase keywords joined by hyphens. At most ${LIMITS.tags.max}.`,
				examples: [['late-fee', 'due-date']],
			}),
		updated: isoDate.meta({
			description: 'The date the content last changed, as YYYY-MM-DD. Cannot be in the future.',
			examples: ['2026-11-20'],
		}),
		sourceUpdated: sourceUpdatedField(context).meta({
			description:
				"In a market's own version of a shared article (a translation, or the market's own wording): the shared article's `updated` date this version follows, as YYYY-MM-DD. The check warns when the shared article changes after it.",
			examples: ['2026-11-16'],
		}),
		reviewed: isoDate.optional().meta({
			description: `The date someone last checked the article is still correct, as YYYY-MM-DD. Articles not checked for ${REVIEW_AGE_DAYS} days get a warning.`,
			examples: ['2026-11-20'],
		}),
		related: z
			.array(oneOf(context.articleIds, 'article', 'payments/late-payments'), {
				error: 'List related articles as a YAML list, for example `related: [payments/late-payments]`.',
			})
			.max(LIMITS.related.max, { error: `Suggest at most ${LIMITS.related.max} related articles.` })
			.default([])
			.meta({
				description: `Other articles to suggest at the end, as \`<category>/<file name>\`. At most ${LIMITS.related.max}.`,
				examples: [['payments/late-payments']],
			}),
		markets: marketsField(context).meta({
			description:
				"The markets (ids from content/markets.yaml) this article is published in, when it is not for every market of its language. Leave it out to publish the article everywhere. Not used in a market's own articles (content/markets/<market>/).",
			examples: [['us']],
		}),
		order: z
			.number({ error: 'Write `order` as a whole number, for example `order: 10`.' })
			.int({ error: 'Write `order` as a whole number, for example `order: 10`.' })
			.default(100)
			.meta({ description: 'Position on the category page: lower numbers come first.', examples: [10] }),
		draft: z
			.boolean({ error: 'Write `draft: true` or `draft: false`.' })
			.default(false)
			.meta({
				description: '`true` keeps the article off the published site; `npm run dev` still shows it, with a banner.',
				examples: [true],
			}),
	});
	const { sectionIds } = context;
	// Which sections exist depends on the category, so the section is checked on the whole object.
	return fields.check(
		z.superRefine((data, ctx) => {
			const sections = sectionIds?.[data.category];
			const { section } = data;
			if (!sections || typeof section !== 'string' || sections.includes(section)) return;
			// `paying` is a plausible start of `paying-back`, though too far for a typo.
			const hint = closest(section, sections) ?? sections.find((id) => id.startsWith(section));
			ctx.addIssue({
				code: 'custom',
				path: ['section'],
				params: { rule: 'unknown-section' },
				input: section,
				message: `Unknown section \`${section}\`${hint ? `: did you mean \`${hint}\`?` : '.'} Sections of ${data.category}: ${listOr(sections)}.`,
			});
		}),
	);
}

export type ArticleFrontmatter = z.output<ReturnType<typeof createArticleSchema>>;
export type ArticleFrontmatterInput = z.input<ReturnType<typeof createArticleSchema>>;

/** The id of the article at `<category>/<slug>.mdx`, also its URL path without slashes. */
export function articleIdFromPath(relativePath: string): string {
	return relativePath.replace(/\\/g, '/').replace(/\.mdx?$/, '');
}
