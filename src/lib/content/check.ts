// `checkContent`: every content file and the links between them, checked at once. Each check lives
// in its own module; this one reads the data files in order (categories first: the others are
// checked against them), runs the checks and gathers their problems.
import { toIsoDate } from '../../schemas/calendar.ts';
import { articleIdFromPath, createArticleSchema, REVIEW_AGE_DAYS, type ArticleFrontmatter } from '../../schemas/article.ts';
import type { Category } from '../../schemas/categories.ts';
import { CHANNEL_IDS, offeredChannels } from '../../schemas/channels.ts';
import type { SupportConfig } from '../../schemas/support.ts';
import type { Topic } from '../../schemas/topics.ts';
import { closest, listOr } from '../../schemas/shared.ts';
import { languageOf, localeSlug, type MarketSetup } from '../markets/markets.ts';
import { searchLanguage } from '../search/language.ts';
import { marketArticles, type PublishedArticle } from '../markets/publication.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { SynonymsSource } from '../search/synonyms.ts';
import { isIsoDate, today as todayRule } from '../shared/dates.ts';
import { categoryUrl, HOME_URL, sectionUrl } from '../shared/urls.ts';
import { asRecord, checkArticleFacts, checkDuplicates, checkSectionSlugs, readArticle, type ArticleRecord } from './articles.ts';
import { checkBody, type SiteIndex } from './body.ts';
import { collectKnownContacts } from './contact-details.ts';
import { CONTENT_PATHS, readDataFile, supportFilePath, type ContentSources, type SourceFile } from './files.ts';
import { parseYaml } from './frontmatter.ts';
import { checkMarkets, type MarketSupport } from './markets-check.ts';
import { checkMessages } from './messages.ts';
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
	/** The frontmatter as written, before the schema (what Astro's content loader validates again). */
	frontmatter: Record<string, unknown>;
	body: string;
	bodyLine: number;
}

export interface ContentCheckResult {
	problems: Problem[];
	categories: Category[];
	topics: Topic[];
	/** Every market whose entry and support file are valid, in the order of content/markets.yaml. */
	markets: MarketSetup[];
	/** The articles each market publishes, by market id (every market of content/markets.yaml, when that file is valid). */
	published: Map<string, PublishedArticle[]>;
	/** The search synonyms, when the file exists and is valid. */
	synonyms: SynonymsSource | undefined;
	/** Shared articles whose frontmatter passed the schema. */
	articles: CheckedArticle[];
	/** Markets' own articles whose frontmatter passed the schema, each with its market. */
	marketArticles: (CheckedArticle & { market: string })[];
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
	problems.push(...categoriesFile.problems, ...topicsFile.problems);

	// The markets, and each support file once, however many markets share it.
	const marketsFile = readDataFile('markets', sources.markets);
	problems.push(...marketsFile.problems);
	const marketList = marketsFile.data ?? [];
	const supportFiles = new Map<string, { data: SupportConfig | undefined; source: SourceFile | undefined; raw: Record<string, unknown> | undefined }>();
	/** Reads and checks one support file, once: its schema, its schedule, past special days and notices. */
	const checkSupportFile = (supportPath: string, source: SourceFile | undefined) => {
		const file = readDataFile('support', source, context, supportPath);
		const read = { data: file.data, source, raw: source ? asRecord(parseYaml(source.text).data) : undefined };
		supportFiles.set(supportPath, read);
		if (!source) return read;
		problems.push(...file.problems);
		if (file.data) {
			problems.push(...checkSupportSchedule(file.data, source), ...checkPastSpecialDays(file.data, source, options.today));
			if (file.yaml) problems.push(...checkNotices(file.data, { path: source.path, yaml: file.yaml }, options.today));
		}
		return read;
	};
	const markets: MarketSetup[] = [];
	marketList.forEach((market, index) => {
		const supportPath = supportFilePath(market.support);
		let read = supportFiles.get(supportPath);
		if (!read) {
			const source = sources.supports?.get(supportPath);
			read = checkSupportFile(supportPath, source);
			if (!source) {
				problems.push(
					problem('missing-file', CONTENT_PATHS.markets, {
						line: marketsFile.yaml?.lineOf([index, 'support']),
						field: `[${index}].support`,
						message: `The market \`${market.id}\` names the support file ${supportPath}, which does not exist. Create it (start from a copy of another market's support file), or correct \`support:\`: a path inside content/, such as \`support/us.yaml\`.`,
					}),
				);
				return;
			}
		}
		if (read.data) {
			const locale = market.locales[0]!;
			markets.push({ market, locale, slug: localeSlug(locale), support: read.data, supportPath });
		}
	});
	// Support files no valid market names (content/markets.yaml has a mistake): still checked on their own.
	for (const [supportPath, source] of sources.supports ?? []) {
		if (!supportFiles.has(supportPath)) checkSupportFile(supportPath, source);
	}
	const marketIds = marketList.map((m) => m.id);
	// The interface strings: English, and every market's language, each with every key.
	const messages = checkMessages(
		sources.messages ?? [],
		categories,
		marketList.flatMap((market, index) =>
			market.locales.map((locale, i) => ({ market: market.id, locale, line: marketsFile.yaml?.lineOf([index, 'locales', i]) })),
		),
	);
	problems.push(...messages.problems);

	const articleFiles = [...sources.articles].sort((a, b) => a.path.localeCompare(b.path));
	if (!articleFiles.length) {
		problems.push(
			problem('no-articles', CONTENT_PATHS.articles, {
				message: 'No articles were found, so the site would be empty. Articles are `.mdx` files in content/articles/<category>/.',
			}),
		);
	}
	const articleIds = articleFiles.map((f) => articleIdFromPath(f.path.slice(CONTENT_PATHS.articles.length)));
	// A market's own articles: `content/markets/<market>/<category>/<slug>.mdx`.
	const ownFiles = [...(sources.marketArticles ?? [])].sort((a, b) => a.path.localeCompare(b.path));
	const ownPlaces = ownFiles.map((file) => {
		const market = file.path.slice(CONTENT_PATHS.marketArticles.length).split('/')[0]!;
		const base = `${CONTENT_PATHS.marketArticles}${market}/`;
		return { file, market, base, id: articleIdFromPath(file.path.slice(base.length)) };
	});
	const schemaContext = {
		categoryIds: context.categoryIds,
		topicIds: topics.length ? topics.map((t) => t.id) : undefined,
		sectionIds: categories.length ? Object.fromEntries(categories.map((c) => [c.id, c.sections.map((s) => s.id)])) : undefined,
		marketIds: marketIds.length ? marketIds : undefined,
	};
	const schema = createArticleSchema({ ...schemaContext, articleIds, shared: true });
	const records = articleFiles.map((file) => readArticle(file, schema, { topics, categoryIds }, problems));
	const ownRecords: ArticleRecord[] = [];
	for (const place of ownPlaces) {
		if (marketList.length && !marketIds.includes(place.market)) {
			const hint = closest(place.market, marketIds);
			problems.push(
				problem('unknown-market', place.file.path, {
					message: `The folder content/markets/${place.market}/ is not a market in content/markets.yaml${hint ? `: did you mean content/markets/${hint}/?` : '.'} Each market's own articles live in content/markets/<market id>/<category>/; the markets are ${listOr(marketIds)}.`,
				}),
			);
			continue;
		}
		if (!place.file.path.slice(CONTENT_PATHS.marketArticles.length).includes('/')) {
			problems.push(
				problem('bad-file-name', place.file.path, {
					message: `A market's own article lives in content/markets/<market>/<category>/<file name>.mdx; move this file into its market's folder.`,
				}),
			);
			continue;
		}
		// A market's article may suggest the shared articles and that market's own.
		const ownIds = [...new Set([...articleIds, ...ownPlaces.filter((p) => p.market === place.market).map((p) => p.id)])];
		const ownSchema = createArticleSchema({ ...schemaContext, articleIds: ownIds, ownMarket: place.market });
		ownRecords.push(readArticle(place.file, ownSchema, { topics, categoryIds }, problems, place.base, place.market));
	}
	const allRecords = [...records, ...ownRecords];
	const byId = new Map(records.map((r) => [r.id, r]));

	for (const record of records) checkArticleFacts(record, byId, categories, options, problems);
	for (const record of ownRecords) {
		const inMarket = new Map([...byId, ...ownRecords.filter((r) => r.ownMarket === record.ownMarket).map((r) => [r.id, r] as const)]);
		checkArticleFacts(record, inMarket, categories, options, problems);
	}
	// A market's own version that follows an older version of the shared article at its address.
	for (const record of ownRecords) {
		const follows = record.data?.sourceUpdated;
		if (!follows || !record.yaml) continue;
		const source = byId.get(record.id);
		const line = record.yaml.lineOf(['sourceUpdated']);
		if (!source) {
			problems.push(
				problem('source-out-of-date', record.file.path, {
					line,
					field: 'sourceUpdated',
					message: `There is no shared article at content/articles/${record.id}.mdx for this one to follow, so \`sourceUpdated:\` says nothing: remove it, or correct the file name.`,
				}),
			);
			continue;
		}
		const sourceDate = source.data?.updated;
		if (sourceDate && sourceDate.getTime() > follows.getTime()) {
			problems.push(
				problem('source-out-of-date', record.file.path, {
					line,
					field: 'sourceUpdated',
					message: `${source.file.path} was updated on ${toIsoDate(sourceDate)}, after ${toIsoDate(follows)}, the version this one follows. Compare the two, bring this one up to date, then set \`sourceUpdated: ${toIsoDate(sourceDate)}\`.`,
				}),
			);
		}
	}
	checkDuplicates(records, problems);
	if (sources.categories && categoriesFile.yaml) {
		problems.push(...checkSectionSlugs(categories, { path: sources.categories.path, yaml: categoriesFile.yaml }, allRecords));
	}

	// What each market publishes: the shared articles, limited by `markets:`, replaced or added to by its own.
	const published = marketArticles(
		marketList.map((market) => ({ market, locale: market.locales[0]! })),
		records.map((r) => ({ id: r.id, file: r.file.path, markets: r.data?.markets })),
		ownRecords.map((r) => ({ market: r.ownMarket!, id: r.id, file: r.file.path })),
	);
	// Within a market, a market's own article may not share a file name or title with another of its articles.
	const ownPaths = new Set(ownRecords.map((r) => r.file.path));
	const recordByFile = new Map(allRecords.map((r) => [r.file.path, r]));
	for (const list of published.values()) {
		if (!list.some((a) => a.source === 'own')) continue;
		const found: Problem[] = [];
		checkDuplicates(
			list.flatMap((a) => recordByFile.get(a.file) ?? []),
			found,
		);
		for (const p of found) {
			if (ownPaths.has(p.file) && !problems.some((q) => q.file === p.file && q.rule === p.rule && q.message === p.message)) problems.push(p);
		}
	}

	// What the body checks need to know about the whole site: links are checked against the
	// articles of every market here, and per market in `checkMarkets`.
	const supportRaws = [...supportFiles.values()].map((f) => f.raw);
	const siteUrl = asRecord(supportRaws[0]?.brand)?.siteUrl;
	const anchors = new Map<string, { draft: boolean; anchors: string[] | undefined }>();
	for (const r of allRecords) {
		const own = r.facts && !r.facts.syntaxError ? r.facts.headings.map((h) => h.id) : undefined;
		const previous = anchors.get(r.id);
		anchors.set(r.id, {
			draft: previous ? previous.draft && r.draft : r.draft,
			anchors: previous?.anchors && own ? [...new Set([...previous.anchors, ...own])] : (own ?? previous?.anchors),
		});
	}
	const site: SiteIndex = {
		articles: anchors,
		pages: sitePages(sources, categories),
		files: sources.files ? new Set(sources.files) : undefined,
		origin: typeof siteUrl === 'string' && URL.canParse(siteUrl) ? siteUrl : undefined,
		knownContacts: supportRaws.flatMap((raw) => collectKnownContacts(raw)),
		// Checked per market, against each market's own support file.
		responseTimes: undefined,
	};
	for (const record of allRecords) {
		if (record.facts) problems.push(...checkBody({ id: record.id, file: record.file.path, draft: record.draft, facts: record.facts }, site));
	}

	const supportsByMarket = new Map<string, MarketSupport>();
	for (const market of marketList) {
		const supportPath = supportFilePath(market.support);
		const read = supportFiles.get(supportPath);
		const channels = asRecord(read?.raw?.channels);
		if (channels) {
			supportsByMarket.set(market.id, {
				path: supportPath,
				// Only the channels the file lists: one it leaves out is `channel-missing-in-market`, not a missing response time.
				responseTimes: Object.fromEntries(
					CHANNEL_IDS.filter((id) => asRecord(channels[id])).map((id) => [id, Boolean(asRecord(channels[id])?.responseTime)]),
				),
				channels: read?.data && offeredChannels(read.data.channels),
			});
		}
	}
	problems.push(
		...checkMarkets({
			markets: marketList,
			marketsFile: { path: CONTENT_PATHS.markets, yaml: marketsFile.yaml },
			supports: supportsByMarket,
			records: allRecords,
			published,
			topics,
		}),
	);

	if (articleFiles.length && sources.topics && topicsFile.yaml) {
		problems.push(...checkUnansweredTopics(topics, { path: sources.topics.path, yaml: topicsFile.yaml }, allRecords));
	}

	const checked = (r: ArticleRecord & { data: ArticleFrontmatter }): CheckedArticle => ({
		id: r.id,
		file: r.file.path,
		data: r.data,
		frontmatter: r.raw ?? {},
		body: r.body,
		bodyLine: r.bodyLine,
	});
	const valid = (r: ArticleRecord): r is ArticleRecord & { data: ArticleFrontmatter } => r.data !== undefined;
	const articles = records.filter(valid).map(checked);
	const ownArticles = ownRecords.filter(valid).map((r) => ({ ...checked(r), market: r.ownMarket! }));
	const synonyms =
		sources.synonyms &&
		checkSynonymsFile(
			sources.synonyms,
			problems,
			[...articles, ...ownArticles].map((a) => [a.data.title, ...a.data.questions, a.body].join('\n')),
		);
	// Another language's synonyms: compared with the own articles of the markets in that language
	// (shared articles are English); with no such market yet, the file is checked on its own.
	for (const [language, file] of sources.languageSynonyms ?? []) {
		const inLanguage = new Set(markets.filter((m) => languageOf(m.locale) === language).map((m) => m.market.id));
		const texts = ownArticles.filter((a) => inLanguage.has(a.market)).map((a) => [a.data.title, ...a.data.questions, a.body].join('\n'));
		checkSynonymsFile(file, problems, texts, searchLanguage(language) ?? 'en');
	}
	if (topics.length) problems.push(...checkQuestionBanks(sources.questions ?? [], topics.map((t) => t.id)).problems);
	return { problems, categories, topics, markets, published, synonyms, articles, marketArticles: ownArticles };
}
