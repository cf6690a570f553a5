import type { SynonymRule } from './types.ts';
import { languageRules, type LanguageRules, type SearchLanguage } from './language.ts';
import { tokenize } from './text.ts';

/** `content/synonyms.yaml` after validation: the words the articles use → what customers say instead. */
export type SynonymsSource = Readonly<Record<string, readonly string[]>>;

/** Turns the writers' file into rules, longest customer phrase first (so "money back" wins over "back"). */
export function compileSynonyms(source: SynonymsSource, language: SearchLanguage = 'en'): SynonymRule[] {
	const rules: SynonymRule[] = [];
	for (const [means, said] of Object.entries(source)) {
		const to = tokenize(means, language);
		for (const phrase of said) {
			const from = tokenize(phrase, language);
			if (from.length && to.length) rules.push({ from, to });
		}
	}
	return rules.sort(compareRules);
}

/**
 * The order rules are tried in: longest customer phrase first, then alphabetical, then by what
 * they stand for (a phrase under two words is a content error, but the order stays the same for
 * any set of rules, so the packed rules unpack to this very list).
 */
function compareRules(a: SynonymRule, b: SynonymRule): number {
	return b.from.length - a.from.length || a.from.join(' ').localeCompare(b.from.join(' ')) || a.to.join(' ').localeCompare(b.to.join(' '));
}

/**
 * The rules as `search-rules.json` ships them: one list per word the articles use, that word first,
 * then the customer phrases that stand for it, words joined by spaces
 * (`["declined", "card did not work", "did not go through"]`). Each word is written once rather
 * than once per phrase in separate lists: about 30% less to download than the rules themselves.
 */
export function packSynonyms(rules: readonly SynonymRule[]): string[][] {
	const groups = new Map<string, string[]>();
	for (const rule of rules) {
		const to = rule.to.join(' ');
		let group = groups.get(to);
		if (!group) groups.set(to, (group = [to]));
		group.push(rule.from.join(' '));
	}
	return [...groups.values()];
}

/** The rules of `packSynonyms` (of one list or several, each rule once), in the order `compileSynonyms` gives them. */
export function unpackSynonyms(...packed: readonly (readonly (readonly string[])[])[]): SynonymRule[] {
	const rules = new Map<string, SynonymRule>();
	for (const [to = '', ...said] of packed.flat()) {
		for (const from of said) rules.set(`${from}>${to}`, { from: from.split(' '), to: to.split(' ') });
	}
	return [...rules.values()].sort(compareRules);
}

/** The customers' words of the rules: words typed by customers, so never typos (see `createSpeller`). */
export function customerWords(rules: readonly SynonymRule[]): string[] {
	return rules.flatMap((rule) => rule.from);
}

/** A word of the rewritten question. */
export interface RewrittenToken {
	word: string;
	/** Other spellings of the same need, searched with it (the customer's own word, when the index may have it). */
	alternatives?: string[];
	/** The customer's words this token replaced, when a synonym rule produced it. */
	synonymOf?: string;
}

/** How many filler words may sit inside a phrase: "cancel my account" matches "cancel account". */
const MAX_GAP = 2;

/** Tokens matched by `rule` starting at `start`, or 0. */
function matchLength(rule: SynonymRule, tokens: readonly string[], start: number, { stem: stemOf, stopWords }: LanguageRules): number {
	let j = start;
	let gap = 0;
	for (let k = 0; k < rule.from.length;) {
		const token = tokens[j];
		if (token === undefined) return 0;
		const word = rule.from[k]!;
		if (token === word || stemOf(token) === stemOf(word)) {
			k += 1;
			j += 1;
			gap = 0;
		} else if (k > 0 && gap < MAX_GAP && stopWords.has(token)) {
			j += 1;
			gap += 1;
		} else {
			return 0;
		}
	}
	return j - start;
}

/**
 * Replaces every customer phrase found in `tokens` by the words the articles use, scanning left to
 * right and trying the longest phrase first at each position. Words match when they are equal or
 * share a light stem ("reimbursed" matches a rule written "reimburse"), and filler words may sit
 * inside a phrase, so writers list "close account" once rather than every "close my account".
 * A one-word rule keeps the customer's word as an alternative: the index may use it too.
 *
 * Two passes, so rules build on each other: "cancel my standard account" becomes "cancel account"
 * (plan names are dropped), which then becomes "close account".
 */
export function applySynonyms(tokens: readonly string[], rules: readonly SynonymRule[], language: SearchLanguage = 'en'): RewrittenToken[] {
	const words = languageRules(language);
	const first = rewrite(
		tokens.map((word) => ({ word })),
		rules,
		words,
	);
	return rewrite(first, rules, words);
}

/**
 * The rules by the stem of their first word, each list in the rules' order: a phrase can only start
 * where its first word is, so each word of a question tries the few rules it can start (a handful)
 * rather than all of them (about 900). Made once per rule list and language.
 */
const rulesByFirstStem = new WeakMap<readonly SynonymRule[], { language: LanguageRules; index: Map<string, SynonymRule[]> }>();

function rulesStartingWith(rules: readonly SynonymRule[], language: LanguageRules): Map<string, SynonymRule[]> {
	let entry = rulesByFirstStem.get(rules);
	if (entry?.language !== language) {
		const index = new Map<string, SynonymRule[]>();
		for (const rule of rules) {
			const stem = language.stem(rule.from[0]!);
			const list = index.get(stem);
			if (list) list.push(rule);
			else index.set(stem, [rule]);
		}
		entry = { language, index };
		rulesByFirstStem.set(rules, entry);
	}
	return entry.index;
}

function rewrite(tokens: readonly RewrittenToken[], rules: readonly SynonymRule[], language: LanguageRules): RewrittenToken[] {
	const words = tokens.map((t) => t.word);
	const byFirstStem = rulesStartingWith(rules, language);
	const out: RewrittenToken[] = [];
	let i = 0;
	while (i < words.length) {
		let matched = 0;
		let rule: SynonymRule | undefined;
		for (const candidate of byFirstStem.get(language.stem(words[i]!)) ?? []) {
			matched = matchLength(candidate, words, i, language);
			if (matched) {
				rule = candidate;
				break;
			}
		}
		if (rule) {
			const span = tokens.slice(i, i + matched);
			const original = span.map((t) => t.synonymOf ?? t.word).join(' ');
			const keepOriginal = rule.from.length === 1 && rule.to.length === 1 && words[i] !== rule.to[0];
			const alternatives = keepOriginal ? [...new Set([words[i]!, ...(span[0]!.alternatives ?? [])])] : undefined;
			for (const word of rule.to) out.push(alternatives ? { word, alternatives, synonymOf: original } : { word, synonymOf: original });
			i += matched;
		} else {
			out.push(tokens[i]!);
			i += 1;
		}
	}
	return out;
}
