import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

// The German market (/de-de/) as a German customer uses it: the contact page routes by Berlin time
// on German holidays (the browser's clock and zone pinned, as in contact.spec.ts) and offers email
// and chat only; search finds the German article whichever way an umlaut is typed; an article not
// yet translated says so and is read out in English.

test.use({ timezoneId: 'Europe/Berlin', locale: 'de-DE' });

/** Opens the contact page at a pinned instant, once evaluated; fails on script errors and CSP reports. */
async function openContact(page: Page, at: string, query = '') {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
	});
	await page.clock.setFixedTime(new Date(at));
	await page.goto(`/de-de/contact/${query}`);
	await expect(page.locator('html')).toHaveAttribute('data-contact-ready', '');
	expect(problems).toEqual([]);
}

/** The two cards' states and the one recommended; no phone card, no link that calls. */
async function expectStates(page: Page, states: { email: 'open' | 'closed'; chat: 'open' | 'closed' }, recommended: 'email' | 'chat') {
	await expect(page.locator('[data-channel]')).toHaveCount(2);
	for (const [channel, state] of Object.entries(states)) {
		await expect(page.locator(`[data-channel="${channel}"]`), channel).toHaveAttribute('data-state', state);
	}
	await expect(page.locator('[data-recommended]')).toHaveCount(1);
	await expect(page.locator('[data-recommended]')).toHaveAttribute('data-channel', recommended);
	await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
}

test.describe('the contact page, in Berlin', () => {
	test('a weekday afternoon: chat is open and suggested, its button starts a chat', async ({ page }) => {
		// Wednesday 2027-03-24, 13:00 in Berlin (CET).
		await openContact(page, '2027-03-24T12:00:00Z');
		await expectStates(page, { email: 'open', chat: 'open' }, 'chat');
		await expect(page.locator('[data-recommendation-action] a')).toHaveAttribute('href', 'https://chat.example.com/kestrel-de');
		await expect(page.locator('[data-channel="chat"] [data-status]')).toContainText('Jetzt erreichbar · schließt um 20:00 Uhr MEZ');
	});

	test('asking about a refund: email, first in that topic’s order', async ({ page }) => {
		await openContact(page, '2027-03-24T12:00:00Z', '?topic=refunds');
		await expectStates(page, { email: 'open', chat: 'open' }, 'email');
		await expect(page.locator('[data-recommendation-action] a')).toHaveAttribute('href', 'mailto:support-de@example.com');
	});

	test('Karfreitag: chat closed for the holiday, email suggested instead, and the holidays listed in German', async ({ page }) => {
		// Friday 2027-03-26, 12:00 in Berlin: chat reopens on Saturday at 10:00.
		await openContact(page, '2027-03-26T11:00:00Z');
		await expectStates(page, { email: 'open', chat: 'closed' }, 'email');
		await expect(page.locator('[data-channel="chat"] [data-status]')).toContainText(
			'Heute geschlossen: Karfreitag · öffnet am Samstag, 10:00 Uhr MEZ',
		);
		await expect(page.locator('[data-recommendation-reason]')).toContainText('Chat ist gerade geschlossen, deshalb empfehlen wir E-Mail');
		const holidays = page.locator('table.special-days');
		await expect(holidays).toContainText('Ostermontag');
		await expect(holidays).not.toContainText(/Phone|Telefon/);
		// Two cards instead of three: the evaluated page still passes axe.
		await expectNoAxeViolations(page, 'the German contact page');
	});

	test('the day after the clocks go forward, in summer time: chat opens at 08:00 MESZ', async ({ page }) => {
		// Monday 2027-03-29 is Ostermontag (closed); at 07:00 on Tuesday 30 March, CEST, chat opens at 08:00.
		await openContact(page, '2027-03-29T08:00:00Z');
		await expectStates(page, { email: 'open', chat: 'closed' }, 'email');
		await expect(page.locator('[data-channel="chat"] [data-status]')).toContainText('Heute geschlossen: Ostermontag');
		await openContact(page, '2027-03-30T05:00:00Z');
		await expect(page.locator('[data-channel="chat"] [data-status]')).toContainText('öffnet um 08:00 Uhr MESZ');
	});

	test('Tag der Deutschen Einheit on a Thursday, and Heiligabend’s short hours', async ({ page }) => {
		// 2030-10-03 is a Thursday: chat closed all day, open again on Friday at 08:00.
		await openContact(page, '2030-10-03T10:00:00Z');
		await expectStates(page, { email: 'open', chat: 'closed' }, 'email');
		await expect(page.locator('[data-channel="chat"] [data-status]')).toContainText('Heute geschlossen: Tag der Deutschen Einheit');
		// Friday 2027-12-24: chat is open until 13:00, then closed.
		await openContact(page, '2027-12-24T10:30:00Z');
		await expectStates(page, { email: 'open', chat: 'open' }, 'chat');
		await expect(page.locator('[data-channel="chat"] [data-status]')).toContainText('schließt um 13:00 Uhr MEZ');
		await openContact(page, '2027-12-24T12:30:00Z');
		await expectStates(page, { email: 'open', chat: 'closed' }, 'email');
	});
});

test('a German query finds the German article, with the umlaut typed either way', async ({ page }) => {
	for (const query of ['Wo bleibt meine Rückerstattung', 'Wo bleibt meine Rueckerstattung']) {
		await page.goto('/de-de/search/');
		await page.locator('[data-search-page] [data-search-input]').fill(query);
		const first = page.locator('[data-search-result]').first();
		await expect(first, query).toHaveAttribute('href', '/de-de/refunds/where-is-my-refund/');
		await expect(first, query).toContainText('Wo bleibt meine Rückerstattung?');
	}
});

test('an article not yet translated: a German notice, then the English text marked lang="en"', async ({ page }) => {
	await page.goto('/de-de/refunds/refund-policy/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
	await expect(page.getByRole('note')).toContainText('Diesen Artikel gibt es noch nicht auf Deutsch. Sie sehen ihn deshalb auf Englisch.');
	await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
	await expect(page.locator('.prose')).toHaveAttribute('lang', 'en');
	// The frame around it stays German.
	await expect(page.getByRole('navigation', { name: 'Pfadnavigation' })).toContainText('Erstattungen und Rücksendungen');
	await expectNoAxeViolations(page, 'an untranslated article on a German page');
});
