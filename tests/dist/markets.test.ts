// The markets in the built site: `hreflang` alternates that are reciprocal and valid in the pages
// and the sitemap, each page's `lang`, and every old address kept (`_redirects` and a moved page).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, test } from 'vitest';

const dist = path.resolve(import.meta.dirname, '../../dist');
const MARKETS = { 'en-us': 'en-US', 'en-gb': 'en-GB', 'de-de': 'de-DE' } as const;

interface Page {
	path: string;
	lang: string | undefined;
	canonical: string | undefined;
	/** hreflang → path. */
	alternates: Map<string, string>;
}

function readPage(file: string): Page {
	const page: Page = {
		path: `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''),
		lang: undefined,
		canonical: undefined,
		alternates: new Map(),
	};
	const parser = new Parser({
		onopentag(name, attributes) {
			if (name === 'html') page.lang = attributes.lang;
			if (name === 'link' && attributes.rel === 'canonical') page.canonical = new URL(attributes.href!).pathname;
			if (name === 'link' && attributes.rel === 'alternate' && attributes.hreflang) {
				expect(page.alternates.has(attributes.hreflang), `${page.path}: hreflang ${attributes.hreflang} twice`).toBe(false);
				page.alternates.set(attributes.hreflang, new URL(attributes.href!).pathname);
			}
		},
	});
	parser.end(readFileSync(path.join(dist, file), 'utf8'));
	return page;
}

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html') && !file.includes(`${path.sep}pagefind${path.sep}`))
	.map(readPage);
const byPath = new Map(pages.map((p) => [p.path, p]));
const marketPages = pages.filter((p) => Object.keys(MARKETS).some((slug) => p.path.startsWith(`/${slug}/`)));

describe('hreflang', () => {
	test('every page of a market that search engines may list links its versions in every market that has it, and x-default', () => {
		const listed = marketPages.filter((p) => p.canonical);
		expect(listed.length).toBeGreaterThan(100);
		for (const page of listed) {
			const [, slug, ...rest] = page.path.split('/');
			expect(page.alternates.get(MARKETS[slug as keyof typeof MARKETS]), page.path).toBe(page.path);
			expect(page.alternates.has('x-default'), page.path).toBe(true);
			for (const [other, locale] of Object.entries(MARKETS)) {
				const twin = `/${other}/${rest.join('/')}`;
				expect(page.alternates.get(locale), `${page.path} → ${locale}`).toBe(byPath.has(twin) ? twin : undefined);
			}
		}
	});

	test('alternates are reciprocal: each version lists the same set, and each target exists with that language', () => {
		let checked = 0;
		for (const page of pages.filter((p) => p.alternates.size)) {
			for (const [hreflang, target] of page.alternates) {
				const other = byPath.get(target);
				expect(other, `${page.path}: ${hreflang} → ${target} is not a page`).toBeDefined();
				if (hreflang !== 'x-default') expect(other!.lang, target).toBe(hreflang);
				expect(Object.fromEntries(other!.alternates), `${target} lists other alternates than ${page.path}`).toEqual(
					Object.fromEntries(page.alternates),
				);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(300);
	});

	test('each market’s sitemap, listed in the index, carries the same alternates as the pages', () => {
		const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
		expect(sitemaps).toEqual(Object.keys(MARKETS).map((slug) => `/${slug}/sitemap.xml`));
		const listed = new Set<string>();
		for (const sitemap of sitemaps) {
			const xml = readFileSync(path.join(dist, sitemap), 'utf8');
			for (const [, loc, rest] of xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)) {
				const pathname = new URL(loc!).pathname;
				expect(listed.has(pathname), `${pathname} listed twice`).toBe(false);
				listed.add(pathname);
				const links = new Map(
					[...rest!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang!, new URL(href!).pathname]),
				);
				expect(Object.fromEntries(links), pathname).toEqual(Object.fromEntries(byPath.get(pathname)!.alternates));
			}
		}
		// Every page search engines may list, and only those: the chooser and each market's pages with a canonical address.
		const expected = pages.filter((p) => p.canonical && (p.path === '/' || marketPages.includes(p))).map((p) => p.path);
		expect([...listed].sort()).toEqual(expected.sort());
	});
});

test('each market’s pages say their language, in its own words (British English on en-GB pages)', () => {
	const centre = {
		'en-us': /\| Kestrel Help Center<\/title>|>Kestrel Help Center</,
		'en-gb': /\| Kestrel Help Centre<\/title>|>Kestrel Help Centre</,
		'de-de': /\| Kestrel Hilfe-Center<\/title>|>Kestrel Hilfe-Center</,
	};
	for (const page of marketPages) {
		const slug = page.path.split('/')[1] as keyof typeof MARKETS;
		expect(page.lang, page.path).toBe(MARKETS[slug]);
		expect(readFileSync(path.join(dist, page.path, 'index.html'), 'utf8'), page.path).toMatch(centre[slug]);
	}
});

describe('old addresses', () => {
	const redirects = readFileSync(path.join(dist, '_redirects'), 'utf8')
		.trim()
		.split('\n')
		.map((line) => line.split(' '));

	test('_redirects sends each old address to its /en-us/ page with a 301, and that page exists', () => {
		expect(redirects.length).toBeGreaterThan(60);
		for (const [from, to, status] of redirects) {
			expect(status).toBe('301');
			expect(to).toBe(`/en-us${from}`);
			expect(existsSync(path.join(dist, to!, 'index.html')), to).toBe(true);
		}
		const froms = redirects.map(([from]) => from);
		for (const old of ['/payments/late-payments/', '/contact/', '/search/', '/coverage/', '/payments/', '/payments/paying/'])
			expect(froms).toContain(old);
	});

	test('where a host ignores _redirects, each old address is a page that moves on, with a link and a refresh', () => {
		for (const [from, to] of redirects) {
			const html = readFileSync(path.join(dist, from!, 'index.html'), 'utf8');
			expect(html, from).toContain(`<a href="${to}">`);
			expect(html, from).toContain(`content="0; url=${to}"`);
			expect(html, from).toContain('name="robots" content="noindex"');
		}
	});
});

describe('each market shows only its own figures', () => {
	// What marks a market's figures: its currency, its phone number, its regulator and ombudsman.
	const OWN = {
		'en-us': [/\$\s?\d/, /555-01\d\d/, /Consumer Financial Protection Bureau|CFPB/],
		'en-gb': [/£\s?\d/, /020 7946 0\d{3}/, /Financial Conduct Authority|Financial Ombudsman Service/],
		// Germany publishes no phone number: its mark is the address it is written to instead.
		'de-de': [/€\s?\d|\d\s€/, /support-de@example\.com/, /BaFin/],
	} as const;
	/** The text a customer reads on a page (scripts, styles and the hidden data of the contact page left out). */
	const readText = (page: Page) =>
		readFileSync(path.join(dist, page.path, 'index.html'), 'utf8')
			.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
			.replace(/<[^>]+>/g, ' ')
			.replace(/&#163;|&pound;/g, '£');

	for (const [slug, other] of [
		['en-gb', 'en-us'],
		['en-us', 'en-gb'],
		['de-de', 'en-us'],
		['de-de', 'en-gb'],
		['en-us', 'de-de'],
		['en-gb', 'de-de'],
	] as const) {
		test(`no ${other} figure appears on a ${slug} page, and the ${slug} pages show their own`, () => {
			const own = new Set<number>();
			// The coverage page quotes customers' questions ("a $1 charge"): a report for support leads, not the market's text.
			const ownPages = marketPages.filter((p) => p.path.startsWith(`/${slug}/`) && !p.path.endsWith('/coverage/'));
			expect(ownPages.length).toBeGreaterThan(50);
			for (const page of ownPages) {
				const text = readText(page);
				for (const pattern of OWN[other]) expect(text, `${page.path} shows ${pattern}`).not.toMatch(pattern);
				OWN[slug].forEach((pattern, i) => pattern.test(text) && own.add(i));
			}
			// Not a vacuous pass: the market's own currency, phone number and regulator are on its pages.
			expect([...own].sort()).toEqual([0, 1, 2]);
		});
	}
});
