import { languageRules, type SearchLanguage } from './language.ts';
import { isNumber, tokenize, tokenizeGerman } from './text.ts';
import { textFeatures } from './rerank.ts';
import { customerWords, packSynonyms, unpackSynonyms } from './synonyms.ts';
import type { RulesShare, SearchRules, SearchRulesFile, SearchVocabulary, SearchVocabularyPart, SynonymRule } from './types.ts';

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

/** `search-rules.json` as the query pipeline reads it. A file of another version (an older build) is refused by name. */
export function readRulesFile(file: SearchRulesFile): SearchRules {
	if (file.version !== 3)
		throw new Error(`${RULES_FILE} is of version ${String(file.version)}, not 3: build the site again with \`npm run build\`.`);
	const { version: _, synonyms, ...rest } = file;
	return { version: 1, ...rest, synonyms: unpackSynonyms(synonyms) };
}

/** The search's own files beside Pagefind's index (see `searchFiles`). */
export interface SearchFiles {
	rules: SearchRulesFile;
	vocabulary: SearchVocabulary;
	parts: Map<string, SearchVocabularyPart>;
}

/**
 * The search's own files for a market: the rules any question may need (`search-rules.json`), the
 * whole vocabulary with the rest of the rules, and the vocabulary by initial, each part with the share
 * of the rules a question whose words begin with its letter may need. A visitor's question whose words
 * the index all has downloads the rules file and its initials' parts only: at 1,000 articles a
 * question of one word downloads about a fifth of the synonyms and ranking words it did when every
 * question downloaded them all.
 *
 * What a question needs of the synonyms: a rule applies only when the question has its first word
 * that is no filler word (its key word; the words around may be fillers), or a word with its stem,
 * which begins with the same letter. Rules are applied twice, so a rule can also be set off by what
 * another produced ("cancel my standard account" → "cancel account" → "close account"): a part also
 * holds the rules its own rules' words can set off. A rule without a key word (only filler words or
 * numbers) may apply to any question: it stays in the rules file, with the rules it can set off. What
 * the ranking model needs: the stems of the question's words (each with its word's initial) and of
 * what its synonyms produced.
 */
export function searchFiles(rules: SearchRules, vocabulary: SearchVocabulary): SearchFiles {
	const { version: _, synonyms, model, ...rest } = rules;
	const language = rules.language ?? 'en';
	const { stopWords, stem } = languageRules(language);
	// A word with a filler word's stem may be typed as that filler word, whose initial a question's parts leave out.
	const fillerStems = new Set([...stopWords].map(stem));
	const keyWord = (rule: SynonymRule) => rule.from.find((w) => !stopWords.has(w) && !isNumber(w) && !fillerStems.has(stem(w)));
	const byKeyStem = new Map<string, SynonymRule[]>();
	for (const rule of synonyms) {
		const key = keyWord(rule);
		if (key) byKeyStem.set(stem(key), [...(byKeyStem.get(stem(key)) ?? []), rule]);
	}
	/** The rules and those their words can set off on the second pass. */
	const withFollowers = (list: readonly SynonymRule[]) => [
		...new Set([...list, ...list.flatMap((rule) => rule.to.flatMap((word) => byKeyStem.get(stem(word)) ?? []))]),
	];
	const features = model?.features ?? {};
	/** The ranking model's words for what `rules` produce. */
	const featuresOf = (list: readonly SynonymRule[]) =>
		[
			...textFeatures(
				list.flatMap((rule) => rule.to),
				language,
			).keys(),
		].filter((feature) => Object.hasOwn(features, feature));
	const pick = (keys: Iterable<string>, except: ReadonlySet<string>) =>
		Object.fromEntries([...new Set(keys)].filter((key) => !except.has(key)).map((key) => [key, features[key]!]));

	const core = withFollowers(synonyms.filter((rule) => !keyWord(rule)));
	const inCore = new Set(core);
	const coreFeatures = new Set(featuresOf(core));
	const share = (list: readonly SynonymRule[], keys: Iterable<string>): RulesShare => ({
		synonyms: packSynonyms(list.filter((rule) => !inCore.has(rule))),
		features: pick(keys, coreFeatures),
	});
	const parts = vocabularyParts(vocabulary);
	for (const [initial, part] of parts) {
		const own = withFollowers(synonyms.filter((rule) => !inCore.has(rule) && keyWord(rule)?.[0] === initial));
		const words = new Set(part.words);
		Object.assign(part, share(own, [...Object.keys(features).filter((feature) => feature[0] === initial), ...featuresOf(own)]), {
			customerWords: [...new Set(customerWords(synonyms))].filter((word) => word[0] === initial && !words.has(word)),
		});
	}
	return {
		rules: {
			version: 3,
			...rest,
			synonyms: packSynonyms(core),
			...(model ? { model: { ...model, features: pick(coreFeatures, new Set()) } } : {}),
		},
		vocabulary: { ...vocabulary, ...share(synonyms, Object.keys(features)) },
		parts,
	};
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
		[...VOCABULARY_PART_INITIALS].map((initial) => [initial, { version: 3, total: vocabulary.words.length, words: [], places: [] }]),
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
	return { version: 3, words };
}
