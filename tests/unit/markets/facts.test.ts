import { describe, expect, test } from 'vitest';
import { formatFact } from '../../../src/lib/markets/facts.ts';

describe('a fact reads the way the market writes it', () => {
	test('money in the market currency, without cents on whole amounts', () => {
		expect(formatFact({ kind: 'money', value: 7 }, 'en-US', 'USD')).toBe('$7');
		expect(formatFact({ kind: 'money', value: 6 }, 'en-GB', 'GBP')).toBe('£6');
		expect(formatFact({ kind: 'money', value: 0.5 }, 'en-GB', 'GBP')).toBe('£0.50');
		expect(formatFact({ kind: 'money', value: 1250 }, 'en-US', 'USD')).toBe('$1,250');
		// Another locale puts the sign and the separators where its readers expect them.
		expect(formatFact({ kind: 'money', value: 7.5 }, 'de-DE', 'EUR')).toBe('7,50\u00a0€');
	});

	test('day counts in words, one or many', () => {
		expect(formatFact({ kind: 'days', value: 10 }, 'en-US', 'USD')).toBe('10 days');
		expect(formatFact({ kind: 'days', value: 1 }, 'en-GB', 'GBP')).toBe('1 day');
		expect(formatFact({ kind: 'businessDays', value: 10 }, 'en-US', 'USD')).toBe('10 business days');
		// British English says working days; German Werktage.
		expect(formatFact({ kind: 'businessDays', value: 1 }, 'en-GB', 'GBP')).toBe('1 working day');
		expect(formatFact({ kind: 'businessDays', value: 5 }, 'de-DE', 'EUR')).toBe('5 Werktage');
	});

	test('a range of business days, in the words of the page', () => {
		expect(formatFact({ kind: 'businessDays', value: [5, 10] }, 'en-US', 'USD')).toBe('5 to 10 business days');
		expect(formatFact({ kind: 'businessDays', value: [3, 5] }, 'en-GB', 'GBP')).toBe('3 to 5 working days');
		expect(formatFact({ kind: 'businessDays', value: [3, 5] }, 'de-DE', 'EUR')).toBe('3 bis 5 Werktage');
		// An English article the German market has not translated yet: English words, the German figures.
		expect(formatFact({ kind: 'businessDays', value: [3, 5] }, 'en-DE', 'EUR')).toBe('3 to 5 business days');
		expect(formatFact({ kind: 'money', value: 5 }, 'en-DE', 'EUR')).toBe('€5');
	});

	test('percentages as written, not multiplied', () => {
		expect(formatFact({ kind: 'percent', value: 25 }, 'en-US', 'USD')).toBe('25%');
		expect(formatFact({ kind: 'percent', value: 12.5 }, 'en-GB', 'GBP')).toBe('12.5%');
	});

	test('text exactly as the market wrote it', () => {
		expect(formatFact({ kind: 'text', value: 'the Financial Conduct Authority (FCA)' }, 'en-GB', 'GBP')).toBe(
			'the Financial Conduct Authority (FCA)',
		);
	});
});
