import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContent } from '../../../src/lib/node/read-content.ts';
import { bankLanguage, checkQuestionBanks, parseQuestionBank } from '../../../src/lib/content/question-bank.ts';
import { formatProblems } from '../../../src/lib/problems/report.ts';
import { CONTROL_CHARACTERS } from '../../../src/lib/shared/words.ts';

const TOPICS = ['pay-early', 'refund-status', 'dispute-a-charge'];
const bank = (text: string, file = 'content/questions/tickets.csv') => parseQuestionBank({ path: file, text }, TOPICS);

describe('parseQuestionBank', () => {
	test('reads quoted questions with commas, doubled quotes and line breaks, with the line each row starts on', () => {
		const { questions, problems } = bank(
			[
				'id,question,topic',
				'q1,"I paid twice, can I get one back?",dispute-a-charge',
				'q2,"What does ""pending"" mean',
				'for my refund?",refund-status',
				'',
				'q3,Can I pay it all off now?,pay-early',
			].join('\r\n'),
		);
		expect(problems).toEqual([]);
		expect(questions).toEqual([
			{ id: 'q1', question: 'I paid twice, can I get one back?', topic: 'dispute-a-charge', file: 'content/questions/tickets.csv', line: 2 },
			{ id: 'q2', question: 'What does "pending" mean for my refund?', topic: 'refund-status', file: 'content/questions/tickets.csv', line: 3 },
			{ id: 'q3', question: 'Can I pay it all off now?', topic: 'pay-early', file: 'content/questions/tickets.csv', line: 6 },
		]);
	});

	test('reports an unknown topic with the file, the line and the closest topic id', () => {
		const { questions, problems } = bank('question,topic\nWhen is my refund coming?,refund-status\nCan I pay early?,pay-erly\n');
		expect(questions).toHaveLength(1);
		expect(problems).toEqual([
			expect.objectContaining({
				rule: 'bank-unknown-topic',
				severity: 'error',
				file: 'content/questions/tickets.csv',
				line: 3,
				field: 'topic',
				message: expect.stringContaining('Unknown topic `pay-erly`: did you mean `pay-early`?'),
			}),
		]);
	});

	test('reads a semicolon-separated spreadsheet export with a byte order mark and capitalised headers', () => {
		const { questions, problems } = bank('\uFEFFQuestion;Topic\n"Charged twice; help";dispute-a-charge\n');
		expect(problems).toEqual([]);
		expect(questions).toEqual([expect.objectContaining({ question: 'Charged twice; help', topic: 'dispute-a-charge', line: 2 })]);
	});

	test('names the missing column and the columns it found', () => {
		const { problems } = bank('subject,label\nRefund?,refund-status\n');
		expect(problems).toEqual([
			expect.objectContaining({ rule: 'bank-missing-column', line: 1, message: expect.stringMatching(/no `question` or `topic` column \(found `subject`, `label`\)/) }),
		]);
	});

	test('reports a row without a topic and a quote that is never closed, each at its line', () => {
		expect(bank('question,topic\nWhere is my refund?,\n').problems).toEqual([
			expect.objectContaining({ rule: 'bank-missing-topic', line: 2 }),
		]);
		expect(bank('question,topic\nok,pay-early\n"unclosed,pay-early\nmore,pay-early\n').problems).toEqual([
			expect.objectContaining({ rule: 'bank-csv-syntax', line: 3, message: expect.stringContaining('must end with one') }),
		]);
	});

	test('a bank with a header and no questions is an error, not an empty success', () => {
		expect(bank('question,topic\n').problems).toEqual([expect.objectContaining({ rule: 'bank-empty' })]);
	});
});

describe('checkQuestionBanks', () => {
	test('collects the questions and problems of every bank', () => {
		const result = checkQuestionBanks(
			[
				{ path: 'content/questions/b.csv', text: 'question,topic\nWhere is my refund?,refund-status\n' },
				{ path: 'content/questions/a.csv', text: 'question,topic\nPay off early?,pay-early\nHuh?,nope\n' },
			],
			TOPICS,
		);
		expect(result.questions.map((q) => q.file)).toEqual(['content/questions/a.csv', 'content/questions/b.csv']);
		expect(result.problems).toEqual([expect.objectContaining({ file: 'content/questions/a.csv', line: 3, rule: 'bank-unknown-topic' })]);
	});
});

describe('the demo bank', () => {
	const root = path.resolve(import.meta.dirname, '../../..');

	test('every question of content/questions/dev.csv has a topic from topics.yaml, and the content check agrees', async () => {
		const sources = await readContent(root);
		expect(sources.questions?.map((f) => f.path)).toContain('content/questions/dev.csv');
		const { problems, topics } = checkContent(sources);
		expect(problems.filter((p) => p.file.startsWith('content/questions/'))).toEqual([]);
		const english = sources.questions!.filter((f) => bankLanguage(f.path) === 'en');
		const { questions } = checkQuestionBanks(english, topics.map((t) => t.id));
		expect(questions.length).toBe(975);
		// The German market's bank lies in its language's folder, checked the same way.
		expect(sources.questions!.filter((f) => bankLanguage(f.path) === 'de').map((f) => f.path)).toEqual(['content/questions/de/dev.csv']);
		// Line numbers point at the row: each dev.csv row starts with its id.
		const lines = (await readFile(path.join(root, 'content/questions/dev.csv'), 'utf8')).split('\n');
		for (const q of questions) expect(lines[q.line - 1]!.startsWith(`${q.id},`)).toBe(true);
	});

	test('the content check reports an unknown topic in a bank with its file and line', () => {
		const sources = {
			topics: { path: 'content/topics.yaml', text: '- id: pay-early\n  category: payments\n  title: Pay early\n  description: Pay an instalment before its due date.\n' },
			articles: [],
			questions: [{ path: 'content/questions/tickets.csv', text: 'question,topic\nCan I pay early?,pay-early\nRefund?,refunds\n' }],
		};
		expect(checkContent(sources).problems).toContainEqual(
			expect.objectContaining({ rule: 'bank-unknown-topic', file: 'content/questions/tickets.csv', line: 3 }),
		);
	});
});

describe('problems printed in a terminal', () => {
	test('a terminal escape in a CSV cell or file name is shown, never sent to the terminal', () => {
		const { problems } = bank('question,topic\n"Where is my refund?",refund-status\x1b[2J\x1b[H\n', 'content/questions/x\x1b]0;owned\x07.csv');
		expect(problems.some((p) => p.message.includes('\x1b[2J')), 'the raw value reaches the problem').toBe(true);
		const printed = formatProblems(problems);
		expect(printed.match(CONTROL_CHARACTERS)).toBeNull();
		expect(printed).toContain('refund-status\\u001b[2J\\u001b[H');
		expect(printed).toContain('content/questions/x\\u001b]0;owned\\u0007.csv');
	});
});
