import { lightStem } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';

/**
 * The languages the search pipeline knows. A market searches in the language of its locale
 * (`de-DE` → `de`); `search-rules.json` carries it, and a file without one is English.
 */
export const SEARCH_LANGUAGES = ['en', 'de'] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

/** The search language of a market's language code (`languageOf(locale)`), or undefined when the pipeline has none. */
export function searchLanguage(language: string): SearchLanguage | undefined {
	return (SEARCH_LANGUAGES as readonly string[]).includes(language) ? (language as SearchLanguage) : undefined;
}

/** What the query pipeline needs to know of a language. */
export interface LanguageRules {
	language: SearchLanguage;
	/** Filler words, spelled like query tokens. */
	stopWords: ReadonlySet<string>;
	/** Reduces a query token to the form two inflections share ("erstattungen" ~ "erstattung"). Never shown. */
	stem(word: string): string;
	/**
	 * What may join the two parts of a compound ("Rückerstattung·s·status"): the German linking
	 * elements. Empty for a language that writes compounds apart; English only joins words by mistake.
	 */
	linkingElements: readonly string[];
	/** The shortest part a compound is split into: German compounds are made of real words, not syllables. */
	minCompoundPart: number;
}

/** A stemmer that remembers its last 20,000 words. */
export const cached = (stem: (word: string) => string) => {
	const cache = new Map<string, string>();
	return (word: string) => {
		let result = cache.get(word);
		if (result === undefined) {
			result = stem(word);
			if (cache.size < 20_000) cache.set(word, result);
		}
		return result;
	};
};

/**
 * The rules of each language loaded so far. English is always here; another language registers
 * itself when its module is imported (`german.ts`): Node imports it with the pipeline, the browser's
 * search file of a German market's pages with the UI (src/client/search-de.ts), so English pages
 * never download it.
 */
const RULES: Partial<Record<SearchLanguage, LanguageRules>> = {
	en: { language: 'en', stopWords: STOP_WORDS, stem: cached(lightStem), linkingElements: [''], minCompoundPart: 2 },
};

/** Makes a language's rules available to the pipeline (see `german.ts`). */
export function registerLanguageRules(rules: LanguageRules): void {
	RULES[rules.language] = rules;
}

/** The rules of `language` (English when absent). */
export function languageRules(language: SearchLanguage = 'en'): LanguageRules {
	const rules = RULES[language];
	if (!rules)
		throw new Error(
			`The search rules of "${language}" are not loaded: import src/lib/search/${language === 'de' ? 'german' : language}.ts first.`,
		);
	return rules;
}
