import type { SearchLanguage } from './language.ts';
import { tokenize, tokenizeGerman } from './text.ts';
import { packSynonyms, unpackSynonyms } from './synonyms.ts';
import type { SearchRules, SearchRulesFile, SearchVocabulary, SearchVocabularyPart } from './types.ts';

/**
 * Where the search lives in the built site: Pagefind's bundle and the files written beside it.
 * The one place to change when the search moves (for example under a market's prefix).
 */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The address of a file of the search bundle (`pagefind.js`, `search-rules.json`…) on the site. */
export function searchAssetUrl(file: string): string {
	return `/${SEARCH_BUNDLE_DIR}/${file}`;
}

/** Written next to Pagefind's files in `dist/pagefind/` by the build. */
export const RULES_FILE = 'search-rules.json';
export const VOCABULARY_FILE = 'search-vocabulary.json';

/** The rules as `search-rules.json` holds them, their synonyms packed to download less. */
export function rulesFile({ version: _, synonyms, ...rest }: SearchRules): SearchRulesFile {
	return { version: 2, ...rest, synonyms: packSynonyms(synonyms) };
}

/** `search-rules.json` as the query pipeline reads it. A file of another version (an older build) is refused by name. */
export function readRulesFile(file: SearchRulesFile): SearchRules {
	if (file.version !== 2)
		throw new Error(`${RULES_FILE} is of version ${String(file.version)}, not 2: build the site again with \`npm run build\`.`);
	const { version: _, synonyms, ...rest } = file;
	return { version: 1, ...rest, synonyms: unpackSynonyms(synonyms) };
}

/**
 * The vocabulary's words that begin with `initial` (a to z), written beside the whole file: enough to
 * tell whether a question's words are index words (or the start of one), which is all most
 * questions need; only a word the index does not know needs the whole vocabulary, to be corrected.
 */
export function vocabularyPartFile(initial: string): string {
	return `search-vocabulary-${initial}.json`;
}

/** The initials that have a part of the vocabulary: the letters a lowercase index word can start with. */
export const VOCABULARY_PART_INITIALS = 'abcdefghijklmnopqrstuvwxyz';

/** The words of the vocabulary beginning with each letter, with their places in the whole list (its order is their weight). */
export function vocabularyParts(vocabulary: SearchVocabulary): Map<string, SearchVocabularyPart> {
	const parts = new Map<string, SearchVocabularyPart>(
		[...VOCABULARY_PART_INITIALS].map((initial) => [initial, { version: 2, total: vocabulary.words.length, words: [], places: [] }]),
	);
	vocabulary.words.forEach((word, place) => {
		const part = parts.get(word[0]!);
		if (!part) return;
		part.words.push(word);
		part.places.push(place);
	});
	return parts;
}

/**
 * Every word of the indexed pages, most common first (the most pages, then alphabetical): what typo
 * correction may suggest, and which of two equally close words it prefers. The order is all the
 * speller needs of the counts, so they are not shipped. Numbers and one-letter words are left out;
 * they are never typos worth fixing. German words keep their umlauts, as Pagefind is searched with
 * them; the query side folds them ("rückerstattung" ~ "rueckerstattung").
 */
export function buildVocabulary(pageTexts: readonly string[], language: SearchLanguage = 'en'): SearchVocabulary {
	const pages = new Map<string, number>();
	for (const text of pageTexts) {
		for (const word of new Set(language === 'de' ? tokenizeGerman(text) : tokenize(text))) {
			if (word.length < 2 || /^\d/.test(word)) continue;
			pages.set(word, (pages.get(word) ?? 0) + 1);
		}
	}
	const words = [...pages].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
	return { version: 2, words };
}
