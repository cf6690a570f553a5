import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContent, type CheckedArticle, type ContentCheckResult } from '../content/check.ts';
import type { ContentSources, SourceFile } from '../content/files.ts';
import {
	computeCoverage,
	type CoverageArticle,
	type CoverageCategory,
	type CoverageTopic,
	type CoverageMarketInput,
	type CoverageHit,
	type CoverageReport,
	type QuestionRun,
} from '../coverage/compute.ts';
import type { Problem } from '../problems/problem.ts';
import { bankLanguage, checkQuestionBanks } from '../content/question-bank.ts';
import { readContent } from './read-content.ts';
import { toIsoDate } from '../../schemas/calendar.ts';
import { today } from '../shared/dates.ts';
import { articleUrl, inMarket } from '../shared/urls.ts';
import { languageOf, type MarketSetup } from '../markets/markets.ts';
import { marketDir } from './markets.ts';

/** What the report needs from the site's search: the customer-facing pipeline on the built index. */
export interface CoverageSearch {
	search(query: string, options?: { limit?: number }): Promise<CoverageHit[]>;
	close(): Promise<void>;
}

export interface CoverageRunOptions {
	/** The project root (where `content/` is). */
	root: string;
	/** The built site whose search index answers the questions. */
	distDir: string;
	/** The market whose pages and search index (under `/<locale>/`) the report is about. */
	market: MarketSetup;
	/** Opens the search of a built site (`openSearch` from `search-node.ts`). */
	openSearch: (distDir: string) => Promise<CoverageSearch>;
	/** Banks to run instead of `content/questions/*.csv`, as paths from `cwd`. */
	questionFiles?: readonly string[] | undefined;
	cwd?: string;
	/** `YYYY-MM-DD`. */
	today: string;
	staleAfterDays?: number | undefined;
	target?: number | undefined;
	/**
	 * The content was checked moments ago by the same build (its content guard stops on any
	 * error), so only the frontmatter is read again: parsing every article body a second time was
	 * most of the report's time and memory (2 of 3 s at 1,000 articles). Content problems are then
	 * left to the guard, which already printed them.
	 */
	contentChecked?: boolean;
	/**
	 * The content, when already read (`readCoverageContent`, or the build's content check through
	 * `coverageContentOf`): the build makes every market's report from one reading.
	 */
	content?: CoverageContent | Promise<CoverageContent> | undefined;
}

/** An article as the report reads it: its frontmatter's dates as `YYYY-MM-DD`. */
export interface CoverageContentArticle {
	id: string;
	file: string;
	title: string;
	category: string;
	topics: string[];
	draft: boolean;
	updated: string;
	reviewed?: string | undefined;
	sourceUpdated?: string | undefined;
}

/**
 * What a report reads of the project, as plain data (the build's content check hands it to the
 * report's process as JSON): the question banks, the content's errors, and the checked content.
 */
export interface CoverageContent {
	/** The files of content/questions/. */
	banks: SourceFile[];
	/** The content's errors (none in a build: its content guard stops on any). */
	errors: Problem[];
	topics: CoverageTopic[];
	categories: CoverageCategory[];
	/** Every valid market, in the order of content/markets.yaml. */
	markets: { id: string; name: string; locale: string; slug: string }[];
	/** The articles each market publishes, by market id. */
	published: Record<string, { file: string; source: 'shared' | 'own' }[]>;
	articles: CoverageContentArticle[];
	marketArticles: CoverageContentArticle[];
}

/** The report's part of a content check, as plain data. */
export function coverageContentOf(sources: ContentSources, check: ContentCheckResult): CoverageContent {
	const article = ({ id, file, data }: CheckedArticle): CoverageContentArticle => ({
		id,
		file,
		title: data.title,
		category: data.category,
		topics: [...data.topics],
		draft: data.draft,
		updated: toIsoDate(data.updated),
		reviewed: data.reviewed ? toIsoDate(data.reviewed) : undefined,
		sourceUpdated: data.sourceUpdated ? toIsoDate(data.sourceUpdated) : undefined,
	});
	return {
		banks: sources.questions ?? [],
		errors: check.problems.filter((p) => p.severity === 'error'),
		topics: check.topics.map(({ id, category, title }) => ({ id, category, title })),
		categories: check.categories.map(({ id, title }) => ({ id, title })),
		markets: check.markets.map(({ market, locale, slug }) => ({ id: market.id, name: market.name, locale, slug })),
		published: Object.fromEntries(
			[...check.published].map(([market, list]) => [market, list.map(({ file, source }) => ({ file, source }))]),
		),
		articles: check.articles.map(article),
		marketArticles: check.marketArticles.map(article),
	};
}

/** Reads and checks the content for reports (see `CoverageRunOptions.contentChecked`). */
export async function readCoverageContent(root: string, contentChecked = false): Promise<CoverageContent> {
	const sources = await readContent(root);
	const trim = (files: SourceFile[]) => (contentChecked ? files.map(frontmatterOnly) : files);
	const check = checkContent({
		...sources,
		articles: trim(sources.articles),
		marketArticles: trim(sources.marketArticles ?? []),
		questions: [],
	});
	return coverageContentOf(sources, check);
}

/** An article reduced to its frontmatter: what the report reads (title, category, topics, dates). */
function frontmatterOnly(file: SourceFile): SourceFile {
	const match = /^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/.exec(file.text);
	return match ? { path: file.path, text: match[0] } : file;
}

/** Bad input the report cannot be made from; `problems` name the file and line to fix. */
export class CoverageInputError extends Error {
	readonly problems: Problem[];
	constructor(message: string, problems: Problem[] = []) {
		super(message);
		this.name = 'CoverageInputError';
		this.problems = problems;
	}
}

/** Results read per question: recall@3 needs 3; MRR counts an answer down to 10th place. */
const RESULTS_PER_QUESTION = 10;

/** The date a report is made for: the project's one rule for today (src/lib/shared/dates.ts). */
export function defaultReportDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
	try {
		return today({ env, now });
	} catch (error) {
		// A malformed SOURCE_DATE_EPOCH is input to fix, reported like any other (exit code 2).
		throw new CoverageInputError((error as Error).message);
	}
}

async function readBanks(options: CoverageRunOptions, contentBanks: SourceFile[]): Promise<SourceFile[]> {
	if (!options.questionFiles?.length) return contentBanks;
	const cwd = options.cwd ?? process.cwd();
	return Promise.all(
		options.questionFiles.map(async (file) => {
			try {
				return { path: file, text: await readFile(path.resolve(cwd, file), 'utf8') };
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				throw new CoverageInputError(
					code === 'ENOENT'
						? `The question bank ${file} does not exist. Check the path given to --questions.`
						: `The question bank ${file} cannot be read (${code}).`,
				);
			}
		}),
	);
}

/** Every published article must be in the build, or the search results belong to older content. */
async function checkBuildMatchesContent(distDir: string, articles: readonly CoverageArticle[]): Promise<void> {
	const missing: string[] = [];
	for (const article of articles) {
		if (article.draft) continue;
		try {
			await access(path.join(distDir, article.url, 'index.html'));
		} catch {
			missing.push(article.url);
		}
	}
	if (missing.length) {
		throw new CoverageInputError(
			`The built site in ${distDir} is older than the content: it has no page for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}. Run \`npm run build\` first, so search answers from the current articles.`,
		);
	}
}

/**
 * Reads the content and the question banks, asks the built site's search every question, and
 * computes the report. The CLI (`npm run coverage`) and the build (the `/coverage/` page) both
 * call this, so for the same build and date they show the same figures.
 */
export async function runCoverage(options: CoverageRunOptions): Promise<{ report: CoverageReport; warnings: Problem[] }> {
	const content = await (options.content ?? readCoverageContent(options.root, options.contentChecked));
	// A topic without an article is only a warning: it is what the report shows, as `no-article`.
	const fatal = content.errors;
	if (!content.topics.length || !content.categories.length) {
		throw new CoverageInputError('The topics or categories cannot be read, so there is nothing to report on.', fatal);
	}

	// The banks in the market's language: German questions for a German index.
	const language = languageOf(options.market.locale);
	const banks = await readBanks(
		options,
		content.banks.filter((bank) => bankLanguage(bank.path) === language),
	);
	const bank = checkQuestionBanks(
		banks,
		content.topics.map((t) => t.id),
	);
	if (bank.problems.length) {
		throw new CoverageInputError(
			`${bank.problems.length === 1 ? 'A question bank has an error' : `The question banks have ${bank.problems.length} errors`}, so search was not run.`,
			bank.problems,
		);
	}

	// Each market's articles: the shared ones it publishes and its own, each from the file it comes from.
	const published = (marketId: string) => (Object.hasOwn(content.published, marketId) ? content.published[marketId]! : []);
	const byFile = new Map([...content.articles, ...content.marketArticles].map((a) => [a.file, a]));
	const articlesOf = (marketId: string) => published(marketId).flatMap((p) => byFile.get(p.file) ?? []);
	const marketArticles = articlesOf(options.market.market.id);
	// Topics × market and translations, from the content alone (no search): every market's report shows the same.
	const sharedUpdated = new Map(content.articles.map((a) => [a.id, a.updated]));
	const markets: CoverageMarketInput[] = content.markets.map(({ id, name, locale, slug }) => ({
		id,
		name,
		locale,
		articles: published(id).flatMap((p) => {
			const a = byFile.get(p.file);
			if (!a) return [];
			return [
				{
					url: inMarket(slug, articleUrl(a.id)),
					file: a.file,
					topics: a.topics,
					draft: a.draft,
					source: p.source,
					sourceUpdated: p.source === 'own' ? a.sourceUpdated : undefined,
					sharedUpdated: p.source === 'own' ? sharedUpdated.get(a.id) : undefined,
				},
			];
		}),
	}));
	if (!markets.some((m) => m.id === options.market.market.id)) {
		throw new CoverageInputError(`The market \`${options.market.market.id}\` is not in content/markets.yaml.`, fatal);
	}
	const reportArticles: CoverageArticle[] = marketArticles.map((a) => ({
		url: inMarket(options.market.slug, articleUrl(a.id)),
		title: a.title,
		category: a.category,
		topics: a.topics,
		updated: a.updated,
		reviewed: a.reviewed,
		draft: a.draft,
		file: a.file,
	}));
	await checkBuildMatchesContent(options.distDir, reportArticles);

	const search = await options.openSearch(marketDir(options.distDir, options.market)).catch((error: unknown) => {
		// No index yet, or one from another version: the message says which command to run.
		throw new CoverageInputError(error instanceof Error ? error.message : String(error));
	});
	const runs: QuestionRun[] = [];
	try {
		// The same question in two banks is asked once.
		const cache = new Map<string, CoverageHit[]>();
		for (const question of bank.questions) {
			let hits = cache.get(question.question);
			if (!hits) {
				hits = await search.search(question.question, { limit: RESULTS_PER_QUESTION });
				cache.set(question.question, hits);
			}
			runs.push({ question, hits });
		}
	} finally {
		await search.close();
	}

	const report = computeCoverage({
		topics: content.topics,
		categories: content.categories,
		market: { id: options.market.market.id, name: options.market.market.name, locale: options.market.locale },
		markets,
		articles: reportArticles,
		runs,
		banks: banks.map((b) => b.path),
		today: options.today,
		staleAfterDays: options.staleAfterDays,
		target: options.target,
	});
	// Content errors do not stop the report (it uses the articles that passed), but they are never
	// silent: the CLI prints them, the build's guard already did.
	return { report, warnings: options.contentChecked ? [] : fatal };
}
