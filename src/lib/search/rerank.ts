/**
 * The ranking model: what the writers wrote about each customer need (their articles' `questions`,
 * titles and descriptions), learned at build time and used at query time to say which needs a
 * question is most likely about. It re-ranks the lexical results: an article gains when it is the
 * main answer for a need that looks like the question.
 *
 * Each need (topic) is a vector of word stems, each weighted by how few pieces of writing use it
 * (a word every article has says nothing), and each need keeps only its strongest words, so the
 * model stays a few kilobytes for any number of articles. Typing mistakes are corrected before
 * (spelling.ts), so the question's words meet the model spelled as the writers spell them.
 * Letter trigrams were measured too: they tripled the model's size and moved no figure by more
 * than half a point, as the corrected words already carry the typos.
 */
import { languageRules, type SearchLanguage } from './language.ts';
import { isNumber, tokenize } from './text.ts';

/** `search-model.json`, built with the site. */
export interface RankingModel {
	version: 1;
	/** Topic ids; features refer to them by position. */
	topics: string[];
	/**
	 * Word stem → `[idf × 10, topic step, weight × 100, topic step, weight × 100…]`: how telling
	 * the stem is (inverse document frequency, to weigh the question's words), then its weight in
	 * each need's unit vector. The needs come in topic order, each as its distance from the one
	 * before (the first from topic 0): small whole numbers, as they compress best (about 5% off
	 * the model's download against plain topic indexes).
	 */
	features: Record<string, number[]>;
}

/** A writer's text and the needs it speaks for. */
export interface ModelSource {
	topics: readonly string[];
	/** Title, description, `questions`: each one a separate piece of writing. */
	texts: readonly string[];
}

/**
 * The strongest words kept per need: enough to tell the needs apart, small to download. Measured
 * on the development questions (`npm run eval:search`): 50 scores as 60 did in English and a
 * little better in German, with a model 7% smaller at 1,000 articles; 40 loses a point of recall@1.
 */
const FEATURES_PER_TOPIC = 50;

/** The features of a text: the stems of its meaningful words, with counts. */
export function textFeatures(words: readonly string[], language: SearchLanguage = 'en'): Map<string, number> {
	const { stopWords, stem: lightStem } = languageRules(language);
	const features = new Map<string, number>();
	for (const word of words) {
		if (word.length < 3 || stopWords.has(word) || isNumber(word)) continue;
		const stem = lightStem(word);
		features.set(stem, (features.get(stem) ?? 0) + 1);
	}
	return features;
}

function normalize(vector: Map<string, number>): Map<string, number> {
	let norm = 0;
	for (const v of vector.values()) norm += v * v;
	norm = Math.sqrt(norm);
	if (norm > 0) for (const [k, v] of vector) vector.set(k, v / norm);
	return vector;
}

/**
 * Learns the model from the writers' texts (build time). `wordsOf` reads a text as the query
 * pipeline reads a question (`analyzedWords`), so both sides meet in the same words.
 */
export function buildRankingModel(
	sources: readonly ModelSource[],
	wordsOf: (text: string) => string[] = tokenize,
	language: SearchLanguage = 'en',
): RankingModel {
	const topics = [...new Set(sources.flatMap((s) => s.topics))].sort();
	// Every piece of writing is a document: a feature in few of them is a telling one.
	const documents: { topics: readonly string[]; features: Map<string, number> }[] = [];
	for (const source of sources) {
		if (!source.topics.length) continue;
		for (const text of source.texts) {
			const features = textFeatures(wordsOf(text), language);
			if (features.size) documents.push({ topics: source.topics, features });
		}
	}
	const df = new Map<string, number>();
	for (const doc of documents) for (const feature of doc.features.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
	const idf = new Map<string, number>();
	for (const [feature, count] of df) idf.set(feature, Math.log((documents.length + 1) / count));

	const sums = new Map<string, Map<string, number>>(topics.map((t) => [t, new Map()]));
	for (const doc of documents) {
		const vector = new Map<string, number>();
		for (const [feature, count] of doc.features) vector.set(feature, (1 + Math.log(count)) * idf.get(feature)!);
		normalize(vector);
		for (const topic of doc.topics) {
			const sum = sums.get(topic)!;
			for (const [feature, weight] of vector) sum.set(feature, (sum.get(feature) ?? 0) + weight);
		}
	}
	const weights = new Map<string, [number, number][]>();
	topics.forEach((topic, index) => {
		const strongest = [...normalize(sums.get(topic)!)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, FEATURES_PER_TOPIC);
		for (const [feature, weight] of strongest) {
			const list = weights.get(feature) ?? [];
			list.push([index, weight]);
			weights.set(feature, list);
		}
	});
	const features: Record<string, number[]> = {};
	for (const feature of [...weights.keys()].sort()) {
		let previous = 0;
		features[feature] = [
			Math.round(idf.get(feature)! * 10),
			// Topics were added in index order, so each step is positive.
			...weights.get(feature)!.flatMap(([topic, weight]) => {
				const step = topic - previous;
				previous = topic;
				return [step, Math.round(weight * 100)];
			}),
		];
	}
	return { version: 1, topics, features };
}

/** How much a question looks like one need, and the words that made it so (for `--explain`). */
export interface TopicMatch {
	topic: string;
	/** Cosine similarity between the question and the need, 0 to 1. */
	similarity: number;
	/** The question's word stems that count for this need, strongest first. */
	evidence: string[];
}

/** The needs a question looks like, most similar first (only those sharing a feature). */
export function matchTopics(model: RankingModel, words: readonly string[], language: SearchLanguage = 'en'): TopicMatch[] {
	const query = new Map<string, number>();
	for (const [feature, count] of textFeatures(words, language)) {
		const idf = Object.hasOwn(model.features, feature) ? model.features[feature]![0] : undefined;
		if (idf) query.set(feature, ((1 + Math.log(count)) * idf) / 10);
	}
	normalize(query);
	const scores = new Map<number, { similarity: number; words: Map<string, number> }>();
	for (const [feature, weight] of query) {
		const entry = model.features[feature]!;
		let topic = 0;
		for (let i = 1; i + 1 < entry.length; i += 2) {
			topic += entry[i]!;
			const topicWeight = entry[i + 1]! / 100;
			let score = scores.get(topic);
			if (!score) scores.set(topic, (score = { similarity: 0, words: new Map() }));
			score.similarity += weight * topicWeight;
			score.words.set(feature, weight * topicWeight);
		}
	}
	return [...scores]
		.map(([topic, { similarity, words: evidence }]) => ({
			topic: model.topics[topic]!,
			similarity: Math.round(similarity * 100) / 100,
			evidence: [...evidence].sort((a, b) => b[1] - a[1]).map(([w]) => w),
		}))
		.sort((a, b) => b.similarity - a.similarity || a.topic.localeCompare(b.topic));
}
