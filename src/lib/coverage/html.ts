// The coverage report as HTML for the `/coverage/` page of the built site. The page shell (layout,
// styles, the small sorting script) is an Astro page; the build puts the report in place of the
// shell's placeholder element once the search index exists (src/integrations/coverage-report.ts).
// The report is a hast tree made with hastscript and the page is parsed and serialized by the
// unified HTML utilities, so every text from content and question banks is a text node, escaped by
// the serializer, and no markup is assembled from strings. Pure; no inline styles or scripts, so
// the page works under a Content-Security-Policy without 'unsafe-inline'. Every word is the page's
// language's (content/messages/, `coverage.*`), and numbers, shares and dates are written by Intl for
// the page's locale; `npm run coverage` (format.ts) stays in English.
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import {
	TOPIC_STATUSES,
	TOP_K,
	TRANSLATION_STATUSES,
	type CoverageReport,
	type MarketTranslations,
	type TopicStatus,
	type TranslationArticle,
	type TranslationStatus,
} from './compute.ts';
import { categoryMessageKey, SOURCE_LANGUAGE, type MessageParams, type Translator } from '../i18n/messages.ts';
import { formatDate } from '../shared/dates.ts';
import { categoryUrl, COVERAGE_URL, inMarket } from '../shared/urls.ts';
import { formatPercent } from '../shared/words.ts';
import { localeSlug } from '../markets/markets.ts';
import { languageLabel, marketLabel } from './format.ts';

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

/** The words, numbers and dates of one page, in its language and locale. */
interface Words {
	t: Translator;
	/** A message with elements in some placeholders: `{date}` as a `<time>`, `{file}` as a `<code>`. */
	nodes(key: string, params?: MessageParams, elements?: Readonly<Record<string, Children>>): Children;
	/** A whole number for people: `1,234` (en-US), `1.234` (de-DE). */
	number(value: number): string;
	/** A share as a percentage, `–` when there is nothing to measure. */
	percent(value: number | null): string;
	/** A date for people, `YYYY-MM-DD` for machines; short in tables so columns stay narrow. */
	time(date: string, style?: 'long' | 'medium'): Element;
	/** A category's title in the page's language (content/categories.yaml's own in English). */
	category(category: { id: string; title: string }): string;
	/** A topic's title: content/topics.yaml's, in English, marked so on a page in another language. */
	topic(title: string): ElementContent;
}

function wordsFor(t: Translator): Words {
	const numbers = new Intl.NumberFormat(t.locale);
	return {
		t,
		nodes(key, params = {}, elements = {}) {
			const names = Object.keys(elements);
			// Private-use characters mark where the elements go: no message or value contains them.
			const marks = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`]));
			return t(key, { ...params, ...marks })
				.split(/\uE000(\d+)\uE001/)
				.flatMap((part, i) => (i % 2 ? elements[names[Number(part)]!]! : part ? [part] : []));
		},
		number: (value) => numbers.format(value),
		percent: (value) => formatPercent(value, '–', t.locale),
		time: (date, style = 'medium') => h('time', { dateTime: date }, formatDate(date, style, t.locale)),
		category: (category) => (t.language === SOURCE_LANGUAGE ? category.title : t(categoryMessageKey(category.id, 'title'))),
		topic: (title) => (t.language === SOURCE_LANGUAGE ? { type: 'text', value: title } : h('span', { lang: SOURCE_LANGUAGE }, title)),
	};
}

/** A cell whose sort key differs from its text (numbers, dates, statuses); empty keys sort last. */
function cell(content: Children, sortKey?: string | number | null, header = false): Element {
	const dataSort = sortKey === undefined ? undefined : sortKey === null ? '' : String(sortKey);
	return h(header ? 'th' : 'td', { scope: header ? 'row' : undefined, dataSort }, content);
}

function numberCell(w: Words, value: number): Element {
	return h('td', { className: 'num', dataSort: String(value) }, w.number(value));
}

function percentCell(w: Words, value: number | null): Element {
	return h('td', { className: 'num', dataSort: value === null ? '' : value.toFixed(4) }, w.percent(value));
}

function statusBadge(w: Words, status: TopicStatus): Element {
	return h('span', { className: ['status', `status--${status}`] }, w.t(`coverage.statusLabel.${status}`));
}

function translationBadge(w: Words, status: TranslationStatus): Element {
	return h('span', { className: ['status', `status--${status}`] }, w.t(`coverage.translation.status.${status}`));
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

function idList(w: Words, ids: readonly string[]): Element {
	return ids.length
		? h(
				'ul',
				{ className: 'id-list' },
				ids.map((id) => h('li', code(id))),
			)
		: h('p', w.t('coverage.none'));
}

export interface HtmlOptions {
	/** URL folder of the files in COVERAGE_DOWNLOADS. */
	downloadBase?: string;
	/** How many failed questions the page lists (the CSV download has all of them). */
	worst?: number;
}

/** Per market not in English: a table of its topics, each translated, untranslated or out of date, with its articles. */
function translationsSection(w: Words, report: CoverageReport, topicTitles: ReadonlyMap<string, string>): Element | null {
	if (!report.translations.length) return null;
	const { t } = w;
	const statusRank = (status: TranslationStatus) => TRANSLATION_STATUSES.indexOf(status);
	const marketName = (m: MarketTranslations) => (m.current ? t('coverage.markets.current', { market: marketLabel(m) }) : marketLabel(m));
	const articleItem = (a: TranslationArticle): Element =>
		h('li', [
			h('a', { href: a.url }, a.url),
			' ',
			a.status === 'untranslated'
				? h('span', ['(', t('coverage.translation.inEnglish'), ')'])
				: a.status === 'out-of-date'
					? h('span', [
							'(',
							...w.nodes(
								'coverage.translation.follows',
								{},
								{ follows: [w.time(a.sourceUpdated!)], updated: [w.time(a.sharedUpdated!)], file: [code(a.file)] },
							),
							')',
						])
					: null,
		]);
	return section('coverage-translations', t('coverage.translations.heading'), [
		h('p', t('coverage.translations.description')),
		h(
			'dl',
			{ className: 'status-legend' },
			[...TRANSLATION_STATUSES]
				.reverse()
				.map((status) => h('div', [h('dt', translationBadge(w, status)), h('dd', [t(`coverage.translation.meaning.${status}`), '.'])])),
		),
		...report.translations.flatMap((m): Children => {
			const heading = `translations-${m.id}`;
			return [
				h(
					'h3',
					{ id: heading },
					t('coverage.translations.market', { language: languageLabel(m.language, t.locale), market: marketName(m) }),
				),
				h(
					'ul',
					{ className: 'translation-counts' },
					TRANSLATION_STATUSES.map((status) =>
						h('li', [translationBadge(w, status), ' ', t('coverage.statusCount', { count: m.statuses[status] })]),
					),
				),
				...table({
					id: `${heading}-table`,
					caption: t('coverage.translations.caption', { market: marketLabel(m) }),
					columns: [
						{ label: t('coverage.column.topic') },
						{ label: t('coverage.column.status') },
						{ label: t('coverage.column.articles') },
					],
					rows: m.topics.map((topic) =>
						h('tr', [
							cell([w.topic(topicTitles.get(topic.id) ?? topic.id), h('br'), code(topic.id)], topicTitles.get(topic.id) ?? topic.id, true),
							cell([translationBadge(w, topic.status)], statusRank(topic.status)),
							cell([h('ul', { className: 'cell-list' }, topic.articles.map(articleItem))], topic.articles.length),
						]),
					),
				}),
			];
		}),
	]);
}

/**
 * The report body for `/coverage/`: summary, topics, topics by market, translations, categories,
 * the worst failed questions, stale articles, drafts and the gaps in the data.
 */
function coverageReportNodes(report: CoverageReport, w: Words, options: HtmlOptions = {}): ElementContent[] {
	const { downloadBase = COVERAGE_URL, worst = 50 } = options;
	const { t } = w;
	const s = report.summary;
	const titleOf = new Map(report.articles.map((a) => [a.url, a.title]));
	const articleLink = (url: string, title = titleOf.get(url) ?? url) => h('a', { href: url }, title);
	const download = (file: string, text: string) => h('a', { href: `${downloadBase}${file}`, download: true }, text);
	const statusRank = (status: TopicStatus) => TOPIC_STATUSES.indexOf(status);
	const banks = separated(
		report.banks.map((b) => w.nodes('coverage.meta.bank', { count: b.questions }, { file: [code(b.file)] })),
		', ',
	);
	const codes = (ids: readonly string[]) =>
		separated(
			ids.map((id) => [code(id)]),
			' ',
		);
	const folder = code('content/questions/');

	const inThisMarket = (path: string) => inMarket(localeSlug(report.market.locale), path);
	const date = [w.time(report.generatedAt, 'long')];
	const meta = h('p', { className: 'coverage-meta' }, [
		...(banks.length ? w.nodes('coverage.meta.generatedFrom', {}, { date, banks }) : w.nodes('coverage.meta.generated', {}, { date })),
		' ',
		...w.nodes(
			report.markets.length > 1 ? 'coverage.meta.scope.each' : 'coverage.meta.scope.single',
			{},
			{
				market: [h('strong', marketLabel(report.market))],
			},
		),
		' ',
		...w.nodes(
			'coverage.meta.command',
			{},
			{ command: [code(`npm run coverage -- --market ${report.market.id} --today ${report.generatedAt}`)] },
		),
		' ',
		...w.nodes(
			'coverage.meta.download',
			{},
			{
				topics: [download(COVERAGE_DOWNLOADS.topics, t('coverage.download.topics'))],
				questions: [download(COVERAGE_DOWNLOADS.questions, t('coverage.download.questions'))],
				json: [download(COVERAGE_DOWNLOADS.json, t('coverage.download.json'))],
			},
		),
	]);

	const stats = [
		[w.percent(s.recallAt3), t('coverage.stat.recall', { k: TOP_K })],
		[w.percent(s.macroRecallAt3), t('coverage.stat.macroRecall')],
		[w.percent(s.zeroResultRate), t('coverage.stat.noResult')],
		[
			w.number(s.statuses['no-article'] + s.statuses['search-misses'] + s.statuses.stale),
			t('coverage.stat.attention', { topics: s.topics }),
		],
		[w.number(s.staleArticles), t('coverage.stat.stale', { articles: s.articles, days: report.staleAfterDays })],
		[w.number(s.drafts), t('coverage.stat.drafts', { count: s.drafts })],
	] as const;
	const summary = section('coverage-summary', t('coverage.summary.heading'), [
		s.questions ? null : h('p', { className: 'notice' }, w.nodes('coverage.noQuestions', {}, { folder: [folder] })),
		h(
			'ul',
			{ className: 'coverage-stats' },
			stats.map(([figure, label]) => h('li', [h('strong', figure), ' ', h('span', label)])),
		),
		h(
			'ul',
			{ className: 'market-gaps' },
			report.markets.map((m) => {
				const gap = t('coverage.marketGap', { count: m.topicsWithoutArticles.length, market: marketLabel(m) });
				return h('li', [m.current ? t('coverage.marketGapCurrent', { gap }) : gap, '.']);
			}),
		),
		h(
			'dl',
			{ className: 'status-legend' },
			TOPIC_STATUSES.map((status) =>
				h('div', [
					h('dt', [
						statusBadge(w, status),
						' ',
						h('span', { className: 'status-count' }, t('coverage.statusCount', { count: s.statuses[status] })),
					]),
					h('dd', [
						t(`coverage.status.${status}`),
						status === 'search-misses' ? ` (${t('coverage.status.search-misses.detail', { percent: w.percent(report.target) })})` : null,
						status === 'stale' ? ` (${t('coverage.status.stale.detail', { days: report.staleAfterDays })})` : null,
						'.',
					]),
				]),
			),
		),
	]);

	const topics = section(
		'coverage-topics',
		t('coverage.topics.heading'),
		table({
			id: 'topics-table',
			caption: t('coverage.topics.caption'),
			description: w.nodes('coverage.topics.description', { k: TOP_K }, { file: [code('content/topics.yaml')] }),
			columns: [
				{ label: t('coverage.column.topic') },
				{ label: t('coverage.column.status') },
				{ label: t('coverage.column.questions'), num: true },
				{ label: t('coverage.column.recall'), num: true },
				{ label: t('coverage.column.noResult'), num: true },
				{ label: t('coverage.column.lastReviewed') },
				{ label: t('coverage.column.articles') },
			],
			rows: report.topics.map((topic) =>
				h('tr', [
					cell([w.topic(topic.title), h('br'), code(topic.id)], topic.title, true),
					cell([statusBadge(w, topic.status)], statusRank(topic.status)),
					numberCell(w, topic.questions),
					percentCell(w, topic.recallAt3),
					percentCell(w, topic.zeroResultRate),
					cell([topic.reviewed ? w.time(topic.reviewed) : '–'], topic.reviewed),
					cell(
						[
							topic.articles.length
								? h(
										'ul',
										{ className: 'cell-list' },
										topic.articles.map((url) => h('li', articleLink(url))),
									)
								: t('coverage.cell.none'),
						],
						topic.articles.length,
					),
				]),
			),
		}),
	);

	const categories = section(
		'coverage-categories',
		t('coverage.categories.heading'),
		table({
			id: 'categories-table',
			caption: t('coverage.categories.caption'),
			columns: [
				{ label: t('coverage.column.category') },
				{ label: t('coverage.column.topics'), num: true },
				{ label: t('coverage.column.articles'), num: true },
				{ label: t('coverage.column.questions'), num: true },
				{ label: t('coverage.column.recall'), num: true },
				{ label: t('coverage.column.noResult'), num: true },
				{ label: t('coverage.column.needAttention'), num: true },
			],
			rows: report.categories.map((c) =>
				h('tr', [
					cell([h('a', { href: inThisMarket(categoryUrl(c.id)) }, w.category(c))], w.category(c), true),
					numberCell(w, c.topics),
					numberCell(w, c.articles),
					numberCell(w, c.questions),
					percentCell(w, c.recallAt3),
					percentCell(w, c.zeroResultRate),
					numberCell(w, c.statuses['no-article'] + c.statuses['search-misses'] + c.statuses.stale),
				]),
			),
		}),
	);

	const byMarket = section(
		'coverage-markets',
		t('coverage.markets.heading'),
		table({
			id: 'markets-table',
			caption: t('coverage.markets.caption'),
			description: w.nodes('coverage.markets.description', { market: marketLabel(report.market) }, { zero: [h('strong', w.number(0))] }),
			columns: [
				{ label: t('coverage.column.topic') },
				...report.markets.map((m) => ({
					label: m.current ? t('coverage.markets.current', { market: marketLabel(m) }) : marketLabel(m),
					num: true,
				})),
			],
			rows: report.topics.map((topic) =>
				h('tr', [
					cell([w.topic(topic.title), h('br'), code(topic.id)], topic.title, true),
					...report.markets.map((m) => {
						const count = m.articlesPerTopic[topic.id] ?? 0;
						return count
							? numberCell(w, count)
							: h('td', { className: 'num', dataSort: '0' }, h('span', { className: ['status', 'status--no-article'] }, w.number(0)));
					}),
				]),
			),
		}),
	);

	const failed = report.failedQuestions;
	const shown = failed.slice(0, worst);
	const failedSection = section(
		'coverage-failed',
		t('coverage.failed.heading', { count: failed.length }),
		failed.length
			? [
					shown.length < failed.length
						? h(
								'p',
								w.nodes(
									'coverage.failed.shown',
									{ shown: shown.length, total: failed.length },
									{ download: [download(COVERAGE_DOWNLOADS.questions, t('coverage.failed.csvLink'))] },
								),
							)
						: null,
					...table({
						id: 'failed-table',
						caption: t('coverage.failed.caption'),
						description: [t('coverage.failed.description', { k: TOP_K })],
						columns: [
							{ label: t('coverage.column.question') },
							{ label: t('coverage.column.expectedTopic') },
							{ label: t('coverage.column.rightArticle') },
							{ label: t('coverage.column.returnedInstead') },
							{ label: t('coverage.column.bankLine') },
						],
						rows: shown.map((q) =>
							h('tr', [
								cell([q.question], undefined, true),
								cell([code(q.topic)], q.topic),
								cell([q.rank === null ? t('coverage.rank.notFound') : t('coverage.rank.found', { rank: q.rank })], q.rank ?? 1000),
								cell(
									[
										q.returned.length
											? h(
													'ol',
													{ className: 'cell-list' },
													q.returned.map((r) => h('li', articleLink(r.url, r.title))),
												)
											: t('coverage.failed.nothingReturned'),
									],
									q.returned.length,
								),
								cell([`${q.file}:${q.line}`], `${q.file}:${String(q.line).padStart(7, '0')}`),
							]),
						),
					}),
				]
			: [h('p', t('coverage.failed.none', { k: TOP_K }))],
	);

	const stale = section(
		'coverage-stale',
		t('coverage.stale.heading', { count: report.staleArticles.length }),
		report.staleArticles.length
			? table({
					id: 'stale-table',
					caption: t('coverage.stale.caption'),
					description: [t('coverage.stale.description', { days: report.staleAfterDays })],
					columns: [
						{ label: t('coverage.column.article') },
						{ label: t('coverage.column.topics') },
						{ label: t('coverage.column.lastReviewed') },
						{ label: t('coverage.column.daysAgo'), num: true },
					],
					rows: report.staleArticles.map((a) =>
						h('tr', [
							cell([articleLink(a.url, a.title)], a.title, true),
							cell(codes(a.topics)),
							cell([w.time(a.reviewed), a.neverReviewed ? ` (${t('coverage.stale.neverReviewed')})` : null], a.reviewed),
							numberCell(w, a.ageDays),
						]),
					),
				})
			: [h('p', t('coverage.stale.none', { days: report.staleAfterDays }))],
	);

	const drafts = section(
		'coverage-drafts',
		t('coverage.drafts.heading', { count: s.drafts }),
		report.drafts.length
			? [
					h(
						'ul',
						report.drafts.map((d) =>
							h('li', w.nodes('coverage.drafts.item', { title: d.title }, { file: [code(d.file)], topics: codes(d.topics) })),
						),
					),
				]
			: s.drafts
				? [h('p', w.nodes('coverage.drafts.unnamed', { count: s.drafts }, { command: [code('npm run coverage')] }))]
				: [h('p', t('coverage.none'))],
	);

	const gaps = section('coverage-gaps', t('coverage.gaps.heading'), [
		h('h3', t('coverage.gaps.noArticle', { count: report.topicsWithoutArticles.length })),
		idList(w, report.topicsWithoutArticles),
		h('h3', t('coverage.gaps.noQuestions', { count: report.topicsWithoutQuestions.length })),
		h('p', w.nodes('coverage.gaps.addQuestions', {}, { folder: [folder] })),
		idList(w, report.topicsWithoutQuestions),
	]);

	const translations = translationsSection(w, report, new Map(report.topics.map((topic) => [topic.id, topic.title])));
	return [meta, summary, topics, byMarket, ...(translations ? [translations] : []), categories, failedSection, stale, drafts, gaps];
}

/**
 * The built `/coverage/` page with the report in place of its placeholder element, in the words of
 * `t`, the page's translator. The page is
 * parsed and serialized as a whole, so the report goes in as nodes of the page's own tree.
 * Throws when the page has no single placeholder: a page without the report is never published.
 */
export function fillCoveragePage(page: string, report: CoverageReport, t: Translator, options: HtmlOptions = {}): string {
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
	parent.children.splice(index, 1, ...coverageReportNodes(report, wordsFor(t), options));
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
