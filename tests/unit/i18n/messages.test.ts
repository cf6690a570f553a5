import { describe, expect, test } from 'vitest';
import {
	createTranslator,
	pickMessages,
	pluralFormsOf,
	pluralGroups,
	translateCategories,
	translateHtml,
	type Catalogue,
} from '../../../src/lib/i18n/messages.ts';
import type { Category } from '../../../src/schemas/categories.ts';

const en: Catalogue = {
	'home.heading': 'How can we help?',
	'common.articleCount.one': '{count} article',
	'common.articleCount.other': '{count} articles',
	'search.results.seeAll': 'See all {count} results',
	'contact.routing.other': 'Anything else',
	'layout.title.page': '{title} | {brand} Help Center',
};
const de: Catalogue = {
	'home.heading': 'Wie können wir helfen?',
	'common.articleCount.one': 'Ein Artikel',
	'common.articleCount.other': '{count} Artikel',
	'search.results.seeAll': 'Alle {count} Ergebnisse anzeigen',
	'categories.payments.title': 'Zahlungen',
	'categories.payments.description': 'Bezahlen in Raten, später oder sofort.',
	'categories.payments.sections.paying.title': 'Bezahlen und Fälligkeiten',
};

describe('createTranslator', () => {
	test('reads a message and fills in its placeholders', () => {
		const t = createTranslator(en, 'en-GB');
		expect(t('home.heading')).toBe('How can we help?');
		expect(t('layout.title.page', { title: 'Refunds', brand: 'Kestrel' })).toBe('Refunds | Kestrel Help Center');
	});

	test('picks the plural form by Intl.PluralRules, and formats the number for the locale', () => {
		const t = createTranslator(en, 'en-US');
		expect(t('common.articleCount', { count: 1 })).toBe('1 article');
		expect(t('common.articleCount', { count: 0 })).toBe('0 articles');
		expect(t('search.results.seeAll', { count: 1234 })).toBe('See all 1,234 results');
		const g = createTranslator(de, 'de-DE');
		expect(g('common.articleCount', { count: 1 })).toBe('Ein Artikel');
		expect(g('common.articleCount', { count: 12 })).toBe('12 Artikel');
		expect(g('search.results.seeAll', { count: 1234 })).toBe('Alle 1.234 Ergebnisse anzeigen');
	});

	test('a key ending in a plural form with no other forms is an ordinary message', () => {
		expect(createTranslator(en, 'en-GB')('contact.routing.other')).toBe('Anything else');
	});

	test('fails loudly on a key the catalogue lacks, a missing count or a missing placeholder value', () => {
		const t = createTranslator(de, 'de-DE');
		expect(() => t('home.headng')).toThrow(/no message `home.headng` in the de messages \(content\/messages\/de.yaml\)/);
		expect(() => t('common.articleCount')).toThrow(/give it a number as `count`/);
		expect(() => createTranslator(en, 'en-GB')('layout.title.page', { title: 'x' })).toThrow(/needs a value for \{brand\}/);
	});
});

describe('plural forms', () => {
	test('are the ones the language uses', () => {
		expect(pluralFormsOf('en')).toEqual(['one', 'other']);
		expect(pluralFormsOf('de')).toEqual(['one', 'other']);
		expect(pluralFormsOf('pl')).toEqual(['one', 'few', 'many', 'other']);
		expect(pluralFormsOf('ja')).toEqual(['other']);
	});

	test('group the keys that share a base, but not a lone `.other`', () => {
		expect([...pluralGroups(Object.keys(en)).keys()]).toEqual(['common.articleCount']);
	});
});

test('pickMessages gives a script only the messages it names, with their plural forms', () => {
	expect(pickMessages(en, ['common.articleCount', 'home.heading'])).toEqual({
		'common.articleCount.one': '{count} article',
		'common.articleCount.other': '{count} articles',
		'home.heading': 'How can we help?',
	});
	expect(() => pickMessages(en, ['search.nothing'])).toThrow(/search.nothing/);
});

describe('translateCategories', () => {
	const categories: Category[] = [
		{
			id: 'payments',
			title: 'Payments',
			description: 'Paying in instalments, paying later or now.',
			order: 1,
			sections: [{ id: 'paying', title: 'Paying and due dates' }],
		},
	];
	test('keeps content/categories.yaml in English', () => {
		expect(translateCategories(categories, createTranslator(en, 'en-GB'))).toEqual(categories);
	});
	test('takes the names from the catalogue in another language, a description only where English has one', () => {
		const [payments] = translateCategories(categories, createTranslator(de, 'de-DE'));
		expect(payments).toMatchObject({ id: 'payments', title: 'Zahlungen', description: 'Bezahlen in Raten, später oder sofort.' });
		expect(payments!.sections).toEqual([{ id: 'paying', title: 'Bezahlen und Fälligkeiten' }]);
	});
});

test('translateHtml escapes the message and its text values, keeps the site markup and makes **words** bold', () => {
	const t = createTranslator({ 'article.meta.reviewed': 'Last reviewed {date}', 'x.never': 'Never give **{what}** to <anyone>' }, 'en-GB');
	expect(translateHtml(t, 'article.meta.reviewed', {}, { date: '<time datetime="2026-11-16">16 November 2026</time>' })).toBe(
		'Last reviewed <time datetime="2026-11-16">16 November 2026</time>',
	);
	expect(translateHtml(t, 'x.never', { what: 'your <password>' }, {})).toBe(
		'Never give <strong>your &#60;password&#62;</strong> to &#60;anyone&#62;',
	);
});
