import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkPolicy, findInlineCode, hashSource, headersFor, parseCsp, parseHeadersFile } from '../../src/lib/security/headers.ts';

const dist = path.resolve(import.meta.dirname, '../../dist');
const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));

test('dist/_headers gives every page a safe Content-Security-Policy that lists each inline script and style', async () => {
	const csp = headersFor(rules, '/payments/make-a-payment/').get('content-security-policy');
	expect(csp).toBeDefined();
	const policy = parseCsp(csp!);
	expect(checkPolicy(policy)).toEqual([]);
	const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	expect(pages.length).toBeGreaterThan(50);
	for (const page of pages) {
		const inline = findInlineCode(readFileSync(path.join(dist, page), 'utf8'));
		expect(inline.attributes, `${page}: inline handlers or style attributes`).toEqual([]);
		for (const code of inline.scripts)
			expect(policy.get('script-src'), `${page}: inline script not hashed`).toContain(await hashSource(code));
		for (const code of inline.styles) expect(policy.get('style-src'), `${page}: inline style not hashed`).toContain(await hashSource(code));
	}
});

test('hashed build assets are cached for a year; pages are not', () => {
	// Astro names bundled files `<name>.<content hash>.<ext>` under /_astro/.
	const asset = 'search.B2x9QfZk.js';
	expect(headersFor(rules, `/_astro/${asset}`).get('cache-control')).toBe('public, max-age=31536000, immutable');
	expect(headersFor(rules, '/payments/').get('cache-control')).toBeUndefined();
	expect(headersFor(rules, '/pagefind/pagefind.js').get('cache-control')).toBeUndefined();
	// No header is set twice for one path: Cloudflare Pages would join the two values.
	for (const p of ['/', `/_astro/${asset}`, '/pagefind/fragment/en_1.pf_fragment', '/pagefind/pagefind-entry.json']) {
		const names = rules.filter((r) => headersFor([r], p).size > 0).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
		expect(new Set(names).size, `duplicate headers for ${p}`).toBe(names.length);
	}
});
