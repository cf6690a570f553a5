// `npm run build`: Astro's build, then the steps its integrations queued (Pagefind's index, the FAQ
// coverage report, the security headers), each in its own process once Astro's has exited; a step
// runs beside the others unless it needs their output (STEP_WAITS_FOR). Astro's
// process keeps its memory (about 1.3 GB at 1,000 articles, most of it outside the JavaScript
// heap) until it exits; a step run from its hooks, even in a process of its own, adds to that peak.
// `--market <id>` (repeatable) builds only those markets' pages and search indexes, beside the
// pages outside the markets: builds of different markets merge into the whole site (README,
// "Build markets separately"). Other arguments are passed to `astro build`. Exit code: Astro's
// when it fails, else 1 when a step fails.

import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
	runStepProcess,
	STEP_QUEUE_ENV,
	STEP_WAITS_FOR,
	type QueuedStep,
	type StepLogger,
	type StepOptions,
} from '../src/integrations/step-process.ts';
import { BUILD_MARKETS_ENV } from '../src/lib/node/markets.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Log lines shaped like Astro's (`12:04:31 [help-center:pagefind] …`), so the build reads as one. */
function stepLogger(label: string): StepLogger {
	const line = (level: string, message: string) => `${new Date().toTimeString().slice(0, 8)} ${level}[${label}] ${message}`;
	return {
		info: (message) => console.log(line('', message)),
		warn: (message) => console.warn(line('[WARN] ', message)),
		error: (message) => console.error(line('[ERROR] ', message)),
	};
}

/** `--market gb --market us` → `gb,us`, and the arguments left for Astro. */
function splitArguments(argv: readonly string[]): { markets: string[]; rest: string[] } {
	const markets: string[] = [];
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--market') {
			const id = argv[++i];
			if (!id || id.startsWith('-')) throw new Error('--market needs a market id from content/markets.yaml, for example `--market gb`.');
			markets.push(id);
		} else if (arg.startsWith('--market=')) markets.push(arg.slice('--market='.length));
		else rest.push(arg);
	}
	return { markets, rest };
}

const { markets, rest } = splitArguments(process.argv.slice(2));
// Read by Astro's process and by each step's.
if (markets.length) process.env[BUILD_MARKETS_ENV] = markets.join(',');
const queueDir = await mkdtemp(path.join(tmpdir(), 'help-center-build-'));
const queueFile = path.join(queueDir, 'steps.jsonl');
try {
	const astro = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...rest], {
		cwd: process.cwd(),
		env: { ...process.env, [STEP_QUEUE_ENV]: queueFile },
		stdio: 'inherit',
	});
	const code = await new Promise<number>((resolve, reject) => {
		astro.on('error', reject);
		astro.on('close', (exitCode) => resolve(exitCode ?? 1));
	});
	if (code !== 0) {
		process.exitCode = code;
	} else {
		const queued = (await readFile(queueFile, 'utf8').catch(() => ''))
			.split('\n')
			.filter(Boolean)
			.map((line) => JSON.parse(line) as QueuedStep);
		const started = performance.now();
		const stagedHeaders = path.join(queueDir, '_headers');
		let headersDist: string | undefined;
		// Each step starts once the steps it waits for (STEP_WAITS_FOR) have finished; the others
		// run beside it. After a failure no step starts; those running are let finish.
		const finished = new Map(queued.map(({ step }) => [step, Promise.withResolvers<boolean>()]));
		const run = async ({ step, label, options }: QueuedStep): Promise<boolean> => {
			const waits = STEP_WAITS_FOR[step].flatMap((other) => finished.get(other)?.promise ?? []);
			if (!(await Promise.all(waits)).every(Boolean) || process.exitCode) return false;
			const logger = stepLogger(label);
			try {
				if (step === 'headers') headersDist = (options as StepOptions['headers']).dist;
				await runStepProcess(step, step === 'headers' ? { ...options, stagedFile: stagedHeaders } : options, logger);
				return true;
			} catch (error) {
				const { message, stack } = error as Error;
				logger.error(`${message}${stack ? `\n${stack.split('\n').slice(1).join('\n')}` : ''}`);
				process.exitCode = 1;
				return false;
			}
		};
		await Promise.all(queued.map((queuedStep) => run(queuedStep).then((ok) => finished.get(queuedStep.step)!.resolve(ok))));
		if (!process.exitCode && headersDist) await copyFile(stagedHeaders, path.join(headersDist, '_headers'));
		if (!process.exitCode && queued.length) {
			console.log(
				`${new Date().toTimeString().slice(0, 8)} [build] ${queued.length} steps after Astro done in ${((performance.now() - started) / 1000).toFixed(2)}s.`,
			);
		}
	}
} finally {
	await rm(queueDir, { recursive: true, force: true });
}
