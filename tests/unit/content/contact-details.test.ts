import { describe, expect, test } from 'vitest';
import { collectKnownContacts, findContactDetails, isKnownContact } from '../../../src/lib/content/contact-details.ts';

const found = (text: string) => findContactDetails(text).map((f) => f.text);

describe('findContactDetails', () => {
	test.each([
		['Call (212) 555-0147 now.', ['(212) 555-0147']],
		['Call +1 (212) 555-0147.', ['+1 (212) 555-0147']],
		['Ring 1-800-555-0199 today', ['1-800-555-0199']],
		['Dial 555-0147.', ['555-0147']],
		['UK: 020 7946 0958 or +44 20 7946 0958', ['020 7946 0958', '+44 20 7946 0958']],
		['Text 8005550199', ['8005550199']],
		['Write to help@kestrel-support.example.net.', ['help@kestrel-support.example.net']],
	])('finds the phone number or email in %j', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	test.each([
		'Updated on 2026-11-20 and 20.11.2026',
		'Plans from 2025-2026',
		'Up to 1 000 000 purchases',
		'Order 123456789 arrived',
		'It costs $1,234.56',
		'Open 09:00-18:00',
		'Version 1.2.3.4',
		'A card number 1234 5678 9012 3456 is too long to be a phone',
		'Pay in 4 over 6 weeks, or in 30 days',
	])('finds nothing in %j', (text) => {
		expect(found(text)).toEqual([]);
	});
});

describe('isKnownContact', () => {
	const known = collectKnownContacts({
		channels: { phone: { display: '(212) 555-0147', href: 'tel:+12125550147' }, email: { href: 'mailto:support@example.com' } },
	});

	test('recognises our number however it is written, and our email in any case', () => {
		for (const text of ['+1 212 555 0147', '212.555.0147', '555-0147', 'SUPPORT@example.com']) {
			expect(isKnownContact(findContactDetails(text)[0]!, known), text).toBe(true);
		}
	});

	test('does not mistake another number or address for ours', () => {
		for (const text of ['(212) 555-0148', '1-800-555-0147-9', 'support@example.net']) {
			const detail = findContactDetails(text)[0];
			if (detail) expect(isKnownContact(detail, known), text).toBe(false);
		}
		expect(isKnownContact(findContactDetails('(212) 555-0148')[0]!, known)).toBe(false);
	});
});
