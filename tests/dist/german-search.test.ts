import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSearch, type NodeSearch } from '../../src/lib/node/search-node.ts';

// The German market's search in the built site (dist/de-de/pagefind/): a German index, and a
// customer finds the German article whichever way they type an umlaut, and when they run the words
// of a need together.
const dist = path.resolve(import.meta.dirname, '../../dist');
const SLUG = 'de-de';
let search: NodeSearch;

beforeAll(async () => {
	search = await openSearch(path.join(dist, SLUG));
});

afterAll(async () => {
	await search?.close();
});

const REFUND_STATUS = `/${SLUG}/refunds/where-is-my-refund/`;

async function first(query: string) {
	const hits = await search.search(query, { limit: 3 });
	return hits[0];
}

test('an umlaut typed either way finds the German refund article', async () => {
	const withUmlaut = await first('Wo bleibt meine Rückerstattung?');
	const spelledOut = await first('Wo bleibt meine Rueckerstattung?');
	expect(withUmlaut?.url).toBe(REFUND_STATUS);
	expect(withUmlaut?.title).toBe('Wo bleibt meine Rückerstattung?');
	expect(spelledOut?.url).toBe(REFUND_STATUS);
	// Not just the first: the same results, in the same order, whichever way it is typed.
	const urls = async (query: string) => (await search.search(query, { limit: 10 })).map((h) => h.url);
	expect(await urls('Gebühren für späte Zahlungen')).toEqual(await urls('Gebuehren fuer spaete Zahlungen'));
});

test('a run-together compound finds the article of its parts', async () => {
	expect((await first('Rückerstattungsstatus'))?.url).toBe(REFUND_STATUS);
	expect((await first('Rueckerstattungsstatus'))?.url).toBe(REFUND_STATUS);
	expect((await search.searchDetailed('Rückerstattungsstatus')).terms).toEqual(['rueckerstattung', 'status']);
});

test('German filler words do not decide the results, and German synonyms apply', async () => {
	const hits = await search.search('Hallo, ich möchte bitte mein Passwort zurücksetzen', { limit: 1 });
	expect(hits[0]?.url).toBe(`/${SLUG}/security/reset-password-or-passcode/`);
	const synonym = await search.searchDetailed('Retoure', { limit: 3 });
	expect(synonym.terms).toContain('ruecksendung');
	expect(synonym.hits.map((h) => h.url)).toContain(`/${SLUG}/refunds/return-an-item/`);
});
