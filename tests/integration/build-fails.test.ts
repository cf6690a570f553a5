import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, copyProject, output, removeDir, runNode, type RunResult } from '../helpers/site-copy.ts';

let site: string;
let build: RunResult;
let check: RunResult;

// A real `astro build` on a copy of the project with broken articles: the guard must stop it
// before anything is written, and list every problem with the same words as `npm run check`.
beforeAll(async () => {
	site = await copyProject('help-center-build-');
	const file = path.join(site, 'content/articles/payments/pay-early.mdx');
	const text = await readFile(file, 'utf8');
	await writeFile(file, text.replace(/^title:.*\n/m, '').replace(/^updated:.*$/m, 'updated: someday'));
	// An MDX mistake that Astro alone reports with a stack trace into its compiler.
	const other = path.join(site, 'content/articles/payments/late-payments.mdx');
	await writeFile(other, `${await readFile(other, 'utf8')}\nLate fees are <5% of the amount.\n`);
	[build, check] = await Promise.all([buildSite(site), runNode(site, ['scripts/check.ts'])]);
}, 120_000);

afterAll(() => removeDir(site));

test('a broken article stops the build, names the file, line and field, and publishes nothing', async () => {
	expect(build.code, 'the build should have failed').not.toBe(0);
	const printed = output(build);
	expect(printed).toContain('content/articles/payments/pay-early.mdx');
	expect(printed).toMatch(/line 2 +title: Add a `title`/);
	expect(printed).toMatch(/line \d+ +updated: "someday" is not a date/);
	expect(printed).toMatch(/content\/articles\/payments\/late-payments\.mdx\n +error +line \d+ +A `<` followed by/);
	expect(printed).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/); // no stack trace for writers
	expect(printed).not.toContain('ZodError');
	await expect(access(path.join(site, 'dist'))).rejects.toThrow();
});

test('the build and npm run check report the same problems in the same words', () => {
	expect(check.code).toBe(1);
	const problemLines = check.stdout.split('\n').filter((line) => /^ {2}(error|warning) /.test(line));
	expect(problemLines.length).toBe(3);
	const printed = output(build);
	for (const line of problemLines) expect(printed).toContain(line);
});
