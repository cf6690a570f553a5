// `checkContent`: every content file and the links between them, checked at once. Each check lives
// in its own module; this one reads the data files in order (categories first: the others are
// checked against them), runs the checks and gathers their problems.
import { articleIdFromPath, createArticleSchema, REVIEW_AGE_DAYS, type ArticleFrontmatter } from '../../schemas/article.ts';
import type { Category } from '../../schemas/categories.ts';
import { CHANNEL_IDS } from '../../schemas/channels.ts';
import type { SupportConfig } from '../../schemas/support.ts';
import type { Topic } from '../../schemas/topics.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { SynonymsSource } from '../search/synonyms.ts';
import { isIsoDate, today as todayRule } from '../shared/dates.ts';
import { categoryUrl, HOME_URL, sectionUrl } from '../shared/urls.ts';
import { asRecord, checkArticleFacts, checkDuplicates, checkSectionSlugs, readArticle, type ArticleRecord } from './articles.ts';
import { checkBody, type SiteIndex } from './body.ts';
import { collectKnownContacts } from './contact-details.ts';
import { CONTENT_PATHS, readDataFile, supportFilePath, type ContentSources, type SourceFile } from './files.ts';
import { parseYaml } from './frontmatter.ts';
import { checkNotices } from './notices.ts';
import { checkQuestionBanks } from './question-bank.ts';
import { checkPastSpecialDays, checkSupportSchedule } from './support.ts';
import { checkSynonymsFile } from './synonyms.ts';
import { checkUnansweredTopics } from './topics.ts';

export interface CheckOptions {
	/** Today's date, `YYYY-MM-DD`, for future dates, review age and past special days. Defaults to the project's rule for today. */
	today?: string | undefined;
	/** Days after its last review before an article gets a `stale-review` warning. */
	reviewAgeDays?: number | undefined;
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

/** The addresses of the site's pages other than articles. */
function sitePages(sources: ContentSources, categories: readonly Category[]): Set<string> {
	const pages = new Set(sources.pages ?? [HOME_URL]);
	for (const category of categories) {
		pages.add(categoryUrl(category.id));
		for (const section of category.sections) pages.add(sectionUrl(category.id, section.id));
	}
	return pages;
}

/**
 * Validates every content file and the links between them, and returns every problem at once.
 * Pure: the caller reads the files (see `src/lib/node/read-content.ts`) and passes today's date.
 */
export function checkContent(sources: ContentSources, checkOptions: CheckOptions = {}): ContentCheckResult {
	const options: { today: string; reviewAgeDays: number } = {
		today: checkOptions.today ?? todayRule(),
		reviewAgeDays: checkOptions.reviewAgeDays ?? REVIEW_AGE_DAYS,
	};
	if (!isIsoDate(options.today)) throw new Error(`today must be a date written YYYY-MM-DD, not "${options.today}"`);
	const problems: Problem[] = [];
	// Categories first: they are the one list the topics, the routing rules and the articles name.
	const categoriesFile = readDataFile('categories', sources.categories);
	const categories = categoriesFile.data ?? [];
	const categoryIds = categories.map((c) => c.id);
	const context = { categoryIds: categoryIds.length ? categoryIds : undefined };
	const topicsFile = readDataFile('topics', sources.topics, context);
	const topics = topicsFile.data ?? [];
	const marketsFile = readDataFile('markets', sources.markets);
	problems.push(...categoriesFile.problems, ...topicsFile.problems, ...marketsFile.problems);
	// Each support file the markets name, once. The first market's is the one the body checks use for now.
	const supportPaths = [...new Set((marketsFile.data ?? []).map((m) => supportFilePath(m.support)))];
	let support: SupportConfig | undefined;
	let firstSupport: SourceFile | undefined;
	for (const supportPath of supportPaths) {
		const source = sources.supports?.get(supportPath);
		const read = readDataFile('support', source, context, supportPath);
		problems.push(...read.problems);
		if (read.data && source) {
			problems.push(...checkSupportSchedule(read.data, source), ...checkPastSpecialDays(read.data, source, options.today));
			if (read.yaml) problems.push(...checkNotices(read.data, { path: source.path, yaml: read.yaml }, options.today));
		}
		if (!firstSupport) {
			firstSupport = source;
			support = read.data;
		}
	}

	const articleFiles = [...sources.articles].sort((a, b) => a.path.localeCompare(b.path));
	if (!articleFiles.length) {
		problems.push(
			problem('no-articles', CONTENT_PATHS.articles, {
				message: 'No articles were found, so the site would be empty. Articles are `.mdx` files in content/articles/<category>/.',
			}),
		);
	}
	const articleIds = articleFiles.map((f) => articleIdFromPath(f.path.slice(CONTENT_PATHS.articles.length)));
	const schema = createArticleSchema({
		categoryIds: context.categoryIds,
		topicIds: topics.length ? topics.map((t) => t.id) : undefined,
		articleIds,
		sectionIds: categories.length ? Object.fromEntries(categories.map((c) => [c.id, c.sections.map((s) => s.id)])) : undefined,
	});
	const records = articleFiles.map((file) => readArticle(file, schema, { topics, categoryIds }, problems));
	const byId = new Map(records.map((r) => [r.id, r]));

	for (const record of records) checkArticleFacts(record, byId, categories, options, problems);
	checkDuplicates(records, problems);
	if (sources.categories && categoriesFile.yaml) {
		problems.push(...checkSectionSlugs(categories, { path: sources.categories.path, yaml: categoriesFile.yaml }, records));
	}

	// What the body checks need to know about the whole site.
	const supportRaw = firstSupport ? asRecord(parseYaml(firstSupport.text).data) : undefined;
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

	if (articleFiles.length && sources.topics && topicsFile.yaml) {
		problems.push(...checkUnansweredTopics(topics, { path: sources.topics.path, yaml: topicsFile.yaml }, records));
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
