/**
 * The search boxes' UI (`<site-search>`: the header's, the home page's, the 404 page's), loaded by
 * the inline loader (src/client/search-loader.ts) the first time a visitor focuses a search box or
 * presses `/`. Until then no search code or index is downloaded. Defining the element upgrades the
 * boxes already on the page in place. The search page loads its own UI instead
 * (search-page-entry.ts): neither downloads the other's code.
 */
import { getSetup } from './search-setup.ts';
import { SiteSearch } from './site-search.ts';

// Start loading the index now: the visitor is about to type.
void getSetup();
customElements.define('site-search', SiteSearch);
