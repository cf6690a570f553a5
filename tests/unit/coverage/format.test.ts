import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { computeCoverage, withoutDraftDetails, type CoverageArticle, type CoverageInput } from '../../../src/lib/coverage/compute.ts';
import { coverageHit as hit } from '../../helpers/coverage.ts';
import { formatCoverage } from '../../../src/lib/coverage/format.ts';
import { fillCoveragePage } from '../../../src/lib/coverage/html.ts';
import { CONTROL_CHARACTERS } from '../../../src/lib/shared/words.ts';
import { MARKDOWN_XSS_PAYLOADS, XSS_PAYLOADS } from '../../fixtures/xss-payloads.ts';
import { wordsOf } from '../../helpers/messages.ts';

/** The English page's words: the report's sentences come from content/messages/en.yaml. */
const en = wordsOf('en-US');

const refund: CoverageArticle = {
	url: '/refunds/where-is-my-refund/',
	title: 'Where is my refund?',
	category: 'refunds',
	topics: ['refund-status'],
	updated: '2026-11-01',
	reviewed: '2026-04-01',
	draft: false,
	file: 'content/articles/refunds/where-is-my-refund.mdx',
};
const fees: CoverageArticle = {
	...refund,
	url: '/payments/fees/',
	title: 'Fees | charges <and> "costs"',
	category: 'payments',
	topics: ['fees'],
	reviewed: '2026-11-20',
	file: 'content/articles/payments/fees.mdx',
};
const draft: CoverageArticle = {
	...fees,
	url: '/payments/new/',
	title: 'New fees',
	draft: true,
	file: 'content/articles/payments/new.mdx',
};

const shared = (a: CoverageArticle) => ({ ...a, source: 'shared' as const });

const input: CoverageInput = {
	topics: [
		{ id: 'fees', category: 'payments', title: 'Fees and charges' },
		{ id: 'refund-status', category: 'refunds', title: 'Where is my refund' },
	],
	categories: [
		{ id: 'payments', title: 'Payments' },
		{ id: 'refunds', title: 'Refunds and returns' },
	],
	market: { id: 'us', name: 'United States', locale: 'en-US' },
	// The UK publishes the fees article only: refund-status is a gap there.
	markets: [
		{ id: 'us', name: 'United States', locale: 'en-US', articles: [refund, fees, draft].map(shared) },
		{ id: 'gb', name: 'United Kingdom', locale: 'en-GB', articles: [fees].map(shared) },
	],
	articles: [refund, fees, draft],
	runs: [
		{
			question: { question: '=HYPERLINK("http://x") refund, please', topic: 'refund-status', file: 'content/questions/q.csv', line: 2 },
			hits: [hit(fees)],
		},
		{
			question: { question: 'where is my <b>refund</b> | status', topic: 'refund-status', file: 'content/questions/q.csv', line: 3 },
			hits: [],
		},
		{ question: { question: 'what fees?', topic: 'fees', file: 'content/questions/q.csv', line: 4 }, hits: [hit(fees)] },
	],
	banks: ['content/questions/q.csv'],
	today: '2026-11-24',
	staleAfterDays: 180,
};
const report = computeCoverage(input);

/** The built page of src/pages/coverage.astro, cut down: the report goes in `main`, alone. */
const shell = (placeholders: string) =>
	`<!DOCTYPE html><html lang="en"><head><title>FAQ coverage</title></head><body><header><h1>FAQ coverage</h1></header><main>${placeholders}</main><footer><p>About the questions</p></footer></body></html>`;
const placeholder = '<p class="notice" data-coverage-report>The report is made by the production build.</p>';
const page = shell(placeholder);

/** A Markdown node as remark reads it back. */
type MdNode = { type: string; value?: string; url?: string; align?: (string | null)[]; children?: MdNode[] };

/** Every node of `markdown` as a GFM renderer (a CI job summary, a wiki) reads it, in document order. */
function readMarkdown(markdown: string): MdNode[] {
	const all: MdNode[] = [];
	const walk = (node: MdNode) => {
		all.push(node);
		node.children?.forEach(walk);
	};
	walk(unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode);
	return all;
}

/**
 * A node's words, with anything but text marked: links, images, HTML, code, formatting. A web
 * address the customer typed may become a link to itself (GFM autolinks), never to anything else.
 */
const isAutolink = (n: MdNode) => n.type === 'link' && /^https?:\/\//.test(n.url!) && n.children?.[0]?.value === n.url;
const plainText = (node: MdNode): string =>
	node.children!.map((child) => (child.type === 'text' ? child.value : isAutolink(child) ? child.url : `<${child.type}>`)).join('');

/** The table whose first heading is `heading`, as rows of cells (the heading row first). */
function markdownTable(all: MdNode[], heading: string): { align: (string | null)[]; rows: MdNode[][] } {
	const table = all.find((n) => n.type === 'table' && plainText(n.children![0]!.children![0]!) === heading)!;
	return { align: table.align!, rows: table.children!.map((row) => row.children!) };
}

describe('formatCoverage', () => {
	test('text: headline figures, the topic table, failed questions with what search returned, stale articles and drafts', () => {
		const text = formatCoverage(report, 'text');
		expect(text).toMatch(/^FAQ coverage for United States \(en-US\), 2026-11-24\n/);
		expect(text).toContain(
			'Search figures, statuses and articles are for United States (en-US): its own pages and search index; each market has a report of its own.',
		);
		expect(text).toContain('top 3 results for 33.3% of 3 customer questions');
		expect(text).toMatch(/refund-status\s+refunds\s+search-misses\s+2\s+0\.0%\s+50\.0%\s+2026-04-01\s+\/refunds\/where-is-my-refund\//);
		expect(text).toContain(
			'content/questions/q.csv:3  [refund-status] where is my <b>refund</b> | status\n      not found; returned nothing',
		);
		expect(text).toContain('not found; returned /payments/fees/ [fees]');
		expect(text).toMatch(/Stale articles \(1\)\n {2}\/refunds\/where-is-my-refund\/ {2}reviewed 2026-04-01, 237 days ago/);
		expect(text).toMatch(/Drafts \(1\)\n {2}\/payments\/new\/ {2}New fees/);
	});

	test('text: the topics by market, with the gaps of each market counted in the summary', () => {
		const text = formatCoverage(report, 'text');
		expect(text).toContain(
			"By market: 0 topics have no article in United States (en-US), this report's market; 1 topic has no article in United Kingdom (en-GB).",
		);
		expect(text).toContain(
			[
				'Topics by market (published articles per topic; 0 = no answer in that market)',
				'  Topic          us*  gb',
				'  -------------  ---  --',
				'  fees             1   1',
				'  refund-status    1   0',
			].join('\n'),
		);
		expect(text).toContain("Markets: us* = United States (en-US), gb = United Kingdom (en-GB); * = this report's market.");
	});

	test('text and md list only the worst N failed questions when asked', () => {
		expect(formatCoverage(report, 'text', { worst: 1 })).toContain('(1 of 2; --worst N shows more)');
		expect(formatCoverage(report, 'md', { worst: 1 })).toContain('## Questions search fails worst on (1 of 2)');
	});

	test('md: tables whose cells cannot break the table, with links to the articles', () => {
		const md = formatCoverage(report, 'md');
		expect(md).toContain(
			'| Where is my refund (`refund-status`) | refunds | **search-misses** | 2 | 0.0% | 50.0% | 2026-04-01 | [/refunds/where-is-my-refund/](/refunds/where-is-my-refund/) |',
		);
		expect(md).toContain('where is my \\<b>refund\\</b> \\| status');
		expect(md).toMatch(/^# FAQ coverage for United States \(en-US\), 2026-11-24\n/);
		expect(md).toContain(
			"- By market: 0 topics have no article in United States (en-US), this report's market; 1 topic has no article in United Kingdom (en-GB).",
		);
		expect(md).toContain('| Topic | **United States (en-US)** (this report) | United Kingdom (en-GB) |');
		expect(md).toContain('| `refund-status` | 1 | **0** |');
		expect(md).toContain('[Fees \\| charges \\<and> "costs"](/payments/fees/)');

		// Read back as a renderer reads it: the same headings, each row's cells in their columns, figures right-aligned.
		const all = readMarkdown(md);
		expect(all.filter((n) => n.type === 'heading').map(plainText)).toEqual([
			'FAQ coverage for United States (en-US), 2026-11-24',
			'By category',
			'By topic',
			'Topics by market',
			'Questions search fails worst on (2 of 2)',
			'Stale articles (1)',
			'Drafts (1)',
		]);
		const categories = markdownTable(all, 'Category');
		expect(categories.rows[0]!.map(plainText)).toEqual([
			'Category',
			'Topics',
			'Articles',
			'Questions',
			'Recall@3',
			'No result',
			'no-article',
			'search-misses',
			'stale',
			'covered',
		]);
		expect(categories.align).toEqual([null, ...Array(9).fill('right')]);
		const failed = markdownTable(all, 'Question');
		expect(failed.rows.slice(1).map((cells) => cells.map(plainText))).toEqual([
			['=HYPERLINK("http://x") refund, please', '<inlineCode>', 'not found', '<link>', 'content/questions/q.csv:2'],
			['where is my <b>refund</b> | status', '<inlineCode>', 'not found', 'nothing', 'content/questions/q.csv:3'],
		]);
		expect(failed.rows[1]![3]!.children!.map((link) => [link.url, plainText(link)])).toEqual([
			['/payments/fees/', 'Fees | charges <and> "costs"'],
		]);
	});

	test('json: the documented shape', () => {
		const json = JSON.parse(formatCoverage(report, 'json'));
		expect(json.generatedAt).toBe('2026-11-24');
		expect(json.market).toEqual({ id: 'us', name: 'United States', locale: 'en-US' });
		expect(json.markets).toEqual([
			{
				id: 'us',
				name: 'United States',
				locale: 'en-US',
				current: true,
				articles: 2,
				articlesPerTopic: { fees: 1, 'refund-status': 1 },
				topicsWithoutArticles: [],
			},
			{
				id: 'gb',
				name: 'United Kingdom',
				locale: 'en-GB',
				current: false,
				articles: 1,
				articlesPerTopic: { fees: 1, 'refund-status': 0 },
				topicsWithoutArticles: ['refund-status'],
			},
		]);
		expect(json.topics[1]).toEqual({
			id: 'refund-status',
			title: 'Where is my refund',
			category: 'refunds',
			status: 'search-misses',
			articles: ['/refunds/where-is-my-refund/'],
			questions: 2,
			recallAt3: 0,
			zeroResultRate: 0.5,
			reviewed: '2026-04-01',
		});
	});

	test('csv: one row per topic, or per failed question, that a spreadsheet reads back unchanged and never runs as a formula', () => {
		const csv = formatCoverage(report, 'csv');
		// The columns of before stay in place; the market and one article count per market follow.
		expect(csv.split('\n')[0]).toBe(
			'id,title,category,status,articles,questions,recall_at_3,zero_result_rate,reviewed,market,articles_us,articles_gb',
		);
		const topics = parse(csv, { columns: true });
		expect(topics).toEqual([
			expect.objectContaining({ id: 'fees', status: 'covered', recall_at_3: '1', articles: '/payments/fees/' }),
			expect.objectContaining({
				id: 'refund-status',
				status: 'search-misses',
				recall_at_3: '0',
				zero_result_rate: '0.5',
				reviewed: '2026-04-01',
				market: 'us',
				articles_us: '1',
				articles_gb: '0',
			}),
		]);
		const questions: Record<string, string>[] = parse(formatCoverage(report, 'csv', { table: 'questions' }), { columns: true });
		expect(questions.map((q) => [q.line, q.question, q.rank, q.returned_1, q.market])).toEqual([
			['2', '\'=HYPERLINK("http://x") refund, please', '', '/payments/fees/', 'us'],
			['3', 'where is my <b>refund</b> | status', '', '', 'us'],
		]);
	});
});

describe('fillCoveragePage', () => {
	const document = parseDocument(fillCoveragePage(page, report, en));
	const main = DomUtils.findOne((e) => e.name === 'main', document.children)!;
	const elements = (name: string) => DomUtils.findAll((e) => e.name === name, main.children);
	const text = (node: Parameters<typeof DomUtils.textContent>[0]) => DomUtils.textContent(node);

	test('puts the report in place of the placeholder and keeps the rest of the page', () => {
		const html = fillCoveragePage(page, report, en);
		expect(html).toMatch(
			/^<!DOCTYPE html><html lang="en"><head><title>FAQ coverage<\/title><\/head><body><header><h1>FAQ coverage<\/h1><\/header><main><p class="coverage-meta">/,
		);
		expect(html).toMatch(/<\/section><\/main><footer><p>About the questions<\/p><\/footer><\/body><\/html>$/);
		expect(html).not.toContain('production build');
	});

	test('fails when the page has no placeholder, or more than one', () => {
		expect(() => fillCoveragePage(shell(''), report, en)).toThrow(
			/has no element with data-coverage-report.*exactly one \(src\/pages\/coverage\.astro\)/,
		);
		expect(() => fillCoveragePage(shell(placeholder + placeholder), report, en)).toThrow(/has 2 elements with data-coverage-report/);
	});

	test('shows every text from content and question banks as text', () => {
		const failed = DomUtils.getElementById('failed-table', main.children)!;
		const rowHeaders = DomUtils.findAll((e) => e.name === 'th' && e.attribs.scope === 'row', failed.children).map(text);
		expect(rowHeaders).toEqual(['=HYPERLINK("http://x") refund, please', 'where is my <b>refund</b> | status']);
		expect(elements('b')).toEqual([]);
		expect(elements('a').map(text)).toContain('Fees | charges <and> "costs"');
	});

	test('links each topic to its articles by title, and each failed question to what search returned', () => {
		const topics = DomUtils.getElementById('topics-table', main.children)!;
		const topicLinks = DomUtils.findAll((e) => e.name === 'a', topics.children).map((a) => [a.attribs.href, text(a)]);
		expect(topicLinks).toContainEqual(['/refunds/where-is-my-refund/', 'Where is my refund?']);
		const failed = DomUtils.getElementById('failed-table', main.children)!;
		const returned = DomUtils.findAll((e) => e.name === 'a', failed.children).map((a) => [a.attribs.href, text(a)]);
		expect(returned).toEqual([['/payments/fees/', 'Fees | charges <and> "costs"']]);
	});

	test('gives sortable tables captions, and numbers sort keys (empty when there is nothing to measure)', () => {
		const tables = elements('table');
		expect(tables.map((t) => [t.attribs.id, 'data-sortable' in t.attribs])).toEqual([
			['topics-table', true],
			['markets-table', true],
			['categories-table', true],
			['failed-table', true],
			['stale-table', true],
		]);
		expect(text(DomUtils.findOne((e) => e.name === 'caption', tables[0]!.children)!)).toBe('Topics, grouped by category');
		const refundRow = DomUtils.findAll((e) => e.name === 'tr', tables[0]!.children).find((row) => text(row).includes('refund-status'))!;
		const percents = DomUtils.findAll((e) => e.name === 'td' && e.attribs.class === 'num', refundRow.children).slice(1);
		expect(percents.map((td) => [text(td), td.attribs['data-sort']])).toEqual([
			['0.0%', '0.0000'],
			['50.0%', '0.5000'],
		]);
		const noQuestions = computeCoverage({ ...input, runs: [] });
		const emptyRecall = DomUtils.findAll((e) => e.name === 'td', parseDocument(fillCoveragePage(page, noQuestions, en)).children).find(
			(td) => text(td) === '–',
		);
		expect(emptyRecall?.attribs['data-sort']).toBe('');
		expect(DomUtils.findAll((e) => 'style' in e.attribs || e.name === 'script' || e.name === 'style', document.children)).toEqual([]);
	});

	test('shows topics by market: a column per market, its own marked, a gap as 0, and the gaps counted in the summary', () => {
		const table = DomUtils.getElementById('markets-table', main.children)!;
		const headings = DomUtils.findAll((e) => e.name === 'th' && e.attribs.scope === 'col', table.children).map(text);
		expect(headings).toEqual(['Topic', 'United States (en-US), this report', 'United Kingdom (en-GB)']);
		const rows = DomUtils.findAll((e) => e.name === 'tr', table.children)
			.slice(1)
			.map((row) => DomUtils.findAll((e) => e.name === 'th' || e.name === 'td', row.children).map(text));
		expect(rows).toEqual([
			['Fees and chargesfees', '1', '1'],
			['Where is my refundrefund-status', '1', '0'],
		]);
		const gaps = DomUtils.findOne((e) => e.attribs.class === 'market-gaps', main.children)!;
		expect(DomUtils.findAll((e) => e.name === 'li', gaps.children).map(text)).toEqual([
			'0 topics have no article in United States (en-US), this report’s market.',
			'1 topic has no article in United Kingdom (en-GB).',
		]);
	});

	test('links categories within the report’s market', () => {
		const gb = computeCoverage({ ...input, market: { id: 'gb', name: 'United Kingdom', locale: 'en-GB' }, articles: [fees] });
		const categories = DomUtils.getElementById('categories-table', parseDocument(fillCoveragePage(page, gb, en)).children)!;
		expect(DomUtils.findAll((e) => e.name === 'a', categories.children).map((a) => a.attribs.href)).toEqual([
			'/en-gb/payments/',
			'/en-gb/refunds/',
		]);
	});

	test('says when it lists only the worst failed questions', () => {
		expect(text(parseDocument(fillCoveragePage(page, report, en, { worst: 1 })))).toContain('The 1 worst of 2 are listed here');
		expect(text(main)).not.toContain('worst of');
	});

	test('shows the generation date and links the downloads', () => {
		const meta = DomUtils.findOne((e) => e.attribs.class === 'coverage-meta', main.children)!;
		const date = DomUtils.findOne((e) => e.name === 'time', meta.children)!;
		expect([date.attribs.datetime, text(date)]).toEqual(['2026-11-24', 'November 24, 2026']);
		expect(text(meta)).toMatch(
			/^Generated on November 24, 2026 from content\/questions\/q\.csv \(3 questions\)\. Search figures, statuses and articles are for United States \(en-US\): its own pages and search index; each market has a report of its own\. The same figures as npm run coverage -- --market us --today 2026-11-24 on this build\./,
		);
		const downloads = DomUtils.findAll((e) => e.name === 'a' && 'download' in e.attribs, meta.children).map((a) => a.attribs.href);
		expect(downloads).toEqual(['/coverage/coverage-topics.csv', '/coverage/coverage-failed-questions.csv', '/coverage/coverage.json']);
	});
});

describe('the published report', () => {
	test('counts drafts without naming them, and keeps every other figure', () => {
		const published = withoutDraftDetails(report);
		expect(published.summary).toEqual(report.summary);
		expect(published.drafts).toEqual([]);
		const text = DomUtils.textContent(parseDocument(fillCoveragePage(page, published, en)));
		expect(text).toContain('1 draft in progress. Drafts are not named on the published site');
		expect(text).not.toContain('New fees');
		expect(formatCoverage(published, 'json')).not.toContain('/payments/new/');
	});
});

describe('a hostile question bank', () => {
	// Questions, a bank file name and an article title that search returns, all from real payloads.
	const payloads = [...XSS_PAYLOADS, ...MARKDOWN_XSS_PAYLOADS];
	const file = 'content/questions/"><img src=x onerror=alert(30)>_[x](javascript:alert(31)).csv';
	const hostileArticle: CoverageArticle = {
		...fees,
		url: '/payments/hostile/',
		title: `Hostile ${XSS_PAYLOADS[2]} ${MARKDOWN_XSS_PAYLOADS[0]}`,
	};
	const hostile = computeCoverage({
		...input,
		articles: [refund, fees, hostileArticle],
		runs: payloads.map((question, i) => ({
			question: { question, topic: 'refund-status', file, line: i + 2 },
			hits: [hit(hostileArticle)],
		})),
		banks: [file],
	});

	test('text and md: a terminal escape in a question is shown, never sent to the terminal', () => {
		const escaped = computeCoverage({
			...input,
			runs: [
				{
					question: { question: 'refund?\x1b[2J\x1b]0;owned\x07', topic: 'refund-status', file: 'content/questions/q.csv', line: 2 },
					hits: [],
				},
			],
		});
		for (const format of ['text', 'md'] as const) {
			const out = formatCoverage(escaped, format);
			expect(out.match(CONTROL_CHARACTERS)).toBeNull();
			expect(out).toContain('\\u001b');
		}
	});

	test('md: every question, file name and title stays text when the report is rendered as Markdown', () => {
		const all = readMarkdown(formatCoverage(hostile, 'md', { worst: 100 }));
		expect(all.filter((n) => n.type === 'html' || n.type === 'image')).toEqual([]);
		expect(all.filter((n) => n.type === 'link' && !n.url!.startsWith('/') && !isAutolink(n))).toEqual([]);
		const rows = markdownTable(all, 'Question').rows.slice(1);
		expect(rows.map((cells) => plainText(cells[0]!))).toEqual(payloads);
		expect(rows.map((cells) => plainText(cells[4]!))).toEqual(payloads.map((_, i) => `${file}:${i + 2}`));
		// What search returned instead: one link to the article, named by its whole title.
		for (const cells of rows) {
			expect(cells[3]!.children!.map((link) => [link.url, plainText(link)])).toEqual([[hostileArticle.url, hostileArticle.title]]);
		}
		const summary = all.filter((n) => n.type === 'listItem').map((item) => plainText(item.children![0]!));
		expect(summary).toContain(`Question banks: ${file} (${payloads.length} questions).`);
	});

	test('md: a question written over several lines stays in its row, as one line of text', () => {
		const question = 'refund?\n| --- | --- |\n# owned\r\n<script>alert(24)</script>\n';
		const multiline = computeCoverage({
			...input,
			runs: [{ question: { question, topic: 'refund-status', file: 'content/questions/q.csv', line: 2 }, hits: [] }],
		});
		const all = readMarkdown(formatCoverage(multiline, 'md'));
		expect(all.filter((n) => n.type === 'html' || (n.type === 'heading' && plainText(n) === 'owned'))).toEqual([]);
		expect(
			markdownTable(all, 'Question')
				.rows.slice(1)
				.map((cells) => cells.map(plainText)),
		).toEqual([
			['refund? | --- | --- | # owned <script>alert(24)</script>', '<inlineCode>', 'not found', 'nothing', 'content/questions/q.csv:2'],
		]);
	});

	test('html: every question, file name and title is text in the failed-questions table', () => {
		const document = parseDocument(fillCoveragePage(page, hostile, en, { worst: 100 }));
		const main = DomUtils.findOne((e) => e.name === 'main', document.children)!;
		const elements = DomUtils.findAll(() => true, main.children);
		expect(elements.flatMap((e) => Object.keys(e.attribs).filter((name) => /^on/i.test(name)))).toEqual([]);
		expect(new Set(elements.map((e) => e.name))).toEqual(
			new Set([
				'p',
				'time',
				'code',
				'a',
				'section',
				'h2',
				'h3',
				'ul',
				'ol',
				'li',
				'strong',
				'span',
				'dl',
				'div',
				'dt',
				'dd',
				'table',
				'caption',
				'thead',
				'tbody',
				'tr',
				'th',
				'td',
				'br',
			]),
		);
		const table = DomUtils.getElementById('failed-table', document.children)!;
		const rows = DomUtils.findAll((e) => e.name === 'tr', table.children).slice(1);
		const cells = rows.map((row) =>
			DomUtils.findAll((e) => e.name === 'th' || e.name === 'td', row.children).map((c) => DomUtils.textContent(c)),
		);
		expect(cells.map((c) => c[0])).toEqual(payloads);
		expect(cells.map((c) => c[3])).toEqual(Array(payloads.length).fill(hostileArticle.title));
		expect(cells.map((c) => c[4])).toEqual(payloads.map((_, i) => `${file}:${i + 2}`));
		expect(DomUtils.textContent(DomUtils.findOne((e) => e.attribs.class === 'coverage-meta', document.children)!)).toContain(
			`from ${file} (`,
		);
	});
});

describe('translations', () => {
	const germany = {
		id: 'de',
		name: 'Deutschland',
		locale: 'de-DE',
		// fees: only the English article answers it there; refund-status: the German version follows the English one of October.
		articles: [
			{ ...shared(fees), url: '/de-de/payments/fees/' },
			{
				...refund,
				url: '/de-de/refunds/where-is-my-refund/',
				file: 'content/markets/de/refunds/where-is-my-refund.mdx',
				source: 'own' as const,
				sourceUpdated: '2026-10-05',
				sharedUpdated: refund.updated,
			},
		],
	};
	const withGermany = computeCoverage({ ...input, markets: [...input.markets, germany] });
	const german = computeCoverage({ ...input, market: germany, markets: [...input.markets, germany], articles: [] });

	test('text: per language, the untranslated and out-of-date topics with counts, and the file to bring up to date', () => {
		const text = formatCoverage(withGermany, 'text');
		expect(text).toContain('Translations: German (de) in Deutschland (de-DE): 0 translated, 1 untranslated, 1 out of date.');
		expect(text).toContain(
			[
				'Translations (per language: the topics a market answers only in English, or in an out-of-date version of its own)',
				'  German (de), Deutschland (de-DE): 0 translated, 1 untranslated, 1 out of date',
				'    Untranslated (1): fees',
				'    Out of date (1): refund-status',
				'      content/markets/de/refunds/where-is-my-refund.mdx follows 2026-10-05; the English article was updated 2026-11-01',
			].join('\n'),
		);
		expect(formatCoverage(german, 'text')).toContain(
			'  German (de), Deutschland (de-DE), this report: 0 translated, 1 untranslated, 1 out of date',
		);
	});

	test('md: a Translations section per language, with the out-of-date articles in a table', () => {
		const md = formatCoverage(withGermany, 'md');
		expect(md).toContain(
			[
				'### German (de): Deutschland (de-DE)',
				'',
				'0 translated, 1 untranslated, 1 out of date.',
				'',
				'**Untranslated (1):** `fees`',
				'',
				'**Out of date (1):** `refund-status`',
				'',
				'| Out-of-date article | Follows | English updated |',
				'| - | - | - |',
				'| content/markets/de/refunds/where-is-my-refund.mdx | 2026-10-05 | 2026-11-01 |',
			].join('\n'),
		);
	});

	test('json: the translations of every market not in English', () => {
		const json = JSON.parse(formatCoverage(withGermany, 'json'));
		expect(json.translations).toEqual([
			expect.objectContaining({ id: 'de', language: 'de', current: false, statuses: { untranslated: 1, 'out-of-date': 1, translated: 0 } }),
		]);
	});

	test('no Translations section while every market speaks English', () => {
		expect(formatCoverage(report, 'text')).not.toContain('Translations');
		expect(formatCoverage(report, 'md')).not.toContain('Translations');
		expect(DomUtils.getElementById('coverage-translations', parseDocument(fillCoveragePage(page, report, en)).children)).toBeNull();
	});

	test('the English page: a table per market with each topic’s state and the articles behind it', () => {
		const main = parseDocument(fillCoveragePage(page, withGermany, en));
		const section = DomUtils.getElementById('coverage-translations', main.children)!.parent!;
		expect(DomUtils.textContent(DomUtils.findOne((e) => e.name === 'h3', section.children)!)).toBe('German (de): Deutschland (de-DE)');
		const rows = DomUtils.findAll((e) => e.name === 'tr', DomUtils.getElementById('translations-de-table', section.children)!.children)
			.slice(1)
			.map((row) => DomUtils.findAll((e) => e.name === 'th' || e.name === 'td', row.children).map((c) => DomUtils.textContent(c)));
		expect(rows).toEqual([
			['Fees and chargesfees', 'untranslated', '/de-de/payments/fees/ (in English)'],
			[
				'Where is my refundrefund-status',
				'out of date',
				'/de-de/refunds/where-is-my-refund/ (content/markets/de/refunds/where-is-my-refund.mdx follows the version of Oct 5, 2026; the English article was updated on Nov 1, 2026)',
			],
		]);
	});
});

describe('the German page', () => {
	const de = wordsOf('de-DE');
	const germany = {
		id: 'de',
		name: 'Deutschland',
		locale: 'de-DE',
		articles: [{ ...shared(fees), url: '/de-de/payments/fees/' }],
	};
	const report = computeCoverage({
		...input,
		market: germany,
		markets: [...input.markets, germany],
		articles: [{ ...fees, url: '/de-de/payments/fees/' }, draft],
	});
	const document = parseDocument(fillCoveragePage(page, report, de));
	const text = (node: Parameters<typeof DomUtils.textContent>[0]) => DomUtils.textContent(node);
	const all = (name: string) => DomUtils.findAll((e) => e.name === name, document.children);

	test('headings, captions and columns in German', () => {
		expect(all('h2').map(text)).toEqual([
			'Zusammenfassung',
			'Themen',
			'Themen nach Markt',
			'Übersetzungen',
			'Kategorien',
			'Fragen, bei denen die Suche scheitert (2)',
			'Veraltete Artikel (0)',
			'Entwürfe (1)',
			'Lücken in den Daten',
		]);
		expect(all('caption').map(text)).toContain('Themen, nach Kategorie gruppiert');
		const topics = DomUtils.getElementById('topics-table', document.children)!;
		expect(DomUtils.findAll((e) => e.name === 'th' && e.attribs.scope === 'col', topics.children).map(text)).toEqual([
			'Thema',
			'Status',
			'Fragen',
			'Recall@3',
			'Kein Ergebnis',
			'Zuletzt geprüft',
			'Artikel',
		]);
		expect(all('dd').map(text)).toContain('kein veröffentlichter Artikel nennt dieses Thema.');
		const categories = DomUtils.getElementById('categories-table', document.children)!;
		expect(DomUtils.findAll((e) => e.name === 'a', categories.children).map((a) => [a.attribs.href, text(a)])).toEqual([
			['/de-de/payments/', 'Zahlungen'],
			['/de-de/refunds/', 'Erstattungen und Rücksendungen'],
		]);
		// Topic titles are content/topics.yaml's, in English: marked so, for screen readers.
		const titles = DomUtils.findAll((e) => e.name === 'th' && e.attribs.scope === 'row', topics.children).map((th) => th.children[0]);
		expect(titles.map((span) => [(span as { attribs: Record<string, string> }).attribs.lang, text(span!)])).toEqual([
			['en', 'Fees and charges'],
			['en', 'Where is my refund'],
		]);
	});

	test('numbers, shares and dates written for de-DE', () => {
		const meta = DomUtils.findOne((e) => e.attribs.class === 'coverage-meta', document.children)!;
		expect(text(meta)).toMatch(
			/^Erstellt am 24\. November 2026 aus content\/questions\/q\.csv \(3 Fragen\)\. Suchzahlen, Status und Artikel gelten für Deutschland \(de-DE\)/,
		);
		const stats = DomUtils.findOne((e) => e.attribs.class === 'coverage-stats', document.children)!;
		expect(text(DomUtils.findOne((e) => e.name === 'strong', stats.children)!)).toBe('33,3\u00a0%');
		const topics = DomUtils.getElementById('topics-table', document.children)!;
		expect(DomUtils.findAll((e) => e.name === 'time', topics.children).map(text)).toContain('20.11.2026');
		expect(all('li').map(text)).toContain('1 Thema hat keinen Artikel in Deutschland (de-DE), dem Markt dieses Berichts.');
	});

	test('the translations in German, the market’s own marked', () => {
		const section = DomUtils.getElementById('coverage-translations', document.children)!.parent!;
		expect(text(DomUtils.findOne((e) => e.name === 'h3', section.children)!)).toBe('Deutsch (de): Deutschland (de-DE), dieser Bericht');
		const table = DomUtils.getElementById('translations-de-table', section.children)!;
		expect(DomUtils.findAll((e) => e.name === 'td', table.children).map(text)).toEqual([
			'nicht übersetzt',
			'/de-de/payments/fees/ (auf Englisch)',
		]);
	});
});
