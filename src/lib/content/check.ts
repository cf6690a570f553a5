import type { z } from 'zod';
import {
	articleIdFromPath,
	CATEGORY_IDS,
	createArticleSchema,
	TOPIC_PLACEHOLDER,
	type ArticleFrontmatter,
} from '../../schemas/article.ts';
import { categoriesFileSchema, type Category } from '../../schemas/categories.ts';
import { topicsFileSchema, type Topic } from '../../schemas/topics.ts';
import { CHANNEL_IDS, supportSchema, type SupportConfig } from '../../schemas/support.ts';
import { closest, isoDate, listOr, toIsoDate } from '../../schemas/shared.ts';
import { checkBody, type SiteIndex } from './body.ts';
import { collectKnownContacts } from './contact-details.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './frontmatter.ts';
import { readBody, type BodyFacts } from './mdx-body.ts';
import { friendlyErrorMap, issuesToProblems, problem, type Problem } from '../problems/problem.ts';
import { checkQuestionBanks } from './question-bank.ts';
import { checkSupportSchedule } from './support.ts';
import { checkSynonymsFile } from './synonyms.ts';
import type { SynonymsSource } from '../search/synonyms.ts';

/** A content file as read from disk: its path relative to the project root and its text. */
export interface SourceFile {
	path: string;
	text: string;
}

export interface ContentSources {
	categories?: SourceFile | undefined;
	topics?: SourceFile | undefined;
	support?: SourceFile | undefined;
	/** `content/synonyms.yaml`, the search synonyms; optional. */
	synonyms?: SourceFile | undefined;
	/** Every article file under `content/articles/` (`.mdx`, and misnamed `.md`), path relative to the project root. */
	articles: SourceFile[];
	/** Addresses of the site's fixed pages (`/`, `/contact/`, `/search/`…), so links to them count as valid. */
	pages?: string[] | undefined;
	/** Project-relative paths of the files under `public/` and `content/`, to check that images exist. */
	files?: string[] | undefined;
	/** Question banks: every `.csv` file under `content/questions/`. */
	questions?: SourceFile[] | undefined;
}

export interface CheckOptions {
	/** Today's date, `YYYY-MM-DD`, for future dates and review age. Defaults to {@link defaultToday}. */
	today?: string | undefined;
	/** Days after its last review before an article gets a `stale-review` warning. */
	reviewAgeDays?: number | undefined;
}

export const DEFAULT_REVIEW_AGE_DAYS = 365;

/**
 * Today's date in the earliest time zone on Earth (UTC+14): a date that is already "today"
 * somewhere is never reported as in the future, whatever the clock of the machine running the check.
 */
export function defaultToday(now: Date = new Date()): string {
	return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

export interface CheckedArticle {
	id: string;
	file: string;
	data: ArticleFrontmatter;
	body: string;
	bodyLine: number;
}

export interface ContentCheckResult {
	problems: Problem[];
	categories: Category[];
	topics: Topic[];
	support: SupportConfig | undefined;
	/** The search synonyms, when the file exists and is valid. */
	synonyms: SynonymsSource | undefined;
	/** Articles whose frontmatter passed the schema. */
	articles: CheckedArticle[];
}

export const ARTICLES_DIR = 'content/articles/';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = 86_400_000;

function parseYamlFile<T>(
	file: SourceFile | undefined,
	expectedPath: string,
	schema: z.ZodType<T>,
	problems: Problem[],
): T | undefined {
	if (!file) {
		problems.push(
			problem('missing-file', expectedPath, {
				message: `The file ${expectedPath} is missing. Restore it from version control.`,
			}),
		);
		return undefined;
	}
	const parsed = parseYaml(file.text);
	for (const error of parsed.errors) {
		problems.push(problem('yaml-syntax', file.path, { line: error.line, message: error.message }));
	}
	if (parsed.errors.length) return undefined;
	const result = schema.safeParse(parsed.data, { reportInput: true, error: friendlyErrorMap });
	if (result.success) return result.data;
	problems.push(...issuesToProblems(result.error.issues, file.path, parsed.lineOf));
	return undefined;
}

/** One article file as the first pass read it. */
interface ArticleRecord {
	file: SourceFile;
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

function asRecord(value: unknown): Record<string, unknown> | undefined {
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

function fieldName(path: readonly (string | number)[]): string {
	return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${part}`)).join('');
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

/** Reads one article: file name, frontmatter and body. Problems found on the way go to `problems`. */
function readArticle(file: SourceFile, schema: ReturnType<typeof createArticleSchema>, topics: readonly Topic[], problems: Problem[]): ArticleRecord {
	const relative = file.path.slice(ARTICLES_DIR.length);
	const id = articleIdFromPath(relative.replace(/\.(mdx?|markdown)$/i, '.mdx'));
	const parts = id.split('/');
	const slug = parts.at(-1)!;
	const extension = /\.[^./]+$/.exec(relative)?.[0] ?? '';
	const record: ArticleRecord = {
		file,
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

	const suggestion = slug.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	if (extension !== '.mdx') {
		problems.push(
			problem('not-mdx', file.path, {
				message: `Articles must end in \`.mdx\`; the site ignores \`${extension}\` files, so this one would never be published. Rename it to ${SLUG.test(slug) ? slug : suggestion}.mdx.`,
			}),
		);
	}
	if (parts.length !== 2) {
		problems.push(
			problem('bad-file-name', file.path, {
				message: `Articles live directly in a category folder: move it to content/articles/<category>/${suggestion}.mdx.`,
			}),
		);
	} else if (!SLUG.test(slug)) {
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
		const issue = result.error.issues.find((i) => found.field === fieldName(i.path as (string | number)[]));
		if (found.rule === 'unknown-topic' && issue && 'input' in issue && issue.input === TOPIC_PLACEHOLDER) {
			const category = (CATEGORY_IDS as readonly unknown[]).includes(record.raw.category) ? record.raw.category : record.folder;
			const own = topics.filter((t) => t.category === category).map((t) => t.id);
			found.rule = 'topic-placeholder';
			found.message = `Replace \`${TOPIC_PLACEHOLDER}\` with the 1–3 needs this article is the main answer for${own.length ? `. Topics in ${category}: ${listOr(own)}` : ''}. All topics are in content/topics.yaml.`;
		}
		problems.push(found);
	}
	return record;
}

/** Checks between articles and their frontmatter: folders, related, dates, placeholders. */
function checkFrontmatterFacts(
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
				message: `The folder \`${folder}\` is not a category${hint ? ` (did you mean \`${hint}\`?)` : ''}. Move the file into one of: ${categories.map((c) => `content/articles/${c.id}/`).join(', ')}.`,
			}),
		);
	} else if (folder && raw && typeof raw.category === 'string' && (CATEGORY_IDS as readonly string[]).includes(raw.category) && raw.category !== folder) {
		problems.push(
			problem('wrong-category-folder', path, {
				line: yaml?.lineOf(['category']),
				field: 'category',
				message: `The article says \`category: ${raw.category}\` but is in the \`${folder}\` folder. Move the file to content/articles/${raw.category}/, or change the line to \`category: ${folder}\`.`,
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
	const dates: Partial<Record<'updated' | 'reviewed', Date>> = {};
	for (const key of ['updated', 'reviewed'] as const) {
		const date = validDate(raw[key]);
		if (!date) continue;
		dates[key] = date;
		if (date > today) {
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

	for (const fieldPath of placeholders(raw)) {
		problems.push(
			problem('placeholder-text', path, {
				line: yaml.lineOf(fieldPath),
				field: fieldName(fieldPath),
				message: 'This field still has a `TODO` prompt. Replace it with the real text before publishing.',
			}),
		);
	}
}

/** Articles that share a file name or a title. */
function checkDuplicates(articles: readonly ArticleRecord[], problems: Problem[]) {
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

/** The addresses of the site's pages other than articles. */
function sitePages(sources: ContentSources, categories: readonly Category[]): Set<string> {
	const pages = new Set(sources.pages ?? ['/']);
	for (const category of categories) pages.add(`/${category.id}/`);
	return pages;
}

/**
 * Validates every content file and the links between them, and returns every problem at once.
 * Pure: the caller reads the files (see `src/lib/node/read-content.ts`) and passes today's date.
 */
export function checkContent(sources: ContentSources, checkOptions: CheckOptions = {}): ContentCheckResult {
	const options: { today: string; reviewAgeDays: number } = {
		today: checkOptions.today ?? defaultToday(),
		reviewAgeDays: checkOptions.reviewAgeDays ?? DEFAULT_REVIEW_AGE_DAYS,
	};
	if (!validDate(options.today)) throw new Error(`today must be a date written YYYY-MM-DD, not "${options.today}"`);
	const problems: Problem[] = [];
	const categories = parseYamlFile(sources.categories, 'content/categories.yaml', categoriesFileSchema, problems) ?? [];
	const topics = parseYamlFile(sources.topics, 'content/topics.yaml', topicsFileSchema, problems) ?? [];
	const support = parseYamlFile(sources.support, 'content/support.yaml', supportSchema, problems);
	if (support && sources.support) problems.push(...checkSupportSchedule(support, sources.support));

	const articleFiles = [...sources.articles].sort((a, b) => a.path.localeCompare(b.path));
	if (!articleFiles.length) {
		problems.push(
			problem('no-articles', ARTICLES_DIR, {
				message: 'No articles were found, so the site would be empty. Articles are `.mdx` files in content/articles/<category>/.',
			}),
		);
	}
	const articleIds = articleFiles.map((f) => articleIdFromPath(f.path.slice(ARTICLES_DIR.length)));
	const schema = createArticleSchema({
		topicIds: topics.length ? topics.map((t) => t.id) : undefined,
		articleIds,
	});
	const records = articleFiles.map((file) => readArticle(file, schema, topics, problems));
	const byId = new Map(records.map((r) => [r.id, r]));

	for (const record of records) checkFrontmatterFacts(record, byId, categories, options, problems);
	checkDuplicates(records, problems);

	// What the body checks need to know about the whole site.
	const supportRaw = sources.support ? asRecord(parseYaml(sources.support.text).data) : undefined;
	const channels = asRecord(supportRaw?.channels);
	const siteUrl = asRecord(supportRaw?.brand)?.siteUrl;
	const site: SiteIndex = {
		articles: new Map(
			records.map((r) => [r.id, { draft: r.draft, anchors: r.facts && !r.facts.syntaxError ? r.facts.headings.map((h) => h.id) : undefined }]),
		),
		pages: sitePages(sources, categories),
		files: sources.files ? new Set(sources.files) : undefined,
		origin: typeof siteUrl === 'string' && URL.canParse(siteUrl) ? siteUrl : undefined,
		knownContacts: collectKnownContacts(supportRaw),
		responseTimes: channels
			? Object.fromEntries(CHANNEL_IDS.map((id) => [id, Boolean(asRecord(channels[id])?.responseTime)]))
			: undefined,
	};
	for (const record of records) {
		if (record.facts) problems.push(...checkBody({ id: record.id, file: record.file.path, draft: record.draft, facts: record.facts }, site));
	}

	// Topics that no published article answers.
	if (articleFiles.length && sources.topics) {
		const ids = topics.map((t) => t.id);
		const claimed = new Set<string>();
		for (const record of records) {
			// Claimed even when the rest of the frontmatter is broken, and a misspelt topic claims the
			// topic it was meant to be: one mistake in an article is reported once, where it is.
			if (record.draft) continue;
			const listed = Array.isArray(record.raw?.topics) ? record.raw.topics : (record.salvagedTopics ?? []);
			for (const topic of listed) {
				if (typeof topic !== 'string') continue;
				claimed.add(ids.includes(topic) ? topic : (closest(topic, ids) ?? topic));
			}
		}
		const topicLines = parseYaml(sources.topics.text);
		topics.forEach((topic, index) => {
			if (claimed.has(topic.id)) return;
			problems.push(
				problem('unanswered-topic', sources.topics!.path, {
					line: topicLines.lineOf([index, 'id']),
					message: `No published article lists \`${topic.id}\` in its \`topics\`, so customers with this need find no answer. Add it to the article that answers it, or write one: npm run new:article -- ${topic.category} "<Title>" --topic ${topic.id}`,
				}),
			);
		});
	}

	const articles: CheckedArticle[] = records
		.filter((r): r is ArticleRecord & { data: ArticleFrontmatter } => r.data !== undefined)
		.map((r) => ({ id: r.id, file: r.file.path, data: r.data, body: r.body, bodyLine: r.bodyLine }));
	const synonyms =
		sources.synonyms &&
		checkSynonymsFile(
			sources.synonyms,
			problems,
			articles.map((a) => [a.data.title, ...a.data.questions, a.body].join('\n')),
		);
	if (topics.length) problems.push(...checkQuestionBanks(sources.questions ?? [], topics.map((t) => t.id)).problems);
	return { problems, categories, topics, support, synonyms, articles };
}
