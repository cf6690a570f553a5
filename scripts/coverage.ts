// `npm run coverage`: the FAQ coverage report on the last build. See `npm run coverage -- --help`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkGates, COVERAGE_DEFAULTS } from '../src/lib/coverage/compute.ts';
import { COVERAGE_FORMATS, COVERAGE_TABLES, formatCoverage, type CoverageFormat, type CoverageTable } from '../src/lib/coverage/format.ts';
import { CoverageInputError, defaultReportDate, runCoverage, type CoverageRunOptions } from '../src/lib/node/coverage-run.ts';
import { formatProblems } from '../src/lib/problems/report.ts';
import { isIsoDate } from '../src/lib/shared/dates.ts';
import type { MarketSetup } from '../src/lib/markets/markets.ts';
import { selectMarket } from '../src/lib/node/markets.ts';

const HELP = `Usage: npm run coverage -- [options]

The FAQ coverage report: for every topic in content/topics.yaml, the articles that answer it, how
often search puts one of them in the first 3 results for the bank's customer questions, and how
recently they were reviewed. Run \`npm run build\` first: it asks the built site's search.

Options:
  --questions FILE      a CSV with question and topic columns to run instead of
                        content/questions/*.csv (repeat for several files)
  --format FORMAT       text (default), md, json or csv
  --table TABLE         with --format csv: topics (default) or questions (the ones search fails on)
  --worst N             how many failed questions text and md list (default 20; json and csv list all)
  --today YYYY-MM-DD    the report date (default: today; SOURCE_DATE_EPOCH when set)
  --stale-after DAYS    an article is stale when last reviewed more than DAYS ago (default ${COVERAGE_DEFAULTS.staleAfterDays})
  --target RECALL       topics under this recall@3 are "search-misses" (default ${COVERAGE_DEFAULTS.target * 100}%)
  --fail-under RECALL   exit with code 1 when recall@3 over all questions is under RECALL
  --max-stale N         exit with code 1 when more than N articles are stale
  --max-no-article N    exit with code 1 when more than N topics have no published article
  --market ID           the market whose pages and search are measured (default: the first
                        in content/markets.yaml)
  --dist DIR            the built site (default dist)
  --help                show this help

RECALL is a share (0.85) or a percentage (85%).
Exit codes: 0 report made and every gate holds, 1 a gate failed, 2 the input needs fixing.`;

export interface CliIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	cwd: string;
	env: NodeJS.ProcessEnv;
	openSearch: CoverageRunOptions['openSearch'];
}

class UsageError extends Error {}

function parseShare(flag: string, value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(value.trim());
	const share = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
	if (!(share >= 0 && share <= 1)) {
		throw new UsageError(`${flag} takes a share between 0 and 1 or a percentage, for example ${flag} 0.85 or ${flag} 85%; got "${value}".`);
	}
	return share;
}

function parseCount(flag: string, value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag} takes a whole number, for example ${flag} 5; got "${value}".`);
	return Number(value);
}

function parseDate(value: string): string {
	if (!isIsoDate(value)) {
		throw new UsageError(`--today takes a date written YYYY-MM-DD, for example --today 2026-11-24; got "${value}".`);
	}
	return value;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
}

/** Runs the CLI; returns the exit code (0 fine, 1 a gate failed, 2 the input needs fixing). */
export async function main(argv: string[], io: CliIo): Promise<number> {
	try {
		const { values } = parseArgs({
			args: argv,
			strict: true,
			allowPositionals: false,
			options: {
				questions: { type: 'string', multiple: true },
				format: { type: 'string', default: 'text' },
				table: { type: 'string' },
				worst: { type: 'string' },
				today: { type: 'string' },
				'stale-after': { type: 'string' },
				target: { type: 'string' },
				'fail-under': { type: 'string' },
				'max-stale': { type: 'string' },
				'max-no-article': { type: 'string' },
				dist: { type: 'string', default: 'dist' },
				market: { type: 'string' },
				help: { type: 'boolean', default: false },
			},
		});
		if (values.help) {
			io.stdout(`${HELP}\n`);
			return 0;
		}
		const format = oneOf<CoverageFormat>('--format', values.format, COVERAGE_FORMATS);
		const table = values.table === undefined ? undefined : oneOf<CoverageTable>('--table', values.table, COVERAGE_TABLES);
		if (table && format !== 'csv') throw new UsageError('--table only applies to --format csv.');
		const gates = {
			failUnder: parseShare('--fail-under', values['fail-under']),
			maxStale: parseCount('--max-stale', values['max-stale']),
			maxNoArticle: parseCount('--max-no-article', values['max-no-article']),
		};
		const today = values.today === undefined ? defaultReportDate(io.env) : parseDate(values.today);

		const root = path.resolve(import.meta.dirname, '..');
		let market: MarketSetup;
		try {
			market = selectMarket(root, values.market);
		} catch (error) {
			throw new UsageError((error as Error).message);
		}
		const { report, warnings } = await runCoverage({
			root,
			market,
			distDir: path.resolve(io.cwd, values.dist),
			cwd: io.cwd,
			openSearch: io.openSearch,
			questionFiles: values.questions,
			today,
			staleAfterDays: parseCount('--stale-after', values['stale-after']),
			target: parseShare('--target', values.target),
		});
		if (warnings.length) {
			io.stderr(
				`Warning: the content has ${warnings.length} error(s), so a build would stop; the report uses the articles that passed.\n${formatProblems(warnings)}\n\n`,
			);
		}
		io.stdout(formatCoverage(report, format, { worst: parseCount('--worst', values.worst), table }));
		const failures = checkGates(report, gates);
		for (const failure of failures) io.stderr(`Gate failed: ${failure}\n`);
		return failures.length ? 1 : 0;
	} catch (error) {
		if (error instanceof CoverageInputError) {
			io.stderr(`${error.message}\n${error.problems.length ? `\n${formatProblems(error.problems)}\n` : ''}`);
			return 2;
		}
		if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
			io.stderr(`${(error as Error).message}\nRun \`npm run coverage -- --help\` for the options.\n`);
			return 2;
		}
		throw error;
	}
}

if (import.meta.main) {
	const { openSearch } = await import('../src/lib/node/search-node.ts');
	process.exitCode = await main(process.argv.slice(2), {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		cwd: process.cwd(),
		env: process.env,
		openSearch,
	});
}
