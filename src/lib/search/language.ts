import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { lightStem } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';
import { GERMAN_STOP_WORDS } from './stop-words-de.ts';

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

const cached = (stem: (word: string) => string) => {
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

const RULES: Record<SearchLanguage, LanguageRules> = {
	en: { language: 'en', stopWords: STOP_WORDS, stem: cached(lightStem), linkingElements: [''], minCompoundPart: 2 },
	// Snowball's German stemmer (the algorithm Pagefind stems a German index with), applied to folded
	// words, so "Gebühren" and "Gebuehren" share a stem just as "Gebühr" and "Gebühren" do.
	de: {
		language: 'de',
		stopWords: GERMAN_STOP_WORDS,
		stem: cached(germanStemmer),
		linkingElements: ['', 's', 'es', 'n', 'en'],
		minCompoundPart: 3,
	},
};

/** The rules of `language` (English when absent). */
export function languageRules(language: SearchLanguage = 'en'): LanguageRules {
	return RULES[language];
}
