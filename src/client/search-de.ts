/**
 * The search UI of a German market's pages: German's rules (stop words, Snowball's stemmer) and the
 * UI of src/client/search.ts (the search boxes), in one file. Every language has its own file, so an English page never
 * downloads another language's rules (src/components/SearchLoader.astro picks the page's).
 */
import '../lib/search/german.ts';
import './search.ts';
