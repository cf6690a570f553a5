import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteUrl } from '../../src/lib/node/site-url.ts';
import { checkSiteLinks } from './site-links.ts';

const dist = path.resolve(import.meta.dirname, '../../dist');

describe('links in the built site', () => {
	test('every internal link, anchor and sitemap entry in dist/ resolves', () => {
		const report = checkSiteLinks(dist, siteUrl());
		expect(report.broken).toEqual([]);
		// Not a vacuous pass: the whole site was read.
		expect(report.pages).toBeGreaterThan(50);
		expect(report.checked).toBeGreaterThan(report.pages * 10);
	});

	test('the site links to no other origin except the chat service set in support.yaml', () => {
		const { external } = checkSiteLinks(dist, siteUrl());
		expect(external.every((origin) => origin.endsWith('.example.com'))).toBe(true);
	});
});

describe('checkSiteLinks', () => {
	test('reports a missing page, a missing anchor, a missing trailing slash and a javascript: link', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'links-'));
		try {
			mkdirSync(path.join(root, 'a'));
			writeFileSync(path.join(root, 'a/index.html'), '<h2 id="here">Here</h2>');
			writeFileSync(
				path.join(root, 'index.html'),
				'<a href="/a/#here">ok</a><a href="/a/#gone">anchor</a><a href="/b/">page</a><a href="/a">slash</a><a href="javascript:alert(1)">js</a><a href="https://elsewhere.example/">out</a>',
			);
			const report = checkSiteLinks(root);
			expect(report.broken).toEqual([
				'/: a[href]="/a/#gone" points to #gone, which is not on /a/',
				'/: a[href]="/b/" leads to a page that does not exist',
				'/: a[href]="/a" is missing its trailing slash (the site uses /path/ addresses)',
				'/: a[href]="javascript:alert(1)" runs script from a link',
			]);
			expect(report.external).toEqual(['https://elsewhere.example']);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
