import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addMarketWithoutPhone, writeOwnVersionsWithoutPhone } from '../helpers/market-without-phone.ts';
import { copyProject, newestContentDate, output, removeDir, runNode, type RunResult } from '../helpers/site-copy.ts';

// A market that publishes no phone number: a copy of the project with a German market whose
// support file offers email and chat only (tests/helpers/market-without-phone.ts). First the check
// refuses the shared articles that call <Phone />; once the market has its own versions of them,
// it builds, and nothing on its pages offers a phone.
let site: string;
let firstCheck: RunResult;
let ownVersions: number;
const SOURCE_DATE_EPOCH = String(Date.parse(`${newestContentDate()}T12:00:00Z`) / 1000);

const page = (file: string) => readFile(path.join(site, 'dist/de-de', file), 'utf8');

beforeAll(async () => {
	site = await copyProject('help-center-no-phone-');
	await addMarketWithoutPhone(site);
	firstCheck = await runNode(site, ['scripts/check.ts', '--json']);
	ownVersions = await writeOwnVersionsWithoutPhone(site);
	const result = await runNode(site, ['scripts/build.ts', '--market', 'de'], { SOURCE_DATE_EPOCH });
	expect(result.code, output(result)).toBe(0);
}, 300_000);

afterAll(() => removeDir(site));

test('the check refuses each shared article that names the phone in the market without one, at its line, with the fixes', () => {
	expect(firstCheck.code).toBe(1);
	const problems = (
		JSON.parse(firstCheck.stdout) as { problems: { rule: string; severity: string; file: string; line?: number; message: string }[] }
	).problems;
	const missing = problems.filter((p) => p.rule === 'channel-missing-in-market');
	expect(missing.length).toBeGreaterThan(20);
	// One error per use: every article the market then had to write its own version of is named.
	expect(new Set(missing.map((p) => p.file)).size).toBe(ownVersions);
	expect(problems.filter((p) => p.severity === 'error' && p.rule !== 'channel-missing-in-market')).toEqual([]);
	const contact = missing.find((p) => p.file === 'content/articles/accounts/contact-customer-service.mdx');
	expect(contact?.line).toBeGreaterThan(1);
	expect(contact?.message).toContain(
		'the market `de` (Deutschland) offers no phone (content/support/de.yaml lists only email and chat), and this article is published there. Use a channel it offers',
	);
	expect(contact?.message).toContain('write a de version at content/markets/de/accounts/contact-customer-service.mdx');
	expect(contact?.message).toContain('(`markets: [us, gb]`)');
});

test('the contact page offers email and chat, and no phone anywhere', async () => {
	const html = await page('contact/index.html');
	// The cards, their hours and the holidays of the two channels it offers.
	expect(html).toContain('data-channel="email"');
	expect(html).toContain('data-channel="chat"');
	expect(html).toContain('href="mailto:support-de@example.com"');
	expect(html).toContain('href="https://chat.example.com/kestrel-de"');
	expect(html).toContain('>Karfreitag</span>');
	expect(html).toContain('Erreichen Sie einen Menschen über die Kanäle unten.');
	// No phone: no card, no hours table, no number, no link that calls, no routing rule, no words.
	expect(html).not.toContain('data-channel="phone"');
	expect(html).not.toContain('data-weekly="phone"');
	expect(html).not.toMatch(/tel:/);
	expect(html).not.toMatch(/Telefon|\bPhone\b|Anruf|\bCall\b/);
	const data = JSON.parse(
		/data-contact="([^"]*)"/.exec(html)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&#39;', "'"),
	) as { schedule: { channels: object; routing: { default: string[]; topics: Record<string, string[]> } }; channels: object };
	expect(Object.keys(data.channels)).toEqual(['email', 'chat']);
	expect(Object.keys(data.schedule.channels)).toEqual(['email', 'chat']);
	expect([data.schedule.routing.default, ...Object.values(data.schedule.routing.topics)].flat()).not.toContain('phone');
	const rules = html.slice(html.indexOf('id="routing-rules"'), html.indexOf('</table>', html.indexOf('id="routing-rules"')));
	// The market's page is German (de-DE), its routing rules too.
	expect(rules).toContain('<td>Chat, wenn erreichbar, sonst E-Mail</td>');
	expect(rules).toContain('<td>E-Mail, wenn erreichbar, sonst Chat</td>');
});

test('no page of the market links to a phone, and its home page names no phone', async () => {
	const files = (await readdir(path.join(site, 'dist/de-de'), { recursive: true })).filter((f) => f.endsWith('.html'));
	expect(files.length).toBeGreaterThan(50);
	for (const file of files) expect(await page(file), file).not.toContain('tel:');
	const home = await page('index.html');
	expect(home).toContain('Kontaktieren Sie unser Team.');
	expect(home).not.toContain('Rufen Sie uns an');
});
