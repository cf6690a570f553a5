import type { AstroIntegration } from 'astro';
import { cp, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutDraftDetails } from '../lib/coverage/compute.ts';
import { formatCoverage } from '../lib/coverage/format.ts';
import { COVERAGE_DOWNLOADS, fillCoveragePage } from '../lib/coverage/html.ts';
import { CoverageInputError, defaultReportDate, readCoverageContent, runCoverage, type CoverageContent } from '../lib/node/coverage-run.ts';
import { openSearch } from '../lib/node/search-node.ts';
import { formatProblems } from '../lib/problems/report.ts';
import { COVERAGE_URL, inMarket } from '../lib/shared/urls.ts';
import type { MarketSetup } from '../lib/markets/markets.ts';
import { builtMarkets, marketDir } from '../lib/node/markets.ts';
import { loadCatalogues } from '../lib/node/messages.ts';
import { createTranslator } from '../lib/i18n/messages.ts';
import { formatPercent } from '../lib/shared/words.ts';
import { coverageContentHandoff, queueStep, runStepProcess, writtenHandoff, type StepLogger, type StepOptions } from './step-process.ts';

/**
 * Fills in the `/coverage/` page once the search index exists: asks the built site's search every
 * question of `content/questions/`, with the same code as `npm run coverage`, and writes the report
 * into the page and as JSON and CSV files beside it, with drafts counted but not named. Must run
 * after the Pagefind integration. Runs in its own process (step-process.ts), after Astro's process
 * has exited under `npm run build`: the search it loads holds the index, never beside Astro's memory.
 * Any failure fails the build: a coverage page with missing figures is never published.
 */
export default function coverageReport(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'help-center:coverage-report',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const contentFile = writtenHandoff(coverageContentHandoff());
				const options = { root, distDir: fileURLToPath(dir), ...(contentFile ? { contentFile } : {}) };
				if (!queueStep('coverage', options, logger)) await runStepProcess('coverage', options, logger);
			},
		},
	};
}

/** The report itself, run by `build-step.ts`: see `coverageReport()`. */
export async function writeCoverageReport({ root, distDir, contentFile }: StepOptions['coverage'], logger: StepLogger): Promise<void> {
	// Read once for every market's report (a market's report reads them all, for its topics × market table):
	// as the build's content check left it, or else from the files.
	const content = contentFile
		? readFile(contentFile, 'utf8').then((text) => JSON.parse(text) as CoverageContent)
		: readCoverageContent(root, true);
	// Handled where each market's report awaits it.
	content.catch(() => {});
	for (const market of builtMarkets(root)) await writeMarketReport(market, { root, distDir }, content, logger);
}

/** One market's report, at `/<locale>/coverage/`, about its own pages and search index. */
async function writeMarketReport(
	market: MarketSetup,
	{ root, distDir }: StepOptions['coverage'],
	content: Promise<CoverageContent>,
	logger: StepLogger,
): Promise<void> {
	const started = performance.now();
	const pageFile = path.join(marketDir(distDir, market), 'coverage', 'index.html');
	const page = await readFile(pageFile, 'utf8');
	let result: Awaited<ReturnType<typeof runCoverage>>;
	try {
		result = await runCoverage({ root, distDir, market, openSearch, today: defaultReportDate(), contentChecked: true, content });
	} catch (error) {
		if (!(error instanceof CoverageInputError)) throw error;
		logger.error(`${error.message}${error.problems.length ? `\n\n${formatProblems(error.problems)}` : ''}`);
		const stop = new Error('Build stopped: the FAQ coverage report cannot be made, see above.');
		stop.stack = '';
		throw stop;
	}
	const { warnings } = result;
	if (warnings.length) logger.warn(formatProblems(warnings));
	// Drafts are counted, never named, on the published site.
	const report = withoutDraftDetails(result.report);

	// In the page's language, as the rest of the page. Written beside and renamed over the page, so
	// the headers step, running beside this one, reads it whole.
	const t = createTranslator(loadCatalogues(root, [market.locale]).get(market.locale)!, market.locale);
	const partial = `${pageFile}.partial`;
	await writeFile(partial, fillCoveragePage(page, report, t, { downloadBase: inMarket(market.slug, COVERAGE_URL) }));
	await rename(partial, pageFile);
	const folder = path.dirname(pageFile);
	await Promise.all([
		writeFile(path.join(folder, COVERAGE_DOWNLOADS.json), formatCoverage(report, 'json')),
		writeFile(path.join(folder, COVERAGE_DOWNLOADS.topics), formatCoverage(report, 'csv', { table: 'topics' })),
		writeFile(path.join(folder, COVERAGE_DOWNLOADS.questions), formatCoverage(report, 'csv', { table: 'questions' })),
		// The page shows bank questions, so their licences are published beside it (the
		// attribution on the page links to them).
		cp(path.join(root, 'content/questions/licenses'), path.join(folder, 'licenses'), { recursive: true }).catch((error) => {
			if (error.code !== 'ENOENT') throw error;
		}),
	]);

	const s = report.summary;
	logger.info(
		`FAQ coverage of /${market.slug}/ for ${report.generatedAt}: recall@3 ${formatPercent(s.recallAt3, 'n/a')} on ${s.questions} questions, ` +
			`${s.statuses['search-misses']} topics with search misses, ${s.statuses['no-article']} without an article, ` +
			`${s.staleArticles} stale articles (${Math.round(performance.now() - started)} ms).`,
	);
}
