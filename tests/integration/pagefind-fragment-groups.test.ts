import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import pagefind from '../../src/integrations/pagefind.ts';
import { openSearch } from '../../src/lib/node/search-node.ts';
import { projectRoot, removeDir, scratchDir } from '../helpers/site-copy.ts';

// Real Pagefind on a tiny site: past the fragment limit, results share files, and both the typo
// vocabulary and the search must still see every page.
let dist: string | undefined;

afterEach(async () => {
	await removeDir(dist);
	dist = undefined;
});

const PAGES = [
	{ slug: 'alpha', title: 'Alpha', words: 'Your instalment schedule shows every zephyrine payment.' },
	{ slug: 'beta', title: 'Beta', words: 'A quixotical refund reaches your card within ten days.' },
	{ slug: 'gamma', title: 'Gamma', words: 'Reset the marmalite passcode from the sign-in screen.' },
];

test('with more pages than result files, every page is still in the vocabulary and found by search', { timeout: 60_000 }, async () => {
	dist = await scratchDir('help-center-fragments-');
	// Each market of the project has its own index: the pages are written under each.
	for (const market of ['en-us', 'en-gb', 'de-de']) {
		for (const page of PAGES) {
			await mkdir(path.join(dist, market, 'payments', page.slug), { recursive: true });
			await writeFile(
				path.join(dist, market, 'payments', page.slug, 'index.html'),
				`<!doctype html><html lang="en"><head><title>${page.title}</title></head><body><main data-pagefind-body><h1 data-pagefind-meta="title">${page.title}</h1><p>${page.words}</p></main></body></html>`,
			);
		}
	}
	const integration = pagefind({ maxFragments: 1 });
	const hooks = integration.hooks as Record<string, (arg: unknown) => Promise<void> | void>;
	const logs: string[] = [];
	await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${projectRoot}/`) } });
	await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info: (m: string) => logs.push(m) }, pages: [] });

	expect(await readdir(path.join(dist, 'en-us', 'pagefind', 'fragment')), 'three pages share one result file').toHaveLength(1);
	const vocabulary = JSON.parse(await readFile(path.join(dist, 'en-us', 'pagefind', 'search-vocabulary.json'), 'utf8')) as {
		words: string[];
	};
	const words = new Set(vocabulary.words);
	for (const word of ['zephyrine', 'quixotical', 'marmalite']) expect(words).toContain(word);

	const search = await openSearch(path.join(dist, 'en-us'));
	try {
		for (const [word, slug] of [
			['quixotical', 'beta'],
			['marmalite', 'gamma'],
		] as const) {
			const hits = await search.search(word);
			expect(hits.map((h) => h.url)).toEqual([`/en-us/payments/${slug}/`]);
		}
	} finally {
		await search.close();
	}
});
