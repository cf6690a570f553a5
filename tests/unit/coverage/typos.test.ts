import { describe, expect, test } from 'vitest';
import { addTypo } from '../../../src/lib/coverage/typos.ts';
import { typoDistance } from '../../../src/lib/search/spelling.ts';

const questions = [
	'Where is my refund?',
	'I was charged twice for the same order',
	'How do I reset my passcode',
	'cant log in',
	'Why was my payment declined at checkout?',
];

describe('addTypo', () => {
	test('mistypes exactly one word, one keystroke away from what was meant', () => {
		for (const question of questions) {
			const typo = addTypo(question);
			expect(typo.word, question).toBeDefined();
			expect(typo.typed).not.toBe(typo.word);
			expect(typoDistance(typo.word!.toLowerCase(), typo.typed!.toLowerCase(), 2)).toBe(1);
			const before = question.split(/\s+/);
			const after = typo.question.split(/\s+/);
			expect(after.filter((w, i) => w !== before[i])).toHaveLength(1);
		}
	});

	test('makes the same mistake on every run, and another one with another seed', () => {
		expect(addTypo(questions[1]!)).toEqual(addTypo(questions[1]!));
		const seeds = new Set(['a', 'b', 'c', 'd', 'e'].map((seed) => addTypo(questions[1]!, seed).question));
		expect(seeds.size).toBeGreaterThan(1);
	});

	test('leaves a question without a word of four letters as it is', () => {
		expect(addTypo('id?')).toEqual({ question: 'id?' });
	});
});
