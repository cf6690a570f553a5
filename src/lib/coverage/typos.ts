/**
 * One typing mistake per question, for `npm run eval:search -- --typos`: how much a slip of the
 * finger costs. The mistake is the same on every run (it depends only on the question and the
 * seed), so two builds are compared on the same misspelled questions.
 */

/** Neighbouring keys on a QWERTY keyboard: a finger that slips lands on one of these. */
const NEIGHBOURS: Record<string, string> = {
	a: 'qwsz',
	b: 'vghn',
	c: 'xdfv',
	d: 'serfcx',
	e: 'wsdr',
	f: 'drtgvc',
	g: 'ftyhbv',
	h: 'gyujnb',
	i: 'ujko',
	j: 'huikmn',
	k: 'jiolm',
	l: 'kop',
	m: 'njk',
	n: 'bhjm',
	o: 'iklp',
	p: 'ol',
	q: 'wa',
	r: 'edft',
	s: 'awedxz',
	t: 'rfgy',
	u: 'yhji',
	v: 'cfgb',
	w: 'qase',
	x: 'zsdc',
	y: 'tghu',
	z: 'asx',
};

export type TypoKind = 'swap' | 'drop' | 'double' | 'slip';

export interface Typo {
	question: string;
	/** The word as written and as mistyped; undefined when the question has no word long enough. */
	word?: string;
	typed?: string;
	kind?: TypoKind;
}

/** A small deterministic generator (mulberry32) seeded by a string. */
function randomFrom(text: string): () => number {
	let seed = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) seed = Math.imul(seed ^ text.charCodeAt(i), 0x01000193);
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * `question` with one word mistyped: two neighbouring letters swapped, a letter dropped or typed
 * twice, or a neighbouring key hit instead. Only words of four letters or more are touched: a slip
 * in "my" or "the" changes nothing a search would notice.
 */
export function addTypo(question: string, seed = 'typo'): Typo {
	const random = randomFrom(`${seed}\u0000${question}`);
	const words = [...question.matchAll(/[A-Za-z]{4,}/g)];
	if (!words.length) return { question };
	const match = words[Math.floor(random() * words.length)]!;
	const word = match[0];
	const kinds: TypoKind[] = ['swap', 'drop', 'double', 'slip'];
	const kind = kinds[Math.floor(random() * kinds.length)]!;
	// Never the first letter: people rarely get it wrong, and every kind stays one edit away.
	const at = 1 + Math.floor(random() * (word.length - 1));
	let typed: string;
	if (kind === 'swap') {
		const i = Math.min(at, word.length - 2);
		typed = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
		if (typed === word) typed = word.slice(0, at) + word.slice(at + 1);
	} else if (kind === 'drop') {
		typed = word.slice(0, at) + word.slice(at + 1);
	} else if (kind === 'double') {
		typed = word.slice(0, at) + word[at] + word.slice(at);
	} else {
		const letter = word[at]!;
		const options = NEIGHBOURS[letter.toLowerCase()] ?? 'e';
		const next = options[Math.floor(random() * options.length)]!;
		typed = word.slice(0, at) + (letter === letter.toUpperCase() ? next.toUpperCase() : next) + word.slice(at + 1);
	}
	const start = match.index;
	return { question: question.slice(0, start) + typed + question.slice(start + word.length), word, typed, kind };
}
