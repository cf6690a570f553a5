// Response headers for static hosts: the `_headers` file format (Netlify, Cloudflare Pages) and the
// Content-Security-Policy hashes for inline code. Pure functions shared by the build integration,
// the test server and the tests; no Astro, no file system.

import { Parser } from 'htmlparser2';

/** One block of a `_headers` file: a path pattern and the headers sent for matching paths. */
export interface HeaderRule {
	/** Path pattern, for example `/*` or `/_astro/*`. */
	pattern: string;
	/** Header name and value pairs, in file order. */
	headers: Array<[name: string, value: string]>;
	/** 1-based line of the pattern in the file, for messages. */
	line: number;
}

/** Cloudflare Pages rejects longer lines in `_headers`; Netlify accepts them. Keep both working. */
export const MAX_HEADER_LINE = 2000;

/**
 * Parses a `_headers` file: a path pattern at the start of a line, then indented `Name: value`
 * lines. `#` starts a comment line. Throws with the line number on anything else.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	const lines = text.split(/\r?\n/);
	lines.forEach((raw, index) => {
		const line = index + 1;
		if (!raw.trim() || raw.trim().startsWith('#')) return;
		if (!/^\s/.test(raw)) {
			if (!raw.startsWith('/')) throw new Error(`_headers line ${line}: a path pattern must start with "/", got "${raw.trim()}".`);
			rules.push({ pattern: raw.trim(), headers: [], line });
			return;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers line ${line}: a header must follow a path pattern line such as "/*".`);
		const match = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(raw);
		if (!match) throw new Error(`_headers line ${line}: write headers as "  Name: value", got "${raw.trim()}".`);
		rule.headers.push([match[1]!, match[2]!]);
	});
	return rules;
}

/**
 * Whether `pathname` matches a `_headers` pattern: `*` matches any characters (including `/`),
 * `:name` matches one path segment, everything else is literal. This is the subset that Netlify
 * and Cloudflare Pages agree on.
 */
export function matchesPattern(pattern: string, pathname: string): boolean {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a host sends for `pathname`: every matching rule applies; a header set by several
 * rules is joined with ", " (what Cloudflare Pages does), so rules should not repeat a header.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const rule of rules) {
		if (!matchesPattern(rule.pattern, pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
		}
	}
	return out;
}

// ── Content-Security-Policy ───────────────────────────────────────────────────────────────────

/** Directive name → source list, in policy order. */
export type CspPolicy = Map<string, string[]>;

export function parseCsp(value: string): CspPolicy {
	const policy: CspPolicy = new Map();
	for (const part of value.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

export function serializeCsp(policy: CspPolicy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Inline code in a page that a strict CSP blocks unless its hash is listed. */
export interface InlineCode {
	/** Bodies of executable inline `<script>` elements (JSON and other data blocks are not run, so not listed). */
	scripts: string[];
	/** Bodies of inline `<style>` elements. */
	styles: string[];
	/** Inline event handler attributes (`onclick=…`) and `style="…"` attributes: no hash can allow these safely. */
	attributes: string[];
}

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Finds inline code in built HTML, parsed as a browser would (text in attribute values is not code). */
export function findInlineCode(html: string): InlineCode {
	const found: InlineCode = { scripts: [], styles: [], attributes: [] };
	let open: { list: string[]; text: string } | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				for (const [attribute, value] of Object.entries(attributes)) {
					if (/^on/i.test(attribute) || attribute.toLowerCase() === 'style') found.attributes.push(`${attribute}="${value}"`);
				}
				const executable = name === 'script' && !('src' in attributes) && EXECUTABLE_TYPES.has((attributes.type ?? '').toLowerCase());
				if (executable) open = { list: found.scripts, text: '' };
				else if (name === 'style') open = { list: found.styles, text: '' };
			},
			ontext(text) {
				if (open) open.text += text;
			},
			onclosetag(name) {
				if (open && (name === 'script' || name === 'style')) {
					open.list.push(open.text);
					open = undefined;
				}
			},
		},
		// Raw text of <script> and <style> must be hashed exactly as written, never entity-decoded.
		{ decodeEntities: false },
	);
	parser.end(html);
	return found;
}

/** The CSP source for a piece of inline code: `'sha256-…'`. */
export async function hashSource(code: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code));
	return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** Returns a copy of the policy with the given sources added to a directive (once each). */
export function withSources(policy: CspPolicy, directive: string, sources: readonly string[]): CspPolicy {
	const copy: CspPolicy = new Map([...policy].map(([k, v]) => [k, [...v]]));
	const list = copy.get(directive) ?? [];
	for (const s of sources) if (!list.includes(s)) list.push(s);
	copy.set(directive, list);
	return copy;
}

/**
 * What is unsafe or missing in a policy for this site, one sentence per problem. An empty list
 * means: scripts run only from our own files (or listed hashes), nothing can frame the site, and
 * nothing loads from other origins.
 */
export function checkPolicy(policy: CspPolicy): string[] {
	const problems: string[] = [];
	const scripts = policy.get('script-src') ?? policy.get('default-src');
	if (!scripts) problems.push("Add a `script-src` directive, for example `script-src 'self' 'wasm-unsafe-eval'`.");
	for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
		if (scripts?.includes(bad)) problems.push(`Remove ${bad} from \`script-src\`: it lets injected code run.`);
	}
	if (!policy.has('default-src')) problems.push("Add `default-src 'none'` (or 'self') so unlisted resource types are blocked.");
	const ancestors = policy.get('frame-ancestors');
	if (ancestors?.join(' ') !== "'none'") problems.push("Set `frame-ancestors 'none'` so no other site can frame these pages.");
	if (!policy.has('object-src') && policy.get('default-src')?.join(' ') !== "'none'") problems.push("Add `object-src 'none'`.");
	if (!policy.has('base-uri')) problems.push("Add `base-uri 'none'` so an injected <base> cannot redirect relative URLs.");
	for (const [name, sources] of policy) {
		const external = sources.filter((s) => /^(https?:)?\/\/|^[a-z0-9-]+\.[a-z]/i.test(s));
		if (external.length)
			problems.push(`\`${name}\` allows another origin (${external.join(', ')}): the help center loads nothing from other sites.`);
	}
	return problems;
}
