// The site's words for tests, from the catalogues the pages use (content/messages/): the builders
// of sentences are tested through them, so English expectations prove the catalogue says the same.
import { createTranslator, type Translator } from '../../src/lib/i18n/messages.ts';
import { loadCatalogues } from '../../src/lib/node/messages.ts';
import { projectRoot } from './site-copy.ts';

const cache = new Map<string, Translator>();

/** The translator of a locale's catalogue (`en-US`, `en-GB`, `de-DE`), as a page of that locale has it. */
export function wordsOf(locale = 'en-US'): Translator {
	let t = cache.get(locale);
	if (!t) {
		t = createTranslator(loadCatalogues(projectRoot, [locale]).get(locale)!, locale);
		cache.set(locale, t);
	}
	return t;
}
