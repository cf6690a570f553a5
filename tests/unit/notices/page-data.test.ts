import { describe, expect, test } from 'vitest';
import { parseNoticesPageData, serializeNoticesPageData, type NoticesPageData } from '../../../src/lib/notices/page-data.ts';

const good: NoticesPageData = {
	notices: [
		{ id: '0', from: Date.parse('2026-12-02T14:00:00Z'), until: Date.parse('2026-12-02T23:00:00Z') },
		{ id: '3', from: Date.parse('2026-11-30T05:00:00Z'), until: Date.parse('2026-12-10T05:00:00Z') },
	],
};

describe('parseNoticesPageData', () => {
	test('reads back exactly what the page wrote', () => {
		expect(parseNoticesPageData(serializeNoticesPageData(good))).toEqual(good);
	});

	test.each([
		['no attribute', undefined, 'The page has no readable data-notices attribute, so it cannot tell when to show its notices.'],
		['broken JSON', '{"notices":', 'The page has no readable data-notices attribute'],
		['no notices', JSON.stringify({ notices: [] }), "The page's data-notices attribute is not valid: notices: needs one notice at least."],
		['a list instead of an object', JSON.stringify(good.notices), 'data-notices attribute is not valid: expected object.'],
		['a time as text', JSON.stringify({ notices: [{ id: '0', from: '2026-12-02', until: 1 }] }), 'notices[0].from: expected number.'],
		['a time with a fraction', JSON.stringify({ notices: [{ id: '0', from: 1.5, until: 2 }] }), 'notices[0].from: expected int.'],
		['an id that is not a number', JSON.stringify({ notices: [{ id: '"]', from: 1, until: 2 }] }), 'notices[0].id: not a notice number.'],
		[
			'a window that ends as it starts',
			JSON.stringify({ notices: [{ id: '0', from: 5, until: 5 }] }),
			'notices[0]: a notice must start before it ends.',
		],
	])('rejects %s, saying which field is wrong', (_, json, message) => {
		expect(() => parseNoticesPageData(json)).toThrow(message);
	});
});

describe('serializeNoticesPageData', () => {
	test('refuses to write what the element would reject, so the build stops instead of the page', () => {
		expect(() => serializeNoticesPageData({ notices: [{ id: '0', from: 10, until: 9 }] })).toThrow(
			"The page's data-notices attribute would not be valid: notices[0]: a notice must start before it ends.",
		);
	});
});
