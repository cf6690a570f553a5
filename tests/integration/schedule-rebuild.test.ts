import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, copyProject, output, removeDir } from '../helpers/site-copy.ts';

let site: string;

// A market's support file (content/support/us.yaml) is the single source of its hours: a real `astro build` of a copy of the
// project with different hours must show them on the contact page and in every article that
// uses <Hours />, with no other change.
beforeAll(async () => {
	site = await copyProject('help-center-hours-');
	const file = path.join(site, 'content/support/us.yaml');
	const original = await readFile(file, 'utf8');
	const changed = original
		.replace('timezone: America/New_York', 'timezone: America/Chicago')
		.replace(/(monday|tuesday|wednesday|thursday|friday): 09:00-18:00/g, '$1: 08:00-20:00')
		.replace('saturday: closed', 'saturday: 10:00-14:00')
		.replace('special:\n', "special:\n  - { date: 2026-12-31, name: New Year's Eve, channels: [phone], hours: 08:00-16:00 }\n");
	expect(changed.match(/08:00-20:00/g)).toHaveLength(5);
	await writeFile(file, changed);
	const build = await buildSite(site);
	expect(build.code, output(build)).toBe(0);
}, 120_000);

afterAll(() => removeDir(site));

const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');

test('the contact page shows the new hours, zone and holiday, and hands them to its script', async () => {
	const html = await readFile(path.join(site, 'dist/en-us/contact/index.html'), 'utf8');
	const page = text(html);
	expect(page).toContain('All times are Central Time (CT).');
	expect(page).toMatch(/Monday 8:00 AM–8:00 PM/);
	expect(page).toMatch(/Saturday 10:00 AM–2:00 PM/);
	expect(page).not.toContain('9:00 AM–6:00 PM');
	expect(page).toContain("New Year's Eve Phone: 8:00 AM–4:00 PM");
	const data = JSON.parse(
		/data-contact="([^"]*)"/
			.exec(html)![1]!
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&'),
	);
	expect(data.schedule.timezone).toBe('America/Chicago');
	expect(data.schedule.channels.chat.hours.monday).toEqual([{ start: 480, end: 1200 }]);
}, 30_000);

test('every article that mentions hours shows the new hours', async () => {
	const articles: { source: string; html: string }[] = [];
	for (const category of await readdir(path.join(site, 'content/articles'))) {
		for (const name of await readdir(path.join(site, 'content/articles', category))) {
			const source = await readFile(path.join(site, 'content/articles', category, name), 'utf8');
			if (!source.includes('<Hours')) continue;
			const slug = name.replace(/\.mdx$/, '');
			articles.push({ source, html: text(await readFile(path.join(site, 'dist/en-us', category, slug, 'index.html'), 'utf8')) });
		}
	}
	expect(articles.length).toBeGreaterThan(10);
	for (const { source, html } of articles) {
		if (source.includes('<Hours channel="chat"')) {
			expect(html).toContain('Monday to Friday, 8:00 AM–8:00 PM; Saturday, 10:00 AM–2:00 PM Central Time, except holidays');
		}
		if (source.includes('<Hours channel="phone"')) expect(html).toContain('24 hours a day, 7 days a week, except holidays');
		expect(html).not.toContain('9:00 AM–6:00 PM');
		expect(html).not.toContain('Eastern Time');
	}
}, 30_000);
