// `npm run check`: reads every content file with the schemas the build uses and reports every
// problem at once, grouped by file. The build runs the same check (src/integrations/content-guard.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { REVIEW_AGE_DAYS } from '../src/schemas/article.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { readContent } from '../src/lib/node/read-content.ts';
import { countBySeverity, sortProblems } from '../src/lib/problems/problem.ts';
import type { Severity } from '../src/lib/problems/rules.ts';
import { formatGithubAnnotations, formatProblems, formatProblemsJson, summarizeProblems } from '../src/lib/problems/report.ts';
import { isIsoDate, today as todayRule } from '../src/lib/shared/dates.ts';
import { plural } from '../src/lib/shared/words.ts';

const USAGE = `Usage: npm run check [-- options]

Checks every article, market, category, topic and support file and lists every problem, grouped by file.
Articles are checked for each market they are published in (content/markets.yaml).

Options:
  --strict            also fail (exit code 1) when there are only warnings
  --json              print the problems as JSON for other tools
  --review-age <days> warn about articles not reviewed for more than <days> days (default ${REVIEW_AGE_DAYS})
  --today <date>      check as if today were <date> (YYYY-MM-DD)
  --help              show this help

Exit code: 0 when there is nothing to fix, 1 when there are errors (or warnings with --strict),
2 when the command itself was used wrongly. Notes (info) are for information and never change it.
With CI set, problems are also printed as GitHub annotations.`;

/** The colour of each severity's word in a terminal. */
const SEVERITY_COLORS: Record<Severity, 'red' | 'yellow' | 'cyan'> = { error: 'red', warning: 'yellow', info: 'cyan' };

function fail(message: string): never {
	process.stderr.write(`${message}\n\n${USAGE}\n`);
	process.exit(2);
}

let args;
try {
	args = parseArgs({
		options: {
			strict: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
			'review-age': { type: 'string' },
			today: { type: 'string' },
			help: { type: 'boolean', default: false },
		},
		allowPositionals: false,
	}).values;
} catch (error) {
	fail((error as Error).message);
}

if (args.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(0);
}

const reviewAgeDays = args['review-age'] === undefined ? REVIEW_AGE_DAYS : Number(args['review-age']);
if (!Number.isInteger(reviewAgeDays) || reviewAgeDays < 1) fail(`--review-age needs a whole number of days, for example --review-age 180.`);
const today = args.today ?? todayRule({ env: process.env });
if (!isIsoDate(today)) fail(`--today needs a date written YYYY-MM-DD, for example --today 2026-11-24.`);

// npm runs scripts from the project folder, so the content is relative to it.
const root = process.cwd();
if (!existsSync(path.join(root, 'content'))) {
	fail(`There is no content/ folder here. Run npm run check from the help center's folder.`);
}

const sources = await readContent(root);
const ownArticles = sources.marketArticles?.length ?? 0;
const articleCount = sources.articles.length + ownArticles;
const { problems } = checkContent(sources, { today, reviewAgeDays });
const sorted = sortProblems(problems);
const { errors, warnings, infos } = countBySeverity(sorted);
const failed = errors > 0 || (args.strict && warnings > 0);

if (args.json) {
	process.stdout.write(`${formatProblemsJson(sorted, { articles: articleCount, failed })}\n`);
} else {
	const color = process.stdout.isTTY && !process.env.NO_COLOR;
	const paint = (style: Parameters<typeof styleText>[0], text: string) => (color ? styleText(style, text) : text);
	if (sorted.length) {
		const report = formatProblems(sorted)
			.split('\n')
			.map((line) => {
				if (/^\S/.test(line)) return paint('bold', line);
				return line.replace(/^ {2}(error|warning|info)/, (_, word: Severity) => `  ${paint(SEVERITY_COLORS[word], word)}`);
			})
			.join('\n');
		process.stdout.write(`${report}\n\n`);
		const summary = summarizeProblems(sorted);
		process.stdout.write(`${paint(SEVERITY_COLORS[errors ? 'error' : warnings ? 'warning' : 'info'], summary)}\n`);
		if (!errors && warnings && !args.strict)
			process.stdout.write('Warnings do not stop the build; `npm run check -- --strict` treats them as errors.\n');
		if (!errors && !warnings && infos)
			process.stdout.write('Nothing to fix: notes are for information and never fail the check or the build, even with --strict.\n');
	} else {
		process.stdout.write(
			`${paint('green', `Checked ${plural(articleCount, 'article')}${ownArticles ? ` (${ownArticles} of them ${ownArticles === 1 ? "a market's own" : "markets' own"})` : ''} and the markets, categories, topics and support files: no problems found.`)}\n`,
		);
	}
	if (process.env.CI && sorted.length) process.stdout.write(`${formatGithubAnnotations(sorted)}\n`);
}

process.exitCode = failed ? 1 : 0;
