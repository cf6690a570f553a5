// A market that publishes no phone number, added to a copy of the project (site-copy.ts): the
// integration and e2e tiers both build one. Germany has no range of numbers reserved for fiction,
// so any number printed could belong to someone: the market `de` (de-DE, euros) offers email and
// chat only, with the Berlin schedule fixture as its support file (Germany's public holidays).
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from './site-copy.ts';

/** The market's id and the first segment of its addresses. */
export const NO_PHONE_MARKET = { id: 'de', slug: 'de-de' } as const;

/** An article that names the phone: `<Phone />` or `<Hours channel="phone" />`. */
const NAMES_PHONE = /<Phone\b|channel="phone"/;

/** Every `.mdx` file under `dir`, as paths relative to it. */
async function articlesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.mdx')).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/**
 * Adds the market to the copy at `site`: its entry in content/markets.yaml (the UK's facts, in
 * euros), its support file, and the UK's own articles (its complaint route, which the shared
 * articles link to). The shared articles that call the phone are still published there, so the
 * check refuses them until `writeOwnVersionsWithoutPhone`.
 */
export async function addMarketWithoutPhone(site: string): Promise<void> {
	await cp(path.join(projectRoot, 'tests/fixtures/schedules/berlin-email-chat.yaml'), path.join(site, 'content/support/de.yaml'));
	await addGermanMarketEntry(site);
}

/**
 * The market `de` in content/markets.yaml of the copy at `site`, made from the UK's entry (its facts,
 * in euros) with `content/support/de.yaml` as its support file (the caller writes it), and the UK's
 * own articles as its own (its complaint route, which the shared articles link to).
 */
export async function addGermanMarketEntry(site: string): Promise<void> {
	await cp(path.join(site, 'content/markets/gb'), path.join(site, 'content/markets/de'), { recursive: true });
	const markets = await readFile(path.join(site, 'content/markets.yaml'), 'utf8');
	const de = markets
		.slice(markets.indexOf('- id: gb'))
		.replace('- id: gb', '- id: de')
		.replace('name: United Kingdom', 'name: Deutschland')
		.replace('locales: [en-GB]', 'locales: [de-DE]')
		.replace('support: support/gb.yaml', 'support: support/de.yaml')
		.replace('currency: GBP', 'currency: EUR');
	await writeFile(path.join(site, 'content/markets.yaml'), `${markets.trimEnd()}\n\n${de}`);
}

/** The market's own version of every article it publishes that names the phone: email instead. Returns how many. */
export async function writeOwnVersionsWithoutPhone(site: string): Promise<number> {
	const shared = path.join(site, 'content/articles');
	const own = path.join(site, 'content/markets/de');
	const ownFiles = new Set(await articlesUnder(own));
	let written = 0;
	for (const file of new Set([...(await articlesUnder(shared)), ...ownFiles])) {
		const text = await readFile(path.join(ownFiles.has(file) ? own : shared, file), 'utf8');
		if (!NAMES_PHONE.test(text)) continue;
		await mkdir(path.dirname(path.join(own, file)), { recursive: true });
		await writeFile(path.join(own, file), text.replace(/<Phone\b[^>]*\/>/g, '<Email />').replaceAll('channel="phone"', 'channel="email"'));
		written += 1;
	}
	return written;
}
