import { describe, expect, test } from 'vitest';
import { currentInstant, today } from '../../../src/lib/shared/dates.ts';

// One rule for "now" and "today" in every command and the build: SOURCE_DATE_EPOCH, else the clock.
describe('currentInstant and today', () => {
	const now = new Date('2026-12-02T15:30:00Z');

	test('without SOURCE_DATE_EPOCH: the clock', () => {
		expect(currentInstant({ now })).toBe(now.getTime());
		expect(currentInstant({ env: { SOURCE_DATE_EPOCH: '' }, now })).toBe(now.getTime());
	});

	test('SOURCE_DATE_EPOCH wins over the clock, for both, and its day is the UTC day', () => {
		const env = { SOURCE_DATE_EPOCH: String(Date.parse('2030-06-03T23:30:00Z') / 1000) };
		expect(currentInstant({ env, now })).toBe(Date.parse('2030-06-03T23:30:00Z'));
		expect(today({ env, now })).toBe('2030-06-03');
	});

	test('a SOURCE_DATE_EPOCH that is not whole seconds is refused', () => {
		expect(() => currentInstant({ env: { SOURCE_DATE_EPOCH: '1.5e9' } })).toThrow(
			'SOURCE_DATE_EPOCH must be whole seconds since 1970, got "1.5e9".',
		);
		expect(() => today({ env: { SOURCE_DATE_EPOCH: 'yesterday' } })).toThrow('SOURCE_DATE_EPOCH must be whole seconds');
	});
});
