import { execFile } from 'node:child_process';
import { cp, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** A throwaway copy of the project (sharing node_modules), to break or extend without touching it. */
export async function copyProject(prefix: string): Promise<string> {
	const site = await mkdtemp(path.join(tmpdir(), prefix));
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) {
		await cp(path.join(projectRoot, entry), path.join(site, entry), { recursive: true });
	}
	await symlink(path.join(projectRoot, 'node_modules'), path.join(site, 'node_modules'));
	return site;
}

export interface RunResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs a Node script (a project script or Astro's CLI) in `cwd` and collects its output and exit code. */
export async function runNode(cwd: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
	const baseEnv: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
	delete baseEnv.CI; // each test sets CI itself when it matters
	return run(process.execPath, args, { cwd, env: { ...baseEnv, ...env }, maxBuffer: 20 * 1024 * 1024 }).then(
		({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
		(error: { code?: number; stdout?: string; stderr?: string }) => ({
			code: typeof error.code === 'number' ? error.code : 1,
			stdout: error.stdout ?? '',
			stderr: error.stderr ?? '',
		}),
	);
}

export function astroBuild(site: string): Promise<RunResult> {
	return runNode(site, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build']);
}
