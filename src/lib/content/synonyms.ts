// German's rules (stemmer, stop words) register themselves: this runs in Node, where every language is at hand.
import '../search/german.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { languageRules, type SearchLanguage } from '../search/language.ts';
import type { SynonymsSource } from '../search/synonyms.ts';
import { tokenize } from '../search/text.ts';
import { readDataFile, type SourceFile } from './files.ts';

/**
 * Reads `content/synonyms.yaml` (or a language's, `content/synonyms.de.yaml`, compared in that
 * language's spelling, stems and stop words) and reports, with the line of each entry: YAML and schema mistakes,
 * a customer phrase listed under two words (search could only follow one), a phrase listed under
 * itself, and a word made only of words search ignores. Given the articles' text, it also warns
 * about words on the left that no article uses.
 */
export function checkSynonymsFile(
	file: SourceFile,
	problems: Problem[],
	articleTexts?: readonly string[],
	language: SearchLanguage = 'en',
): SynonymsSource | undefined {
	const { stem, stopWords } = languageRules(language);
	const key = (words: readonly string[]) => words.map(stem).join(' ');
	const read = readDataFile('synonyms', file);
	problems.push(...read.problems);
	const synonyms = read.data;
	const parsed = read.yaml;
	if (!synonyms || !parsed) return undefined;
	const owner = new Map<string, string>();
	let ok = true;
	for (const [means, said] of Object.entries(synonyms)) {
		const line = parsed.keyLines.get(means);
		const meansWords = tokenize(means, language);
		if (meansWords.every((w) => stopWords.has(w))) {
			ok = false;
			problems.push(
				problem('synonym-ignored-word', file.path, {
					line,
					field: means,
					message: `Search ignores \`${means}\` (too common to rank anything): map the phrases to a more specific word that the articles use.`,
				}),
			);
		}
		for (const phrase of said) {
			const id = key(tokenize(phrase, language));
			if (id === key(meansWords)) {
				ok = false;
				problems.push(
					problem('synonym-same-as-word', file.path, {
						line,
						field: means,
						message: `\`${phrase}\` is the word itself (or the same word with another ending): remove it from the list.`,
					}),
				);
				continue;
			}
			const first = owner.get(id);
			if (first !== undefined && first !== means) {
				ok = false;
				problems.push(
					problem('synonym-listed-twice', file.path, {
						line,
						field: means,
						message: `\`${phrase}\` is also listed under \`${first}\` (line ${parsed.keyLines.get(first)}); search can follow only one. Keep it under the word that answers it best.`,
					}),
				);
				continue;
			}
			owner.set(id, means);
		}
	}
	if (!ok) return undefined;
	if (articleTexts?.length) problems.push(...unusedTargets(synonyms, articleTexts, file.path, parsed.keyLines, language));
	return synonyms;
}

/** The stems of every word in `texts` (each distinct word stemmed once). */
function stemsOf(texts: readonly string[], language: SearchLanguage): Set<string> {
	const words = new Set<string>();
	for (const text of texts) for (const word of language === 'en' ? text.toLowerCase().split(/[^a-z0-9]+/) : tokenize(text, language)) words.add(word);
	return new Set([...words].map(languageRules(language).stem));
}

/**
 * Synonyms that lead nowhere: the word on the left appears in no article (title, questions or
 * body), so rewriting a question to it cannot find anything.
 */
function unusedTargets(
	synonyms: SynonymsSource,
	articleTexts: readonly string[],
	file: string,
	lines: ReadonlyMap<string, number>,
	language: SearchLanguage,
): Problem[] {
	const { stem, stopWords } = languageRules(language);
	const stems = stemsOf(articleTexts, language);
	const problems: Problem[] = [];
	for (const means of Object.keys(synonyms)) {
		const missing = tokenize(means, language).filter((w) => !stopWords.has(w) && !stems.has(stem(w)));
		if (!missing.length) continue;
		problems.push(
			problem('synonym-leads-nowhere', file, {
				line: lines.get(means),
				field: means,
				message: `No article uses ${missing.map((w) => `\`${w}\``).join(' or ')}, so questions rewritten to \`${means}\` find nothing through it. Use a word the articles use, or add it to the article that answers it.`,
			}),
		);
	}
	return problems;
}
