import { describe, expect, test } from 'vitest';
import { parseCsv, CsvError } from '../../src/lib/csv.ts';
import { parseQuestionBank } from '../../src/lib/question-bank.ts';
import { computeMetrics, rankOf, summarize, worstFailures, type QuestionOutcome } from '../../src/lib/search/evaluate.ts';
import type { SearchHit } from '../../src/lib/search/types.ts';

const hit = (url: string, topics: string[]): SearchHit => ({ url, title: url, category: 'refunds', topics, excerpt: '', score: 1 });

function outcome(topic: string, category: string, hits: SearchHit[]): QuestionOutcome {
	return { question: `q about ${topic}`, topic, category, hits, rank: rankOf(hits, topic) };
}

describe('search metrics', () => {
	const outcomes = [
		outcome('refund-status', 'refunds', [hit('/a/', ['refund-status'])]), // rank 1
		outcome('refund-status', 'refunds', [hit('/b/', ['x']), hit('/c/', ['y']), hit('/a/', ['refund-status'])]), // rank 3
		outcome('refund-policy', 'refunds', [hit('/b/', ['x']), hit('/c/', ['y']), hit('/d/', ['z']), hit('/e/', ['refund-policy'])]), // rank 4
		outcome('reset-password', 'security', []), // nothing
	];

	test('counts a hit when the article lists the topic, among its other topics', () => {
		expect(rankOf([hit('/x/', ['a']), hit('/y/', ['b', 'refund-status'])], 'refund-status')).toBe(2);
		expect(rankOf([hit('/x/', ['a'])], 'refund-status')).toBeNull();
	});

	test('computes recall@1, recall@3, MRR and the zero-result rate', () => {
		expect(computeMetrics(outcomes)).toEqual({
			questions: 4,
			recallAt1: 0.25,
			recallAt3: 0.5,
			mrr: Math.round(((1 + 1 / 3 + 1 / 4 + 0) / 4) * 10_000) / 10_000,
			zeroResultRate: 0.25,
		});
	});

	test('breaks the figures down by category and topic, with a macro average over topics', () => {
		const summary = summarize(outcomes);
		expect(Object.keys(summary.byCategory)).toEqual(['refunds', 'security']);
		expect(summary.byCategory.refunds!.recallAt3).toBe(0.6667);
		expect(summary.byTopic['refund-status']).toMatchObject({ category: 'refunds', recallAt3: 1 });
		expect(summary.macroRecallAt3).toBe(Math.round((1 + 0 + 0) / 3 * 10_000) / 10_000);
	});

	test('lists the worst failures first: not found, then found furthest down', () => {
		expect(worstFailures(outcomes, 5).map((o) => o.rank)).toEqual([null, 4]);
	});
});

describe('parseCsv', () => {
	test('reads quoted fields with commas, doubled quotes and line breaks, and keeps line numbers', () => {
		const table = parseCsv('\uFEFFquestion,topic\r\n"Hi, I ""lost"" it\nagain",reset-password\r\nplain,refund-status\n');
		expect(table.header).toEqual(['question', 'topic']);
		expect(table.rows).toEqual([
			{ line: 2, values: { question: 'Hi, I "lost" it\nagain', topic: 'reset-password' } },
			{ line: 4, values: { question: 'plain', topic: 'refund-status' } },
		]);
	});

	test('reports an unclosed quote and a row with the wrong number of values, with their line', () => {
		expect(() => parseCsv('question,topic\n"never closed,x\n')).toThrow(CsvError);
		expect(() => parseCsv('question,topic\na,b,c\n')).toThrow(/line|3 values/);
		try {
			parseCsv('question,topic\nok,fine\na,b,c\n');
		} catch (error) {
			expect((error as CsvError).line).toBe(3);
		}
	});
});

describe('parseQuestionBank', () => {
	const topics = new Map([
		['refund-status', 'refunds'],
		['reset-password', 'security'],
	]);

	test('takes the category from the topic and names the file and line of each bad row', () => {
		const { questions, problems } = parseQuestionBank(
			'question,topic\nwhere is my refund,refund-status\nforgot pin,reset-pasword\n,refund-status\n',
			'bank.csv',
			topics,
		);
		expect(questions).toEqual([{ question: 'where is my refund', topic: 'refund-status', category: 'refunds', source: 'bank.csv:2' }]);
		expect(problems).toMatchObject([
			{ file: 'bank.csv', line: 3, kind: 'unknown-topic' },
			{ file: 'bank.csv', line: 4, kind: 'empty-question' },
		]);
	});

	test('refuses a file without the question and topic columns', () => {
		const { problems } = parseQuestionBank('text,label\nhello,refund-status\n', 'bank.csv', topics);
		expect(problems).toMatchObject([{ kind: 'missing-column', line: 1 }]);
		expect(problems[0]!.message).toContain('`question` and `topic`');
	});
});
