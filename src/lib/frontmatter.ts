import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/** A YAML document parsed with the line of every top-level key, for messages that point at a line. */
export interface ParsedYaml {
	data: unknown;
	/** Line (1-based, in the whole file) of each top-level key. */
	keyLines: Map<string, number>;
	/** YAML syntax errors, with the line they occur on. */
	errors: { line: number; message: string }[];
}

export interface SplitFile {
	/** The YAML between the `---` fences, or undefined when the file has none. */
	frontmatter: string | undefined;
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
	if (!match) return { frontmatter: undefined, frontmatterLine: 1, body: text, bodyLine: 1 };
	const consumed = match[0];
	const bodyLine = consumed.split('\n').length - (consumed.endsWith('\n') ? 0 : 1);
	return { frontmatter: match[1] ?? '', frontmatterLine: 2, body: text.slice(consumed.length), bodyLine };
}

/** Parses YAML; `firstLine` is where the text starts in its file, so lines are file lines. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
	const lineCounter = new LineCounter();
	// Dates stay strings here (no `timestamp` tag), so the schema sees `2026-13-45` as written
	// instead of a Date that JavaScript silently rolled over into the next year.
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core' });
	const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const errors = doc.errors.map((error) => ({
		line: toLine(error.pos[0]),
		message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
	}));
	const keyLines = new Map<string, number>();
	if (isMap(doc.contents)) {
		for (const pair of doc.contents.items) {
			if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), toLine(pair.key.range[0]));
		}
	}
	return { data: errors.length ? undefined : doc.toJS(), keyLines, errors };
}
