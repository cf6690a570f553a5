import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { projectRoot, removeDir, scratchDir } from '../helpers/site-copy.ts';
import { readRulesFile } from '../../src/lib/search/build-data.ts';
import { compileSynonyms, packSynonyms, unpackSynonyms } from '../../src/lib/search/synonyms.ts';
import type { SearchVocabulary } from '../../src/lib/search/types.ts';
import { requireDataFile } from '../../src/lib/node/content-files.ts';

// The Pagefind service is replaced by a stub whose answers each test sets.
const state = vi.hoisted(() => ({ pageCount: 3, addErrors: [] as string[], closed: 0 }));
vi.mock('pagefind', () => ({
	createIndex: async () => ({
		errors: [],
		index: {
			addDirectory: async () => ({ errors: state.addErrors, page_count: state.pageCount }),
			writeFiles: async ({ outputPath }: { outputPath: string }) => {
				await mkdir(path.join(outputPath, 'fragment'), { recursive: true });
				return { errors: [], outputPath };
			},
			deleteIndex: async () => null,
		},
	}),
	close: async () => {
		state.closed += 1;
	},
}));

// The indexing itself, as the build's step process runs it (a mock cannot reach that process).
const { indexSite, MAX_FRAGMENT_FILES } = await import('../../src/integrations/pagefind.ts');
let dist: string;

function run() {
	const logs: string[] = [];
	const logger = { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), error: (m: string) => logs.push(m) };
	return { logs, done: indexSite({ root: projectRoot, site: dist, maxFragments: MAX_FRAGMENT_FILES }, logger) };
}

beforeEach(async () => {
	dist = await scratchDir('help-center-pagefind-');
	Object.assign(state, { pageCount: 3, addErrors: [], closed: 0 });
});
afterEach(() => removeDir(dist));

describe('the Pagefind build step', () => {
	test('writes the search rules next to the index and logs the page count', async () => {
		const { logs, done } = run();
		await done;
		const read = async (file: string) => JSON.parse(await readFile(path.join(dist, 'en-us/pagefind', file), 'utf8'));
		const rules = readRulesFile(await read('search-rules.json'));
		const vocabulary = (await read('search-vocabulary.json')) as SearchVocabulary;
		// Packed to download less, and split between the rules file (what any question may need) and the
		// vocabulary (the rest), the synonyms read back as the very rules the writers' file makes, in order.
		const all = unpackSynonyms(packSynonyms(rules.synonyms), vocabulary.synonyms ?? []);
		expect(all.length).toBeGreaterThan(30);
		expect(rules.synonyms.length).toBeLessThan(all.length / 4);
		expect(all).toEqual(compileSynonyms(requireDataFile(projectRoot, 'synonyms') ?? {}));
		expect(rules.categories.map((c: { id: string }) => c.id)).toEqual(['payments', 'refunds', 'security', 'accounts']);
		expect(logs.join('\n')).toMatch(/Indexed 3 pages .* in \d+\.\d+s/);
		expect(state.closed).toBe(1);
	});

	test('fails the build when no page was indexed, and says where to look', async () => {
		state.pageCount = 0;
		await expect(run().done).rejects.toThrow(/indexed no page.*data-pagefind-body/);
		expect(state.closed).toBe(1);
	});

	test('fails the build when Pagefind reports an error', async () => {
		state.addErrors = ['could not parse dist/index.html'];
		await expect(run().done).rejects.toThrow(/could not parse dist\/index\.html/);
	});
});
