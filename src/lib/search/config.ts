/**
 * Pagefind options shared by the browser and Node, so both rank identically. Pagefind's default
 * ranking is kept: sweeping its knobs moved recall@3 by about one point either way (README, "Search").
 */
export const PAGEFIND_OPTIONS: Record<string, unknown> = {};

/** Scoring knobs of the pipeline; the defaults are the measured best. */
export interface SearchTuning {
	/** Multiplier for terms that came from a synonym rule. */
	synonymWeight: number;
	/** Score multiplier per extra matched term: score × (1 + coordination × (matched − 1)). */
	coordination: number;
	/** Bonus for consecutive query terms found next to each other, × the weaker term's score. */
	proximity: number;
}

export const DEFAULT_TUNING: SearchTuning = {
	synonymWeight: 1,
	coordination: 0,
	proximity: 0,
};
