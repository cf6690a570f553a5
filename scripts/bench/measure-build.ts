// Runs `npm run build` (scripts/build.ts: `astro build`, then the steps) in a site and measures it: wall time, CPU time, peak memory
// of the largest process (GNU time, when installed) and of the whole process tree (node, the step
// processes and the Pagefind binary), sampled from /proc, and the same per step (steps.ts).

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_STEPS_ENV } from '../../src/lib/node/build-steps.ts';
import { measureSteps, parseBuildSteps, type MemorySample, type StepMeasure } from './steps.ts';

export interface BuildMeasure {
	wall_s: number;
	cpu_s: number | null;
	/** Peak resident memory of the largest single process (GNU time), in MB. */
	peak_rss_mb: number | null;
	/** Peak resident memory of the build's whole process tree, sampled every 200 ms, in MB. */
	peak_tree_rss_mb: number;
	/** Pages Astro reports having built. */
	pages: number | null;
	/** Astro's own work, then each step it hands off (Pagefind, coverage, headers): time and peaks. */
	steps: StepMeasure[];
	log: string;
}

const PAGE_SIZE = 4096;

/** Resident memory (bytes) of `root` and all its descendants, from /proc, and of the largest of them. */
function treeRss(root: number): { tree: number; largest: number } {
	const parents = new Map<number, number>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name (field 2) may contain spaces; the rest follows the last ')'.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			parents.set(Number(name), Number(fields[1]));
			rss.set(Number(name), Number(fields[21]) * PAGE_SIZE);
		} catch {
			// The process ended while we were reading.
		}
	}
	let tree = 0;
	let largest = 0;
	for (const [pid, bytes] of rss) {
		for (let p: number | undefined = pid; p && p > 1; p = parents.get(p)) {
			if (p === root) {
				tree += bytes;
				largest = Math.max(largest, bytes);
				break;
			}
		}
	}
	return { tree, largest };
}

/** Builds `site` as a deployer does; the output goes to `<site>/.bench-<name>.log`. */
export async function measureBuild(site: string, nodeBin: string, name = 'build'): Promise<BuildMeasure> {
	const timeBin = process.env.TIME_BIN ?? '/usr/bin/time';
	const hasTime = existsSync(timeBin);
	const timeOut = path.join(site, '.bench-time.txt');
	// What `npm run build` runs, without npm's own process.
	const build = path.join(site, 'scripts/build.ts');
	const [command, args] = hasTime ? [timeBin, ['-v', '-o', timeOut, nodeBin, build]] : [nodeBin, [build]];
	const stepsFile = path.join(site, '.bench-steps.jsonl');
	await rm(stepsFile, { force: true });
	const started = performance.now();
	const startedAt = Date.now();
	const child = spawn(command, args, {
		cwd: site,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', [BUILD_STEPS_ENV]: stepsFile },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	const samples: MemorySample[] = [];
	const sampler = setInterval(() => {
		if (child.pid) samples.push({ t: Date.now(), ...treeRss(child.pid) });
	}, 200);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearInterval(sampler);
	const wall = (performance.now() - started) / 1000;
	const endedAt = Date.now();
	await writeFile(path.join(site, `.bench-${name}.log`), log);
	if (code !== 0) throw new Error(`npm run build failed in ${site} (exit ${code}):\n${log.slice(-3000)}`);

	let cpu: number | null = null;
	let peak: number | null = null;
	if (hasTime) {
		const t = await readFile(timeOut, 'utf8');
		const num = (re: RegExp) => Number(re.exec(t)?.[1] ?? NaN);
		cpu = num(/User time \(seconds\):\s*([\d.]+)/) + num(/System time \(seconds\):\s*([\d.]+)/);
		peak = num(/Maximum resident set size \(kbytes\):\s*(\d+)/) / 1024;
	}
	const pages = /(\d+) page\(s\) built in/.exec(log)?.[1];
	const records = parseBuildSteps(await readFile(stepsFile, 'utf8').catch(() => ''));
	return {
		wall_s: round(wall),
		cpu_s: cpu === null ? null : round(cpu),
		peak_rss_mb: peak === null ? null : Math.round(peak),
		peak_tree_rss_mb: Math.round(Math.max(0, ...samples.map((sample) => sample.tree)) / 1024 / 1024),
		pages: pages ? Number(pages) : null,
		steps: measureSteps(records, samples, startedAt, endedAt),
		log,
	};
}

function round(x: number) {
	return Math.round(x * 10) / 10;
}
