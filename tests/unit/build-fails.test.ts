import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let site: string;

// A real `astro build` on a copy of the project with one broken article: the guard must stop it
// before anything is written, and say which file and field to fix.
beforeAll(async () => {
	site = await mkdtemp(path.join(tmpdir(), 'help-center-build-'));
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
		await cp(path.join(root, entry), path.join(site, entry), { recursive: true });
	}
	await symlink(path.join(root, 'node_modules'), path.join(site, 'node_modules'));
	const file = path.join(site, 'content/articles/payments/pay-early.mdx');
	const text = await readFile(file, 'utf8');
	await writeFile(file, text.replace(/^title:.*\n/m, '').replace(/^updated:.*$/m, 'updated: someday'));
});

afterAll(async () => {
	if (site) await rm(site, { recursive: true, force: true });
});

test('a broken article stops the build, names the file and fields, and publishes nothing', async () => {
	const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
	const failure = await run(process.execPath, [astro, 'build'], {
		cwd: site,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
	}).then(
		() => undefined,
		(error: { code: number; stdout: string; stderr: string }) => error,
	);
	expect(failure, 'the build should have failed').toBeDefined();
	const output = `${failure!.stdout}\n${failure!.stderr}`;
	expect(output).toContain('content/articles/payments/pay-early.mdx');
	expect(output).toMatch(/`title`: Add a `title`/);
	expect(output).toMatch(/line \d+ `updated`: "someday" is not a date/);
	expect(output).not.toMatch(/\n\s+at .*\.(ts|js):\d+/); // no stack trace for writers
	await expect(access(path.join(site, 'dist'))).rejects.toThrow();
}, 60_000);
