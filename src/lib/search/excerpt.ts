import { languageRules, type SearchLanguage } from './language.ts';
import { escapeHtml } from '../shared/html.ts';
import { normalizeText } from './text.ts';

/** Pagefind splits indexed text on whitespace; word positions count these words. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * The `length`-word window of `content` that holds the most matched words (weighted), with the
 * matched words in `<mark>`. `matches` maps a word position to its weight.
 */
export function buildExcerpt(content: string, matches: ReadonlyMap<number, number>, length = 30): string {
	// Not filtered: positions must stay aligned with Pagefind's, even around leading whitespace.
	const words = content.split(WORD_SEPARATORS);
	if (!content.trim()) return '';
	let start = 0;
	if (words.length > length && matches.size) {
		let sum = 0;
		const weightAt = (i: number) => matches.get(i) ?? 0;
		for (let i = 0; i < length; i++) sum += weightAt(i);
		let best = sum;
		for (let i = 1; i + length <= words.length; i++) {
			sum += weightAt(i + length - 1) - weightAt(i - 1);
			if (sum > best) {
				best = sum;
				start = i;
			}
		}
		// Start a little before the first match of the window, so it does not open mid-thought.
		const first = [...matches.keys()].filter((p) => p >= start && p < start + length).sort((a, b) => a - b)[0];
		if (first !== undefined) start = Math.max(0, Math.min(first - 3, words.length - length));
	}
	const end = Math.min(words.length, start + length);
	const parts: string[] = [];
	for (let i = start; i < end; i++) {
		if (!words[i]) continue;
		const word = escapeHtml(words[i]!);
		parts.push(matches.has(i) ? `<mark>${word}</mark>` : word);
	}
	return `${start > 0 ? '… ' : ''}${parts.join(' ')}${end < words.length ? ' …' : ''}`;
}

/** Splits an excerpt into text and marked parts, so a UI can build DOM nodes without `innerHTML`. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
	const parts: { text: string; mark: boolean }[] = [];
	const pattern = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	for (let match = pattern.exec(excerpt); match; match = pattern.exec(excerpt)) {
		if (match.index > last) parts.push({ text: unescapeHtml(excerpt.slice(last, match.index)), mark: false });
		parts.push({ text: unescapeHtml(match[1]!), mark: true });
		last = match.index + match[0].length;
	}
	if (last < excerpt.length) parts.push({ text: unescapeHtml(excerpt.slice(last)), mark: false });
	return parts;
}

function unescapeHtml(text: string): string {
	return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** The excerpt as plain text, for terminals and logs. */
export function excerptText(excerpt: string): string {
	return excerptParts(excerpt)
		.map((p) => p.text)
		.join('');
}

/** `text` as excerpt HTML, with the words whose stem (in `language`) is in `stems` marked. */
export function highlightWords(text: string, stems: ReadonlySet<string>, language: SearchLanguage = 'en'): string {
	const { stem } = languageRules(language);
	return text
		.split(/(\s+)/)
		.map((chunk) => {
			if (!chunk.trim()) return chunk;
			const words = normalizeText(chunk, language).split(' ');
			const hit = words.some((w) => w && stems.has(stem(w)));
			return hit ? `<mark>${escapeHtml(chunk)}</mark>` : escapeHtml(chunk);
		})
		.join('');
}
