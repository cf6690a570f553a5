import { access, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, copyProject, runNode, type RunResult } from '../helpers/site-copy.ts';

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
	[build, check] = await Promise.all([astroBuild(site), runNode(site, ['scripts/check.ts'])]);
}, 120_000);

afterAll(async () => {
	if (site) await rm(site, { recursive: true, force: true });
});

test('a broken article stops the build, names the file, line and field, and publishes nothing', async () => {
	expect(build.code, 'the build should have failed').not.toBe(0);
	const output = `${build.stdout}\n${build.stderr}`;
	expect(output).toContain('content/articles/payments/pay-early.mdx');
	expect(output).toMatch(/line 2 +title: Add a `title`/);
	expect(output).toMatch(/line \d+ +updated: "someday" is not a date/);
	expect(output).toMatch(/content\/articles\/payments\/late-payments\.mdx\n +error +line \d+ +A `<` followed by/);
	expect(output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/); // no stack trace for writers
	expect(output).not.toContain('ZodError');
	await expect(access(path.join(site, 'dist'))).rejects.toThrow();
});

test('the build and npm run check report the same problems in the same words', () => {
	expect(check.code).toBe(1);
	const problemLines = check.stdout.split('\n').filter((line) => /^ {2}(error|warning) /.test(line));
	expect(problemLines.length).toBe(3);
	const output = `${build.stdout}\n${build.stderr}`;
	for (const line of problemLines) expect(output).toContain(line);
});
