import { describe, expect, test } from 'vitest';
import { parseContactPageData, serializeContactPageData, type ContactPageData } from '../../../src/lib/contact/page-data.ts';
import { scheduleFixture } from '../../helpers/schedules.ts';

const schedule = scheduleFixture('new-york-weekdays.yaml');
const good: ContactPageData = {
	schedule,
	channels: {
		phone: { label: 'Phone', alwaysOpen: true, href: 'tel:+12125550147', action: 'Call (212) 555-0147' },
		email: { label: 'Email', alwaysOpen: true, href: 'mailto:support@example.com', action: 'Email support@example.com' },
		chat: { label: 'Chat', alwaysOpen: false, href: 'https://chat.example.com/kestrel', action: 'Start a live chat' },
	},
	topics: { refunds: 'Refunds and returns' },
};

type ChannelWords = NonNullable<ContactPageData['channels']['chat']>;
const withChat = (chat: Partial<ChannelWords>) => ({
	...good,
	channels: { ...good.channels, chat: { ...good.channels.chat!, ...chat } },
});
const withSchedule = (change: Partial<ContactPageData['schedule']>) => ({ ...good, schedule: { ...schedule, ...change } });

describe('parseContactPageData', () => {
	test('reads back exactly what the page wrote', () => {
		expect(parseContactPageData(serializeContactPageData(good))).toEqual(good);
	});

	test.each([
		['no attribute', undefined, 'no readable data-contact attribute'],
		['broken JSON', '{"schedule":', 'no readable data-contact attribute'],
		['no channels', JSON.stringify({ schedule, topics: {} }), 'data-contact attribute is not valid: channels: expected record.'],
		['an unknown time zone', JSON.stringify(withSchedule({ timezone: 'Mars/Olympus' })), 'schedule.timezone: not a time zone.'],
		[
			'a javascript: link',
			JSON.stringify(withChat({ href: 'javascript:alert(1)' })),
			'channels.chat.href: not a tel:, mailto: or https:// link.',
		],
		['a label that is not text', JSON.stringify(withChat({ label: 7 as unknown as string })), 'channels.chat.label: expected string.'],
		[
			'a made-up date',
			JSON.stringify(withSchedule({ special: [{ date: '2026-02-30', name: 'x', channels: ['chat'], hours: [] }] })),
			'schedule.special[0].date: not a YYYY-MM-DD date.',
		],
		[
			'a range past the next midnight',
			JSON.stringify(
				withSchedule({ special: [{ date: '2026-01-01', name: 'x', channels: ['chat'], hours: [{ start: 1320, end: 2900 }] }] }),
			),
			'schedule.special[0].hours[0].end: past the next midnight (2880).',
		],
		[
			'a range that ends before it starts',
			JSON.stringify(withSchedule({ special: [{ date: '2026-01-01', name: 'x', channels: ['chat'], hours: [{ start: 600, end: 540 }] }] })),
			'schedule.special[0].hours[0]: a range must start before it ends.',
		],
		[
			'weekly hours with a day missing',
			JSON.stringify(withSchedule({ channels: { ...schedule.channels, chat: { hours: { monday: [] } as never } } })),
			'schedule.channels.chat.hours: "always", or the ranges of every weekday.',
		],
		[
			'an unknown channel in a rule',
			JSON.stringify(withSchedule({ routing: { default: ['fax' as 'chat'], topics: {} } })),
			'schedule.routing.default[0]: expected "phone" or "email" or "chat".',
		],
		[
			'a rule with no channel',
			JSON.stringify(withSchedule({ routing: { default: ['chat'], topics: { refunds: [] } } })),
			'schedule.routing.topics.refunds: needs one channel at least.',
		],
	])('rejects %s, saying which field is wrong', (_, json, message) => {
		expect(() => parseContactPageData(json)).toThrow(message);
	});
});

describe('serializeContactPageData', () => {
	test('refuses to write what the element would reject, so the build stops instead of the page', () => {
		expect(() => serializeContactPageData(withChat({ href: 'http://chat.example.com' }))).toThrow(
			"The contact page's data-contact attribute would not be valid: channels.chat.href: not a tel:, mailto: or https:// link.",
		);
	});
});
