import { appendFileSync } from 'node:fs';

/** The environment variable naming the file a build appends its step timings to (see `npm run bench`). */
export const BUILD_STEPS_ENV = 'BUILD_STEPS_FILE';

/** One step of `npm run build` after Astro's own work, as one JSON line: times in ms since the epoch. */
export interface BuildStepRecord {
	step: string;
	start: number;
	end: number;
}

/**
 * Appends a step's start and end to the file named by `BUILD_STEPS_FILE`, when set, so the
 * benchmark can tell which step held the time and the memory it sampled. A plain build writes
 * nothing.
 */
export function recordBuildStep(step: string, start: number, end = Date.now(), env: NodeJS.ProcessEnv = process.env): void {
	const file = env[BUILD_STEPS_ENV];
	if (!file) return;
	const record: BuildStepRecord = { step, start, end };
	appendFileSync(file, `${JSON.stringify(record)}\n`);
}
