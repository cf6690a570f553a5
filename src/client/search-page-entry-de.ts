/** The search page's UI (search-page-entry.ts) with German's rules, for a German market's search page (see search-de.ts). */
import '../lib/search/german.ts';
import './search-page-entry.ts';
