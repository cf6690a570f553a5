// German for the search pipeline: its stop words and Snowball's German stemmer (the algorithm
// Pagefind stems a German index with), applied to folded words, so "Gebühren" and "Gebuehren" share
// a stem just as "Gebühr" and "Gebühren" do. Importing this module registers them; Node imports it
// with the pipeline, the browser's search file of a German market's pages (src/client/search-de.ts).
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { cached, registerLanguageRules } from './language.ts';
import { GERMAN_STOP_WORDS } from './stop-words-de.ts';

registerLanguageRules({
	language: 'de',
	stopWords: GERMAN_STOP_WORDS,
	stem: cached(germanStemmer),
	linkingElements: ['', 's', 'es', 'n', 'en'],
	minCompoundPart: 3,
});
