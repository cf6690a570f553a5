// The contact page's sentences on a German page: the same builders as in English, with the words of
// content/messages/de.yaml and the weekdays and clock of de-DE. The English ones are held by
// status-text.test.ts and two-channels.test.ts, with the words of content/messages/en.yaml.
import { describe, expect, test } from 'vitest';
import { evaluateContact } from '../../../src/lib/contact/evaluate.ts';
import { specialDaysBetween } from '../../../src/lib/contact/holidays.ts';
import { dayRangeLabel, describeHours, describeSpecialHours, formatRanges } from '../../../src/lib/contact/hours-text.ts';
import {
	describeOrder,
	describeRangesForVisitor,
	describeRecommendation,
	describeStatus,
	formatMoment,
	type TextContext,
} from '../../../src/lib/contact/status-text.ts';
import { offeredChannels } from '../../../src/schemas/channels.ts';
import { parseIsoDate } from '../../../src/schemas/calendar.ts';
import { wordsOf } from '../../helpers/messages.ts';
import { scheduleFixture } from '../../helpers/schedules.ts';

const berlin = scheduleFixture('berlin-email-chat.yaml');
const newYork = scheduleFixture('new-york-weekdays.yaml');
const t = wordsOf('de-DE');
const twoChannels = { email: { label: 'E-Mail', alwaysOpen: false }, chat: { label: 'Chat', alwaysOpen: false } };
const threeChannels = {
	phone: { label: 'Telefon', alwaysOpen: true },
	email: { label: 'E-Mail', alwaysOpen: true },
	chat: { label: 'Chat', alwaysOpen: false },
};

const inBerlin = (iso: string): TextContext => ({ now: new Date(iso), supportZone: berlin.timezone, visitorZone: 'Europe/Berlin', t });

describe('a German contact page, in Berlin', () => {
	test('a weekday afternoon: chat is open and suggested', () => {
		const at = '2027-03-24T12:00:00Z';
		const evaluation = evaluateContact(berlin, new Date(at));
		expect(describeStatus(evaluation.statuses.chat!, inBerlin(at), false)).toBe('Jetzt erreichbar · schließt um 20:00 Uhr MEZ');
		expect(describeRecommendation(evaluation, twoChannels, inBerlin(at))).toBe('Chat ist jetzt erreichbar.');
	});

	test('Karfreitag: closed for the holiday, reopening on Saturday (Samstag)', () => {
		const at = '2027-03-26T11:00:00Z';
		const evaluation = evaluateContact(berlin, new Date(at));
		expect(describeStatus(evaluation.statuses.chat!, inBerlin(at), false)).toBe(
			'Heute geschlossen: Karfreitag · öffnet am Samstag, 10:00 Uhr MEZ',
		);
		expect(describeRecommendation(evaluation, twoChannels, inBerlin(at))).toBe(
			'Gerade sind alle Kanäle geschlossen. E-Mail öffnet am Samstag, 09:00 Uhr MEZ.',
		);
	});

	test('chat closed in the evening: email suggested instead, and when chat reopens', () => {
		const at = '2027-03-24T20:00:00Z';
		const evaluation = evaluateContact(berlin, new Date(at));
		expect(describeRecommendation(evaluation, twoChannels, inBerlin(at))).toBe(
			'Chat ist gerade geschlossen, deshalb empfehlen wir E-Mail: Dieser Kanal ist jetzt erreichbar. Chat öffnet am Donnerstag, 08:00 Uhr MEZ.',
		);
	});

	test('routing rules, weekly hours and special days in German', () => {
		expect(describeOrder(berlin.routing.default, twoChannels, t)).toBe('Chat, wenn erreichbar, sonst E-Mail');
		expect(describeOrder(['phone'], threeChannels, t)).toBe('Telefon, jederzeit');
		expect(describeHours('always', berlin.timezone, t, true)).toBe('rund um die Uhr, an 7 Tagen die Woche, außer an Feiertagen');
		expect(describeHours(berlin.channels.chat!.hours, berlin.timezone, t, true)).toMatch(
			/^Montag bis Donnerstag 08:00–20:00 Uhr; .*Samstag 10:00–16:00 Uhr \(Mitteleuropäische .*\), außer an Feiertagen$/,
		);
		expect(dayRangeLabel(['saturday', 'sunday'], t)).toBe('Samstag und Sonntag');
		expect(formatRanges([], t)).toBe('Geschlossen');
		expect(formatRanges([{ start: 0, end: 1440 }], t)).toBe('Rund um die Uhr geöffnet');
		expect(formatRanges([{ start: 1320, end: 1440 }], t)).toBe('22:00–24:00');
		const december = specialDaysBetween(berlin, parseIsoDate('2027-12-24')!, parseIsoDate('2027-12-25')!, offeredChannels(berlin.channels));
		expect(december.map((day) => describeSpecialHours(day, twoChannels, t))).toEqual([
			'Chat: 09:00–13:00',
			'E-Mail: Geschlossen; Chat: Geschlossen',
		]);
	});
});

describe('a German visitor of a New York schedule sees both clocks, in German', () => {
	const from = (iso: string, zone: string): TextContext => ({ now: new Date(iso), supportZone: newYork.timezone, visitorZone: zone, t });

	test('Tokyo, early Sunday: chat opens on Monday, late evening in Tokyo', () => {
		const at = '2026-11-28T15:00:00Z';
		const evaluation = evaluateContact(newYork, new Date(at), 'refunds');
		expect(describeStatus(evaluation.statuses.chat!, from(at, 'Asia/Tokyo'), false)).toMatch(
			/^Gerade geschlossen · öffnet am Montag, 09:00 Uhr .+ — 23:00 Uhr Ihrer Zeit$/,
		);
		expect(describeStatus(evaluation.statuses.phone!, from(at, 'Asia/Tokyo'), true)).toBe('Jetzt erreichbar, rund um die Uhr');
	});

	test('when the visitor’s day is not New York’s, their clock names the day as German writes it, with Uhr', () => {
		// Friday 19:00 in New York is Saturday 09:00 in Tokyo.
		const ctx = from('2026-11-27T20:00:00Z', 'Asia/Tokyo');
		expect(formatMoment(new Date('2026-11-28T00:00:00Z'), ctx)).toMatch(/^19:00 Uhr .+ — Samstag, 09:00 Uhr Ihrer Zeit$/);
	});

	test('a weekly row in the visitor’s clock names the visitor’s weekday in German', () => {
		const hours = newYork.channels.chat!.hours;
		if (hours === 'always') throw new Error('the fixture’s chat has weekly hours');
		const ctx = { ...from('2026-11-23T20:00:00Z', 'Asia/Tokyo'), visitorZone: 'Asia/Tokyo' };
		expect(describeRangesForVisitor(newYork, 'monday', hours.monday, ctx)).toBe('23:00–Dienstag 08:00');
		expect(describeRangesForVisitor(newYork, 'sunday', hours.sunday, ctx)).toBe('Geschlossen');
	});
});
