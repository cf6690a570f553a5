import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addGermanMarketEntry } from '../helpers/market-without-phone.ts';
import { copyProject, newestContentDate, output, removeDir, runNode } from '../helpers/site-copy.ts';

// The German catalogue wired in: a copy of the project with a German market added (the UK's
// support file in Berlin time and its own articles, its facts in euros) and only that market built. Its pages speak
// German around the (still English) articles: the frame, the headings, the category names, the
// contact page, with `lang="de-DE"`. The real German market comes with its own support file and
// articles; this proves the words reach the pages.
let site: string;
const SOURCE_DATE_EPOCH = String(Date.parse(`${newestContentDate()}T12:00:00Z`) / 1000);

async function page(file: string): Promise<string> {
	return readFile(path.join(site, 'dist/de-de', file), 'utf8');
}

beforeAll(async () => {
	site = await copyProject('help-center-german-');
	const support = (await readFile(path.join(site, 'content/support/gb.yaml'), 'utf8')).replace(
		/^timezone: .*$/m,
		'timezone: Europe/Berlin',
	);
	expect(support).toContain('timezone: Europe/Berlin');
	await writeFile(path.join(site, 'content/support/de.yaml'), support);
	await addGermanMarketEntry(site);
	const result = await runNode(site, ['scripts/build.ts', '--market', 'de'], { SOURCE_DATE_EPOCH });
	expect(result.code, output(result)).toBe(0);
}, 300_000);

afterAll(() => removeDir(site));

test('the home page is German around the articles, with lang="de-DE"', async () => {
	const html = await page('index.html');
	expect(html).toContain('<html lang="de-DE"');
	expect(html).toContain('<title>Kestrel Hilfe-Center</title>');
	expect(html).toContain('>Wie können wir helfen?</h1>');
	expect(html).toContain('>Zum Inhalt springen</a>');
	expect(html).toContain('placeholder="Zum Beispiel: Wo bleibt meine Rückerstattung?"');
	// Category names and counts: the catalogue's, in German plural forms.
	expect(html).toContain('>Erstattungen und Rücksendungen</a>');
	expect(html).toMatch(/<p class="card__count">\d+ Artikel<\/p>/);
	expect(html).toContain('Kestrel Pay ist eine erfundene Marke');
	expect(html).not.toContain('How can we help?');
});

test('a category page and an article page have German names, breadcrumbs and headings', async () => {
	const category = await page('refunds/index.html');
	expect(category).toContain('<h1>Erstattungen und Rücksendungen</h1>');
	expect(category).toContain('aria-label="Pfadnavigation"');
	expect(category).toContain('>Stornieren und zurücksenden</h2>');
	expect(category).toContain('>Brauchen Sie weitere Hilfe?</h2>');
	const article = await page('payments/late-payments/index.html');
	expect(article).toContain('<html lang="de-DE"');
	expect(article).toMatch(/Zuletzt (geprüft|aktualisiert) am <time datetime="\d{4}-\d\d-\d\d">\d+\. [A-Za-zä]+ \d{4}<\/time>/);
});

test('the contact page is German, with Berlin time', async () => {
	const html = await page('contact/index.html');
	expect(html).toContain('<h1>Kontakt</h1>');
	expect(html).toContain('Mitteleuropäische');
	expect(html).toContain('>Bevor Sie uns kontaktieren</h2>');
	expect(html).toContain('<strong>vollständigen Passwort</strong>');
	expect(html).toContain('>Welcher Kanal für welche Frage</h2>');
});

/** The messages a page gives its scripts (src/components/ClientMessages.astro), all its blocks together. */
function scriptMessages(html: string): Record<string, string> {
	const blocks = [...html.matchAll(/<script type="application\/json" data-messages>(.*?)<\/script>/g)];
	expect(blocks.length).toBeGreaterThan(0);
	return Object.assign({}, ...blocks.map((block) => JSON.parse(block[1]!) as Record<string, string>));
}

test('the contact page writes its hours and routing in German, and gives its script German words only', async () => {
	const html = await page('contact/index.html');
	// Server-rendered, for visitors without JavaScript: weekdays from Intl, the routing in words.
	expect(html).toMatch(/<th scope="row"[^>]*>Montag<\/th>/);
	expect(html).toMatch(/<td[^>]*>Geschlossen<\/td>/);
	expect(html).toMatch(/, wenn erreichbar, sonst /);
	// (The holidays' names, "Easter Monday", are the copied UK support file's: content, not interface.)
	expect(html.match(/.{0,40}((?<!Easter )\bMonday\b|when it's open|, otherwise |Open 24 hours|\bClosed\b).{0,40}/g) ?? []).toEqual([]);
	// What the script writes every minute: the German catalogue's, only the keys it uses.
	const messages = scriptMessages(html);
	expect(messages).toMatchObject({
		'contact.status.closedNow': 'Gerade geschlossen',
		'contact.status.opensLater': 'öffnet am {time}',
		'contact.recommend.instead.one': expect.stringContaining('deshalb empfehlen wir {channel}'),
		'hours.closed': 'Geschlossen',
		'search.results.showMore': 'Weitere Ergebnisse anzeigen',
	});
	expect(Object.keys(messages).every((key) => /^(contact|hours|search)\./.test(key))).toBe(true);
	expect(Object.keys(messages).some((key) => key.startsWith('coverage.'))).toBe(false);
});

test('every page gives live search its German words', async () => {
	const messages = scriptMessages(await page('index.html'));
	expect(messages['search.results.count.other']).toBe('{count} Ergebnisse für „{query}“{where}.');
	expect(messages['search.empty.contactLink']).toBe('Kontaktieren Sie uns');
	expect(Object.keys(messages).some((key) => key.startsWith('contact.status'))).toBe(false);
});
