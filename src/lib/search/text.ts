/**
 * Text normalisation shared by the query pipeline, the vocabulary builder and the synonyms check,
 * so that a word is spelled the same way wherever it is compared.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´]/g;
const NON_WORD = /[^a-z0-9]+/g;

/** Lowercase, accents removed, apostrophes dropped ("don't" → "dont"), everything else a space. */
export function normalizeText(text: string): string {
	return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

/** The words of `text` after `normalizeText`. */
export function tokenize(text: string): string[] {
	const normalized = normalizeText(text);
	return normalized ? normalized.split(' ') : [];
}

/** True for tokens that carry no meaning on their own in a question: amounts, dates, order numbers. */
export function isNumber(token: string): boolean {
	return /^\d+(?:st|nd|rd|th)?$/.test(token);
}
