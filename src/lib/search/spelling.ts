import { languageRules, type SearchLanguage } from './language.ts';
import { foldUmlauts } from './text.ts';

/**
 * Typo correction against the words of the index. It is only asked about words the index does not
 * know at all, so a correct word is never "corrected" into another one.
 */
export interface Speller {
	/** True when the index has the word, a word with the same stem, or a word it begins (typing "refu"). */
	knows(word: string): boolean;
	/** The index words to search instead of `word`, or undefined when nothing is close enough. */
	correct(word: string): string[] | undefined;
	/**
	 * The index word that `word` is the start of ("paym" → "payment"), when `word` is no word of its
	 * own (nor an inflection of one): the word a visitor is still typing. Of the words it begins, the
	 * stem the index uses most, in its shortest form ("payment" rather than "payments").
	 */
	complete(word: string): string | undefined;
}

/** Optimal string alignment distance (Levenshtein plus swapped neighbours: "teh" → "the" is 1). */
export function typoDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1);
		row[0] = i;
		rows.push(row);
	}
	for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		let rowMin = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = d;
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > max) return max + 1;
	}
	return rows[a.length]![b.length]!;
}

/** How many typos a word of this length may contain and still be recognised. */
export function allowedTypos(length: number): number {
	if (length < 4) return 0;
	if (length < 8) return 1;
	return 2;
}

/**
 * Builds a speller from the index vocabulary (`[word, pages]` pairs) and the synonyms' customer words
 * (`customerWords` of synonyms.ts). Candidates are ranked by distance, then by how many
 * pages use the word. A run-together pair ("refundstatus", "reimbursementof") is split when both
 * halves are index words or stop words; in German a compound is split the same way, also across
 * a linking "s", "es", "n" or "en" ("rueckerstattungsstatus" → "rueckerstattung status"), and a
 * part that is itself a compound is split again. German index words are compared folded
 * ("rückerstattung" as "rueckerstattung"), the way queries spell them.
 */
export function createSpeller(
	words: readonly (readonly [string, number])[],
	customerWords: Iterable<string> = [],
	language: SearchLanguage = 'en',
): Speller {
	const { stopWords, stem, linkingElements, minCompoundPart } = languageRules(language);
	const fold = language === 'de' ? foldUmlauts : (w: string) => w;
	const frequency = new Map<string, number>();
	for (const [indexWord, pages] of words) {
		const word = fold(indexWord);
		if (/^[a-z][a-z0-9]*$/.test(word) && !frequency.has(word)) frequency.set(word, pages);
	}
	// Customers' words from the synonyms are known too ("mugged" is no typo), and rank below index words.
	for (const word of customerWords) if (!frequency.has(word) && word.length > 1) frequency.set(word, 0);
	const byLength = new Map<number, string[]>();
	for (const word of frequency.keys()) {
		const list = byLength.get(word.length) ?? [];
		list.push(word);
		byLength.set(word.length, list);
	}
	const known = (w: string) => frequency.has(w) || stopWords.has(w);
	const stems = new Set([...frequency.keys()].map(stem));
	const sorted = [...frequency.keys()].sort();
	/** Binary search: the position of the first vocabulary word not before `prefix`. */
	const lowerBound = (prefix: string) => {
		let low = 0;
		let high = sorted.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (sorted[mid]! < prefix) low = mid + 1;
			else high = mid;
		}
		return low;
	};
	/** Whether a vocabulary word starts with `prefix`. */
	const hasPrefix = (prefix: string) => sorted[lowerBound(prefix)]?.startsWith(prefix) ?? false;

	function nearest(word: string): string | undefined {
		const max = allowedTypos(word.length);
		if (!max) return undefined;
		let best: string | undefined;
		let bestDistance = max + 1;
		let bestPages = -1;
		for (let length = word.length - max; length <= word.length + max; length++) {
			for (const candidate of byLength.get(length) ?? []) {
				// A typo rarely changes the first letter; requiring it keeps corrections plausible.
				if (candidate[0] !== word[0] && !(candidate[1] === word[0] && candidate[0] === word[1])) continue;
				const distance = typoDistance(word, candidate, bestDistance);
				const pages = frequency.get(candidate)!;
				if (distance < bestDistance || (distance === bestDistance && pages > bestPages)) {
					best = candidate;
					bestDistance = distance;
					bestPages = pages;
				}
			}
		}
		return bestDistance <= max ? best : undefined;
	}

	/** A part of a compound: an index word, a stop word, or (German) an inflection of an index word. */
	const knownPart = (w: string) => known(w) || (language === 'de' && w.length >= 4 && stems.has(stem(w)));
	function split(word: string, depth = 0): string[] | undefined {
		let best: string[] | undefined;
		let bestScore = 0;
		for (let i = minCompoundPart; i <= word.length - minCompoundPart; i++) {
			const left = word.slice(0, i);
			if (!knownPart(left)) continue;
			for (const link of linkingElements) {
				if (!word.startsWith(link, i)) continue;
				const right = word.slice(i + link.length);
				if (right.length < minCompoundPart) continue;
				const rest = knownPart(right) ? [right] : depth < 2 && language === 'de' ? split(right, depth + 1) : undefined;
				if (!rest) continue;
				// Prefer the split whose shorter half is longest ("refund status" over "re fundstatus"),
				// then the one with fewer parts.
				const score = Math.min(left.length, ...rest.map((w) => w.length)) - rest.length;
				if (score > bestScore) {
					best = [left, ...rest].filter((w) => !stopWords.has(w));
					bestScore = score;
				}
			}
		}
		return best;
	}

	/**
	 * The index words a German compound is partly made of, when some of its parts are words the
	 * index does not have ("Kontoführungsgebühr" → "konto", "gebuehr"): the known parts carry most
	 * of its meaning (the last part is what it is, the first what it is about). Parts of 4 letters
	 * or more only, so a word is not read as a string of syllables.
	 */
	function knownPieces(word: string, depth = 0): { pieces: string[]; covered: number } {
		if (knownPart(word) && word.length >= 4) return { pieces: [word], covered: word.length };
		let best = { pieces: [] as string[], covered: 0 };
		if (depth > 2) return best;
		for (let i = 4; i <= word.length - 3; i++) {
			const left = word.slice(0, i);
			const right = word.slice(i);
			const leftPieces = knownPart(left) ? { pieces: [left], covered: left.length } : undefined;
			for (const link of linkingElements) {
				if (!right.startsWith(link) || right.length - link.length < 3) continue;
				const rest = right.slice(link.length);
				const restPieces = knownPart(rest) && rest.length >= 4 ? { pieces: [rest], covered: rest.length } : undefined;
				// One side known; the other searched for known parts of its own.
				const candidates = [
					leftPieces && { ...knownPieces(rest, depth + 1), head: leftPieces },
					restPieces && { ...knownPieces(left, depth + 1), tail: restPieces },
				];
				for (const c of candidates) {
					if (!c) continue;
					const pieces = 'head' in c ? [...c.head.pieces, ...c.pieces] : [...c.pieces, ...c.tail.pieces];
					const covered = c.covered + ('head' in c ? c.head.covered : c.tail.covered);
					if (covered > best.covered) best = { pieces, covered };
				}
			}
		}
		return best;
	}

	return {
		complete(word) {
			if (word.length < 3 || known(word) || stems.has(stem(word))) return undefined;
			// The words it begins, by stem ("payment", "payments"): the most used stem wins, searched
			// in its shortest form, which Pagefind also finds the longer ones by.
			const byStem = new Map<string, { pages: number; shortest: string }>();
			for (let i = lowerBound(word); i < sorted.length && sorted[i]!.startsWith(word); i++) {
				const candidate = sorted[i]!;
				const pages = frequency.get(candidate)!;
				if (!pages) continue;
				const group = byStem.get(stem(candidate));
				if (!group) byStem.set(stem(candidate), { pages, shortest: candidate });
				else {
					group.pages += pages;
					if (candidate.length < group.shortest.length) group.shortest = candidate;
				}
			}
			let best: { pages: number; shortest: string } | undefined;
			for (const group of byStem.values()) if (!best || group.pages > best.pages) best = group;
			return best?.shortest;
		},
		knows(word) {
			return frequency.has(word) || stopWords.has(word) || stems.has(stem(word)) || hasPrefix(word);
		},
		correct(word) {
			if (word.length < 4 || frequency.has(word)) return undefined;
			const joined = split(word);
			if (joined?.length) return joined;
			const near = nearest(word);
			if (near) return [near];
			if (language !== 'de') return undefined;
			const parts = knownPieces(word).pieces.filter((w) => !stopWords.has(w));
			return parts.length ? parts : undefined;
		},
	};
}
