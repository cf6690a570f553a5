import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSearch, type NodeSearch } from '../../src/lib/node/search-node.ts';

// The browser reads the search rules by initial (the rules file, then the vocabulary part of each of
// a question's initials, with the synonyms and ranking words those questions can meet); `npm run
// search` reads them whole. Every customer question of the development set gets the same answer both ways.
const root = path.resolve(import.meta.dirname, '../..');
const bundle = path.join(root, 'dist/en-us');
const questions = (
	parse(readFileSync(path.join(root, 'content/questions/dev.csv'), 'utf8'), { columns: true }) as { question: string }[]
).map((row) => row.question);
let whole: NodeSearch;
let byInitial: NodeSearch;

beforeAll(async () => {
	[whole, byInitial] = await Promise.all([openSearch(bundle), openSearch(bundle, { byInitial: true })]);
});

afterAll(async () => {
	await Promise.all([whole?.close(), byInitial?.close()]);
});

test('the browser’s reading of the rules by initial answers every development question as the whole rules do', async () => {
	expect(questions.length).toBeGreaterThan(500);
	const differ: string[] = [];
	for (const question of questions) {
		const [expected, actual] = await Promise.all([
			whole.searchDetailed(question, { limit: 5 }),
			byInitial.searchDetailed(question, { limit: 5 }),
		]);
		if (JSON.stringify(actual) !== JSON.stringify(expected)) differ.push(question);
	}
	expect(differ).toEqual([]);
});
