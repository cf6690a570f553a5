import { describe, expect, test } from 'vitest';
import { analyzeQuery } from '../../../src/lib/search/query.ts';
import { applySynonyms, compileSynonyms, customerWords, packSynonyms, unpackSynonyms } from '../../../src/lib/search/synonyms.ts';
import { createSpeller, typoDistance } from '../../../src/lib/search/spelling.ts';
import { normalizeText } from '../../../src/lib/search/text.ts';

const rules = compileSynonyms({
	refund: ['money back', 'reimburse'],
	'close account': ['delete account', 'get rid of account'],
	'charged twice': ['double charged', 'more than once'],
	passcode: ['pin'],
});

const words = (terms: { word: string }[]) => terms.map((t) => t.word);

describe('normalizeText', () => {
	test('lowercases, folds accents, drops apostrophes and turns punctuation into spaces', () => {
		expect(normalizeText("Where's my RÉFUND?! (order #123)")).toBe('wheres my refund order 123');
		expect(normalizeText('don’t')).toBe('dont');
	});
});

describe('applySynonyms', () => {
	test('replaces the longest customer phrase with the words the articles use', () => {
		const out = applySynonyms(['i', 'want', 'my', 'money', 'back'], rules);
		expect(out.map((t) => t.word)).toEqual(['i', 'want', 'my', 'refund']);
		expect(out.at(-1)?.synonymOf).toBe('money back');
	});

	test('matches other endings of a word and filler words inside a phrase', () => {
		expect(applySynonyms(['reimbursed'], rules).map((t) => t.word)).toEqual(['refund']);
		expect(applySynonyms(['get', 'rid', 'of', 'my', 'account'], rules).map((t) => t.word)).toEqual(['close', 'account']);
		expect(applySynonyms(['delete', 'the', 'account'], rules).map((t) => t.word)).toEqual(['close', 'account']);
	});

	test("keeps the customer's own word as an alternative for a one-word synonym", () => {
		expect(applySynonyms(['pin'], rules)).toEqual([{ word: 'passcode', alternatives: ['pin'], synonymOf: 'pin' }]);
	});

	test('never lets a phrase start on a filler word it skipped', () => {
		// "account" alone must stay "account": the rule needs "delete" first.
		expect(applySynonyms(['my', 'account'], rules).map((t) => t.word)).toEqual(['my', 'account']);
	});
});

describe('packSynonyms', () => {
	test('writes each word the articles use once, and unpacks to the same rules in the same order', () => {
		const packed = packSynonyms(rules);
		expect(packed).toContainEqual(['close account', 'get rid of account', 'delete account']);
		expect(packed.flat().filter((phrase) => phrase === 'refund')).toHaveLength(1);
		expect(unpackSynonyms(packed)).toEqual(rules);
		// Rules that differ only in what they stand for keep one order, whichever came first.
		const both = compileSynonyms({ refund: ['money back'], credit: ['money back'] });
		expect(unpackSynonyms(packSynonyms(both))).toEqual(both);
		expect(both.map((r) => r.to.join(' '))).toEqual(['credit', 'refund']);
	});
});

describe('analyzeQuery', () => {
	test('drops filler, contractions and numbers but keeps the words that carry the need', () => {
		const { terms } = analyzeQuery("Hi, I'd like to know why I've been charged £25 more than once, thanks!", rules);
		expect(words(terms)).toEqual(['charged', 'twice']);
	});

	test('ignores the single letter of a word still being typed', () => {
		expect(words(analyzeQuery('late f', rules).terms)).toEqual(['late']);
		expect(words(analyzeQuery('late fe', rules).terms)).toEqual(['late', 'fe']);
	});

	test('searches the words of a question made only of filler rather than nothing', () => {
		expect(words(analyzeQuery('help please', rules).terms)).toEqual(['help', 'please']);
	});

	test('corrects words the index does not know before applying synonyms', () => {
		const speller = createSpeller(
			[
				['refund', 20],
				['password', 12],
				['status', 5],
				['account', 40],
			],
			customerWords(rules),
		);
		const result = analyzeQuery('pasword', rules, speller);
		expect(result.corrections).toEqual([{ from: 'pasword', to: ['password'] }]);
		expect(words(result.terms)).toEqual(['password']);
		// A customer word the synonyms know is not a typo.
		expect(analyzeQuery('reimburse me', rules, speller).corrections).toEqual([]);
	});

	test('searches a last word still being typed as the word it starts, and only while it is last and unfinished', () => {
		const speller = createSpeller(
			[
				['payment', 30],
				['payments', 10],
				['pay', 50],
				['status', 5],
			],
			customerWords(rules),
		);
		expect(words(analyzeQuery('paym', rules, speller).terms)).toEqual(['payment']);
		expect(words(analyzeQuery('payment stat', rules, speller).terms)).toEqual(['payment', 'status']);
		// A word of its own stays itself; a finished word (a space after it) or one before others is not completed.
		expect(words(analyzeQuery('pay', rules, speller).terms)).toEqual(['pay']);
		expect(words(analyzeQuery('paym ', rules, speller).terms)).toEqual(['paym']);
		expect(words(analyzeQuery('paym?', rules, speller).terms)).toEqual(['paym']);
		expect(words(analyzeQuery('paym status', rules, speller).terms)).toEqual(['paym', 'status']);
	});
});

describe('createSpeller', () => {
	const speller = createSpeller([
		['refund', 30],
		['refunds', 10],
		['status', 5],
		['delete', 4],
		['reimbursement', 2],
		['password', 9],
	]);

	test('fixes one typo in a short word and two in a long one', () => {
		expect(speller.correct('refnd')).toEqual(['refund']);
		expect(speller.correct('edlete')).toEqual(['delete']);
		expect(speller.correct('reimbursment')).toEqual(['reimbursement']);
		expect(speller.correct('pasword')).toEqual(['password']);
	});

	test('splits two words typed together', () => {
		expect(speller.correct('refundstatus')).toEqual(['refund', 'status']);
		expect(speller.correct('reimbursementof')).toEqual(['reimbursement']);
	});

	test('completes the start of a word to the index word it begins, in the shortest form of the most used stem, never a word of its own', () => {
		expect(speller.complete('refu')).toBe('refund');
		expect(
			createSpeller([
				['payments', 30],
				['payment', 10],
				['payout', 35],
			]).complete('pay'),
		).toBe('payment');
		expect(speller.complete('reim')).toBe('reimbursement');
		expect(speller.complete('refunded')).toBeUndefined();
		expect(speller.complete('status')).toBeUndefined();
		expect(speller.complete('re')).toBeUndefined();
		expect(speller.complete('mortg')).toBeUndefined();
	});

	test('leaves alone words it knows, their other endings, and words too far from any index word', () => {
		expect(speller.knows('refunded')).toBe(true);
		expect(speller.knows('refu')).toBe(true);
		expect(speller.correct('mortgage')).toBeUndefined();
		expect(speller.correct('abc')).toBeUndefined();
	});

	test('counts a swap of neighbouring letters as one typo', () => {
		expect(typoDistance('recieve', 'receive', 2)).toBe(1);
		expect(typoDistance('kitten', 'sitting', 5)).toBe(3);
	});
});
