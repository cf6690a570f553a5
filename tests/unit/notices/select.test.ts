import { describe, expect, test } from 'vitest';
import { createNoticeSchema, type Notice } from '../../../src/schemas/notices.ts';
import { isActive, noticePageOf, noticeWindow, pageNotices, targetsPage } from '../../../src/lib/notices/select.ts';

const CATEGORIES = ['payments', 'refunds', 'security', 'accounts'];
const schema = createNoticeSchema(CATEGORIES);

/** A notice as support.yaml would give it, through the real schema. */
function notice(fields: { from: string; until: string; message?: string; level?: string; categories?: string[] }): Notice {
	return schema.parse({ message: 'Card payments are delayed today.', ...fields });
}

const at = (iso: string) => Date.parse(iso);

describe('noticePageOf: which page an address is', () => {
	test.each([
		['/', {}],
		['/search/', {}],
		['/coverage/', {}],
		['/404/', {}],
		['/contact/', { contact: true }],
		['/contact', { contact: true }],
		['/payments/', { category: 'payments' }],
		['/payments/make-a-payment/', { category: 'payments' }],
		['/refunds/ask-for-a-refund/', { category: 'refunds' }],
		// A category id is a whole path segment, not a prefix of another one.
		['/payments-and-more/', {}],
	])('%s', (pathname, page) => {
		expect(noticePageOf(pathname, CATEGORIES)).toEqual(page);
	});
});

describe('targetsPage', () => {
	const everywhere = notice({ from: '2026-12-02 09:00', until: '2026-12-02 18:00' });
	const payments = notice({ from: '2026-12-02 09:00', until: '2026-12-02 18:00', categories: ['payments', 'refunds'] });

	test('a notice without categories is on every page', () => {
		for (const page of [{}, { contact: true }, { category: 'payments' }, { category: 'security' }]) {
			expect(targetsPage(everywhere, page)).toBe(true);
		}
	});

	test('a notice with categories is on those categories’ pages and on the contact page only', () => {
		expect(targetsPage(payments, { category: 'payments' })).toBe(true);
		expect(targetsPage(payments, { category: 'refunds' })).toBe(true);
		expect(targetsPage(payments, { contact: true })).toBe(true);
		expect(targetsPage(payments, { category: 'security' })).toBe(false);
		expect(targetsPage(payments, {})).toBe(false);
	});
});

describe('noticeWindow and isActive: [from, until) in the support time zone', () => {
	// New York is on EST (UTC−5) in December: 09:00 is 14:00Z, 18:00 is 23:00Z.
	const span = noticeWindow(notice({ from: '2026-12-02 09:00', until: '2026-12-02 18:00' }), 'America/New_York');

	test('the wall times become instants in the zone', () => {
		expect(span).toEqual({ from: at('2026-12-02T14:00:00Z'), until: at('2026-12-02T23:00:00Z') });
	});

	test.each([
		['a millisecond before `from`', '2026-12-02T13:59:59.999Z', false],
		['at `from` (inclusive)', '2026-12-02T14:00:00Z', true],
		['in the middle', '2026-12-02T18:30:00Z', true],
		['a millisecond before `until`', '2026-12-02T22:59:59.999Z', true],
		['at `until` (exclusive)', '2026-12-02T23:00:00Z', false],
		['the next day', '2026-12-03T15:00:00Z', false],
	])('%s: shown %s', (_, iso, shown) => {
		expect(isActive(span, at(iso))).toBe(shown);
	});

	test('24:00 is midnight at the end of the day', () => {
		const midnight = noticeWindow(notice({ from: '2026-12-02 09:00', until: '2026-12-02 24:00' }), 'America/New_York');
		expect(midnight.until).toBe(noticeWindow(notice({ from: '2026-12-02 09:00', until: '2026-12-03 00:00' }), 'America/New_York').until);
	});

	test('the same wall times are other instants in another zone', () => {
		expect(noticeWindow(notice({ from: '2026-12-02 09:00', until: '2026-12-02 18:00' }), 'Asia/Kolkata')).toEqual({
			from: at('2026-12-02T03:30:00Z'),
			until: at('2026-12-02T12:30:00Z'),
		});
	});
});

describe('clock changes in the support time zone', () => {
	test('New York, spring forward (2027-03-14): a time in the skipped hour reads an hour later', () => {
		// 02:30 does not exist; read with the offset before the change (EST), it is 07:30Z = 03:30 EDT.
		const span = noticeWindow(notice({ from: '2027-03-14 01:30', until: '2027-03-14 02:30' }), 'America/New_York');
		expect(span).toEqual({ from: at('2027-03-14T06:30:00Z'), until: at('2027-03-14T07:30:00Z') });
		// Only one real hour long, although the clock shows 01:30 to 03:30.
		expect(isActive(span, at('2027-03-14T07:29:59Z'))).toBe(true);
		expect(isActive(span, at('2027-03-14T07:30:00Z'))).toBe(false);
	});

	test('New York, spring forward: a window inside the skipped hour is not empty, it moves an hour later', () => {
		const span = noticeWindow(notice({ from: '2027-03-14 02:10', until: '2027-03-14 02:50' }), 'America/New_York');
		expect(span).toEqual({ from: at('2027-03-14T07:10:00Z'), until: at('2027-03-14T07:50:00Z') });
	});

	test('New York, fall back (2026-11-01): a repeated time is its first occurrence', () => {
		// 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST): the notice ends at the first.
		const span = noticeWindow(notice({ from: '2026-11-01 00:00', until: '2026-11-01 01:30' }), 'America/New_York');
		expect(span).toEqual({ from: at('2026-11-01T04:00:00Z'), until: at('2026-11-01T05:30:00Z') });
		expect(isActive(span, at('2026-11-01T06:00:00Z'))).toBe(false);
	});

	test('Lord Howe Island, half-hour shift (2026-10-04): 02:15 is skipped and reads as 02:45', () => {
		// UTC+10:30 before the change, UTC+11 after, at 02:00 → 02:30.
		const span = noticeWindow(notice({ from: '2026-10-04 02:15', until: '2026-10-04 03:00' }), 'Australia/Lord_Howe');
		expect(span).toEqual({ from: at('2026-10-03T15:45:00Z'), until: at('2026-10-03T16:00:00Z') });
	});

	test('Sydney, southern autumn (2027-04-04): 02:30 happens twice, the notice starts at the first', () => {
		const span = noticeWindow(notice({ from: '2027-04-04 02:30', until: '2027-04-04 04:00' }), 'Australia/Sydney');
		expect(span.from).toBe(at('2027-04-03T15:30:00Z'));
		expect(span.until).toBe(at('2027-04-03T18:00:00Z'));
	});
});

describe('pageNotices: what a page carries, at build time', () => {
	const notices = [
		notice({ from: '2026-12-02 09:00', until: '2026-12-02 18:00', level: 'warning', categories: ['payments'] }),
		notice({ from: '2026-11-20 00:00', until: '2026-11-21 00:00', message: 'Over.' }),
		notice({ from: '2026-11-30 00:00', until: '2026-12-10 00:00', message: 'Now, everywhere.' }),
		// Empty in real time: from reads as 03:45, after until.
		notice({ from: '2027-03-14 02:45', until: '2027-03-14 03:15', message: 'Never.' }),
	];
	const options = (page: object, iso: string) => ({ timeZone: 'America/New_York', page, buildTime: at(iso) });

	test('on a payments article: the payments notice, hidden until it starts, and the current one for every page', () => {
		expect(pageNotices(notices, options({ category: 'payments' }, '2026-12-01T12:00:00Z'))).toEqual([
			{
				id: '0',
				message: 'Card payments are delayed today.',
				level: 'warning',
				from: at('2026-12-02T14:00:00Z'),
				until: at('2026-12-02T23:00:00Z'),
				active: false,
			},
			{
				id: '2',
				message: 'Now, everywhere.',
				level: 'info',
				from: at('2026-11-30T05:00:00Z'),
				until: at('2026-12-10T05:00:00Z'),
				active: true,
			},
		]);
	});

	test('ids are places in support.yaml, so they are the same on every page', () => {
		expect(pageNotices(notices, options({ category: 'security' }, '2026-12-01T12:00:00Z')).map((n) => n.id)).toEqual(['2']);
		expect(pageNotices(notices, options({ contact: true }, '2026-12-02T15:00:00Z')).map((n) => [n.id, n.active])).toEqual([
			['0', true],
			['2', true],
		]);
	});

	test('a notice over at build time is not carried at all', () => {
		expect(pageNotices(notices, options({ category: 'payments' }, '2026-12-02T23:00:00Z')).map((n) => n.id)).toEqual(['2']);
	});

	test('a window that is empty in real time is never shown, so it is not carried either', () => {
		expect(pageNotices(notices, options({}, '2027-01-01T00:00:00Z'))).toEqual([]);
	});
});
