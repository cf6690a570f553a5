import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { siteUrl } from '../../src/lib/node/site-url.ts';
import { projectRoot, removeDir, scratchDir } from '../helpers/site-copy.ts';
import { checkSiteLinks } from './site-links.ts';

const dist = path.join(projectRoot, 'dist');

/** The part of a support file that puts a link to another origin on the site. */
interface SupportLinks {
	channels: { chat: { href: string } };
}

describe('links in the built site', () => {
	test('every internal link, anchor and sitemap entry in dist/ resolves', () => {
		const report = checkSiteLinks(dist, siteUrl());
		expect(report.broken).toEqual([]);
		// Not a vacuous pass: the whole site was read.
		expect(report.pages).toBeGreaterThan(50);
		expect(report.checked).toBeGreaterThan(report.pages * 10);
	});

	test('the only other origin the site links to is the chat service set in the support files', async () => {
		// The build's "Start a live chat" links go to the chat service of each market's support file;
		// any other origin is a link nobody reviewed, and none at all means the chat links are gone.
		const origins = new Set<string>();
		for (const file of ['content/support/us.yaml', 'content/support/gb.yaml']) {
			const support = parse(await readFile(path.join(projectRoot, file), 'utf8')) as SupportLinks;
			origins.add(new URL(support.channels.chat.href).origin);
		}
		const { external } = checkSiteLinks(dist, siteUrl());
		expect(external).toEqual([...origins]);
	});
});

describe('checkSiteLinks', () => {
	test('reports a missing page, a missing anchor, a missing trailing slash and a javascript: link', async () => {
		const root = await scratchDir('links-');
		try {
			await mkdir(path.join(root, 'a'));
			await writeFile(path.join(root, 'a/index.html'), '<h2 id="here">Here</h2>');
			await writeFile(
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
			await removeDir(root);
		}
	});
});
