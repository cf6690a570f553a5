import { describe, expect, test } from 'vitest';
import { parseQuestionBank } from '../../../src/lib/content/question-bank.ts';
import { computeMetrics, rankOf, summarize, worstFailures, type QuestionOutcome } from '../../../src/lib/coverage/search-metrics.ts';
import type { SearchHit } from '../../../src/lib/search/types.ts';

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
		expect(summary.macroRecallAt3).toBe(Math.round(((1 + 0 + 0) / 3) * 10_000) / 10_000);
	});

	test('lists the worst failures first: not found, then found furthest down', () => {
		expect(worstFailures(outcomes, 5).map((o) => o.rank)).toEqual([null, 4]);
	});
});

describe('parseQuestionBank, as eval:search reads a bank', () => {
	const topics = ['refund-status', 'reset-password'];
	const bank = (text: string) => parseQuestionBank({ path: 'bank.csv', text }, topics);

	test('reads quoted fields with commas, doubled quotes and line breaks, and keeps line numbers', () => {
		const { questions, problems } = bank('\uFEFFquestion,topic\r\n"Hi, I ""lost"" it\nagain",reset-password\r\nplain,refund-status\n');
		expect(problems).toEqual([]);
		expect(questions).toEqual([
			{ question: 'Hi, I "lost" it again', topic: 'reset-password', file: 'bank.csv', line: 2 },
			{ question: 'plain', topic: 'refund-status', file: 'bank.csv', line: 4 },
		]);
	});

	test('reports an unclosed quote and a row with more values than columns, with their line', () => {
		expect(bank('question,topic\nok,refund-status\n"never closed,x\n').problems).toMatchObject([{ rule: 'bank-csv-syntax', line: 3 }]);
		expect(bank('question,topic\nok,refund-status\nI paid, twice,refund-status\n').problems).toMatchObject([
			{ rule: 'bank-csv-syntax', line: 3, message: expect.stringContaining('3 values') },
		]);
	});

	test('names the file and line of each bad row', () => {
		const { questions, problems } = bank('question,topic\nwhere is my refund,refund-status\nforgot pin,reset-pasword\n,refund-status\n');
		expect(questions).toEqual([{ question: 'where is my refund', topic: 'refund-status', file: 'bank.csv', line: 2 }]);
		expect(problems).toMatchObject([
			{ file: 'bank.csv', line: 3, rule: 'bank-unknown-topic' },
			{ file: 'bank.csv', line: 4, rule: 'bank-empty-question' },
		]);
	});

	test('refuses a file without the question and topic columns', () => {
		const { problems } = bank('text,label\nhello,refund-status\n');
		expect(problems).toMatchObject([{ rule: 'bank-missing-column', line: 1 }]);
		expect(problems[0]!.message).toContain('`question` or `topic`');
	});
});
