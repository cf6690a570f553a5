import { describe, expect, test } from 'vitest';
import { createTranslator, pickMessages } from '../../../src/lib/i18n/messages.ts';
import { loadCatalogues } from '../../../src/lib/node/messages.ts';
import { resultCountText, SEARCH_MESSAGES } from '../../../src/lib/search/url-state.ts';
import { projectRoot } from '../../helpers/site-copy.ts';

const catalogues = loadCatalogues(projectRoot, ['en-US', 'de-DE']);
// What the page gives the search scripts, and nothing more: the count must be writable from it alone.
const words = (locale: string) => createTranslator(pickMessages(catalogues.get(locale)!, SEARCH_MESSAGES), locale);

describe('resultCountText', () => {
	test('counts results in English, with the right plural and the category', () => {
		const t = words('en-US');
		expect(resultCountText(t, 0, ' refund ')).toBe('No results for “refund”.');
		expect(resultCountText(t, 1, 'refund')).toBe('1 result for “refund”.');
		expect(resultCountText(t, 3, 'refund', 'Refunds')).toBe('3 results for “refund” in Refunds.');
	});

	test('counts results in German, with German quotes and numbers', () => {
		const t = words('de-DE');
		expect(resultCountText(t, 0, 'Rückerstattung')).toBe('Keine Ergebnisse für „Rückerstattung“.');
		expect(resultCountText(t, 1, 'Rückerstattung')).toBe('1 Ergebnis für „Rückerstattung“.');
		expect(resultCountText(t, 1234, 'Rückerstattung', 'Rückerstattungen')).toBe(
			'1.234 Ergebnisse für „Rückerstattung“ im Bereich „Rückerstattungen“.',
		);
	});
});
