// Words for people: counts, shares and text that is safe to print. The one home of each helper.

/** `1 error`, `2 warnings`. */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}

/**
 * `0.8412` → `84.1%`; a missing value (no questions, say) → `–`, or the text given. With a locale,
 * written by Intl for it (`84,1 %` in de-DE) from the same rounding, so every format shows the same figure.
 */
export function formatPercent(value: number | null, missing = '–', locale?: string): string {
	if (value === null) return missing;
	const rounded = (value * 100).toFixed(1);
	if (locale === undefined) return `${rounded}%`;
	return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
		Number(rounded) / 100,
	);
}

/** Control characters except line breaks and tabs: what a terminal would act on instead of showing. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Control characters (a terminal escape such as ESC[2J in a CSV cell or a file name) shown as
 * `\u001b` rather than sent to the terminal, where they could clear the screen or rewrite the lines
 * a writer reads. Line breaks and tabs are kept.
 */
export function printable(text: string): string {
	return text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A field's place in a YAML file or a JSON value, as reports show it: `['topics', 1]` → `topics[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('');
}
