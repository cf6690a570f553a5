// Reading each article (file name, frontmatter, body) and the checks that need one article and the
// list of all of them: folder and category, related articles, dates and review age, leftover
// `TODO`s, and duplicate file names and titles.
import { isQuestion, SHOWN_QUESTIONS, shownQuestionFault, suggestShownQuestion } from './shown-questions.ts';
import { articleIdFromPath, TOPIC_PLACEHOLDER, type ArticleFrontmatter, type createArticleSchema } from '../../schemas/article.ts';
import { toIsoDate } from '../../schemas/calendar.ts';
import type { Category } from '../../schemas/categories.ts';
import { closest, isKebabCase, isoDate, listOr } from '../../schemas/shared.ts';
import type { Topic } from '../../schemas/topics.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { formatPath } from '../shared/words.ts';
import { friendlyErrorMap, issuesToProblems } from '../problems/schema-issues.ts';
import { slugifyTitle } from '../shared/slugs.ts';
import { CONTENT_PATHS, type SourceFile } from './files.ts';
import { sectionUrl } from '../shared/urls.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './frontmatter.ts';
import { readBody, type BodyFacts } from './mdx-body.ts';

const DAY = 86_400_000;

/** One article file as the first pass read it. */
export interface ArticleRecord {
	file: SourceFile;
	/** The folder its category folders are in: `content/articles/`, or `content/markets/<market>/` for a market's own article. */
	base: string;
	/** The market whose own article it is (`content/markets/<market>/…`); undefined for a shared article. */
	ownMarket?: string | undefined;
	id: string;
	/** The category folder, when the file sits directly in one. */
	folder: string | undefined;
	slug: string;
	yaml: ParsedYaml | undefined;
	raw: Record<string, unknown> | undefined;
	data: ArticleFrontmatter | undefined;
	draft: boolean;
	facts: BodyFacts | undefined;
	/** Topic ids read line by line when the YAML as a whole cannot be parsed. */
	salvagedTopics?: string[];
	body: string;
	bodyLine: number;
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function validDate(value: unknown): Date | undefined {
	const result = isoDate.safeParse(value);
	return result.success ? result.data : undefined;
}

/** Frontmatter text values with a leftover `TODO`, with their YAML path. */
function placeholders(value: unknown, path: (string | number)[] = []): (string | number)[][] {
	if (typeof value === 'string') return /\bTODO\b/.test(value) ? [path] : [];
	if (Array.isArray(value)) return value.flatMap((item, index) => placeholders(item, [...path, index]));
	const record = asRecord(value);
	return record ? Object.entries(record).flatMap(([key, item]) => placeholders(item, [...path, key])) : [];
}

/**
 * The topic ids of frontmatter that does not parse as YAML, read line by line (`topics: [a, b]` or
 * a `- a` list), so that one YAML mistake does not also report the article's topics as unanswered.
 */
function salvageTopics(frontmatter: string): string[] {
	const flow = /^topics:\s*\[([^\]]*)\]/m.exec(frontmatter);
	if (flow) return flow[1]!.split(',').map((t) => t.trim().replace(/^["']|["']$/g, '')).filter(Boolean);
	const block = /^topics:\s*\n((?:[ \t]*-[^\n]*\n?)+)/m.exec(frontmatter);
	return block ? [...block[1]!.matchAll(/-\s*["']?([^"'\s#]+)/g)].map((m) => m[1]!) : [];
}

/**
 * Reads one article: file name, frontmatter and body. Problems found on the way go to `problems`;
 * `categoryIds` are the categories from `content/categories.yaml`, when that file could be read.
 * `base` is the folder of its category folders: `content/articles/`, or `content/markets/<market>/`
 * for a market's own article (then `ownMarket` names the market).
 */
export function readArticle(
	file: SourceFile,
	schema: ReturnType<typeof createArticleSchema>,
	context: { topics: readonly Topic[]; categoryIds: readonly string[] },
	problems: Problem[],
	base: string = CONTENT_PATHS.articles,
	ownMarket?: string,
): ArticleRecord {
	const relative = file.path.slice(base.length);
	const id = articleIdFromPath(relative.replace(/\.(mdx?|markdown)$/i, '.mdx'));
	const parts = id.split('/');
	const slug = parts.at(-1)!;
	const extension = /\.[^./]+$/.exec(relative)?.[0] ?? '';
	const record: ArticleRecord = {
		file,
		base,
		ownMarket,
		id,
		folder: parts.length === 2 ? parts[0] : undefined,
		slug,
		yaml: undefined,
		raw: undefined,
		data: undefined,
		draft: false,
		facts: undefined,
		body: '',
		bodyLine: 1,
	};

	// The name `npm run new:article` would have given a title with these words.
	const suggestion = slugifyTitle(slug);
	if (extension !== '.mdx') {
		problems.push(
			problem('not-mdx', file.path, {
				message: `Articles must end in \`.mdx\`; the site ignores \`${extension}\` files, so this one would never be published. Rename it to ${isKebabCase(slug) ? slug : suggestion}.mdx.`,
			}),
		);
	}
	if (parts.length !== 2) {
		problems.push(
			problem('bad-file-name', file.path, {
				message: `Articles live directly in a category folder: move it to ${base}<category>/${suggestion}.mdx.`,
			}),
		);
	} else if (!isKebabCase(slug)) {
		problems.push(
			problem('bad-file-name', file.path, {
				message: `The file name becomes the web address, so it must be lowercase words joined by hyphens: rename it to ${suggestion}.mdx.`,
			}),
		);
	}

	const split = splitFrontmatter(file.text);
	if (split.frontmatter === undefined) {
		problems.push(
			problem('missing-frontmatter', file.path, {
				line: 1,
				message: split.unclosed
					? 'The frontmatter starts with `---` on line 1 but is never closed. Add a line with only `---` after the last field.'
					: 'The article has no frontmatter. Start the file with a `---` line, the fields (title, description, category, topics, updated), and another `---` line.',
			}),
		);
		// Without frontmatter the whole file is body; with an unclosed block it is mostly YAML.
		if (!split.unclosed) record.facts = readBody(split.body, split.bodyLine);
		return record;
	}
	record.body = split.body;
	record.bodyLine = split.bodyLine;
	record.facts = readBody(split.body, split.bodyLine);

	const yaml = parseYaml(split.frontmatter, split.frontmatterLine);
	record.yaml = yaml;
	for (const error of yaml.errors) {
		problems.push(problem('yaml-syntax', file.path, { line: error.line, message: error.message }));
	}
	if (yaml.errors.length) {
		record.salvagedTopics = salvageTopics(split.frontmatter);
		return record;
	}
	record.raw = asRecord(yaml.data) ?? {};
	record.draft = record.raw.draft === true;

	const result = schema.safeParse(record.raw, { reportInput: true, error: friendlyErrorMap });
	if (result.success) {
		record.data = result.data;
		return record;
	}
	for (const found of issuesToProblems(result.error.issues, file.path, yaml.lineOf, split.frontmatterLine)) {
		const issue = result.error.issues.find((i) => found.field === formatPath(i.path));
		if (found.rule === 'unknown-topic' && issue && 'input' in issue && issue.input === TOPIC_PLACEHOLDER) {
			const category = context.categoryIds.includes(String(record.raw.category)) ? String(record.raw.category) : record.folder;
			const own = context.topics.filter((t) => t.category === category).map((t) => t.id);
			found.rule = 'topic-placeholder';
			found.message = `Replace \`${TOPIC_PLACEHOLDER}\` with the 1–3 needs this article is the main answer for${own.length ? `. Topics in ${category}: ${listOr(own)}` : ''}. All topics are in content/topics.yaml.`;
		}
		problems.push(found);
	}
	return record;
}

/** Checks between an article, its folder and the rest of the content: folders, related, dates, placeholders. */
export function checkArticleFacts(
	article: ArticleRecord,
	byId: ReadonlyMap<string, ArticleRecord>,
	categories: readonly Category[],
	options: { today: string; reviewAgeDays: number },
	problems: Problem[],
) {
	const { raw, yaml, file } = article;
	const path = file.path;
	const folder = article.folder;
	if (folder && categories.length && !categories.some((c) => c.id === folder)) {
		const hint = closest(folder, categories.map((c) => c.id));
		problems.push(
			problem('unknown-category-folder', path, {
				message: `The folder \`${folder}\` is not a category${hint ? ` (did you mean \`${hint}\`?)` : ''}. Move the file into one of: ${categories.map((c) => `${article.base}${c.id}/`).join(', ')}.`,
			}),
		);
	} else if (folder && raw && typeof raw.category === 'string' && categories.some((c) => c.id === raw.category) && raw.category !== folder) {
		problems.push(
			problem('wrong-category-folder', path, {
				line: yaml?.lineOf(['category']),
				field: 'category',
				message: `The article says \`category: ${raw.category}\` but is in the \`${folder}\` folder. Move the file to ${article.base}${raw.category}/, or change the line to \`category: ${folder}\`.`,
			}),
		);
	}
	if (!raw || !yaml) return;

	if (Array.isArray(raw.related)) {
		raw.related.forEach((entry, index) => {
			if (typeof entry !== 'string') return;
			if (entry === article.id) {
				problems.push(
					problem('related-self', path, {
						line: yaml.lineOf(['related', index]),
						field: `related[${index}]`,
						message: `An article cannot suggest itself: remove \`${entry}\` from \`related\`.`,
					}),
				);
			} else if (byId.get(entry)?.draft && !article.draft) {
				problems.push(
					problem('related-draft', path, {
						line: yaml.lineOf(['related', index]),
						field: `related[${index}]`,
						message: `\`${entry}\` is a draft, so it is not suggested on the published page until it is published.`,
					}),
				);
			}
		});
	}

	const today = validDate(options.today)!;
	// A date that is already today somewhere on Earth (up to a day ahead of this machine) is not future.
	const latestToday = new Date(today.getTime() + DAY);
	const dates: Partial<Record<'updated' | 'reviewed', Date>> = {};
	for (const key of ['updated', 'reviewed'] as const) {
		const date = validDate(raw[key]);
		if (!date) continue;
		dates[key] = date;
		if (date > latestToday) {
			problems.push(
				problem('future-date', path, {
					line: yaml.lineOf([key]),
					field: key,
					message: `${toIsoDate(date)} is in the future (today is ${options.today}). Write the date the ${key === 'updated' ? 'change was made' : 'review happened'}, for example \`${key}: ${options.today}\`.`,
				}),
			);
		}
	}
	const lastChecked = dates.reviewed ?? dates.updated;
	if (lastChecked && !article.draft) {
		const age = Math.floor((today.getTime() - lastChecked.getTime()) / DAY);
		if (age > options.reviewAgeDays) {
			const key = dates.reviewed ? 'reviewed' : 'updated';
			problems.push(
				problem('stale-review', path, {
					line: yaml.lineOf([key]),
					field: key,
					message: `Last ${dates.reviewed ? 'reviewed' : 'updated, and never reviewed,'} on ${toIsoDate(lastChecked)}: ${age} days ago (the limit is ${options.reviewAgeDays}). Check the article is still correct, then set \`reviewed: ${options.today}\`.`,
				}),
			);
		}
	}

	// The first questions are where writers put those meant for the page: a question there that is
	// not written as the page shows questions is most likely meant to be shown, and is not.
	if (Array.isArray(raw.questions)) {
		raw.questions.slice(0, SHOWN_QUESTIONS).forEach((question, index) => {
			if (typeof question !== 'string' || !isQuestion(question)) return;
			const fault = shownQuestionFault(question);
			if (!fault) return;
			problems.push(
				problem('shown-question-style', path, {
					line: yaml.lineOf(['questions', index]),
					field: `questions[${index}]`,
					message: `Questions written as the page shows them appear under "Questions this answers"; this one does not ${fault}, so customers do not see it. Write it as "${suggestShownQuestion(question)}", or move it below the first ${SHOWN_QUESTIONS} questions if it is only for search.`,
				}),
			);
		});
	}

	for (const fieldPath of placeholders(raw)) {
		problems.push(
			problem('placeholder-text', path, {
				line: yaml.lineOf(fieldPath),
				field: formatPath(fieldPath),
				message: 'This field still has a `TODO` prompt. Replace it with the real text before publishing.',
			}),
		);
	}
}

/**
 * Section ids that are also the file name of an article in the same category: the section page and
 * the article would share one address. Reported at the section's line in `content/categories.yaml`.
 */
export function checkSectionSlugs(
	categories: readonly Category[],
	file: { path: string; yaml: ParsedYaml },
	records: readonly ArticleRecord[],
): Problem[] {
	return categories.flatMap((category, index) =>
		category.sections.flatMap((section, position) => {
			const article = records.find((r) => r.folder === category.id && r.slug === section.id);
			if (!article) return [];
			return [
				problem('section-slug-clash', file.path, {
					line: file.yaml.lineOf([index, 'sections', position, 'id']),
					message: `The section \`${section.id}\` of ${category.id} and the article ${article.file.path} would both be at ${sectionUrl(category.id, section.id)}. Rename the section (and the \`section:\` of its articles), or rename the article file and update links to it.`,
				}),
			];
		}),
	);
}

/** Articles that share a file name or a title. */
export function checkDuplicates(articles: readonly ArticleRecord[], problems: Problem[]) {
	const bySlug = new Map<string, ArticleRecord[]>();
	const byTitle = new Map<string, ArticleRecord[]>();
	for (const article of articles) {
		if (article.folder) bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);
		const title = article.raw?.title;
		if (typeof title === 'string' && title.trim()) {
			const key = title.trim().toLowerCase().replace(/\s+/g, ' ');
			byTitle.set(key, [...(byTitle.get(key) ?? []), article]);
		}
	}
	for (const group of bySlug.values()) {
		if (group.length < 2) continue;
		for (const article of group) {
			const others = group.filter((a) => a !== article).map((a) => a.file.path);
			problems.push(
				problem('duplicate-slug', article.file.path, {
					message: `${listOr(others).replace(/`/g, '')} has the same file name, so the two addresses differ only by category. Rename one of them to say what is different about it.`,
				}),
			);
		}
	}
	for (const group of byTitle.values()) {
		if (group.length < 2) continue;
		for (const article of group) {
			const others = group.filter((a) => a !== article).map((a) => a.file.path);
			problems.push(
				problem('duplicate-title', article.file.path, {
					line: article.yaml?.lineOf(['title']),
					field: 'title',
					message: `${listOr(others).replace(/`/g, '')} has the same title, so customers cannot tell them apart. Make the titles say what is different, or merge the articles.`,
				}),
			);
		}
	}
}
