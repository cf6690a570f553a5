// npm run eval:search -- --questions FILE [--market gb] [--typos] [--json] [--worst 20] [--dist dist]
// Runs every labelled question through the same search pipeline as the help center and reports
// recall@1, recall@3, MRR and the zero-result rate, overall, per category and per topic.
// --typos mistypes one word of every question first (the same word and slip on every run), to see
// what a typing mistake costs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { parseQuestionBank } from '../src/lib/content/question-bank.ts';
import { openSearch } from '../src/lib/node/search-node.ts';
import { marketDir, selectMarket } from '../src/lib/node/markets.ts';
import { rankOf, summarize, worstFailures, type QuestionOutcome, type SearchMetrics } from '../src/lib/coverage/search-metrics.ts';
import { projectOfDist, ROOT, readTopicCategories } from './lib/project.ts';
import { formatProblems } from '../src/lib/problems/report.ts';
import { formatPercent } from '../src/lib/shared/words.ts';
import { addTypo } from '../src/lib/coverage/typos.ts';

/** Every article of a help center fits; ranks past this count as "not found" for MRR. */
const DEPTH = 50;

const { values } = parseArgs({
	options: {
		questions: { type: 'string' },
		typos: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
		worst: { type: 'string', default: '15' },
		dist: { type: 'string', default: path.join(ROOT, 'dist') },
		market: { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});

if (values.help || !values.questions) {
	console.info('Usage: npm run eval:search -- --questions <file.csv> [--market <id>] [--typos] [--json] [--worst <n>] [--dist <dir>]');
	console.info('The CSV needs `question` and `topic` columns (other columns are ignored). Run `npm run build` first.');
	process.exitCode = values.help ? 0 : 1;
} else {
	const file = path.resolve(values.questions);
	const text = await readFile(file, 'utf8').catch(() => {
		throw new Error(`Cannot read the questions file ${values.questions}.`);
	});
	const shown = path.relative(process.cwd(), file) || file;
	const topicCategories = readTopicCategories();
	const bank = parseQuestionBank({ path: shown, text }, [...topicCategories.keys()]);
	if (bank.problems.length) {
		console.error(`${formatProblems(bank.problems)}\n`);
		process.exitCode = 1;
	}
	const questions = bank.questions.map((q) => ({
		question: values.typos ? addTypo(q.question).question : q.question,
		topic: q.topic,
		category: topicCategories.get(q.topic)!,
		source: `${q.file}:${q.line}`,
	}));
	if (!questions.length) {
		console.error('No question to evaluate.');
		process.exitCode = 1;
	} else {
		const search = await openSearch(marketDir(values.dist, selectMarket(projectOfDist(values.dist), values.market)));
		const outcomes: QuestionOutcome[] = [];
		const started = performance.now();
		try {
			for (const q of questions) {
				const hits = await search.search(q.question, { limit: DEPTH });
				outcomes.push({ ...q, hits, rank: rankOf(hits, q.topic) });
			}
		} finally {
			await search.close();
		}
		const elapsed = performance.now() - started;
		const summary = summarize(outcomes);
		if (values.json) {
			console.log(
				JSON.stringify(
					{
						summary,
						questions: outcomes.map((o) => ({
							question: o.question,
							topic: o.topic,
							results: o.hits.slice(0, 5).map((h) => ({ url: h.url, title: h.title, topics: h.topics })),
						})),
					},
					null,
					2,
				),
			);
		} else {
			printReport(outcomes, summary, Number(values.worst), elapsed);
		}
	}
}

function printReport(outcomes: QuestionOutcome[], summary: ReturnType<typeof summarize>, worst: number, ms: number) {
	const pct = (x: number) => formatPercent(x).padStart(7);
	const row = (label: string, m: SearchMetrics) =>
		`${label.padEnd(34)}${String(m.questions).padStart(6)}${pct(m.recallAt1)}${pct(m.recallAt3)}${m.mrr.toFixed(3).padStart(7)}${pct(m.zeroResultRate)}`;
	const header = `${''.padEnd(34)}${'n'.padStart(6)}${'R@1'.padStart(7)}${'R@3'.padStart(7)}${'MRR'.padStart(7)}${'zero'.padStart(7)}`;
	console.log(styleText('bold', header));
	console.log(styleText('bold', row('all questions', summary)));
	console.log(`${'macro recall@3 (mean over topics)'.padEnd(34)}${pct(summary.macroRecallAt3).padStart(19)}`);
	console.log(styleText('bold', '\nBy category'));
	for (const [category, m] of Object.entries(summary.byCategory)) console.log(row(category, m));
	console.log(styleText('bold', '\nBy topic'));
	for (const [topic, m] of Object.entries(summary.byTopic)) console.log(row(`${topic}`, m));
	const failures = worstFailures(outcomes, worst);
	if (failures.length) {
		console.log(styleText('bold', `\nWorst ${failures.length} failures (answer not in the top 3)`));
		for (const f of failures) {
			const returned =
				f.hits
					.slice(0, 3)
					.map((h) => h.url)
					.join(', ') || 'nothing';
			console.log(`- "${f.question}" (${f.topic}): ${f.rank ? `answer at rank ${f.rank}` : 'answer not returned'}; top 3: ${returned}`);
		}
	}
	console.log(
		styleText('dim', `\n${outcomes.length} questions in ${(ms / 1000).toFixed(1)} s (${(ms / outcomes.length).toFixed(2)} ms each).`),
	);
}
