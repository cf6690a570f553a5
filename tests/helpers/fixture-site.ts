import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/**
 * Builds a copy of the project after `change(copyRoot)` edits its content, and returns the copy's
 * root (its build is in `dist/`). Remove it with `removeFixtureSite`.
 */
export async function buildFixtureSite(change: (copyRoot: string) => Promise<void>): Promise<string> {
	const site = await mkdtemp(path.join(tmpdir(), 'help-center-fixture-'));
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
		await cp(path.join(root, entry), path.join(site, entry), { recursive: true });
	}
	await symlink(path.join(root, 'node_modules'), path.join(site, 'node_modules'));
	await change(site);
	try {
		await run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: site,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch (error) {
		const e = error as { stdout?: string; stderr?: string };
		throw new Error(`The fixture site did not build:\n${e.stdout?.slice(-4000)}\n${e.stderr?.slice(-4000)}`);
	}
	return site;
}

export async function removeFixtureSite(site: string | undefined) {
	if (site) await rm(site, { recursive: true, force: true });
}
