import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// The German market in the built site (dist/de-de/): German pages end to end around the articles
// (the frame, headings, category names, the contact page) with `lang="de-DE"`; its German articles;
// the English ones it has not translated yet, which say so and mark their text `lang="en"`; and no
// phone anywhere, since the market offers email and chat only.
const dist = path.resolve(import.meta.dirname, '../../dist');

function page(file: string): string {
	return readFileSync(path.join(dist, 'de-de', file), 'utf8');
}

/** Every page of the German market, as paths under dist/de-de/. */
const pages = readdirSync(path.join(dist, 'de-de'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

test('the home page is German around the articles, with lang="de-DE"', () => {
	const html = page('index.html');
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

test('a category page and an article page have German names, breadcrumbs and headings', () => {
	const category = page('refunds/index.html');
	expect(category).toContain('<h1>Erstattungen und Rücksendungen</h1>');
	expect(category).toContain('aria-label="Pfadnavigation"');
	expect(category).toContain('>Stornieren und zurücksenden</h2>');
	expect(category).toContain('>Brauchen Sie weitere Hilfe?</h2>');
	const article = page('payments/late-payments/index.html');
	expect(article).toContain('<html lang="de-DE"');
	expect(article).toContain('<h1>Zahlung verspätet oder verpasst');
	expect(article).toMatch(/Zuletzt (geprüft|aktualisiert) am <time datetime="\d{4}-\d\d-\d\d">\d+\. [A-Za-zä]+ \d{4}<\/time>/);
});

test('the contact page is German, with Berlin time', () => {
	const html = page('contact/index.html');
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

test('the contact page writes its hours and routing in German, and gives its script German words only', () => {
	const html = page('contact/index.html');
	// Server-rendered, for visitors without JavaScript: weekdays from Intl, the routing in words.
	expect(html).toMatch(/<th scope="row"[^>]*>Montag<\/th>/);
	expect(html).toMatch(/<td[^>]*>Geschlossen<\/td>/);
	expect(html).toMatch(/, wenn erreichbar, sonst /);
	expect(html.match(/.{0,40}(\bMonday\b|when it's open|, otherwise |Open 24 hours|\bClosed\b).{0,40}/g) ?? []).toEqual([]);
	// Germany's public holidays, by their German names.
	expect(html).toContain('Tag der Deutschen Einheit');
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

test('every page gives live search its German words', () => {
	const messages = scriptMessages(page('index.html'));
	expect(messages['search.results.count.other']).toBe('{count} Ergebnisse für „{query}“{where}.');
	expect(messages['search.empty.contactLink']).toBe('Kontaktieren Sie uns');
	expect(Object.keys(messages).some((key) => key.startsWith('contact.status'))).toBe(false);
});

test('an article not yet translated says so in German, and its text is marked English', () => {
	const untranslated = pages.filter((file) => page(file).includes('data-untranslated'));
	expect(untranslated.length).toBeGreaterThan(0);
	for (const file of untranslated) {
		const html = page(file);
		expect(html, file).toContain('<html lang="de-DE"');
		expect(html, file).toContain('Diesen Artikel gibt es noch nicht auf Deutsch. Sie sehen ihn deshalb auf Englisch.');
		expect(html, file).toMatch(/<h1 lang="en">/);
		expect(html, file).toMatch(/<div class="prose" lang="en">/);
		// Its figures are the German market's, in English words: euros, never dollars or pounds.
		expect(html, file).not.toMatch(/[$£]\d/);
	}
	// A German article has no notice and no English text.
	const translated = page('refunds/where-is-my-refund/index.html');
	expect(translated).not.toContain('data-untranslated');
	expect(translated).not.toMatch(/<h1 lang=|class="prose" lang=/);
	expect(translated).toContain('<h1>Wo bleibt meine Rückerstattung?</h1>');
});

test('a category page lists each article once, the untranslated ones marked English', () => {
	const html = page('refunds/index.html');
	const links = [...html.matchAll(/<h3 class="article-list__title"><a href="([^"]+)"/g)].map((m) => m[1]);
	expect(links.length).toBeGreaterThan(5);
	expect(new Set(links).size).toBe(links.length);
	expect(html).toMatch(/<li lang="en"><h3 class="article-list__title"><a href="\/de-de\/refunds\/refund-policy\/"/);
	expect(html).toMatch(
		/<li><h3 class="article-list__title"><a href="\/de-de\/refunds\/where-is-my-refund\/">Wo bleibt meine Rückerstattung\?<\/a>/,
	);
});

test('no page of the German market names or links a phone number', () => {
	expect(pages.length).toBeGreaterThan(40);
	for (const file of pages) {
		const html = page(file);
		expect(html, file).not.toMatch(/href="tel:/);
		expect(html, file).not.toMatch(/\+1 ?\(?555|555-01\d\d|020 7946/);
	}
	const contact = page('contact/index.html');
	expect(contact).toContain('mailto:support-de@example.com');
	expect(contact).toContain('https://chat.example.com/kestrel-de');
	expect(contact).not.toContain('data-channel="phone"');
});

test('dates, times and amounts are written the German way', () => {
	const fees = page('payments/fees-and-charges/index.html');
	expect(fees).toMatch(/\d+\s€/);
	expect(fees).not.toMatch(/€\d/);
	expect(page('refunds/where-is-my-refund/index.html')).toContain('bis zu 5 Werktage');
	// The same fact in an article not yet translated: English words, the German market's figure.
	expect(page('refunds/refund-policy/index.html')).toContain('in 3 to 5 business days');
	expect(page('accounts/contact-customer-service/index.html')).toContain(
		'Montag bis Freitag 08:00–20:00 Uhr; Samstag 10:00–16:00 Uhr (Mitteleuropäische Zeit), außer an Feiertagen',
	);
});
