import type { SearchHit } from '../search/types.ts';

/** A customer question labelled with the topic that should answer it. */
export interface LabelledQuestion {
	question: string;
	topic: string;
	category: string;
	/** Where it came from, for messages: `file:line`. */
	source?: string;
}

export interface QuestionOutcome extends LabelledQuestion {
	/** 1-based rank of the first article that lists the topic, or null when none was returned. */
	rank: number | null;
	/** Every hit returned, best first. */
	hits: SearchHit[];
}

export interface SearchMetrics {
	questions: number;
	/** Share of questions whose first result answers them. */
	recallAt1: number;
	/** Share of questions answered by one of the first three results. */
	recallAt3: number;
	/** Mean of 1/rank of the first answering result (0 when none is returned). */
	mrr: number;
	/** Share of questions for which search returned nothing at all. */
	zeroResultRate: number;
}

export interface EvaluationSummary extends SearchMetrics {
	/** Recall@3 averaged over topics, so large topics do not hide small ones. */
	macroRecallAt3: number;
	byCategory: Record<string, SearchMetrics>;
	byTopic: Record<string, SearchMetrics & { category: string }>;
}

/** Rank of the first hit whose article lists `topic` (1-based), or null. */
export function rankOf(hits: readonly SearchHit[], topic: string): number | null {
	const index = hits.findIndex((hit) => hit.topics.includes(topic));
	return index === -1 ? null : index + 1;
}

export function computeMetrics(outcomes: readonly QuestionOutcome[]): SearchMetrics {
	const n = outcomes.length;
	const share = (count: number) => (n ? round(count / n) : 0);
	return {
		questions: n,
		recallAt1: share(outcomes.filter((o) => o.rank === 1).length),
		recallAt3: share(outcomes.filter((o) => o.rank !== null && o.rank <= 3).length),
		mrr: n ? round(outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n) : 0,
		zeroResultRate: share(outcomes.filter((o) => o.hits.length === 0).length),
	};
}

export function summarize(outcomes: readonly QuestionOutcome[]): EvaluationSummary {
	const group = (key: (o: QuestionOutcome) => string) => {
		const groups = new Map<string, QuestionOutcome[]>();
		for (const outcome of outcomes) {
			const list = groups.get(key(outcome)) ?? [];
			list.push(outcome);
			groups.set(key(outcome), list);
		}
		return [...groups].sort(([a], [b]) => a.localeCompare(b));
	};
	const byTopic = Object.fromEntries(
		group((o) => o.topic).map(([topic, list]) => [topic, { category: list[0]!.category, ...computeMetrics(list) }]),
	);
	const topicRecalls = Object.values(byTopic).map((m) => m.recallAt3);
	return {
		...computeMetrics(outcomes),
		macroRecallAt3: topicRecalls.length ? round(topicRecalls.reduce((a, b) => a + b, 0) / topicRecalls.length) : 0,
		byCategory: Object.fromEntries(group((o) => o.category).map(([category, list]) => [category, computeMetrics(list)])),
		byTopic,
	};
}

/** The questions search fails worst on: not found at all first, then by how far down the answer is. */
export function worstFailures(outcomes: readonly QuestionOutcome[], count: number): QuestionOutcome[] {
	return outcomes
		.filter((o) => o.rank === null || o.rank > 3)
		.sort((a, b) => (b.rank ?? 1e9) - (a.rank ?? 1e9) || a.question.localeCompare(b.question))
		.slice(0, count);
}

function round(x: number): number {
	return Math.round(x * 10_000) / 10_000;
}
