import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSearch, type NodeSearch } from '../../src/lib/node/search-node.ts';
import { addGermanMarket } from '../helpers/german-market.ts';
import { NO_PHONE_MARKET } from '../helpers/market-without-phone.ts';
import { copyProject, output, removeDir, runNode } from '../helpers/site-copy.ts';

// The German market built from its prepared articles (content/translations/de/) in a copy of the
// project: its pages get a German index, and a customer finds the German article whichever way
// they type an umlaut, and when they run the words of a need together.
let site: string;
let search: NodeSearch;

beforeAll(async () => {
	site = await copyProject('help-center-german-search-');
	expect(await addGermanMarket(site)).toBeGreaterThanOrEqual(16);
	const result = await runNode(site, ['scripts/build.ts', '--market', NO_PHONE_MARKET.id]);
	expect(result.code, output(result)).toBe(0);
	search = await openSearch(path.join(site, 'dist', NO_PHONE_MARKET.slug));
}, 300_000);

afterAll(async () => {
	await search?.close();
	await removeDir(site);
});

const REFUND_STATUS = `/${NO_PHONE_MARKET.slug}/refunds/where-is-my-refund/`;

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
	expect(hits[0]?.url).toBe(`/${NO_PHONE_MARKET.slug}/security/reset-password-or-passcode/`);
	const synonym = await search.searchDetailed('Retoure', { limit: 3 });
	expect(synonym.terms).toContain('ruecksendung');
	expect(synonym.hits.map((h) => h.url)).toContain(`/${NO_PHONE_MARKET.slug}/refunds/return-an-item/`);
});
