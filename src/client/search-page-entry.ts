/**
 * The search page's UI (`<search-page>`: its box, category filter, "Show more results" and the
 * address), loaded by the inline loader (src/client/search-loader.ts) on /search/ when the visitor
 * focuses its box, presses `/`, or arrives with a query (/search/?q=…). The search page has no
 * header search box, so this is the only search code it downloads; other pages never download it.
 */
import { SearchPage } from './search-page.ts';
import { getSetup } from './search-setup.ts';

// Start loading the index now: the visitor is about to type, or has a query in the address.
void getSetup();
customElements.define('search-page', SearchPage);
