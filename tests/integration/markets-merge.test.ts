import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, newestContentDate, output, removeDir, runNode, scratchDir } from '../helpers/site-copy.ts';

// A large help center can build its markets in separate CI jobs (`npm run build -- --market <id>`)
// and publish the union of their dist/ folders (README, "Build markets separately"). Proven here:
// the merged output of one build per market is the output of one build of every market, file for
// file and byte for byte: pages, search indexes, coverage reports, sitemaps and headers.
let site: string;
let merged: string;
const whole = new Map<string, Buffer>();
const parts: string[] = [];

async function files(dir: string): Promise<Map<string, Buffer>> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const result = new Map<string, Buffer>();
	for (const entry of entries.filter((e) => e.isFile())) {
		const full = path.join(entry.parentPath, entry.name);
		result.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full));
	}
	return result;
}

/** One moment for every build: the report dates and the notices shown without JavaScript depend on it. */
const SOURCE_DATE_EPOCH = String(Date.parse(`${newestContentDate()}T12:00:00Z`) / 1000);

async function build(...args: string[]): Promise<string> {
	const result = await runNode(site, ['scripts/build.ts', ...args], { SOURCE_DATE_EPOCH });
	expect(result.code, output(result)).toBe(0);
	const out = await scratchDir('help-center-market-dist-');
	await cp(path.join(site, 'dist'), out, { recursive: true });
	return out;
}

beforeAll(async () => {
	site = await copyProject('help-center-markets-merge-');
	for (const [file, content] of await files(await build())) whole.set(file, content);
	parts.push(await build('--market', 'us'), await build('--market', 'gb'), await build('--market', 'de'));
	merged = await scratchDir('help-center-market-merged-');
	for (const part of parts) await cp(part, merged, { recursive: true });
}, 300_000);

afterAll(() => Promise.all([site, merged, ...parts].map(removeDir)));

test('each market’s build writes its own pages and index, and the pages outside the markets', async () => {
	const us = await files(parts[0]!);
	const gb = await files(parts[1]!);
	expect([...us.keys()].some((f) => f.startsWith('en-gb/'))).toBe(false);
	expect([...gb.keys()].some((f) => f.startsWith('en-us/'))).toBe(false);
	for (const dist of [us, gb]) {
		for (const shared of ['index.html', '404.html', '_headers', '_redirects', 'robots.txt', 'sitemap-index.xml'])
			expect(dist.has(shared), shared).toBe(true);
	}
	// What both write (the chooser, the old addresses, the headers, the scripts…) is the same in both.
	const both = [...us.keys()].filter((file) => gb.has(file));
	expect(both.length).toBeGreaterThan(60);
	expect(both.filter((file) => !us.get(file)!.equals(gb.get(file)!))).toEqual([]);
	expect(gb.has('en-gb/pagefind/pagefind.js')).toBe(true);
	expect(gb.has('en-gb/coverage/coverage.json')).toBe(true);
});

test('building the markets separately and merging equals building them together, file for file', async () => {
	const union = await files(merged);
	expect(whole.size).toBeGreaterThan(300);
	expect([...union.keys()].sort()).toEqual([...whole.keys()].sort());
	const different = [...whole].filter(([file, content]) => !content.equals(union.get(file)!)).map(([file]) => file);
	expect(different).toEqual([]);
});
