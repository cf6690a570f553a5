import { describe, expect, test } from 'vitest';
import { buildRankingModel, matchTopics } from '../../../src/lib/search/rerank.ts';
import { tokenize } from '../../../src/lib/search/text.ts';
import { analyzedWords, analyzeQuery } from '../../../src/lib/search/query.ts';
import { compileSynonyms } from '../../../src/lib/search/synonyms.ts';

const sources = [
	{
		topics: ['refund-policy'],
		texts: ['Refund policy: time limits', 'how many days do I have to return something', 'what cannot be refunded'],
	},
	{ topics: ['request-a-refund'], texts: ['Ask for a refund', 'I want my money back', 'how do I request a refund'] },
	{ topics: ['reset-password', 'account-locked'], texts: ['Reset your passcode', 'I forgot my passcode', 'locked out of the app'] },
	// An article that is the main answer for no need teaches the model nothing.
	{ topics: [], texts: ['About us: our story and our values'] },
];

describe('buildRankingModel and matchTopics', () => {
	const model = buildRankingModel(sources);

	test('names the need whose writers used the question’s telling words', () => {
		expect(matchTopics(model, tokenize('How many days to return it?'))[0]?.topic).toBe('refund-policy');
		expect(matchTopics(model, tokenize('give me my money back'))[0]?.topic).toBe('request-a-refund');
	});

	test('credits every need an article is the main answer for', () => {
		const topics = matchTopics(model, tokenize('forgot passcode')).map((m) => m.topic);
		expect(topics.slice(0, 2).sort()).toEqual(['account-locked', 'reset-password']);
	});

	test('says which of the question’s words made the match', () => {
		const [best] = matchTopics(model, tokenize('how many days do I have to return something'));
		expect(best?.evidence).toEqual(expect.arrayContaining(['day', 'return']));
		expect(best?.evidence).not.toContain('how');
	});

	test('ignores filler words and numbers, and knows nothing of articles without a need', () => {
		expect(matchTopics(model, tokenize('hi please help 123'))).toEqual([]);
		expect(matchTopics(model, tokenize('our story and values'))).toEqual([]);
		expect(model.topics).toEqual(['account-locked', 'refund-policy', 'request-a-refund', 'reset-password']);
	});

	test('reads the writers’ questions through the synonyms, as it reads a customer’s', () => {
		const synonyms = compileSynonyms({ refund: ['money back', 'reimbursement'] });
		const read = (text: string) => analyzedWords(analyzeQuery(text, synonyms));
		const model = buildRankingModel(
			[
				{ topics: ['request-a-refund'], texts: ['I want my money back'] },
				{ topics: ['reset-password'], texts: ['I forgot my passcode'] },
			],
			read,
		);
		expect(matchTopics(model, read('reimbursement please'))[0]?.topic).toBe('request-a-refund');
		expect(matchTopics(buildRankingModel(sources.slice(1, 2)), tokenize('reimbursement please'))).toEqual([]);
	});

	test('keeps at most 50 words per need, however much the writers wrote', () => {
		const words = Array.from(
			{ length: 300 },
			(_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
		);
		const big = buildRankingModel([
			{ topics: ['x'], texts: [words.join(' ')] },
			{ topics: ['y'], texts: ['something else entirely'] },
		]);
		const x = big.topics.indexOf('x');
		// Each entry is [idf, topic step, weight, topic step, weight…], each step from the topic before.
		const topicsOf = (entry: number[]) => {
			let topic = 0;
			return entry.filter((_, i) => i % 2 === 1).map((step) => (topic += step));
		};
		const perTopic = Object.values(big.features).filter((entry) => topicsOf(entry).includes(x));
		expect(perTopic).toHaveLength(50);
		expect(matchTopics(big, tokenize('something entirely different'))[0]?.topic).toBe('y');
	});
});
