// The writer's preview: `astro dev` on a copy of the project, edited while the page is open.
// The only e2e test that runs the dev server instead of the build, because that is what it is about.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { astroCli, childEnv, copyProject, removeDir } from '../helpers/site-copy.ts';

let site: string;
let server: ChildProcess | undefined;
let origin: string;
let output = '';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

async function edit(file: string, change: (text: string) => string) {
	const full = path.join(site, file);
	await writeFile(full, change(await readFile(full, 'utf8')));
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
	site = await copyProject('help-center-dev-');
	const port = await freePort();
	origin = `http://localhost:${port}`;
	server = spawn(process.execPath, [astroCli, 'dev', '--port', String(port)], {
		cwd: site,
		env: childEnv(),
		detached: true, // its own process group, so it can be stopped with everything it started
	});
	server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	await expect
		.poll(
			() =>
				fetch(`${origin}/`).then(
					(r) => r.status,
					() => 0,
				),
			{ timeout: 150_000, intervals: [1_000] },
		)
		.toBe(200);
});

test.afterAll(async () => {
	if (server?.pid) process.kill(-server.pid);
	await removeDir(site);
});

test('edits to an article and to a market’s support file show on the open page', async ({ page }) => {
	await page.goto(`${origin}/en-us/payments/pay-early/`);
	const answer = page.locator('.prose p').first();
	await expect(answer).toContainText('You can pay an upcoming instalment early');

	await edit('content/articles/payments/pay-early.mdx', (text) =>
		text.replace('You can pay an upcoming instalment early', 'Edited while the preview is open: you can pay early'),
	);
	await expect(answer).toContainText('Edited while the preview is open', { timeout: 60_000 });

	await edit('content/support/us.yaml', (text) => text.replace('display: (212) 555-0147', 'display: (212) 555-0199'));
	await expect(page.getByRole('link', { name: '(212) 555-0199' }).first()).toBeVisible({ timeout: 60_000 });
});

test('a draft shows with a banner, and content problems print in the terminal', async ({ page }) => {
	await writeFile(
		path.join(site, 'content/articles/payments/gift-card-draft.mdx'),
		'---\ntitle: Pay with a gift card\ndescription: A draft that shows in the preview only, never on the published site.\ncategory: payments\nsection: paying\ntopics: [discount-codes]\nupdated: 2026-11-20\ndraft: true\n---\n\nCall 1-800-555-0123 to pay with a gift card.\n',
	);
	await expect
		.poll(
			() =>
				fetch(`${origin}/en-us/payments/gift-card-draft/`).then(
					(r) => r.status,
					() => 0,
				),
			{ timeout: 60_000 },
		)
		.toBe(200);
	await page.goto(`${origin}/en-us/payments/gift-card-draft/`);
	await expect(page.getByRole('heading', { level: 1, name: 'Pay with a gift card' })).toBeVisible();
	await expect(page.getByRole('note')).toContainText('Draft.');
	await expect
		.poll(() => output, { timeout: 30_000 })
		.toMatch(/content\/articles\/payments\/gift-card-draft\.mdx\n {2}warning +line 11 +`1-800-555-0123` looks like a phone number/);
});
