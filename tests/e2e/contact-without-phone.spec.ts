import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveSite, type RunningServer } from '../static-server.ts';
import { addMarketWithoutPhone, NO_PHONE_MARKET, writeOwnVersionsWithoutPhone } from '../helpers/market-without-phone.ts';
import { copyProject, output, removeDir, runNode } from '../helpers/site-copy.ts';
import { expectNoAxeViolations } from './helpers.ts';

// The contact page of a market that offers email and chat only (no phone number): a copy of the
// project with that market (tests/helpers/market-without-phone.ts), built and served with the
// production headers. The browser's clock and time zone are pinned, as in contact.spec.ts; the
// schedule is Berlin's, with Germany's public holidays.

let site: string | undefined;
let server: RunningServer | undefined;

test.describe.configure({ mode: 'serial' });
// Builds a site first: give it room on small, shared CI machines.
test.slow();
test.use({ timezoneId: 'Europe/Berlin' });

test.beforeAll(async ({}, testInfo) => {
	testInfo.setTimeout(180_000);
	site = await copyProject('help-center-no-phone-e2e-');
	await addMarketWithoutPhone(site);
	await writeOwnVersionsWithoutPhone(site);
	const build = await runNode(site, ['scripts/build.ts', '--market', NO_PHONE_MARKET.id]);
	expect(build.code, `The site with a market without a phone did not build:\n${output(build)}`).toBe(0);
	server = await serveSite(path.join(site, 'dist'));
});

test.afterAll(async () => {
	await server?.close();
	await removeDir(site);
});

/** Opens the contact page at a pinned instant, once evaluated; fails on script errors and CSP reports. */
async function openContact(page: Page, at: string, query = '') {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
	});
	await page.clock.setFixedTime(new Date(at));
	await page.goto(`${server!.url}/${NO_PHONE_MARKET.slug}/contact/${query}`);
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

test('a weekday afternoon: chat is open and suggested, its button starts a chat', async ({ page }) => {
	// Wednesday 2027-03-24, 13:00 in Berlin.
	await openContact(page, '2027-03-24T12:00:00Z');
	await expectStates(page, { email: 'open', chat: 'open' }, 'chat');
	await expect(page.locator('[data-recommendation-action] a')).toHaveAttribute('href', 'https://chat.example.com/kestrel-de');
});

test('asking about a refund: email, first in that topic’s order', async ({ page }) => {
	await openContact(page, '2027-03-24T12:00:00Z', '?topic=refunds');
	await expectStates(page, { email: 'open', chat: 'open' }, 'email');
	await expect(page.locator('[data-recommendation-action] a')).toHaveAttribute('href', 'mailto:support-de@example.com');
});

test('Karfreitag: both closed for the holiday, and email suggested because it reopens first', async ({ page }) => {
	// Friday 2027-03-26, 12:00 in Berlin: chat reopens on Saturday at 10:00, email at 09:00.
	await openContact(page, '2027-03-26T11:00:00Z');
	await expectStates(page, { email: 'closed', chat: 'closed' }, 'email');
	// The market's page is German (de-DE): so is what the script writes.
	await expect(page.locator('[data-channel="chat"] [data-status]')).toContainText('Heute geschlossen: Karfreitag');
	await expect(page.locator('[data-recommendation-reason]')).toContainText('Gerade sind alle Kanäle geschlossen. E-Mail öffnet am Samstag');
	// The holidays the script lists again for the visitor's today: the German ones, channel by channel.
	const holidays = page.locator('table.special-days');
	await expect(holidays).toContainText('Ostermontag');
	await expect(holidays).toContainText('E-Mail: Geschlossen; Chat: Geschlossen');
	await expect(holidays).not.toContainText(/Phone|Telefon/);
	// Two cards instead of three: the evaluated page still passes axe.
	await expectNoAxeViolations(page, 'the contact page of a market without a phone');
});
