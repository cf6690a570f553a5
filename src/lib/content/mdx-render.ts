// Renders an article's MDX body to HTML without compiling it to a JavaScript module: Sätteri (the
// native Markdown/MDX engine Astro 7 itself uses for MDX, with the same GFM and smart punctuation)
// parses it to hast, one walk expands the writers' components from their one definition in
// `mdx-components.ts`, and the page prints the result. This is what lets the content loader render
// every article once at content sync instead of Vite building a module per article.
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { marketLink } from '../markets/links.ts';
import type { MarketSetup } from '../markets/markets.ts';
import type { Translator } from '../i18n/messages.ts';
import { MDX_COMPONENTS } from './mdx-components.ts';

/** The parser features @astrojs/mdx turns on, so the HTML is the one `.mdx` pages had. */
const FEATURES = { gfm: true, smartPunctuation: true, frontmatter: true } as const;

/** Elements the check refuses (`unsafe-html`); the renderer refuses them too rather than print them. */
const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select']);

export interface RenderedBody {
	html: string;
	/** Every heading with its id, as Astro's `render(entry)` returns them. */
	headings: { depth: number; slug: string; text: string }[];
}

/** An article body the renderer cannot turn into HTML; the content check words the same mistakes for writers. */
export class MdxRenderError extends Error {
	/** Line in the whole file (frontmatter included), when known. */
	readonly line: number | undefined;
	constructor(message: string, line: number | undefined) {
		super(line ? `line ${line}: ${message}` : message);
		this.line = line;
	}
}

/** The MDX nodes Sätteri leaves in the hast, beside plain elements and text. */
interface MdxJsxElement {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	children: AnyNode[];
	position?: { start: { line: number } } | undefined;
}
interface MdxOther {
	type: 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm';
	value: string;
	position?: { start: { line: number } } | undefined;
}
type AnyNode = RootContent | MdxJsxElement | MdxOther;

/** Text the way Astro prints an MDX text node (html-escaper: `& < > " '`), so pages stay byte-identical. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const escapedText = (value: string): ElementContent =>
	({ type: 'raw', value: value.replace(/[&<>'"]/g, (c) => ESCAPES[c]!) }) as unknown as ElementContent;

/** The text a heading's id is made from: what is written, where a component adds only the text inside it. */
function textOf(node: AnyNode): string {
	if (node.type === 'text') return node.value;
	if ('children' in node) return (node.children as AnyNode[]).map(textOf).join('');
	return '';
}

/** A comment written as `{/* … *\/}`: the one expression MDX writers use, and it prints nothing. */
const isComment = (value: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);

/** The line of the first node that `find` matches, parsed again with positions (only when something is wrong). */
function lineOf(source: string, find: (node: AnyNode) => boolean): number | undefined {
	let line: number | undefined;
	const walk = (node: AnyNode | Root) => {
		if (line !== undefined) return;
		if (node.type !== 'root' && find(node as AnyNode)) line = (node as MdxOther).position?.start.line;
		if ('children' in node) (node.children as AnyNode[]).forEach(walk);
	};
	walk(mdxToHast(source, { features: FEATURES, position: true }) as unknown as Root);
	return line;
}

function jsxProps(node: MdxJsxElement, fail: (message: string) => never): Record<string, string> {
	const props: Record<string, string> = {};
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
			fail(`<${node.name}> has a spread attribute; write each attribute as name="value".`);
		}
		const value = attribute.value ?? '';
		if (typeof value !== 'string') fail(`<${node.name} ${attribute.name}={…}> uses an expression; write the value in quotes, as ${attribute.name}="…".`);
		if (/^on/i.test(attribute.name)) fail(`<${node.name} ${attribute.name}> runs a script, which articles cannot do; remove the attribute.`);
		props[attribute.name] = value;
	}
	return props;
}

/** Points every root-relative link to a site page at the market's copy of it (`/payments/x/` → `/en-gb/payments/x/`). */
function linkWithinMarket(nodes: readonly ElementContent[], slug: string) {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		if (node.tagName === 'a' && typeof node.properties.href === 'string') node.properties.href = marketLink(node.properties.href, slug);
		linkWithinMarket(node.children, slug);
	}
}

/**
 * The HTML of an MDX article body (`source` is the whole file; its frontmatter is skipped) as the
 * pages of the market `setup` show it, and its headings. `<Phone />`, `<Hours />` and the other
 * contact components take their details from the market's support file, `<Fact />` its figures from
 * the market's facts, the words they add (a `<Callout>`'s default title) from `t`, the market's
 * language, and root-relative links to the site's pages lead within the market's prefix.
 * Anything else MDX allows (imports, expressions, unknown components, unsafe HTML) throws an
 * `MdxRenderError` naming the line; the content check reports the same mistakes first.
 */
export function renderMdxBody(source: string, setup: MarketSetup, t: Translator): RenderedBody {
	const tree = mdxToHast(source, { features: FEATURES, position: false }) as unknown as Root;
	const slugger = new GithubSlugger();
	const headings: RenderedBody['headings'] = [];

	const fail = (node: AnyNode, message: string): never => {
		throw new MdxRenderError(
			message,
			// The same kind of node with the same name or text: the first such is the one that failed.
			lineOf(
				source,
				(n) =>
					n.type === node.type &&
					(!('name' in n) || n.name === (node as MdxJsxElement).name) &&
					(!('value' in n) || n.value === (node as MdxOther).value),
			),
		);
	};

	const convertAll = (nodes: AnyNode[], flow: boolean): ElementContent[] =>
		// MDX trims the blank lines between a block component's children, as JSX does.
		nodes.filter((n) => !(flow && n.type === 'text' && !n.value.trim())).flatMap((n) => convert(n));

	function convert(node: AnyNode): ElementContent[] {
		switch (node.type) {
			case 'text':
				return [escapedText(node.value)];
			case 'comment':
				return [];
			case 'raw':
				return fail(node, 'Raw HTML cannot be rendered here; use Markdown or one of the components in the writing guide.');
			case 'element': {
				if (/^h[1-6]$/.test(node.tagName) && node.properties.id === undefined) {
					const text = textOf(node);
					const slug = slugger.slug(text);
					headings.push({ depth: Number(node.tagName[1]), slug, text });
					node.properties.id = slug;
				}
				return [{ ...node, children: convertAll(node.children as AnyNode[], false) } as Element];
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (isComment(node.value)) return [];
				return fail(node, `{${node.value.trim()}} is an expression, which articles cannot use; write the text itself.`);
			case 'mdxjsEsm':
				return fail(node, 'Articles cannot import or export anything. The components in the writing guide work without importing: delete this line.');
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				if (!node.name) return fail(node, 'Fragments (<>…</>) cannot be used in articles; remove them.');
				const children = convertAll(node.children, node.type === 'mdxJsxFlowElement');
				const props = jsxProps(node, (message) => fail(node, message));
				const component = MDX_COMPONENTS[node.name];
				if (component) {
					try {
						return component.render(props, children, setup, t);
					} catch (error) {
						return fail(node, (error as Error).message);
					}
				}
				if (!/^[a-z][a-z0-9]*$/.test(node.name) || UNSAFE_ELEMENTS.has(node.name)) {
					return fail(node, `<${node.name}> is not a component articles can use; see the writing guide for the ones that are.`);
				}
				return [h(node.name, props, children)];
			}
			default:
				return [node as unknown as ElementContent];
		}
	}

	const children = convertAll(tree.children as AnyNode[], false);
	linkWithinMarket(children, setup.slug);
	const root: Root = { type: 'root', children: children as RootContent[] };
	return { html: toHtml(root as Nodes, { allowDangerousHtml: true, closeSelfClosing: true, tightSelfClosing: true }), headings };
}
