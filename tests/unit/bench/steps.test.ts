import { describe, expect, test } from 'vitest';
import { measureSteps, parseBuildSteps, type MemorySample } from '../../../scripts/bench/steps.ts';

const MB = 1024 * 1024;

describe('parseBuildSteps', () => {
	test('reads one step per line, in the order they started, skipping blank lines', () => {
		const text = ['{"step":"coverage","start":300,"end":400}', '', '{"step":"pagefind","start":100,"end":300}', ''].join('\n');
		expect(parseBuildSteps(text)).toEqual([
			{ step: 'pagefind', start: 100, end: 300 },
			{ step: 'coverage', start: 300, end: 400 },
		]);
	});

	test('an empty file (a build that recorded nothing) has no steps', () => {
		expect(parseBuildSteps('')).toEqual([]);
	});

	test('names the line that is not a step', () => {
		expect(() => parseBuildSteps('{"step":"pagefind","start":1,"end":2}\nnot json')).toThrow(/line 2 is not JSON/);
		expect(() => parseBuildSteps('{"step":"pagefind","start":5,"end":2}')).toThrow(/line 1 needs .* start no later than its end/);
		expect(() => parseBuildSteps('{"start":1,"end":2}')).toThrow(/line 1 needs a step name/);
	});
});

describe('measureSteps', () => {
	const samples: MemorySample[] = [
		{ t: 1_000, tree: 900 * MB, largest: 900 * MB },
		{ t: 5_000, tree: 1_500 * MB, largest: 1_400 * MB },
		{ t: 10_500, tree: 2_000 * MB, largest: 1_000 * MB },
		{ t: 12_500, tree: 1_200 * MB, largest: 700 * MB },
	];
	const records = [
		{ step: 'pagefind', start: 10_000, end: 12_000 },
		{ step: 'coverage', start: 12_000, end: 13_000 },
		{ step: 'headers', start: 13_000, end: 13_100 },
	];

	test("gives Astro's own work the time before the first step, then each step its time and peaks", () => {
		expect(measureSteps(records, samples, 0, 13_200)).toEqual([
			{ step: 'astro', wall_s: 10, peak_rss_mb: 1_400, peak_tree_rss_mb: 1_500 },
			{ step: 'pagefind', wall_s: 2, peak_rss_mb: 1_000, peak_tree_rss_mb: 2_000 },
			{ step: 'coverage', wall_s: 1, peak_rss_mb: 700, peak_tree_rss_mb: 1_200 },
			{ step: 'headers', wall_s: 0.1, peak_rss_mb: null, peak_tree_rss_mb: null },
		]);
	});

	test('a build that recorded no step is all Astro', () => {
		expect(measureSteps([], samples, 0, 13_200)).toEqual([{ step: 'astro', wall_s: 13.2, peak_rss_mb: 1_400, peak_tree_rss_mb: 2_000 }]);
	});
});
