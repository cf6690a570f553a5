// The coverage report as HTML for the `/coverage/` page of the built site. The page shell (layout,
// styles, the small sorting script) is an Astro page; the build puts the report in place of the
// shell's placeholder element once the search index exists (src/integrations/coverage-report.ts).
// The report is a hast tree made with hastscript and the page is parsed and serialized by the
// unified HTML utilities, so every text from content and question banks is a text node, escaped by
// the serializer, and no markup is assembled from strings. Pure; no inline styles or scripts, so
// the page works under a Content-Security-Policy without 'unsafe-inline'.
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { STATUS_MEANING, TOPIC_STATUSES, TOP_K, type CoverageReport, type TopicStatus } from './compute.ts';
import { formatDate } from '../shared/dates.ts';
import { categoryUrl, COVERAGE_URL, inMarket } from '../shared/urls.ts';
import { formatPercent, plural } from '../shared/words.ts';
import { localeSlug } from '../markets/markets.ts';
import { describeRank, marketGapSentence, marketLabel } from './format.ts';

/** Files the build writes next to the page, for spreadsheets and tools. */
export const COVERAGE_DOWNLOADS = {
	json: 'coverage.json',
	topics: 'coverage-topics.csv',
	questions: 'coverage-failed-questions.csv',
} as const;

/**
 * The attribute that marks the element of src/pages/coverage.astro the build replaces with the
 * report (the element says how to get the report where there is none, as in `astro dev`).
 */
const REPORT_PLACEHOLDER = 'data-coverage-report';
/** The same attribute as hast names it. */
const PLACEHOLDER_PROPERTY = 'dataCoverageReport';

/** What an element holds: nodes and text, with null where a part is left out. */
type Children = (ElementContent | string | null)[];

/** A date for people, `YYYY-MM-DD` for machines; short in tables so columns stay narrow. */
function time(date: string, style: 'long' | 'medium' = 'medium'): Element {
	return h('time', { dateTime: date }, formatDate(date, style));
}

/** A cell whose sort key differs from its text (numbers, dates, statuses); empty keys sort last. */
function cell(content: Children, sortKey?: string | number | null, header = false): Element {
	const dataSort = sortKey === undefined ? undefined : sortKey === null ? '' : String(sortKey);
	return h(header ? 'th' : 'td', { scope: header ? 'row' : undefined, dataSort }, content);
}

function numberCell(value: number): Element {
	return h('td', { className: 'num', dataSort: String(value) }, String(value));
}

function percentCell(value: number | null): Element {
	return h('td', { className: 'num', dataSort: value === null ? '' : value.toFixed(4) }, formatPercent(value));
}

function statusBadge(status: TopicStatus): Element {
	return h('span', { className: ['status', `status--${status}`] }, status);
}

function code(text: string): Element {
	return h('code', text);
}

/** Items with a separator between them, as in a sentence. */
function separated(items: Children[], separator: string): Children {
	return items.flatMap((item, i) => (i ? [separator, ...item] : item));
}

interface TableSpec {
	id: string;
	/**
	 * A short title, so it stays readable when a wide table scrolls sideways on a phone. It names the
	 * table's scroll region too, so it must differ from every heading and other caption.
	 */
	caption: string;
	/** What the columns mean, shown above the table and linked to it with aria-describedby. */
	description?: Children;
	/** Column headings; `num: true` right-aligns. */
	columns: { label: string; num?: boolean }[];
	rows: Element[];
}

/** A sortable table (the page's script turns the headings into buttons) that scrolls on small screens. */
function table(spec: TableSpec): Children {
	const descriptionId = spec.description ? `${spec.id}-description` : undefined;
	return [
		spec.description ? h('p', { id: descriptionId }, spec.description) : null,
		// Focusable so keyboard users can scroll a wide table; named by its caption.
		h('section', { className: 'table-scroll', ariaLabelledBy: `${spec.id}-caption`, tabIndex: 0 }, [
			h('table', { id: spec.id, dataSortable: true, ariaDescribedBy: descriptionId }, [
				h('caption', { id: `${spec.id}-caption` }, spec.caption),
				h(
					'thead',
					h(
						'tr',
						spec.columns.map((c) => h('th', { scope: 'col', className: c.num ? 'num' : undefined }, c.label)),
					),
				),
				h('tbody', spec.rows),
			]),
		]),
	];
}

function section(id: string, title: string, body: Children): Element {
	return h('section', { className: 'coverage-section', ariaLabelledBy: id }, [h('h2', { id }, title), ...body]);
}

function idList(ids: readonly string[]): Element {
	return ids.length
		? h(
				'ul',
				{ className: 'id-list' },
				ids.map((id) => h('li', code(id))),
			)
		: h('p', 'None.');
}

export interface HtmlOptions {
	/** URL folder of the files in COVERAGE_DOWNLOADS. */
	downloadBase?: string;
	/** How many failed questions the page lists (the CSV download has all of them). */
	worst?: number;
}

/**
 * The report body for `/coverage/`: summary, topics, topics by market, categories, the worst failed questions,
 * stale articles, drafts and the gaps in the data.
 */
function coverageReportNodes(report: CoverageReport, options: HtmlOptions = {}): ElementContent[] {
	const { downloadBase = COVERAGE_URL, worst = 50 } = options;
	const s = report.summary;
	const titleOf = new Map(report.articles.map((a) => [a.url, a.title]));
	const articleLink = (url: string, title = titleOf.get(url) ?? url) => h('a', { href: url }, title);
	const download = (file: string, text: string) => h('a', { href: `${downloadBase}${file}`, download: true }, text);
	const statusRank = (status: TopicStatus) => TOPIC_STATUSES.indexOf(status);
	const banks = separated(
		report.banks.map((b) => [code(b.file), ` (${plural(b.questions, 'question')})`]),
		', ',
	);
	const codes = (ids: readonly string[]) =>
		separated(
			ids.map((id) => [code(id)]),
			' ',
		);

	const inThisMarket = (path: string) => inMarket(localeSlug(report.market.locale), path);
	const meta = h('p', { className: 'coverage-meta' }, [
		'Generated on ',
		time(report.generatedAt, 'long'),
		...(banks.length ? [' from ', ...banks] : []),
		'. Search figures, statuses and articles are for ',
		h('strong', marketLabel(report.market)),
		report.markets.length > 1 ? ': its own pages and search index; each market has a report of its own' : ': its pages and search index',
		'. The same figures as ',
		code(`npm run coverage -- --market ${report.market.id} --today ${report.generatedAt}`),
		' on this build. Download: ',
		download(COVERAGE_DOWNLOADS.topics, 'topics (CSV)'),
		', ',
		download(COVERAGE_DOWNLOADS.questions, 'failed questions (CSV)'),
		', ',
		download(COVERAGE_DOWNLOADS.json, 'full report (JSON)'),
		'.',
	]);

	const stats = [
		[formatPercent(s.recallAt3), `of customer questions find the right article in the top ${TOP_K} results`],
		[formatPercent(s.macroRecallAt3), 'average of the topics’ recall, so small topics count as much as large ones'],
		[formatPercent(s.zeroResultRate), 'of questions get no result at all'],
		[String(s.statuses['no-article'] + s.statuses['search-misses'] + s.statuses.stale), `of ${s.topics} topics need attention`],
		[String(s.staleArticles), `of ${s.articles} articles last reviewed more than ${report.staleAfterDays} days ago`],
		[String(s.drafts), s.drafts === 1 ? 'draft not yet published' : 'drafts not yet published'],
	] as const;
	const summary = section('coverage-summary', 'Summary', [
		s.questions
			? null
			: h('p', { className: 'notice' }, [
					'There are no customer questions to test search with. Add a question bank to ',
					code('content/questions/'),
					'.',
				]),
		h(
			'ul',
			{ className: 'coverage-stats' },
			stats.map(([figure, label]) => h('li', [h('strong', figure), ' ', h('span', label)])),
		),
		h(
			'ul',
			{ className: 'market-gaps' },
			report.markets.map((m) => h('li', [marketGapSentence(m), m.current ? ', this report’s market' : null, '.'])),
		),
		h(
			'dl',
			{ className: 'status-legend' },
			TOPIC_STATUSES.map((status) =>
				h('div', [
					h('dt', [statusBadge(status), ' ', h('span', { className: 'status-count' }, plural(s.statuses[status], 'topic'))]),
					h('dd', [
						STATUS_MEANING[status],
						status === 'search-misses' ? ` (under ${formatPercent(report.target)} of its questions)` : null,
						status === 'stale' ? ` (more than ${report.staleAfterDays} days)` : null,
						'.',
					]),
				]),
			),
		),
	]);

	const topics = section(
		'coverage-topics',
		'Topics',
		table({
			id: 'topics-table',
			caption: 'Topics, grouped by category',
			description: [
				'Every topic in ',
				code('content/topics.yaml'),
				`. Recall@3 is the share of the topic’s questions for which search ranks one of its articles in the first ${TOP_K} results; “No result” is the share for which search returns nothing.`,
			],
			columns: [
				{ label: 'Topic' },
				{ label: 'Status' },
				{ label: 'Questions', num: true },
				{ label: 'Recall@3', num: true },
				{ label: 'No result', num: true },
				{ label: 'Last reviewed' },
				{ label: 'Articles' },
			],
			rows: report.topics.map((t) =>
				h('tr', [
					cell([t.title, h('br'), code(t.id)], t.title, true),
					cell([statusBadge(t.status)], statusRank(t.status)),
					numberCell(t.questions),
					percentCell(t.recallAt3),
					percentCell(t.zeroResultRate),
					cell([t.reviewed ? time(t.reviewed) : '–'], t.reviewed),
					cell(
						[
							t.articles.length
								? h(
										'ul',
										{ className: 'cell-list' },
										t.articles.map((url) => h('li', articleLink(url))),
									)
								: 'None',
						],
						t.articles.length,
					),
				]),
			),
		}),
	);

	const categories = section(
		'coverage-categories',
		'Categories',
		table({
			id: 'categories-table',
			caption: 'Search results by category',
			columns: [
				{ label: 'Category' },
				{ label: 'Topics', num: true },
				{ label: 'Articles', num: true },
				{ label: 'Questions', num: true },
				{ label: 'Recall@3', num: true },
				{ label: 'No result', num: true },
				{ label: 'Need attention', num: true },
			],
			rows: report.categories.map((c) =>
				h('tr', [
					cell([h('a', { href: inThisMarket(categoryUrl(c.id)) }, c.title)], c.title, true),
					numberCell(c.topics),
					numberCell(c.articles),
					numberCell(c.questions),
					percentCell(c.recallAt3),
					percentCell(c.zeroResultRate),
					numberCell(c.statuses['no-article'] + c.statuses['search-misses'] + c.statuses.stale),
				]),
			),
		}),
	);

	const byMarket = section(
		'coverage-markets',
		'Topics by market',
		table({
			id: 'markets-table',
			caption: 'Articles per topic, by market',
			description: [
				'How many published articles of each market list the topic; ',
				h('strong', '0'),
				' means customers in that market find no answer. From the content alone, so every market’s report shows the same table; the search figures above are for ',
				marketLabel(report.market),
				' only.',
			],
			columns: [
				{ label: 'Topic' },
				...report.markets.map((m) => ({ label: m.current ? `${marketLabel(m)}, this report` : marketLabel(m), num: true })),
			],
			rows: report.topics.map((t) =>
				h('tr', [
					cell([t.title, h('br'), code(t.id)], t.title, true),
					...report.markets.map((m) => {
						const count = m.articlesPerTopic[t.id] ?? 0;
						return count
							? numberCell(count)
							: h('td', { className: 'num', dataSort: '0' }, h('span', { className: ['status', 'status--no-article'] }, '0'));
					}),
				]),
			),
		}),
	);

	const failed = report.failedQuestions;
	const shown = failed.slice(0, worst);
	const failedSection = section(
		'coverage-failed',
		`Questions search fails on (${failed.length})`,
		failed.length
			? [
					shown.length < failed.length
						? h('p', [
								`The ${shown.length} worst of ${failed.length} are listed here; `,
								download(COVERAGE_DOWNLOADS.questions, 'the CSV download'),
								' has all of them.',
							])
						: null,
					...table({
						id: 'failed-table',
						caption: 'Failed questions, worst first',
						description: [
							`Customer questions for which no article of the expected topic is in the first ${TOP_K} results, worst first: never found, then found furthest down. “Search returned instead” is what the customer saw; “Bank line” is where the question is in its bank.`,
						],
						columns: [
							{ label: 'Question' },
							{ label: 'Expected topic' },
							{ label: 'Right article' },
							{ label: 'Search returned instead' },
							{ label: 'Bank line' },
						],
						rows: shown.map((q) =>
							h('tr', [
								cell([q.question], undefined, true),
								cell([code(q.topic)], q.topic),
								cell([describeRank(q)], q.rank ?? 1000),
								cell(
									[
										q.returned.length
											? h(
													'ol',
													{ className: 'cell-list' },
													q.returned.map((r) => h('li', articleLink(r.url, r.title))),
												)
											: 'No result',
									],
									q.returned.length,
								),
								cell([`${q.file}:${q.line}`], `${q.file}:${String(q.line).padStart(7, '0')}`),
							]),
						),
					}),
				]
			: [h('p', `None: search puts every question’s answer in the first ${TOP_K} results.`)],
	);

	const stale = section(
		'coverage-stale',
		`Stale articles (${report.staleArticles.length})`,
		report.staleArticles.length
			? table({
					id: 'stale-table',
					caption: 'Stale articles, oldest first',
					description: [
						`Articles last reviewed more than ${report.staleAfterDays} days ago; an article never reviewed counts from its last update.`,
					],
					columns: [{ label: 'Article' }, { label: 'Topics' }, { label: 'Last reviewed' }, { label: 'Days ago', num: true }],
					rows: report.staleArticles.map((a) =>
						h('tr', [
							cell([articleLink(a.url, a.title)], a.title, true),
							cell(codes(a.topics)),
							cell([time(a.reviewed), a.neverReviewed ? ' (updated; never reviewed)' : null], a.reviewed),
							numberCell(a.ageDays),
						]),
					),
				})
			: [h('p', `None: every article was reviewed in the last ${report.staleAfterDays} days.`)],
	);

	const drafts = section(
		'coverage-drafts',
		`Drafts (${s.drafts})`,
		report.drafts.length
			? [
					h(
						'ul',
						report.drafts.map((d) => h('li', [`${d.title}: `, code(d.file), ' (topics: ', ...codes(d.topics), ')'])),
					),
				]
			: s.drafts
				? [
						h('p', [
							`${plural(s.drafts, 'draft')} in progress. Drafts are not named on the published site; `,
							code('npm run coverage'),
							' lists them.',
						]),
					]
				: [h('p', 'None.')],
	);

	const gaps = section('coverage-gaps', 'Gaps in the data', [
		h('h3', `Topics with no article (${report.topicsWithoutArticles.length})`),
		idList(report.topicsWithoutArticles),
		h('h3', `Topics with no questions in the bank (${report.topicsWithoutQuestions.length})`),
		h('p', [
			'Search is not measured for these. Add labelled questions (for example from support tickets) to a bank in ',
			code('content/questions/'),
			'.',
		]),
		idList(report.topicsWithoutQuestions),
	]);

	return [meta, summary, topics, byMarket, categories, failedSection, stale, drafts, gaps];
}

/**
 * The built `/coverage/` page with the report in place of its placeholder element. The page is
 * parsed and serialized as a whole, so the report goes in as nodes of the page's own tree.
 * Throws when the page has no single placeholder: a page without the report is never published.
 */
export function fillCoveragePage(page: string, report: CoverageReport, options: HtmlOptions = {}): string {
	const tree = fromHtml(page);
	const found = tree.children.flatMap((child) => (child.type === 'element' ? placeholdersIn(child) : []));
	if (found.length !== 1) {
		const count = found.length ? `${found.length} elements` : 'no element';
		throw new Error(
			`The /coverage/ page has ${count} with ${REPORT_PLACEHOLDER}, the placeholder for the FAQ coverage report; ` +
				'it needs exactly one (src/pages/coverage.astro).',
		);
	}
	const [{ parent, index }] = found as [Placement];
	parent.children.splice(index, 1, ...coverageReportNodes(report, options));
	// As Astro writes the rest of the site: `<!DOCTYPE html>`, empty attributes without a value.
	return toHtml(tree, { upperDoctype: true, collapseEmptyAttributes: true });
}

/** Where a placeholder element is: its parent and its position among the parent's children. */
interface Placement {
	parent: Element;
	index: number;
}

function placeholdersIn(parent: Element): Placement[] {
	return parent.children.flatMap((child, index): Placement[] => {
		if (child.type !== 'element') return [];
		const inside = placeholdersIn(child);
		return child.properties[PLACEHOLDER_PROPERTY] === undefined ? inside : [{ parent, index }, ...inside];
	});
}
