import type { SearchLanguage } from './language.ts';

/**
 * Text normalisation shared by the query pipeline, the vocabulary builder and the synonyms check,
 * so that a word is spelled the same way wherever it is compared.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´]/g;
const NON_WORD = /[^a-z0-9]+/g;

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * German's own spelling without umlauts, which customers type on keyboards without them
 * ("Rückerstattung" → "rueckerstattung"): both spellings fold to the same word.
 */
export function foldUmlauts(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[äöüß]/g, (c) => UMLAUTS[c]!);
}

/**
 * Lowercase, accents removed, apostrophes dropped ("don't" → "dont"), everything else a space.
 * In German, umlauts and ß are written out first (ä → ae, ß → ss) rather than dropped.
 */
export function normalizeText(text: string, language: SearchLanguage = 'en'): string {
	const folded = language === 'de' ? foldUmlauts(text) : text;
	return folded.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

/** The words of `text` after `normalizeText`. */
export function tokenize(text: string, language: SearchLanguage = 'en'): string[] {
	const normalized = normalizeText(text, language);
	return normalized ? normalized.split(' ') : [];
}

/**
 * The words of `text` as a German index holds them: lowercase, with umlauts and ß kept (what
 * Pagefind is searched with), other accents removed. `foldUmlauts` of each is its query spelling.
 */
export function tokenizeGerman(text: string): string[] {
	const normalized = text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^äöüß]+/g, (run) => run.normalize('NFKD').replace(COMBINING_MARKS, ''))
		.replace(APOSTROPHES, '')
		.replace(/[^a-z0-9äöüß]+/g, ' ')
		.trim();
	return normalized ? normalized.split(' ') : [];
}

/** True for tokens that carry no meaning on their own in a question: amounts, dates, order numbers. */
export function isNumber(token: string): boolean {
	return /^\d+(?:st|nd|rd|th)?$/.test(token);
}
