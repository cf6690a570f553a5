import { describe, expect, test } from 'vitest';
import { shownQuestionFault, shownQuestions, suggestShownQuestion } from '../../../src/lib/content/shown-questions.ts';

describe('shownQuestions', () => {
	test('shows at most three questions, those written in sentence case with a question mark, in the writer’s order', () => {
		const questions = [
			'i missed my payment what now',
			'What happens if I miss a payment?',
			'late fee',
			'Will I be charged a late fee?',
			'Can I pay late?',
			'How do I catch up?',
		];
		expect(shownQuestions(questions)).toEqual(['What happens if I miss a payment?', 'Will I be charged a late fee?', 'Can I pay late?']);
	});

	test('shows none when every phrasing is in the customers’ words', () => {
		expect(shownQuestions(['payment failed', 'card declined again', 'why wont my card work'])).toEqual([]);
	});
});

describe('shownQuestionFault and suggestShownQuestion', () => {
	test('name what to fix, and suggest the fixed question', () => {
		expect(shownQuestionFault('how do i pay early')).toBe('start with a capital letter');
		expect(shownQuestionFault('Can i pay early?')).toBe('write "I" as a capital');
		expect(shownQuestionFault('How do I pay early')).toBe('end with a question mark');
		expect(shownQuestionFault('HOW DO I PAY EARLY?')).toBe('write in sentence case, not in capitals');
		expect(shownQuestionFault('Why can’t I pay with a card from the UK?')).toBeUndefined();
		expect(suggestShownQuestion('how do i pay early.')).toBe('How do I pay early?');
		expect(suggestShownQuestion("what if i'm late")).toBe("What if I'm late?");
	});
});
