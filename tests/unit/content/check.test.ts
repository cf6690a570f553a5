import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import type { ContentSources } from '../../../src/lib/content/files.ts';
import { readContent } from '../../../src/lib/node/read-content.ts';
import { formatProblems } from '../../../src/lib/problems/report.ts';

const root = new URL('../../..', import.meta.url).pathname;
const demo = await readContent(root);

/** The demo content with one article replaced (or added) at `path`. */
function withArticle(path: string, text: string): ContentSources {
	return { ...demo, articles: [...demo.articles.filter((a) => a.path !== path), { path, text }] };
}

/** What only the passage of time brings to the demo content: articles due for review, holidays gone by. */
const TIME_DEPENDENT = new Set(['stale-review', 'special-day-past']);

/** The problems of `sources` checked today, without those that only depend on the date. */
function problemsIn(sources: ContentSources) {
	return checkContent(sources).problems.filter((p) => !TIME_DEPENDENT.has(p.rule));
}

const good = await readFile(new URL('../../../content/articles/payments/pay-early.mdx', import.meta.url), 'utf8');
const PATH = 'content/articles/payments/pay-early.mdx';

describe('checkContent on the demo content', () => {
	test('finds no problem and reads every article', () => {
		const result = checkContent(demo);
		// Only the passage of time may add problems (articles due for review, past holidays); nothing else.
		expect(formatProblems(result.problems.filter((p) => !TIME_DEPENDENT.has(p.rule)))).toBe('');
		expect(result.articles.length).toBeGreaterThanOrEqual(32);
		for (const category of ['payments', 'refunds', 'security', 'accounts']) {
			expect(result.articles.filter((a) => a.data.category === category).length).toBeGreaterThanOrEqual(8);
		}
	});
});

describe('checkContent names the file, line and field of each mistake', () => {
	test('a missing title', () => {
		const problems = problemsIn(withArticle(PATH, good.replace(/^title:.*\n/m, '')));
		expect(problems).toMatchObject([{ file: PATH, field: 'title', rule: 'missing-field', line: 2 }]);
		expect(problems[0]!.message).toContain('Add a `title`');
	});

	test('a question among the first three not written as the page shows questions, with the fix', () => {
		const text = good.replace('  - Can I pay my next instalment before it\'s due?', '  - can i pay my next instalment early');
		const problems = problemsIn(withArticle(PATH, text));
		expect(problems).toMatchObject([{ file: PATH, field: 'questions[1]', line: 9, rule: 'shown-question-style', severity: 'warning' }]);
		expect(problems[0]!.message).toContain('Write it as "Can I pay my next instalment early?"');
	});

	test('customers’ own words, and questions below the first three, are for search only and fine as they are', () => {
		const words = good.replace('  - Can I pay my next instalment before it\'s due?', '  - pay off early');
		expect(problemsIn(withArticle(PATH, words))).toEqual([]);
		const below = good.replace('  - How do I pay off my balance early?', '  - How do I pay off my balance early?\n  - how do i settle up');
		expect(problemsIn(withArticle(PATH, below))).toEqual([]);
	});

	test('an unknown category, with the allowed values', () => {
		const problems = problemsIn(withArticle(PATH, good.replace(/^category:.*$/m, 'category: billing')));
		expect(problems).toMatchObject([{ file: PATH, field: 'category', line: 4, rule: 'unknown-category' }]);
		expect(problems[0]!.message).toContain('Use one of `payments`, `refunds`, `security` or `accounts`');
	});

	test('a section of another category, with the sections of this one', () => {
		const problems = problemsIn(withArticle(PATH, good.replace(/^section:.*$/m, 'section: staying-safe')));
		expect(problems).toMatchObject([{ file: PATH, field: 'section', line: 5, rule: 'unknown-section' }]);
		expect(problems[0]!.message).toContain('Sections of payments: `how-it-works`, `paying` or `payment-problems`.');
	});

	test('links to section pages lead somewhere; a section that does not exist does not', () => {
		const text = `${good}\nSee [all about paying](/payments/paying/) and [problems](/payments/problems/).\n`;
		const problems = problemsIn(withArticle(PATH, text));
		expect(problems.map((p) => [p.rule, p.message.split(' ')[0]])).toEqual([['broken-link', '`/payments/problems/`']]);
	});

	test('an unknown related article', () => {
		const text = good.replace(/^related:.*$/m, 'related: [payments/no-such-article]');
		const problems = problemsIn(withArticle(PATH, text));
		expect(problems).toMatchObject([{ file: PATH, field: 'related[0]', rule: 'unknown-related' }]);
		expect(problems[0]!.message).toContain('Unknown article `payments/no-such-article`');
	});

	test('a date that cannot be read', () => {
		const problems = problemsIn(withArticle(PATH, good.replace(/^updated:.*$/m, 'updated: 2026-13-45')));
		expect(problems).toMatchObject([{ file: PATH, field: 'updated', rule: 'invalid-date' }]);
		expect(problems[0]!.message).toContain('Write it as YYYY-MM-DD');
	});

	test('an article in the wrong category folder', () => {
		const path = 'content/articles/refunds/pay-early.mdx';
		const sources = { ...demo, articles: [...demo.articles.filter((a) => a.path !== PATH), { path, text: good }] };
		const problems = problemsIn(sources);
		const wrongFolder = problems.filter((p) => p.rule === 'wrong-category-folder');
		expect(wrongFolder).toMatchObject([{ file: path, field: 'category' }]);
		expect(wrongFolder[0]!.message).toContain('is in the `refunds` folder');
	});

	test('a misspelt field, with a suggestion', () => {
		const problems = problemsIn(withArticle(PATH, good.replace(/^reviewed:/m, 'reviwed:')));
		expect(problems).toMatchObject([{ file: PATH, field: 'reviwed', rule: 'unknown-field' }]);
		expect(problems[0]!.message).toBe('Unknown field `reviwed`: did you mean `reviewed`?');
	});
});
