// The contact page's answers, held against an independent computation (reference-schedule.ts) over
// whole years: every 15 minutes, and at every instant a channel opens or closes according to the
// reference, and 1 ms before it. At each instant, for every channel: open or closed, when it closes
// or opens next, and the special day named while it is closed; and for every routing topic (and
// none), the recommended channel.
//
// "Beyond the look-ahead": the library answers `null` for an opening or closing more than 400
// days away; the reference knows its span of years and answers `null` past it. Both are compared
// as "beyond" when they are `null` or more than COMPARED_AHEAD away, a little under the library's
// look-ahead and well inside the reference's span (the year before to two years after the swept
// one). The reference's recommendation treats an opening past COMPARED_AHEAD as none; no fixture
// has a channel whose next opening lies between COMPARED_AHEAD and 400 days while every channel
// of an order is closed, so the two readings cannot part there.

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { supportSchema } from '../../../src/schemas/support.ts';
import { toSchedule } from '../../../src/lib/contact/schedule.ts';
import { evaluateContact, recommendChannel } from '../../../src/lib/contact/evaluate.ts';
import type { ChannelId } from '../../../src/schemas/channels.ts';
import { dayNumber, parseSupport, ReferenceSchedule, type ReferenceStatus } from './reference-schedule.ts';
import { scheduleFixtureText } from '../../helpers/schedules.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const STEP = 15 * MINUTE;
const COMPARED_AHEAD = 390 * DAY;
const SHOWN = 20;

/** Each fixture and the years swept: the ones holding its clock changes and special days. */
const SWEEPS: [file: string, year: number][] = [
	['new-york-weekdays.yaml', 2027],
	['us-federal-recurring.yaml', 2027],
	['us-federal-recurring.yaml', 2030],
	['us-federal-recurring.yaml', 2031],
	['new-york-clock-change-edges.yaml', 2027],
	['lord-howe-half-hour.yaml', 2027],
	['santiago-overnight.yaml', 2027],
	['kathmandu-paused-channels.yaml', 2027],
	['london-bank-holidays.yaml', 2027],
	['london-bank-holidays.yaml', 2033],
	// Two channels only (no phone), German public holidays, Easter on the night clocks go forward.
	['berlin-email-chat.yaml', 2027],
	['berlin-email-chat.yaml', 2030],
	// The demo markets' own support files, as their contact pages read them: the US market, and the
	// UK market's England and Wales bank holidays, Saturday chat and both of London's clock changes
	// (2027: Christmas on a Saturday; 2032: Easter in March, Boxing Day on a Sunday).
	['content:support/us.yaml', 2027],
	['content:support/gb.yaml', 2027],
	['content:support/gb.yaml', 2032],
];

/** A schedule fixture, or (`content:…`) a support file of the demo's content. */
function read(file: string): string {
	return file.startsWith('content:')
		? readFileSync(new URL(`../../../content/${file.slice('content:'.length)}`, import.meta.url), 'utf8')
		: scheduleFixtureText(file);
}

/** One side's answer for a channel, as comparable text. */
function answer(open: boolean, next: Date | number | null, specialDay: string | undefined, at: number): string {
	const instant = next === null ? null : +next;
	const when = instant === null || instant - at > COMPARED_AHEAD ? 'beyond' : new Date(instant).toISOString();
	if (open) return `open, closes ${when}`;
	return `closed, opens ${when}${specialDay === undefined ? '' : ` (${specialDay})`}`;
}

function referenceAnswer(status: ReferenceStatus, specialDay: string | undefined, at: number): string {
	return status.open ? answer(true, status.closesAt, undefined, at) : answer(false, status.opensAt, specialDay, at);
}

function sweep(file: string, year: number) {
	const text = read(file);
	const schedule = toSchedule(supportSchema.parse(parse(text)));
	const support = parseSupport(text);
	const reference = new ReferenceSchedule(support, year - 1, year + 2);
	const channels = [...support.weekly.keys()] as ChannelId[];
	const topics = [undefined, ...support.routing.topics.keys()];
	const wallClock = new Intl.DateTimeFormat('sv-SE', { timeZone: support.timezone, dateStyle: 'short', timeStyle: 'medium' });

	// The swept year runs from local midnight on 1 January to the next.
	const from = reference.zone.wallToInstant(dayNumber(year, 1, 1) * DAY);
	const to = reference.zone.wallToInstant(dayNumber(year + 1, 1, 1) * DAY);
	const instants = new Set<number>();
	for (let at = from; at < to; at += STEP) instants.add(at);
	let edges = 0;
	for (const channel of channels) {
		for (const edge of reference.edges(channel, from, to)) {
			edges += 1;
			instants.add(edge);
			instants.add(edge - 1);
		}
	}

	const disagreements: string[] = [];
	const recommended = new Set<string>();
	for (const at of [...instants].sort((a, b) => a - b)) {
		const where = () => `${new Date(at).toISOString()} (${wallClock.format(at)} ${support.timezone})`;
		// One evaluation per instant: the default order's recommendation comes with it, each topic's
		// from recommendChannel on the same statuses (evaluating once per topic would triple the time).
		const evaluation = evaluateContact(schedule, new Date(at));
		// Exactly the channels the file offers: none it leaves out (the Berlin fixture has no phone).
		const evaluated = Object.keys(evaluation.statuses).sort().join(', ');
		if (evaluated !== [...channels].sort().join(', '))
			disagreements.push(`${where()}: the library evaluates ${evaluated}, the file offers ${channels.join(', ')}`);
		for (const channel of channels) {
			const status = evaluation.statuses[channel]!;
			const library = status.open
				? answer(true, status.closesAt, undefined, at)
				: answer(false, status.opensAt, status.specialDay?.entry.name, at);
			const expected = referenceAnswer(reference.status(channel, at), reference.specialDay(channel, at)?.name, at);
			if (library !== expected) disagreements.push(`${where()} ${channel}: library "${library}", reference "${expected}"`);
		}
		for (const topic of topics) {
			const library =
				topic === undefined ? evaluation.recommendation.channel : recommendChannel(schedule, evaluation.statuses, topic).channel;
			const expected = reference.recommend(topic, at, COMPARED_AHEAD);
			recommended.add(expected);
			if (library !== expected)
				disagreements.push(`${where()} topic ${topic ?? '(none)'}: library recommends ${library}, reference ${expected}`);
		}
	}
	return { samples: instants.size, edges, disagreements, recommended };
}

describe('the contact page agrees with an independent computation of the schedule, every 15 minutes and at every edge', () => {
	test.each(SWEEPS)('%s in %i', (file, year) => {
		const { samples, edges, disagreements, recommended } = sweep(file, year);
		const report = `${disagreements.length} disagreements in ${samples} instants; the first ${SHOWN}:\n${disagreements.slice(0, SHOWN).join('\n')}`;
		expect(disagreements.length, report).toBe(0);
		// Guards against a sweep that checks nothing: a year of instants, channels that open and
		// close every week, and more than one channel recommended.
		expect(samples).toBeGreaterThan(35_000);
		expect(edges).toBeGreaterThan(100);
		expect(recommended.size).toBeGreaterThan(1);
	});
});
