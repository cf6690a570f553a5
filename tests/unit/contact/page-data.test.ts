import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { supportSchema } from '../../../src/schemas/support.ts';
import { toSchedule } from '../../../src/lib/contact/schedule.ts';
import { parseContactPageData, type ContactPageData } from '../../../src/lib/contact/page-data.ts';

const schedule = toSchedule(supportSchema.parse(parse(readFileSync(new URL('../../fixtures/schedules/new-york-weekdays.yaml', import.meta.url), 'utf8'))));
const good: ContactPageData = {
	schedule,
	channels: {
		phone: { label: 'Phone', alwaysOpen: true, href: 'tel:+12125550147', action: 'Call (212) 555-0147' },
		email: { label: 'Email', alwaysOpen: true, href: 'mailto:support@example.com', action: 'Email support@example.com' },
		chat: { label: 'Chat', alwaysOpen: false, href: 'https://chat.example.com/kestrel', action: 'Start a live chat' },
	},
	topics: { refunds: 'Refunds and returns' },
};

describe('parseContactPageData', () => {
	test('reads back exactly what the page wrote', () => {
		expect(parseContactPageData(JSON.stringify(good))).toEqual(good);
	});

	test.each([
		['no attribute', undefined, 'no readable data-contact attribute'],
		['broken JSON', '{"schedule":', 'no readable data-contact attribute'],
		['an unknown time zone', JSON.stringify({ ...good, schedule: { ...schedule, timezone: 'Mars/Olympus' } }), 'schedule.timezone is not a time zone'],
		['a javascript: link', JSON.stringify({ ...good, channels: { ...good.channels, chat: { ...good.channels.chat, href: 'javascript:alert(1)' } } }), 'channels.chat.href'],
		['a range past midnight', JSON.stringify({ ...good, schedule: { ...schedule, special: [{ date: '2026-01-01', name: 'x', channels: ['chat'], hours: [{ start: 0, end: 1500 }] }] } }), 'schedule.special[0]'],
		['an unknown channel in a rule', JSON.stringify({ ...good, schedule: { ...schedule, routing: { default: ['fax'], topics: {} } } }), 'schedule.routing'],
	])('rejects %s, saying what is wrong', (_, json, message) => {
		expect(() => parseContactPageData(json)).toThrow(message);
	});
});
