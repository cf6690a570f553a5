/**
 * The search UI, loaded by the inline loader (src/client/search-loader.ts) the first time a
 * visitor focuses a search box, presses `/`, or opens /search/?q=…. Until then no search code or
 * index is downloaded. Defining the elements upgrades the boxes already on the page in place.
 */
import { SearchPage } from './search-page.ts';
import { getSetup } from './search-setup.ts';
import { SiteSearch } from './site-search.ts';

// Start loading the index now: the visitor is about to type.
void getSetup();
customElements.define('site-search', SiteSearch);
customElements.define('search-page', SearchPage);
