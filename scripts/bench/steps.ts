// Which step of `npm run build` held the time and the memory: the build appends one JSON line per
// step to BUILD_STEPS_FILE (src/lib/node/build-steps.ts), the benchmark samples memory from /proc,
// and this file puts the two together. Everything before the first recorded step is Astro's own
// work (content check, sync, bundling, pages, the sitemap).

import type { BuildStepRecord } from '../../src/lib/node/build-steps.ts';

/** One memory sample of the build's process tree, in bytes, at `t` ms since the epoch. */
export interface MemorySample {
	t: number;
	tree: number;
	largest: number;
}

export interface StepMeasure {
	step: string;
	wall_s: number;
	/** Peak of the largest single process during the step, in MB; null when no sample fell inside it. */
	peak_rss_mb: number | null;
	/** Peak of the whole process tree during the step, in MB; null when no sample fell inside it. */
	peak_tree_rss_mb: number | null;
}

/** The step name given to the time before the first recorded step. */
export const ASTRO_STEP = 'astro';

/** Reads BUILD_STEPS_FILE's lines; a malformed line is a bug in the build, so it throws with its number. */
export function parseBuildSteps(text: string): BuildStepRecord[] {
	return text
		.split('\n')
		.map((line, index) => ({ line: line.trim(), number: index + 1 }))
		.filter(({ line }) => line)
		.map(({ line, number }) => {
			let value: Partial<BuildStepRecord>;
			try {
				value = JSON.parse(line) as Partial<BuildStepRecord>;
			} catch {
				throw new Error(`Build steps line ${number} is not JSON: ${line.slice(0, 80)}`);
			}
			if (typeof value.step !== 'string' || typeof value.start !== 'number' || typeof value.end !== 'number' || value.end < value.start) {
				throw new Error(`Build steps line ${number} needs a step name and a start no later than its end: ${line.slice(0, 80)}`);
			}
			return { step: value.step, start: value.start, end: value.end };
		})
		.sort((a, b) => a.start - b.start);
}

const toMb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * Each step's wall time and memory peaks, in the order they ran: Astro's own work from
 * `buildStart` to the first recorded step, then the recorded steps.
 */
export function measureSteps(
	records: readonly BuildStepRecord[],
	samples: readonly MemorySample[],
	buildStart: number,
	buildEnd: number,
): StepMeasure[] {
	const firstStep = records[0]?.start ?? buildEnd;
	const spans = [{ step: ASTRO_STEP, start: buildStart, end: firstStep }, ...records];
	return spans.map(({ step, start, end }) => {
		const inside = samples.filter((s) => s.t >= start && s.t <= end);
		return {
			step,
			wall_s: Math.round((end - start) / 100) / 10,
			peak_rss_mb: inside.length ? toMb(Math.max(...inside.map((s) => s.largest))) : null,
			peak_tree_rss_mb: inside.length ? toMb(Math.max(...inside.map((s) => s.tree))) : null,
		};
	});
}
