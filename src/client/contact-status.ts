/**
 * `<contact-status>` wraps the part of the contact page that depends on the time: the visitor's
 * clock note, the recommendation, the channels and the special days. It reads the schedule the
 * page was built with (`data-contact`), evaluates it for this minute in the visitor's browser, and
 * marks up the server-rendered content it wraps. Everything it adds is an enhancement: without it,
 * the page still lists every channel and all the hours.
 *
 * Hooks (a stable contract for tests): each `[data-channel]` gets `data-state="open|closed"`, the
 * recommended one `data-recommended`, and <html> gets `data-contact-ready` once evaluated.
 */

import { evaluateContact, resolveTopic, type ContactEvaluation } from '../lib/contact/evaluate.ts';
import {
	describeRangesForVisitor,
	describeRecommendation,
	describeStatus,
	visitorClockDiffers,
	type TextContext,
} from '../lib/contact/status-text.ts';
import { describeSpecialHours, formatSpecialDate, zoneLongName } from '../lib/contact/hours-text.ts';
import { SPECIAL_DAYS_AHEAD, specialDaysBetween } from '../lib/contact/holidays.ts';
import { parseContactPageData, type ContactPageData } from '../lib/contact/page-data.ts';
import { wallClock } from '../lib/contact/zoned-time.ts';
import { addDays, isoDateOf, WEEKDAYS, type Weekday } from '../schemas/calendar.ts';
import { CHANNEL_IDS, offeredChannels, type ChannelId } from '../schemas/channels.ts';
import { MinuteElement } from './minute-element.ts';
import { pageMessages } from './messages.ts';

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

class ContactStatus extends MinuteElement {
	/** Read once, when the element first joins the page. */
	private data!: ContactPageData;
	private visitorZone: string | undefined;
	private topic: string | undefined;

	protected setUp() {
		this.data = parseContactPageData(this.dataset.contact);
		this.visitorZone = visitorTimeZone();
		this.topic = resolveTopic(this.data.schedule, new URL(window.location.href).searchParams.get('topic'));
		this.bindTopicPicker();
	}

	private bindTopicPicker() {
		const picker = this.querySelector<HTMLElement>('[data-topic-form]');
		const select = picker?.querySelector('select');
		if (!select) return;
		select.value = this.topic ?? '';
		select.addEventListener('change', () => {
			this.topic = resolveTopic(this.data.schedule, select.value);
			const url = new URL(window.location.href);
			if (this.topic) url.searchParams.set('topic', this.topic);
			else url.searchParams.delete('topic');
			window.history.replaceState(window.history.state, '', url);
			this.render();
		});
		// The picker only makes sense when the page can react to it.
		show(picker ?? null, true);
	}

	protected render() {
		const { schedule } = this.data;
		const now = new Date();
		const ctx: TextContext = { now, supportZone: schedule.timezone, visitorZone: this.visitorZone, t: pageMessages() };
		const evaluation = evaluateContact(schedule, now, this.topic);
		this.renderChannels(evaluation, ctx);
		this.renderRecommendation(evaluation, ctx);
		this.renderVisitorTimes(ctx);
		this.listSpecialDays(now);
		document.documentElement.setAttribute('data-contact-ready', '');
	}

	private renderChannels(evaluation: ContactEvaluation, ctx: TextContext) {
		for (const id of offeredChannels(this.data.channels)) {
			const card = this.querySelector<HTMLElement>(`[data-channel="${id}"]`);
			const status = evaluation.statuses[id];
			if (!card || !status) continue;
			const recommended = evaluation.recommendation.channel === id;
			card.dataset.state = status.open ? 'open' : 'closed';
			card.toggleAttribute('data-recommended', recommended);
			show(card.querySelector<HTMLElement>('[data-recommended-badge]'), recommended);
			const line = card.querySelector<HTMLElement>('[data-status]');
			setText(line, describeStatus(status, ctx, this.data.channels[id]!.alwaysOpen));
			show(line, true);
		}
	}

	private renderRecommendation(evaluation: ContactEvaluation, ctx: TextContext) {
		const { recommendation } = evaluation;
		const channel = this.data.channels[recommendation.channel]!;
		const topicTitle = recommendation.topic ? this.data.topics[recommendation.topic] : undefined;
		setText(
			this.querySelector('[data-recommendation-channel]'),
			topicTitle ? ctx.t('contact.recommendation.forTopic', { topic: topicTitle, channel: channel.label }) : channel.label,
		);
		setText(this.querySelector('[data-recommendation-reason]'), describeRecommendation(evaluation, this.data.channels, ctx));
		const action = this.querySelector<HTMLElement>('[data-recommendation-action]');
		const link = action?.querySelector('a');
		if (link) {
			if (link.getAttribute('href') !== channel.href) link.setAttribute('href', channel.href);
			setText(link, channel.action);
		}
		show(action ?? null, true);
		show(this.querySelector<HTMLElement>('[data-recommendation-fallback]'), false);
	}

	/** The visitor's own clock, beside the support zone's, when the two differ. */
	private renderVisitorTimes(ctx: TextContext) {
		const { schedule } = this.data;
		const visitorZone = this.visitorZone;
		const differs = visitorZone !== undefined && visitorClockDiffers(ctx, ctx.now);
		const note = this.querySelector<HTMLElement>('[data-visitor-zone]');
		setText(note, differs ? ctx.t('contact.visitorZone', { zoneName: zoneLongName(visitorZone!, ctx.now, ctx.t.locale) }) : '');
		show(note, differs);
		for (const table of this.querySelectorAll<HTMLTableElement>('table[data-weekly]')) {
			const id = table.dataset.weekly as ChannelId;
			const hours = CHANNEL_IDS.includes(id) ? schedule.channels[id]?.hours : undefined;
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
				setText(
					mine,
					ctx.t('contact.visitorTime', {
						times: describeRangesForVisitor(schedule, weekday, hours[weekday], { ...ctx, visitorZone: visitorZone! }),
					}),
				);
			}
		}
	}

	/**
	 * The special days of the next 12 months from the visitor's today, worked out again from the
	 * schedule: the build listed them for its own day, which may be long past. Text only.
	 */
	private listSpecialDays(now: Date) {
		const body = this.querySelector<HTMLTableSectionElement>('table.special-days tbody');
		if (!body) return;
		const { schedule, channels } = this.data;
		const today = wallClock(now, schedule.timezone);
		// The list changes only with the day: work it out once a day, not at every minute.
		if (body.dataset.listedOn === isoDateOf(today)) return;
		body.dataset.listedOn = isoDateOf(today);
		const days = specialDaysBetween(schedule, today, addDays(today, SPECIAL_DAYS_AHEAD), offeredChannels(schedule.channels));
		body.replaceChildren(
			...days.map((day) => {
				const row = document.createElement('tr');
				row.dataset.specialDate = day.date;
				const when = document.createElement('td');
				when.className = 'special-days__date';
				const time = document.createElement('time');
				time.dateTime = day.date;
				time.textContent = formatSpecialDate(day.date, document.documentElement.lang);
				when.append(time);
				const hours = document.createElement('td');
				const name = document.createElement('span');
				name.className = 'special-days__name';
				name.textContent = day.name;
				hours.append(name, describeSpecialHours(day, channels, pageMessages()));
				row.append(when, hours);
				return row;
			}),
		);
		show(this.querySelector<HTMLElement>('[data-no-upcoming-days]'), days.length === 0);
		show(this.querySelector<HTMLElement>('table.special-days'), days.length > 0);
	}
}

customElements.define('contact-status', ContactStatus);
