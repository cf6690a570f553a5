import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLError } from 'yaml';

/** A YAML document parsed with the line of every key and list item, for messages that point at a line. */
export interface ParsedYaml {
	data: unknown;
	/** Line (1-based, in the whole file) of each top-level key. */
	keyLines: Map<string, number>;
	/**
	 * Line of a path such as `['topics', 1]` or `['channels', 'chat', 'hours']`: the key's own line,
	 * or a list item's own line. When the path goes deeper than the YAML, the deepest line found.
	 */
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** YAML syntax errors, with the line they occur on, phrased for writers. */
	errors: { line: number; message: string }[];
}

export interface SplitFile {
	/** The YAML between the `---` fences, or undefined when the file has none. */
	frontmatter: string | undefined;
	/** True when the file starts with `---` but no closing `---` line follows. */
	unclosed: boolean;
	/** Line (1-based) where the YAML starts. */
	frontmatterLine: number;
	body: string;
	/** Line (1-based) where the body starts. */
	bodyLine: number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string): SplitFile {
	const text = source.replace(/^\uFEFF/, '');
	const match = FENCE.exec(text);
	if (!match) {
		return { frontmatter: undefined, unclosed: /^---[ \t]*\r?\n/.test(text), frontmatterLine: 1, body: text, bodyLine: 1 };
	}
	const consumed = match[0];
	const bodyLine = consumed.split('\n').length - (consumed.endsWith('\n') ? 0 : 1);
	return { frontmatter: match[1] ?? '', unclosed: false, frontmatterLine: 2, body: text.slice(consumed.length), bodyLine };
}

/** The key written at `offset`, for naming it in a message. */
function keyAt(text: string, offset: number): string {
	return /^\s*-?\s*([^:#\n]+?)\s*:/.exec(text.slice(offset))?.[1] ?? '';
}

/** The whole line of text around `offset`. */
function lineAt(text: string, offset: number): string {
	const start = text.lastIndexOf('\n', offset - 1) + 1;
	const end = text.indexOf('\n', offset);
	return text.slice(start, end < 0 ? undefined : end);
}

/** Turns the YAML parser's message into what a writer should do about it. */
function describeYamlError(error: YAMLError, text: string): string {
	const original = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	switch (error.code) {
		case 'DUPLICATE_KEY': {
			const key = keyAt(text, error.pos[0]);
			return `${key ? `\`${key}\`` : 'This field'} is written twice. Keep one of the two lines.`;
		}
		case 'BLOCK_AS_IMPLICIT_KEY':
			if (/nested mappings/i.test(original) && /:\s.*:\s/.test(lineAt(text, error.pos[0]))) {
				return 'A value contains a colon followed by a space, which YAML reads as a new field. Put the whole value in double quotes, for example `title: "Refunds: how long they take"`.';
			}
			return 'The indentation is uneven. Indent every item of a list or group by the same number of spaces.';
		case 'TAB_AS_INDENT':
			return 'This line is indented with a tab. Indent with spaces instead.';
		case 'MULTILINE_IMPLICIT_KEY':
			return 'A line has no colon after the field name, or the indentation is uneven. Write `name: value`, indented like the lines around it.';
		case 'MISSING_CHAR':
			if (/closing "quote|closing 'quote|quote/i.test(original)) {
				return 'A quote is opened but never closed. Add the closing quote at the end of the value.';
			}
			if (/followed by map values/.test(original)) {
				return 'A line has no colon after the field name. Write `name: value`.';
			}
			return `${original}.`;
		case 'BAD_INDENT':
			if (/flow sequence/i.test(original)) return 'A list that starts with `[` is not closed with `]` on the same line.';
			return 'The indentation is uneven. Indent every item of a list or group by the same number of spaces.';
		case 'UNEXPECTED_TOKEN':
			return "There is text after a closing quote. If the value contains an apostrophe, wrap it in double quotes instead: `title: \"It's mine\"`.";
		default:
			return `${original}. Check the indentation and put values that contain a colon in double quotes.`;
	}
}

/** Parses YAML; `firstLine` is where the text starts in its file, so lines are file lines. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
	const lineCounter = new LineCounter();
	// Dates stay strings here (the `core` schema has no `timestamp` tag), so the schema sees
	// `2026-13-45` as written instead of a Date that JavaScript silently rolled over.
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core', uniqueKeys: true });
	const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	// One message per line: the parser often reports the same mistake several times.
	const errors: ParsedYaml['errors'] = [];
	for (const error of doc.errors) {
		const line = toLine(error.pos[0]);
		if (!errors.some((e) => e.line === line)) errors.push({ line, message: describeYamlError(error, text) });
	}
	const keyLines = new Map<string, number>();
	if (isMap(doc.contents)) {
		for (const pair of doc.contents.items) {
			if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), toLine(pair.key.range[0]));
		}
	}
	const lineOf = (path: readonly PropertyKey[]) => {
		let node: unknown = doc.contents;
		let line: number | undefined;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
				if (!pair || !isScalar(pair.key) || !pair.key.range) break;
				line = toLine(pair.key.range[0]);
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number') {
				const item = node.items[key] as { range?: [number, number, number] } | undefined;
				if (!item?.range) break;
				line = toLine(item.range[0]);
				node = item;
			} else {
				break;
			}
		}
		return line;
	};
	return { data: errors.length ? undefined : doc.toJS(), keyLines, lineOf, errors };
}
