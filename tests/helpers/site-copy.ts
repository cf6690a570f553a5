// The one place where tests make throwaway folders, copy the project and run its commands, for
// every tier: integration tests break a copy and build it, e2e tests build a fixture site or run
// the dev server on a copy, and any test may run a project script as a real process. Every
// folder made here is outside the repository and is removed with `removeDir`.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Astro's command-line entry point: `buildSite` runs it, and tests that need the dev server start it. */
export const astroCli = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** What a copy needs to build, check and scaffold: the site, its content and the scripts. */
const PROJECT_ENTRIES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

/** An empty folder in the system's temporary directory, named `<prefix>XXXXXX`. */
export function scratchDir(prefix: string): Promise<string> {
	return mkdtemp(path.join(tmpdir(), prefix));
}

/**
 * A throwaway copy of the project, to edit, break or build without touching the checkout.
 * node_modules is linked, not copied, so a copy takes a second, not an install.
 */
export async function copyProject(prefix: string): Promise<string> {
	const copy = await scratchDir(prefix);
	for (const entry of PROJECT_ENTRIES) await cp(path.join(projectRoot, entry), path.join(copy, entry), { recursive: true });
	await symlink(path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules'));
	return copy;
}

/** A throwaway copy of a folder under tests/fixtures/ (`content/_base`: a small valid project content). */
export async function copyFixture(prefix: string, fixture: string): Promise<string> {
	const copy = await scratchDir(prefix);
	await cp(path.join(projectRoot, 'tests/fixtures', fixture), copy, { recursive: true });
	return copy;
}

/** Removes a folder made by this module; does nothing when a failed setup never made it. */
export async function removeDir(dir: string | undefined): Promise<void> {
	if (dir) await rm(dir, { recursive: true, force: true });
}

export interface RunResult {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * The environment of every process the tests start: no telemetry, no colour codes in the output
 * they compare, and no CI unless the test sets it (`npm run check` prints GitHub annotations in CI).
 */
export function childEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
	const base: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
	delete base.CI;
	return { ...base, ...env };
}

/**
 * Runs a Node script (a project script or Astro's CLI) in `cwd` with this Node, and resolves with
 * its exit code and output whether it succeeded or not.
 */
export function runNode(cwd: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
	return run(process.execPath, args, { cwd, env: childEnv(env), maxBuffer: 64 * 1024 * 1024 }).then(
		({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
		(error: { code?: number; stdout?: string; stderr?: string }) => ({
			code: typeof error.code === 'number' ? error.code : 1,
			stdout: error.stdout ?? '',
			stderr: error.stderr ?? '',
		}),
	);
}

/**
 * `astro build` in a copy (the site lands in `<copy>/dist`). Resolves with the result even when
 * the build fails, for the tests about failing builds; the others assert `code` is 0.
 */
export function buildSite(copy: string): Promise<RunResult> {
	return runNode(copy, [astroCli, 'build']);
}

/** The output of a run, for an assertion message: `expect(build.code, output(build)).toBe(0)`. */
export function output(result: RunResult): string {
	return `${result.stdout}\n${result.stderr}`;
}

/**
 * The newest `updated:` or `reviewed:` date of the project's articles: a fixed "today" for tests
 * that run the check, late enough that no article is dated in the future, and the same on every run
 * of the same content.
 */
export function newestContentDate(root = projectRoot): string {
	let newest = '';
	for (const file of readdirSync(path.join(root, 'content'), { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.mdx')) continue;
		for (const [, date] of readFileSync(path.join(root, 'content', file), 'utf8').matchAll(
			/^(?:updated|reviewed): (\d{4}-\d{2}-\d{2})$/gm,
		)) {
			if (date! > newest) newest = date!;
		}
	}
	return newest;
}
