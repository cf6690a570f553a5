// The German market as it will be published, added to a copy of the project (site-copy.ts): the
// market without a phone (market-without-phone.ts) and its German articles (content/translations/de/)
// as its own articles. The German search synonyms are already where the build reads them
// (content/synonyms.de.yaml).
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { addMarketWithoutPhone, NO_PHONE_MARKET, writeOwnVersionsWithoutPhone } from './market-without-phone.ts';

/** Where the prepared German content lives until the market goes live. */
const TRANSLATIONS = 'content/translations/de';

/** Adds the German market to the copy at `site`, with its German articles. Returns how many German articles. */
export async function addGermanMarket(site: string): Promise<number> {
	await addMarketWithoutPhone(site);
	const own = path.join(site, 'content/markets', NO_PHONE_MARKET.id);
	await cp(path.join(site, TRANSLATIONS, 'articles'), own, { recursive: true });
	const entries = (await readdir(path.join(site, TRANSLATIONS, 'articles'), { recursive: true })).filter((e) => e.endsWith('.mdx'));
	await writeOwnVersionsWithoutPhone(site);
	return entries.length;
}
