// The contact page's only script: it reads the schedule the page was built with, evaluates it
// for this minute in the visitor's browser, and marks up the server-rendered page. Everything it
// adds is an enhancement: without it, the page still lists every channel and all the hours.
//
// Hooks (a stable contract for tests): each `[data-channel]` gets `data-state="open|closed"`, the
// recommended one `data-recommended`, and <html> gets `data-contact-ready` once evaluated.

import { evaluateContact, resolveTopic, type ContactEvaluation } from '../../lib/contact/evaluate.ts';
import {
	describeRangesForVisitor,
	describeRecommendation,
	describeStatus,
	visitorClockDiffers,
	type TextContext,
} from '../../lib/contact/status-text.ts';
import { zoneLongName } from '../../lib/contact/hours-text.ts';
import { parseContactPageData, type ContactPageData } from '../../lib/contact/page-data.ts';
import { wallClock } from '../../lib/contact/zoned-time.ts';
import { WEEKDAYS, type Weekday, isoDateOf } from '../../schemas/calendar.ts';
import { CHANNEL_IDS } from '../../schemas/channels.ts';

/** Sets text only when it changes, so that live regions speak only about real changes. */
function setText(element: Element | null, text: string) {
	if (element && element.textContent !== text) element.textContent = text;
}

function show(element: HTMLElement | null, visible: boolean) {
	if (element && element.hidden === visible) element.hidden = !visible;
}

function visitorTimeZone(): string | undefined {
	try {
		return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
	} catch {
		return undefined;
	}
}

function start(root: HTMLElement) {
	const data: ContactPageData = parseContactPageData(root.dataset.contact);
	const { schedule } = data;
	const visitorZone = visitorTimeZone();
	const picker = root.querySelector<HTMLElement>('[data-topic-form]');
	const select = picker?.querySelector('select');
	let topic = resolveTopic(schedule, new URL(window.location.href).searchParams.get('topic'));

	if (select) {
		select.value = topic ?? '';
		select.addEventListener('change', () => {
			topic = resolveTopic(schedule, select.value);
			const url = new URL(window.location.href);
			if (topic) url.searchParams.set('topic', topic);
			else url.searchParams.delete('topic');
			window.history.replaceState(window.history.state, '', url);
			render();
		});
		// The picker only makes sense when the page can react to it.
		show(picker ?? null, true);
	}

	function renderChannels(evaluation: ContactEvaluation, ctx: TextContext) {
		for (const id of CHANNEL_IDS) {
			const card = root.querySelector<HTMLElement>(`[data-channel="${id}"]`);
			if (!card) continue;
			const status = evaluation.statuses[id];
			const recommended = evaluation.recommendation.channel === id;
			card.dataset.state = status.open ? 'open' : 'closed';
			card.toggleAttribute('data-recommended', recommended);
			show(card.querySelector<HTMLElement>('[data-recommended-badge]'), recommended);
			const line = card.querySelector<HTMLElement>('[data-status]');
			setText(line, describeStatus(status, ctx, data.channels[id].alwaysOpen));
			show(line, true);
		}
	}

	function renderRecommendation(evaluation: ContactEvaluation, ctx: TextContext) {
		const { recommendation } = evaluation;
		const channel = data.channels[recommendation.channel];
		const topicTitle = recommendation.topic ? data.topics[recommendation.topic] : undefined;
		setText(
			root.querySelector('[data-recommendation-channel]'),
			topicTitle ? `For ${topicTitle}: ${channel.label}` : channel.label,
		);
		setText(root.querySelector('[data-recommendation-reason]'), describeRecommendation(evaluation, data.channels, ctx));
		const action = root.querySelector<HTMLElement>('[data-recommendation-action]');
		const link = action?.querySelector('a');
		if (link) {
			if (link.getAttribute('href') !== channel.href) link.setAttribute('href', channel.href);
			setText(link, channel.action);
		}
		show(action ?? null, true);
		show(root.querySelector<HTMLElement>('[data-recommendation-fallback]'), false);
	}

	/** The visitor's own clock, beside the support zone's, when the two differ. */
	function renderVisitorTimes(ctx: TextContext) {
		const differs = visitorZone !== undefined && visitorClockDiffers(ctx, ctx.now);
		const note = root.querySelector<HTMLElement>('[data-visitor-zone]');
		setText(note, differs ? `Your clock is on ${zoneLongName(visitorZone!, ctx.now)}: we show your times too.` : '');
		show(note, differs);
		for (const table of root.querySelectorAll<HTMLTableElement>('table[data-weekly]')) {
			const id = table.dataset.weekly as (typeof CHANNEL_IDS)[number];
			const hours = schedule.channels[id]?.hours;
			if (!hours || hours === 'always') continue;
			for (const row of table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-weekday]')) {
				const weekday = row.dataset.weekday as Weekday;
				const cell = row.querySelector('td');
				if (!cell || !WEEKDAYS.includes(weekday)) continue;
				let mine = cell.querySelector<HTMLElement>('[data-visitor]');
				if (!differs || !hours[weekday].length) {
					mine?.remove();
					continue;
				}
				if (!mine) {
					mine = document.createElement('span');
					mine.className = 'visitor-time';
					mine.dataset.visitor = '';
					cell.append(mine);
				}
				setText(mine, `Your time: ${describeRangesForVisitor(schedule, weekday, hours[weekday], { ...ctx, visitorZone: visitorZone! })}`);
			}
		}
	}

	/** Holidays already over are of no use to anyone: hide them (they stay in the page without JS). */
	function hidePastDays(now: Date) {
		const today = isoDateOf(wallClock(now, schedule.timezone));
		let upcoming = 0;
		for (const row of root.querySelectorAll<HTMLTableRowElement>('tr[data-special-date]')) {
			const coming = (row.dataset.specialDate ?? '') >= today;
			show(row, coming);
			if (coming) upcoming += 1;
		}
		show(root.querySelector<HTMLElement>('[data-no-upcoming-days]'), upcoming === 0);
		show(root.querySelector<HTMLElement>('table.special-days'), upcoming > 0);
	}

	function render() {
		const now = new Date();
		const ctx: TextContext = { now, supportZone: schedule.timezone, visitorZone };
		const evaluation = evaluateContact(schedule, now, topic);
		renderChannels(evaluation, ctx);
		renderRecommendation(evaluation, ctx);
		renderVisitorTimes(ctx);
		hidePastDays(now);
		document.documentElement.setAttribute('data-contact-ready', '');
	}

	// Evaluate now, then at the start of every minute (openings and closings fall on minutes),
	// and whenever the tab comes back into view (timers sleep in background tabs).
	let timer: ReturnType<typeof setTimeout> | undefined;
	function tick() {
		render();
		clearTimeout(timer);
		timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
	}
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') tick();
	});
	tick();
}

const root = document.querySelector<HTMLElement>('[data-contact-root]');
if (root) start(root);
