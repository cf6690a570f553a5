import { describe, expect, test } from 'vitest';
import {
	checkPolicy,
	findInlineCode,
	hashSource,
	headersFor,
	matchesPattern,
	parseCsp,
	parseHeadersFile,
	serializeCsp,
	withSources,
} from '../../../src/lib/security/headers.ts';

describe('parseHeadersFile', () => {
	test('reads path patterns with their indented headers and skips comments', () => {
		const rules = parseHeadersFile(
			'# comment\n/*\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
		);
		expect(rules).toEqual([
			{ pattern: '/*', headers: [['X-Frame-Options', 'DENY']], line: 2 },
			{ pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']], line: 5 },
		]);
	});

	test('names the line of a header written without a colon', () => {
		expect(() => parseHeadersFile('/*\n  X-Frame-Options DENY\n')).toThrow(/line 2: write headers as " {2}Name: value"/);
	});
});

describe('matchesPattern', () => {
	test('matches splats across segments and placeholders within one segment', () => {
		expect(matchesPattern('/*', '/payments/pay-early/')).toBe(true);
		expect(matchesPattern('/_astro/*', '/_astro/a.b1c2.css')).toBe(true);
		expect(matchesPattern('/_astro/*', '/payments/')).toBe(false);
		expect(matchesPattern('/:category/', '/payments/')).toBe(true);
		expect(matchesPattern('/:category/', '/payments/pay-early/')).toBe(false);
	});

	test('joins a header that several rules set, as Cloudflare Pages does', () => {
		const rules = parseHeadersFile('/*\n  Vary: A\n/x/*\n  Vary: B\n');
		expect(headersFor(rules, '/x/1').get('vary')).toBe('A, B');
	});
});

describe('findInlineCode', () => {
	test('finds executable inline scripts and styles, not external scripts or JSON data blocks', () => {
		const found = findInlineCode(
			'<script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script type="module">go()</script><style>p{color:red}</style><p>&lt;script&gt;</p>',
		);
		expect(found).toEqual({ scripts: ['go()'], styles: ['p{color:red}'], attributes: [] });
	});

	test('reports inline event handlers and style attributes, which no hash can allow', () => {
		expect(findInlineCode('<img src=x onerror="alert(1)"><p style="color:red">x</p>').attributes).toEqual([
			'onerror="alert(1)"',
			'style="color:red"',
		]);
	});

	test('does not mistake markup-like text inside an attribute value for code', () => {
		expect(
			findInlineCode('<meta name="description" content="<img src=x onerror=alert(1)>"><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'),
		).toEqual({
			scripts: [],
			styles: [],
			attributes: [],
		});
	});
});

describe('Content-Security-Policy', () => {
	test('hashes inline code the way browsers do', async () => {
		// Known SHA-256 of the empty string.
		expect(await hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
	});

	test('adds sources once and keeps the directive order', () => {
		const policy = withSources(parseCsp("default-src 'none'; script-src 'self'"), 'script-src', ["'sha256-x'", "'sha256-x'"]);
		expect(serializeCsp(policy)).toBe("default-src 'none'; script-src 'self' 'sha256-x'");
	});

	test('accepts the strict policy and names what makes a policy unsafe', () => {
		const strict = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'none'; frame-ancestors 'none'";
		expect(checkPolicy(parseCsp(strict))).toEqual([]);
		const loose = checkPolicy(parseCsp("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.net"));
		expect(loose.join('\n')).toMatch(/Remove 'unsafe-inline'/);
		expect(loose.join('\n')).toMatch(/frame-ancestors 'none'/);
		expect(loose.join('\n')).toMatch(/allows another origin \(https:\/\/cdn.example.net\)/);
	});
});
