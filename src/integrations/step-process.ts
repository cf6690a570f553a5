import type { AstroIntegrationLogger } from 'astro';
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { recordBuildStep } from '../lib/node/build-steps.ts';

/** What a build step may say: the levels of Astro's logger. */
export type StepLogger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;

/** One line a step process writes on stdout: a log message, or (`fail`) why it stopped. */
export interface StepMessage {
	level: 'info' | 'warn' | 'error' | 'fail';
	message: string;
	/** With `fail`: the stack to show, empty for a problem the writer fixes in content. */
	stack?: string;
}

/** The steps `build-step.ts` runs, with the options each is given. */
export interface StepOptions {
	/** `articles`: the articles' frontmatter as the content guard read it (`ARTICLES_HANDOFF`), when it wrote it. */
	pagefind: { root: string; site: string; maxFragments: number; articles?: string | undefined };
	/**
	 * `contentFile`: the content as the build's content check read it moments before (JSON of
	 * `coverageContentOf`, `coverageContentHandoff`), so the report reads and checks no article again.
	 */
	coverage: { root: string; distDir: string; contentFile?: string | undefined };
	/**
	 * `stagedFile`: where to write the completed `_headers` instead of `dist/_headers`; scripts/build.ts
	 * moves it into dist/ once every step has succeeded, so a failed build never publishes its hashes.
	 */
	headers: { dist: string; allowedScripts: string[]; stagedFile?: string };
}

/**
 * Which queued steps each step waits for under `npm run build`; the others run beside it. Pagefind
 * runs alone: at 10,000 articles its process alone is 2.6 GB. The coverage report needs its index;
 * the headers need only the pages, but wait for it too so as not to add to its peak, and then run
 * beside the report (under 1 GB). The report replaces its page in one rename, so the headers read
 * it whole, before or after; it adds markup, never inline code, so the hashes are the same.
 */
export const STEP_WAITS_FOR: Record<keyof StepOptions, (keyof StepOptions)[]> = {
	pagefind: [],
	headers: ['pagefind'],
	coverage: ['pagefind'],
};

/** A step queued for after Astro's process has exited: one JSON line of the queue file. */
export interface QueuedStep<S extends keyof StepOptions = keyof StepOptions> {
	step: S;
	/** The integration's name, for the log lines. */
	label: string;
	options: StepOptions[S];
}

/** Set by `npm run build` (scripts/build.ts) to the file where the integrations queue their steps. */
export const STEP_QUEUE_ENV = 'HELP_CENTER_STEP_QUEUE';

/**
 * Under `npm run build`, queues a step to run once Astro's process has exited and its memory is
 * free, and returns true: that process keeps about 1.3 GB at 1,000 articles after writing the
 * pages, most of it outside the JavaScript heap, so no garbage collection gives it back, and a
 * step run beside it, even in its own process, adds to it. Under a plain `astro build` (tests,
 * tools) returns false and the hook runs the step itself.
 */
export function queueStep<S extends keyof StepOptions>(
	step: S,
	options: StepOptions[S],
	logger: StepLogger & { label?: string },
	env: NodeJS.ProcessEnv = process.env,
): boolean {
	const file = env[STEP_QUEUE_ENV];
	if (!file) return false;
	const queued: QueuedStep<S> = { step, label: logger.label ?? step, options };
	appendFileSync(file, `${JSON.stringify(queued)}\n`);
	logger.info('Runs once Astro has exited (scripts/build.ts).');
	return true;
}

/**
 * Under `npm run build`, the file where the content guard leaves every article's frontmatter, as
 * written, by project path (`{"content/articles/payments/x.mdx": {...}}`), for the steps after
 * Astro: they then read no article file and parse no YAML again. Undefined under a plain `astro build`.
 */
export function articlesHandoff(env: NodeJS.ProcessEnv = process.env): string | undefined {
	return handoffFile('articles.json', env);
}

/**
 * Under `npm run build`, the file where the content guard leaves what the coverage report reads of
 * the content (`coverageContentOf`: the articles' dates and topics, topics, markets, question
 * banks), already checked. Undefined under a plain `astro build`.
 */
export function coverageContentHandoff(env: NodeJS.ProcessEnv = process.env): string | undefined {
	return handoffFile('coverage-content.json', env);
}

/**
 * A handoff file the content guard wrote, for a step's options; undefined under a plain `astro build`
 * or when it wrote none (the step then reads content/ itself).
 */
export function writtenHandoff(file: string | undefined): string | undefined {
	return file && existsSync(file) ? file : undefined;
}

/** A file beside the step queue: removed with it when `npm run build` ends. */
function handoffFile(name: string, env: NodeJS.ProcessEnv): string | undefined {
	const queue = env[STEP_QUEUE_ENV];
	return queue ? path.join(path.dirname(queue), name) : undefined;
}

const STEP_SCRIPT = fileURLToPath(new URL('./build-step.ts', import.meta.url));

/**
 * Node options per step. The coverage report's JavaScript heap is capped: what it keeps is small
 * (the checked content handed over by the content guard, a bounded cache of looked-up words in
 * arrays, a few thousand loaded results), but each lookup of a common word parses thousands of results that die at
 * once, and an uncapped heap let that garbage pile up to 2 GB before collecting it. Capped, the
 * step stayed under 1 GB at 10,000 articles (Pagefind's index, in WebAssembly memory, is the rest).
 */
const STEP_NODE_OPTIONS: Partial<Record<keyof StepOptions, string[]>> = {
	coverage: ['--max-old-space-size=768'],
};

/** A line of the step's stdout; anything not written by `build-step.ts` (a stray print) is shown as is. */
function parseLine(line: string): StepMessage {
	try {
		const value = JSON.parse(line) as Partial<StepMessage>;
		if (typeof value.message === 'string' && ['info', 'warn', 'error', 'fail'].includes(value.level as string)) {
			return value as StepMessage;
		}
	} catch {
		// Not one of ours.
	}
	return { level: 'info', message: line };
}

/**
 * Runs a build step (Pagefind's indexing, the coverage report, the headers) in its own Node
 * process: from scripts/build.ts once Astro's process has exited, or from an `astro:build:done`
 * hook under a plain `astro build`. Its memory is its own and is returned when it ends; from a hook
 * it still adds to what Astro's process holds, which is why `npm run build` queues it instead. Its
 * messages go to the logger as they come; when it fails, this throws its message (and stack, unless
 * the step sent none), so the build stops as it did when the step ran in Astro's process. Records
 * the step's time for `npm run bench` (`BUILD_STEPS_FILE`).
 */
export async function runStepProcess<S extends keyof StepOptions>(step: S, options: StepOptions[S], logger: StepLogger): Promise<void> {
	const started = Date.now();
	const child = spawn(process.execPath, [...(STEP_NODE_OPTIONS[step] ?? []), STEP_SCRIPT, step, JSON.stringify(options)], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let failure: StepMessage | undefined;
	const stderr: string[] = [];
	createInterface({ input: child.stdout }).on('line', (line) => {
		const message = parseLine(line);
		if (message.level === 'fail') failure = message;
		else logger[message.level](message.message);
	});
	createInterface({ input: child.stderr }).on('line', (line) => {
		stderr.push(line);
		logger.warn(line);
	});
	const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
	});
	recordBuildStep(step, started);
	if (code === 0) return;
	const error = new Error(
		failure?.message ??
			`The ${step} step stopped (${signal ? `signal ${signal}` : `exit code ${code}`}) without saying why${stderr.length ? `:\n${stderr.slice(-20).join('\n')}` : '.'}`,
	);
	error.stack = failure?.stack ?? '';
	throw error;
}
