import { markdownToMdast, mdxToMdast } from 'satteri';
import { createHeadingIds } from '../shared/slugs.ts';

/** What the body checks need to know about an article body, with file lines. */
export interface BodyFacts {
	/** Set when the body is not valid MDX; the other facts then come from a plain Markdown reading. */
	syntaxError?: { line: number; message: string };
	headings: { depth: number; text: string; id: string; line: number }[];
	links: { url: string; line: number }[];
	images: { src: string; alt: string | undefined; line: number; html: boolean }[];
	/** JSX elements: components (`<Callout>`) and HTML tags (`<img>`). */
	elements: {
		name: string;
		attributes: { name: string; value: string | null | undefined; spread?: boolean }[];
		hasChildren: boolean;
		line: number;
	}[];
	/** Lines with `import`/`export` statements. */
	esmLines: number[];
	/** Every piece of text a reader sees (and code), for contact-detail and placeholder checks. */
	texts: { value: string; line: number }[];
	/** False when the body has nothing a reader would see. */
	hasContent: boolean;
}

interface Point {
	line: number;
	column: number;
}
interface Node {
	type: string;
	position?: { start: Point; end: Point };
	children?: Node[];
	value?: string;
	url?: string;
	alt?: string | null;
	depth?: number;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: string | { value: string } | null }[];
}

/**
 * The site's parser (Sätteri, which also renders the pages: `mdx-render.ts`) with GFM, so the check
 * accepts exactly what the build accepts. Without smart punctuation: the check reads the text as
 * written, and heading ids apply the same replacements themselves (`createHeadingIds`).
 */
const PARSE_OPTIONS = { features: { gfm: true }, position: true } as const;

/** A string literal written as an attribute expression (`channel={"chat"}`), or undefined. */
function literal(expression: string): string | undefined {
	return /^\s*(["'])([^"'\\]*)\1\s*$/.exec(expression)?.[2];
}

/**
 * The text of a heading as the renderer sees it: a component contributes only the text written
 * inside it (`<Phone />` adds nothing, `<ChatLink>with us</ChatLink>` adds "with us").
 */
function headingText(node: Node): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
	if ((node.type.startsWith('mdx') && !node.type.startsWith('mdxJsx')) || node.type === 'html' || node.type === 'image') return '';
	return (node.children ?? []).map(headingText).join('');
}

/** The parser's message without its place (`3:1: `) and code (`(mdx-jsx:…)`), and the place's line in the body. */
function splitParserMessage(message: string): { reason: string; line: number | undefined } {
	const match = /^(\d+):\d+:\s*([\s\S]*?)(?:\s*\([a-z-]+:[a-z-]+\))?$/.exec(message);
	return match ? { reason: match[2]!, line: Number(match[1]) } : { reason: message, line: undefined };
}

/**
 * What a `<` the parser could not read as a tag starts, from the body itself: the parser words an
 * unquoted attribute, an unfinished tag and a less-than sign the same way.
 */
function describeBadTag(body: string, line: number | undefined): string {
	const lessThan =
		'A `<` followed by a space, a digit or a symbol cannot start a component. To show the sign itself, write `\\<` (for example `less than \\<5 days`), or write "less than".';
	if (line === undefined) return lessThan;
	const lines = body.split(/\r?\n/);
	// The first `<` on the line that does not start a tag the parser could read.
	const rest = lines.slice(line - 1).join('\n');
	const tag = /<([A-Za-z][\w.:-]*)([^>]*)(>?)/.exec(rest);
	const before = tag ? rest.slice(0, tag.index) : rest;
	if (!tag || /<(?![A-Za-z/!{])/.test(before)) return lessThan;
	if (/\s[\w:-]+=(?!["'{])\S/.test(tag[2]!)) return 'An attribute value needs quotes: write `channel="chat"`, not `channel=chat`.';
	if (!tag[3]) return 'A component tag is not finished: end it with `>`, or `/>` when it has no content.';
	return lessThan;
}

/** Rewrites the MDX parser's message into what the writer should do. `offset` maps body lines to file lines. */
function describeSyntaxError(reason: string, offset: number, body: string, line: number | undefined): string {
	const at = (bodyLine: string) => `line ${Number(bodyLine) + offset}`;
	let match: RegExpExecArray | null;
	if (/before name/.test(reason) && /U\+0021|`!`/.test(reason)) {
		return 'HTML comments (`<!-- … -->`) do not work in MDX. Write the note as `{/* … */}`, or delete it.';
	}
	if ((match = /Expected a closing tag for `<([^>]*)>` \((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason))) {
		return `\`<${match[1]}>\` is opened on ${at(match[2]!)} but never closed. Add \`</${match[1]}>\` on its own line after its content, or write \`<${match[1]} />\` if it has no content.`;
	}
	if ((match = /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):\d+/.exec(reason))) {
		return `\`</${match[1]}>\` closes a component, but \`<${match[2]}>\` (${at(match[3]!)}) is still open. Close \`<${match[2]}>\` first, or remove the extra closing tag.`;
	}
	if (/Unexpected closing (?:slash `\/` in tag|tag `<\/[^>]*>`), expected an open tag first/.test(reason)) {
		return 'This closing tag has no matching opening tag above it. Remove it, or add the opening tag.';
	}
	if (/before attribute value/.test(reason)) {
		return 'An attribute value needs quotes: write `channel="chat"`, not `channel=chat`.';
	}
	if (/expected a corresponding closing brace for `\{`/.test(reason)) {
		return 'A `{` starts a piece of code that is never closed. To show a curly brace, write `\\{` instead.';
	}
	if (/Could not parse expression|Unexpected content after expression/.test(reason)) {
		return 'The text between `{` and `}` is read as code, and it is not valid code. To show curly braces, write `\\{` and `\\}`.';
	}
	if (/after `<`|expected a valid JSX tag/.test(reason)) return describeBadTag(body, line);
	if (/before name/.test(reason)) {
		return 'A `<` followed by a space, a digit or a symbol cannot start a component. To show the sign itself, write `\\<` (for example `less than \\<5 days`), or write "less than".';
	}
	if (/Unexpected lazy line/.test(reason)) {
		return 'A component inside a list or quote continues on a line that is not indented. Indent the line like the ones above it, or leave a blank line.';
	}
	if (/Unexpected end of file/.test(reason)) {
		return 'A component tag is not finished: end it with `>`, or `/>` when it has no content.';
	}
	const text = reason.replace(/\s*\(note:[^)]*\)\s*$/, '').replace(/\s*\([^)]*\)\s*$/, '');
	return `The body cannot be read as MDX here: ${text}. Check that every \`<Component>\` is closed, and write a literal \`<\` or \`{\` as \`\\<\` or \`\\{\`.`;
}

// Parsing is most of the check's time. `npm run dev` re-checks everything after each save, so
// bodies that did not change are answered from here. Facts are never modified after reading.
const cache = new Map<string, BodyFacts>();
const CACHE_LIMIT = 20_000;

/**
 * Reads an article body (the part after the frontmatter) with the same MDX syntax the site uses
 * (Sätteri's MDX with GFM, the parser that renders the pages). `firstLine` is the file line the body starts on, so
 * every line reported is a file line.
 */
export function readBody(body: string, firstLine: number): BodyFacts {
	const key = `${firstLine}\n${body}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const facts = parseBody(body, firstLine);
	if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
	cache.set(key, facts);
	return facts;
}

function parseBody(body: string, firstLine: number): BodyFacts {
	const offset = firstLine - 1;
	const facts: BodyFacts = { headings: [], links: [], images: [], elements: [], esmLines: [], texts: [], hasContent: false };
	let tree: Node;
	try {
		tree = mdxToMdast(body, PARSE_OPTIONS) as Node;
	} catch (error) {
		const { reason, line: place } = splitParserMessage((error as Error).message ?? '');
		// For a tag that is never closed, the useful line is the opening tag's, named in the reason.
		const opened = /Expected a closing tag for `<[^>]*>` \((\d+):/.exec(reason)?.[1];
		const line = (opened ? Number(opened) : (place ?? 1)) + offset;
		facts.syntaxError = { line, message: describeSyntaxError(reason, offset, body, place) };
		// MDX stops at the first error; plain Markdown still finds the links, images and text.
		tree = markdownToMdast(body, PARSE_OPTIONS) as Node;
	}
	const slug = createHeadingIds();
	const lineOf = (node: Node) => (node.position?.start.line ?? 1) + offset;

	const visit = (node: Node) => {
		switch (node.type) {
			case 'heading': {
				const text = headingText(node);
				facts.headings.push({ depth: node.depth ?? 2, text, id: slug(text), line: lineOf(node) });
				break;
			}
			case 'link':
			case 'definition':
				facts.links.push({ url: node.url ?? '', line: lineOf(node) });
				break;
			case 'image':
				facts.images.push({ src: node.url ?? '', alt: node.alt ?? undefined, line: lineOf(node), html: false });
				break;
			case 'text':
			case 'inlineCode':
			case 'code':
				if (node.value) facts.texts.push({ value: node.value, line: lineOf(node) });
				break;
			case 'mdxjsEsm':
				facts.esmLines.push(lineOf(node));
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				if (!node.name) break; // a fragment: <>…</>
				const attributes = (node.attributes ?? []).map((attribute) => {
					if (attribute.type !== 'mdxJsxAttribute') return { name: '…', value: undefined, spread: true };
					const raw = attribute.value;
					const value = raw === null || raw === undefined ? null : typeof raw === 'string' ? raw : literal(raw.value);
					return { name: attribute.name ?? '', value };
				});
				facts.elements.push({ name: node.name, attributes, hasChildren: (node.children ?? []).length > 0, line: lineOf(node) });
				const get = (name: string) => attributes.find((a) => a.name === name)?.value;
				if (node.name === 'a' && typeof get('href') === 'string') facts.links.push({ url: get('href')!, line: lineOf(node) });
				if (node.name === 'img') {
					const alt = get('alt');
					facts.images.push({ src: get('src') ?? '', alt: alt === null ? '' : alt, line: lineOf(node), html: true });
				}
				for (const attribute of attributes) {
					if (typeof attribute.value === 'string' && attribute.name !== 'href' && attribute.name !== 'src') {
						facts.texts.push({ value: attribute.value, line: lineOf(node) });
					}
				}
				break;
			}
		}
		if (node.type !== 'mdxjsEsm' && node.type !== 'mdxFlowExpression' && node.type !== 'root' && node.type !== 'definition') {
			facts.hasContent = true;
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return facts;
}
