import type { Speller } from './spelling.ts';
import { languageRules, type SearchLanguage } from './language.ts';
import { applySynonyms } from './synonyms.ts';
import { isNumber, tokenize } from './text.ts';
import type { SynonymRule } from './types.ts';

/** One need to look up in the index: a word, and other spellings that count as the same word. */
export interface QueryTerm {
	word: string;
	/** Searched too; an article scores the best of `word` and these, never their sum. */
	alternatives?: string[];
	/** The customer's words this term stands for, when a synonym rule produced it. */
	synonymOf?: string;
}

/** A word nobody uses in the help center, and the words searched instead. */
export interface Correction {
	from: string;
	to: string[];
}

export interface AnalyzedQuery {
	/** The question as typed. */
	query: string;
	/** Its words, normalised and with typos corrected. */
	tokens: string[];
	corrections: Correction[];
	/** The distinct terms to search for, in question order: synonyms applied, filler dropped. */
	terms: QueryTerm[];
}

/**
 * The words the ranking model reads of a text: its own (typos corrected) and those the synonyms
 * send it to. The writers' questions are read the same way at build time, so "money back" in a
 * question and in an article's `questions` both count as "refund".
 */
export function analyzedWords(analyzed: AnalyzedQuery): string[] {
	return [...analyzed.tokens, ...analyzed.terms.flatMap((t) => [t.word, ...(t.alternatives ?? [])])];
}

/**
 * Step 1 of every search: from the customer's question to the words worth looking up.
 * 1. Lowercase, strip accents and punctuation.
 * 2. Correct words neither the articles nor the synonyms use ("pasword", "refundstatus"); complete
 *    a last word that is only the start of one ("paym").
 * 3. Rewrite customer phrases to the articles' words (before stop words, so idioms such as
 *    "get rid of" still match).
 * 4. Drop filler words, numbers and single letters.
 * Each step in the question's language (the market's): its spelling, stop words and stems.
 */
export function analyzeQuery(
	query: string,
	synonyms: readonly SynonymRule[],
	speller?: Speller,
	language: SearchLanguage = 'en',
): AnalyzedQuery {
	const { stopWords } = languageRules(language);
	const corrections: Correction[] = [];
	const tokens: string[] = [];
	const words = tokenize(query, language);
	// The last word, when nothing follows it (no space, no "?"), may be one the visitor is still typing: "paym" is
	// searched as "payment", so the results settle on that word's articles before it is finished
	// (and a fast typist's first search does not download the results of each prefix).
	const typing = /[\p{L}\p{N}]$/u.test(query);
	for (const [i, token] of words.entries()) {
		const completion = typing && i === words.length - 1 && !isNumber(token) ? speller?.complete(token) : undefined;
		const replacement = completion
			? [completion]
			: speller && !stopWords.has(token) && !isNumber(token) && !speller.knows(token)
				? speller.correct(token)
				: undefined;
		if (replacement) {
			corrections.push({ from: token, to: replacement });
			tokens.push(...replacement);
		} else {
			tokens.push(token);
		}
	}
	const terms: QueryTerm[] = [];
	const seen = new Set<string>();
	for (const token of applySynonyms(tokens, synonyms, language)) {
		// One letter ("late f" while typing "fee") matches nearly every article: it only adds noise and work.
		if (seen.has(token.word) || isNumber(token.word) || stopWords.has(token.word) || token.word.length < 2) continue;
		seen.add(token.word);
		const term: QueryTerm = { word: token.word };
		const alternatives = token.alternatives?.filter((w) => !seen.has(w) && !stopWords.has(w));
		if (alternatives?.length) term.alternatives = alternatives;
		if (token.synonymOf) term.synonymOf = token.synonymOf;
		terms.push(term);
	}
	// A question made only of filler ("help", "hi there") still deserves an answer: search its words.
	if (!terms.length) {
		for (const token of tokens) {
			if (!seen.has(token) && !isNumber(token) && token.length > 1) {
				seen.add(token);
				terms.push({ word: token });
			}
		}
	}
	return { query, tokens, corrections, terms };
}
