import '../../../src/lib/search/german.ts';
import { describe, expect, test } from 'vitest';
import { analyzeQuery } from '../../../src/lib/search/query.ts';
import { indexSpellings } from '../../../src/lib/search/engine.ts';
import { languageRules } from '../../../src/lib/search/language.ts';
import { createSpeller } from '../../../src/lib/search/spelling.ts';
import { compileSynonyms } from '../../../src/lib/search/synonyms.ts';
import { buildVocabulary } from '../../../src/lib/search/build-data.ts';
import { foldUmlauts, normalizeText, tokenize } from '../../../src/lib/search/text.ts';

const vocabulary = buildVocabulary(
	[
		'Rückerstattung prüfen: der Status Ihrer Rückerstattung nach der Rücksendung',
		'Zahlung fehlgeschlagen? Gebühren und Mahngebühr bei späten Zahlungen',
		'Passwort zurücksetzen und Konto gesperrt',
	],
	'de',
);
const speller = createSpeller(
	vocabulary.words.map((w, i) => [w, vocabulary.words.length - i]),
	[],
	'de',
);
const terms = (query: string, synonyms = compileSynonyms({}, 'de')) =>
	analyzeQuery(query, synonyms, speller, 'de').terms.map((t) => t.word);

describe('German normalisation', () => {
	test('umlauts and ß are written out, so both spellings are the same word', () => {
		expect(normalizeText('Rückerstattung', 'de')).toBe('rueckerstattung');
		expect(normalizeText('RÜCKERSTATTUNG', 'de')).toBe(normalizeText('Rueckerstattung', 'de'));
		expect(tokenize('Größe, Straße!', 'de')).toEqual(['groesse', 'strasse']);
		expect(foldUmlauts('Gebühr')).toBe('gebuehr');
	});

	test('English keeps dropping accents, as before', () => {
		expect(normalizeText('Rückerstattung')).toBe('ruckerstattung');
	});

	test('the German vocabulary keeps the index spelling, with umlauts', () => {
		expect(vocabulary.words).toContain('rückerstattung');
		expect(vocabulary.words).not.toContain('rueckerstattung');
	});
});

describe('German stems and stop words', () => {
	const { stem, stopWords } = languageRules('de');
	test('inflections share a stem, whichever way the umlaut is typed', () => {
		expect(stem('zahlungen')).toBe(stem('zahlung'));
		expect(stem(foldUmlauts('gebühren'))).toBe(stem('gebuehr'));
	});

	test('filler is dropped and the need is kept', () => {
		expect(terms('Hallo, wie kann ich bitte mein Passwort zurücksetzen?')).toEqual(['passwort', 'zuruecksetzen']);
		expect(stopWords.has('doppelt')).toBe(false);
	});
});

describe('German compounds', () => {
	test('a compound the index does not have is split into index words, across a linking s', () => {
		expect(terms('Rückerstattungsstatus')).toEqual(['rueckerstattung', 'status']);
		expect(terms('Rueckerstattungsstatus')).toEqual(['rueckerstattung', 'status']);
	});

	test('a word the index has is left whole', () => {
		expect(terms('Mahngebühr')).toEqual(['mahngebuehr']);
	});

	test('a typo is still corrected against the folded vocabulary', () => {
		expect(terms('Paswort')).toEqual(['passwort']);
	});
});

describe('German index spellings', () => {
	const spellings = indexSpellings(vocabulary, 'de');
	test('a folded query word is searched as the index spells it', () => {
		expect(spellings('rueckerstattung')).toEqual(['rückerstattung']);
		expect(spellings('status')).toEqual(['status']);
	});

	test('an inflection the index lacks is searched through a word with its stem', () => {
		expect(spellings('gebuehr')).toEqual(['gebühren', 'gebuehr']);
	});
});

describe('German synonyms', () => {
	test('a customer phrase written without umlauts meets a rule written with them', () => {
		const synonyms = compileSynonyms({ Rückerstattung: ['Geld zurück'] }, 'de');
		expect(terms('Wie bekomme ich mein Geld zurueck?', synonyms)).toContain('rueckerstattung');
	});
});

describe('German compounds with a part the index lacks', () => {
	test('the parts the index has are searched', () => {
		expect(terms('Passwortänderungsgebühren')).toEqual(['passwort', 'gebuehren']);
	});
});
