import { describe, expect, it } from 'vitest';
import { bestLocale } from '../../../src/lib/markets/match.ts';

const MARKETS = ['en-US', 'en-GB'];

describe('bestLocale: the chooser suggestion', () => {
	it('prefers a locale the visitor lists exactly, even after a closer-ranked region', () => {
		expect(bestLocale(['en-AU', 'en-GB'], MARKETS)).toBe('en-GB');
		expect(bestLocale(['en-gb'], MARKETS)).toBe('en-GB');
	});
	it('falls back to the first market of the same language', () => {
		expect(bestLocale(['en-AU'], MARKETS)).toBe('en-US');
		expect(bestLocale(['fr-FR', 'en'], MARKETS)).toBe('en-US');
	});
	it('suggests nothing when no language matches', () => {
		expect(bestLocale(['fr-FR', 'de'], MARKETS)).toBeUndefined();
		expect(bestLocale([], MARKETS)).toBeUndefined();
	});
});
