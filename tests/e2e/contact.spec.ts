import { expect, test, type Page } from '@playwright/test';

// The contact page decides "open now" in the browser, so each test pins the browser's clock
// (page.clock) and its time zone (timezoneId) and reads the page as a customer would. Axe runs on
// the evaluated page in accessibility.spec.ts (templates.ts waits for data-contact-ready).

type Channel = 'phone' | 'email' | 'chat';

async function openContact(page: Page, at: string, query = '') {
	await page.clock.setFixedTime(new Date(at));
	await page.goto(`/en-us/contact/${query}`);
	await expect(page.locator('html')).toHaveAttribute('data-contact-ready', '');
}

async function expectStates(page: Page, states: Record<Channel, 'open' | 'closed'>, recommended: Channel) {
	for (const [channel, state] of Object.entries(states)) {
		await expect(page.locator(`[data-channel="${channel}"]`), channel).toHaveAttribute('data-state', state);
	}
	await expect(page.locator('[data-recommended]')).toHaveCount(1);
	await expect(page.locator('[data-recommended]')).toHaveAttribute('data-channel', recommended);
}

const recommendation = (page: Page) => page.getByRole('region', { name: 'Best way to reach us now' });

test.describe('a visitor in New York', () => {
	test.use({ timezoneId: 'America/New_York' });

	test('Monday 10:00 with no topic: chat is open and recommended, with no second clock', async ({ page }) => {
		await openContact(page, '2026-11-23T15:00:00Z');
		await expectStates(page, { phone: 'open', email: 'open', chat: 'open' }, 'chat');
		await expect(recommendation(page)).toContainText('Chat is open now.');
		await expect(recommendation(page).getByRole('link', { name: 'Start a live chat' })).toHaveAttribute(
			'href',
			'https://chat.example.com/kestrel',
		);
		await expect(page.locator('[data-channel="chat"]')).toContainText('Open now · closes at 6:00 PM ET');
		await expect(page.getByText('your time')).toHaveCount(0);
	});

	test('on the observed Christmas Day 2027 chat is closed, and phone is suggested', async ({ page }) => {
		await openContact(page, '2027-12-24T15:00:00Z');
		await expectStates(page, { phone: 'open', email: 'open', chat: 'closed' }, 'phone');
		await expect(page.locator('[data-channel="chat"]')).toContainText(
			'Closed today for Christmas Day (observed) · opens Monday 9:00 AM ET',
		);
		await expect(recommendation(page)).toContainText('Chat is closed, so we suggest Phone: it is open now.');
		// Holidays already past are hidden; the coming ones stay.
		await expect(page.locator('tr[data-special-date="2027-11-25"]')).toBeHidden();
		await expect(page.locator('tr[data-special-date="2027-12-31"]')).toBeVisible();
	});
});

test.describe('a visitor in Tokyo', () => {
	test.use({ timezoneId: 'Asia/Tokyo' });

	test('early Sunday, asking about a refund: email, with chat’s opening in both clocks', async ({ page }) => {
		await openContact(page, '2026-11-28T15:00:00Z', '?topic=refunds');
		await expectStates(page, { phone: 'open', email: 'open', chat: 'closed' }, 'email');
		await expect(recommendation(page)).toContainText('For Refunds and returns: Email');
		await expect(recommendation(page)).toContainText('Chat opens Monday 9:00 AM ET — 11:00 PM your time.');
		await expect(page.getByLabel('What is your question about?')).toHaveValue('refunds');
		await expect(page.getByText('Your clock is on Japan Standard Time')).toBeVisible();
		const monday = page.locator('[data-weekly="chat"] tr[data-weekday="monday"]');
		await expect(monday).toContainText('9:00 AM–6:00 PM');
		await expect(monday).toContainText('Your time: 11:00 PM–Tuesday 8:00 AM');
	});
});

test.describe('a visitor in Los Angeles', () => {
	test.use({ timezoneId: 'America/Los_Angeles' });

	test('on Thanksgiving, asking about a payment: phone', async ({ page }) => {
		await openContact(page, '2026-11-26T15:00:00Z', '?topic=payments');
		await expectStates(page, { phone: 'open', email: 'open', chat: 'closed' }, 'phone');
		await expect(page.locator('[data-channel="chat"]')).toContainText(
			'Closed today for Thanksgiving · opens Friday 9:00 AM ET — 6:00 AM your time',
		);
	});

	test('choosing a topic on the page updates the suggestion and the address', async ({ page }) => {
		await openContact(page, '2026-11-23T15:00:00Z');
		await expectStates(page, { phone: 'open', email: 'open', chat: 'open' }, 'chat');
		await page.getByLabel('What is your question about?').selectOption({ label: 'Security and access' });
		await expectStates(page, { phone: 'open', email: 'open', chat: 'open' }, 'phone');
		await expect(recommendation(page)).toContainText('For Security and access: Phone');
		await expect(page).toHaveURL(/\/contact\/\?topic=security$/);
	});
});

test.describe('a visitor in London', () => {
	test.use({ timezoneId: 'Europe/London' });

	test('asking about security while chat is open: phone, always', async ({ page }) => {
		await openContact(page, '2026-11-23T15:00:00Z', '?topic=security');
		await expectStates(page, { phone: 'open', email: 'open', chat: 'open' }, 'phone');
		await expect(recommendation(page)).toContainText('Phone is open now.');
		await expect(page.locator('[data-channel="chat"]')).toContainText('closes at 6:00 PM ET — 11:00 PM your time');
	});
});

test.describe('a visitor in Kolkata', () => {
	test.use({ timezoneId: 'Asia/Kolkata' });

	test('the page changes by itself when chat opens, and is quiet while nothing changes', async ({ page }) => {
		// Monday 15 March 2027, the first weekday after New York's clocks went forward: 08:59:30 EDT.
		await page.clock.install({ time: new Date('2027-03-15T12:58:00Z') });
		await page.clock.pauseAt(new Date('2027-03-15T12:59:30Z'));
		await page.goto('/en-us/contact/?topic=accounts');
		await expect(page.locator('html')).toHaveAttribute('data-contact-ready', '');
		await expectStates(page, { phone: 'open', email: 'open', chat: 'closed' }, 'email');
		await expect(page.locator('[data-channel="chat"]')).toContainText('opens at 9:00 AM ET — 6:30 PM your time');

		const live = page.locator('[data-recommendation-result]');
		await expect(live).toHaveAttribute('aria-live', 'polite');
		// Count changes to the live region from here on.
		await live.evaluate((element) => {
			const counter = window as unknown as { liveChanges: number };
			counter.liveChanges = 0;
			new MutationObserver((records) => (counter.liveChanges += records.length)).observe(element, {
				subtree: true,
				childList: true,
				characterData: true,
			});
		});

		await page.clock.runFor(60_000); // 09:00:30 EDT
		await expectStates(page, { phone: 'open', email: 'open', chat: 'open' }, 'chat');
		await expect(live).toContainText('For Your account: Chat');
		await expect(live).toContainText('Chat is open now.');
		const afterOpening = await page.evaluate(() => (window as unknown as { liveChanges: number }).liveChanges);
		expect(afterOpening).toBeGreaterThan(0);

		await page.clock.runFor(5 * 60_000); // five more minutes, nothing to announce
		expect(await page.evaluate(() => (window as unknown as { liveChanges: number }).liveChanges)).toBe(afterOpening);
	});
});

test.describe('a hostile or unknown topic', () => {
	test.use({ timezoneId: 'America/New_York' });

	test('is ignored: the default rules apply and nothing from the address reaches the page', async ({ page }) => {
		const payloads = ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>', '__proto__', 'billing'];
		for (const payload of payloads) {
			await openContact(page, '2026-11-28T15:00:00Z', `?topic=${encodeURIComponent(payload)}`);
			await expectStates(page, { phone: 'open', email: 'open', chat: 'closed' }, 'phone');
			await expect(page.getByLabel('What is your question about?')).toHaveValue('');
			expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
			await expect(page.locator('main img, main script')).toHaveCount(0);
			expect(await page.locator('main').innerText()).not.toContain(payload);
		}
	});
});

test.describe('with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false, timezoneId: 'Asia/Tokyo' });

	test('every channel, its details, the full weekly hours and the holidays are there', async ({ page }) => {
		await page.goto('/en-us/contact/?topic=refunds');
		for (const [channel, link] of [
			['phone', '(212) 555-0147'],
			['email', 'support@example.com'],
			['chat', 'Start a live chat'],
		] as const) {
			const card = page.locator(`[data-channel="${channel}"]`);
			await expect(card).toBeVisible();
			await expect(card.getByRole('link', { name: link })).toBeVisible();
			await expect(card).not.toHaveAttribute('data-state', /.*/);
		}
		await expect(page.locator('[data-channel="phone"]')).toContainText('Open 24 hours a day, 7 days a week.');
		const table = page.getByRole('table', { name: 'Chat opening hours' });
		for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
			await expect(table.getByRole('row', { name: new RegExp(`^${day}`) })).toContainText('9:00 AM–6:00 PM');
		}
		for (const day of ['Saturday', 'Sunday']) await expect(table.getByRole('row', { name: new RegExp(`^${day}`) })).toContainText('Closed');
		await expect(page.getByText('All times are Eastern Time (ET).')).toBeVisible();
		// The six holidays of the demo, each once in the 12 months from the build (its first row is the header).
		const holidays = page.getByRole('table', { name: 'Holidays and special hours' });
		expect(await holidays.getByRole('row').count()).toBeGreaterThanOrEqual(7);
		for (const name of ["New Year's Day", 'Memorial Day', 'Independence Day', 'Labor Day', 'Thanksgiving', 'Christmas Day']) {
			await expect(holidays).toContainText(name);
		}
		await expect(page.getByRole('table', { name: 'The channel we suggest for each kind of question' })).toContainText(
			"Chat when it's open, otherwise Email",
		);
		await expect(recommendation(page)).toContainText('Phone and Email are open 24 hours a day, 7 days a week.');
		await expect(page.getByLabel('What is your question about?')).toBeHidden();
		await expect(page.locator('[data-recommended]')).toHaveCount(0);
		await expect(page.locator('html')).not.toHaveAttribute('data-contact-ready', /.*/);
		await expect(page.getByRole('heading', { name: 'What we will never ask for' })).toBeVisible();
	});
});
