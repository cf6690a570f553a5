// Renders a coverage report (src/lib/coverage/compute.ts) for people (text, Markdown) and for tools and
// spreadsheets (JSON, CSV). Pure: the same report always gives the same bytes.
import { stringify } from 'csv-stringify/sync';
import type { Heading, InlineCode, Link, List, Paragraph, PhrasingContent, Root, RootContent, Strong, Table, TableRow, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import {
	STATUS_MEANING,
	TOPIC_STATUSES,
	TOP_K,
	TRANSLATION_MEANING,
	TRANSLATION_STATUSES,
	type CoverageMarket,
	type CoverageReport,
	type FailedQuestion,
	type MarketColumn,
	type MarketTranslations,
	type TranslationArticle,
	type TranslationStatus,
} from './compute.ts';
import { formatPercent, plural, printable } from '../shared/words.ts';

export const COVERAGE_FORMATS = ['text', 'md', 'json', 'csv'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

/** The CSV tables: one row per topic, or one row per question search fails on. */
export const COVERAGE_TABLES = ['topics', 'questions'] as const;
export type CoverageTable = (typeof COVERAGE_TABLES)[number];

export interface FormatOptions {
	/** How many failed questions the text and Markdown reports list (JSON and CSV list all). */
	worst?: number | undefined;
	/** Which table `csv` prints. */
	table?: CoverageTable | undefined;
}

const DEFAULT_WORST = 20;

function statusCounts(statuses: Record<string, number>): string {
	return TOPIC_STATUSES.map((s) => `${statuses[s] ?? 0} ${s}`).join(', ');
}

/** Whether the answer was found further down the list, or not at all. */
export function describeRank(question: FailedQuestion): string {
	return question.rank === null ? 'not found' : `found at position ${question.rank}`;
}

/** A market as people read it: `United Kingdom (en-GB)`. */
export function marketLabel(market: CoverageMarket): string {
	return `${market.name} (${market.locale})`;
}

/** `2 topics have no article in United Kingdom (en-GB)`: a market's gaps, for the summaries. */
export function marketGapSentence(column: MarketColumn): string {
	const count = column.topicsWithoutArticles.length;
	return `${plural(count, 'topic')} ${count === 1 ? 'has' : 'have'} no article in ${marketLabel(column)}`;
}

/** A language as people read it, in `locale`'s words: `German (de)` in English, `Deutsch (de)` in German. */
export function languageLabel(language: string, locale = 'en'): string {
	return `${new Intl.DisplayNames(locale, { type: 'language' }).of(language) ?? language} (${language})`;
}

/** A translation status as the text and Markdown reports write it: `out of date`. */
const translationWords = (status: TranslationStatus) => status.replace(/-/g, ' ');

/** `1 translated, 2 untranslated, 1 out of date`: a market's topics per translation status. */
function translationCounts(market: MarketTranslations): string {
	return (['translated', 'untranslated', 'out-of-date'] as const).map((s) => `${market.statuses[s]} ${translationWords(s)}`).join(', ');
}

/** The topics of a market with `status`, in topic order. */
export function topicsWith(market: MarketTranslations, status: TranslationStatus): string[] {
	return market.topics.filter((t) => t.status === status).map((t) => t.id);
}

/** A market's articles that follow an older version of the English article, each once, by file. */
export function outOfDateArticles(market: MarketTranslations): Required<TranslationArticle>[] {
	const byFile = new Map<string, Required<TranslationArticle>>();
	for (const topic of market.topics) {
		for (const a of topic.articles) if (a.status === 'out-of-date') byFile.set(a.file, a as Required<TranslationArticle>);
	}
	return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Which market the search figures are for, and that the other markets have reports of their own. */
export function marketScopeSentence(report: CoverageReport): string {
	const others = report.markets.length > 1 ? '; each market has a report of its own' : '';
	return `Search figures, statuses and articles are for ${marketLabel(report.market)}: its own pages and search index${others}.`;
}

/** The headline sentences, shared by every human format. */
export function summarySentences(report: CoverageReport): string[] {
	const s = report.summary;
	const banks = report.banks.map((b) => `${b.file} (${plural(b.questions, 'question')})`).join(', ');
	return [
		marketScopeSentence(report),
		s.questions
			? `Search puts the right article in the top ${TOP_K} results for ${formatPercent(s.recallAt3)} of ${plural(s.questions, 'customer question')} (average per topic ${formatPercent(s.macroRecallAt3)}); ${formatPercent(s.zeroResultRate)} get no result at all.`
			: 'No customer questions to test search with: add a question bank to content/questions/.',
		`Topics: ${s.topics} — ${statusCounts(s.statuses)}.`,
		`By market: ${report.markets.map((m) => `${marketGapSentence(m)}${m.current ? ", this report's market" : ''}`).join('; ')}.`,
		...(report.translations.length
			? [
					`Translations: ${report.translations
						.map((m) => `${languageLabel(m.language)} in ${marketLabel(m)}: ${translationCounts(m)}`)
						.join('; ')}.`,
				]
			: []),
		`Articles: ${s.articles} published, ${plural(s.drafts, 'draft')}, ${s.staleArticles} stale (last reviewed more than ${report.staleAfterDays} days ago).`,
		...(banks ? [`Question banks: ${banks}.`] : []),
	];
}

// ── text ──────────────────────────────────────────────────────────────────

function textTable(head: string[], rows: string[][], numeric: ReadonlySet<number> = new Set()): string {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
			.join('  ')
			.trimEnd();
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].map((l) => `  ${l}`).join('\n');
}

/** Per market not in English: its untranslated and out-of-date topics, with counts; nothing when every market speaks English. */
function textTranslations(report: CoverageReport): string[] {
	if (!report.translations.length) return [];
	const out = ['Translations (per language: the topics a market answers only in English, or in an out-of-date version of its own)'];
	for (const m of report.translations) {
		out.push(`  ${languageLabel(m.language)}, ${marketLabel(m)}${m.current ? ', this report' : ''}: ${translationCounts(m)}`);
		for (const status of ['untranslated', 'out-of-date'] as const) {
			const ids = topicsWith(m, status);
			out.push(
				`    ${translationWords(status)[0]!.toUpperCase()}${translationWords(status).slice(1)} (${ids.length}): ${ids.join(', ') || 'none'}`,
			);
		}
		for (const a of outOfDateArticles(m)) {
			out.push(`      ${a.file} follows ${a.sourceUpdated}; the English article was updated ${a.sharedUpdated}`);
		}
	}
	out.push(`  ${TRANSLATION_STATUSES.map((s) => `${translationWords(s)} = ${TRANSLATION_MEANING[s]}`).join('; ')}.`, '');
	return out;
}

function formatText(report: CoverageReport, worst: number): string {
	const out: string[] = [`FAQ coverage for ${marketLabel(report.market)}, ${report.generatedAt}`, '', ...summarySentences(report), ''];
	out.push(
		'By category',
		textTable(
			['Category', 'Topics', 'Articles', 'Questions', 'Recall@3', 'No result', 'Statuses'],
			report.categories.map((c) => [
				c.id,
				String(c.topics),
				String(c.articles),
				String(c.questions),
				formatPercent(c.recallAt3),
				formatPercent(c.zeroResultRate),
				TOPIC_STATUSES.filter((s) => c.statuses[s])
					.map((s) => `${c.statuses[s]} ${s}`)
					.join(', '),
			]),
			new Set([1, 2, 3, 4, 5]),
		),
		'',
		'By topic',
		textTable(
			['Topic', 'Category', 'Status', 'Questions', 'Recall@3', 'No result', 'Reviewed', 'Articles'],
			report.topics.map((t) => [
				t.id,
				t.category,
				t.status,
				String(t.questions),
				formatPercent(t.recallAt3),
				formatPercent(t.zeroResultRate),
				t.reviewed ?? '–',
				t.articles.join(' ') || '–',
			]),
			new Set([3, 4, 5]),
		),
		'',
		`Statuses: ${TOPIC_STATUSES.map((s) => `${s} = ${STATUS_MEANING[s]}`).join('; ')}. Target recall@3 per topic: ${formatPercent(report.target)}.`,
		'',
		'Topics by market (published articles per topic; 0 = no answer in that market)',
		textTable(
			['Topic', ...report.markets.map((m) => (m.current ? `${m.id}*` : m.id))],
			report.topics.map((t) => [t.id, ...report.markets.map((m) => String(m.articlesPerTopic[t.id] ?? 0))]),
			new Set(report.markets.map((_, i) => i + 1)),
		),
		`  Markets: ${report.markets.map((m) => `${m.id}${m.current ? '*' : ''} = ${marketLabel(m)}`).join(', ')}; * = this report's market.`,
		'',
		...textTranslations(report),
		`Topics with no article (${report.topicsWithoutArticles.length}): ${report.topicsWithoutArticles.join(', ') || 'none'}`,
		`Topics with no questions in the bank (${report.topicsWithoutQuestions.length}): ${report.topicsWithoutQuestions.join(', ') || 'none'}`,
		'',
	);
	const failed = report.failedQuestions;
	const shown = failed.slice(0, worst);
	out.push(
		failed.length
			? `Questions search fails worst on (${shown.length} of ${failed.length}; --worst N shows more)`
			: `Questions search fails on: none`,
	);
	for (const q of shown) {
		out.push(`  ${q.file}:${q.line}  [${q.topic}] ${q.question}`);
		out.push(
			`      ${describeRank(q)}; returned ${q.returned.length ? q.returned.map((r) => `${r.url} [${r.topics.join(', ')}]`).join(', ') : 'nothing'}`,
		);
	}
	out.push('', `Stale articles (${report.staleArticles.length})`);
	for (const a of report.staleArticles) {
		out.push(`  ${a.url}  ${a.neverReviewed ? 'updated' : 'reviewed'} ${a.reviewed}, ${a.ageDays} days ago  (${a.file})`);
	}
	if (!report.staleArticles.length) out.push('  none');
	out.push('', `Drafts (${report.drafts.length})`);
	for (const d of report.drafts) out.push(`  ${d.url}  ${d.title}  (${d.file})`);
	if (!report.drafts.length) out.push('  none');
	return `${out.join('\n')}\n`;
}

// ── Markdown ──────────────────────────────────────────────────────────────
//
// The report is built as a Markdown syntax tree (mdast) and serialised by remark-stringify with
// remark-gfm (tables, and the escapes GFM needs on top of CommonMark's: `~`, bare web addresses, `|`
// in a cell). Text from content, question banks and file names is only ever a `text` node, so the
// serialiser escapes whatever would make it a link, an image, HTML, code, formatting or the end of
// a table cell wherever the report is rendered (a CI job summary, a wiki): nothing is escaped by hand.

/** What a table cell or a paragraph holds: a string is text, shown as written. */
type Inline = string | PhrasingContent;

// Rows are not padded to the widest cell: a topic's articles alone can run to hundreds of characters.
const markdown = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-' }).freeze();

/** Text shown as written, on one line: a line break would end a table row, so it becomes a space. */
const text = (value: string): Text => ({ type: 'text', value: value.replace(/\s*[\r\n]\s*/g, ' ') });
const code = (value: string): InlineCode => ({ type: 'inlineCode', value });
const strong = (...children: Inline[]): Strong => ({ type: 'strong', children: phrasing(children) });
const link = (url: string, label = url): Link => ({ type: 'link', url, children: [text(label)] });

function phrasing(inlines: readonly Inline[]): PhrasingContent[] {
	return inlines.map((inline) => (typeof inline === 'string' ? text(inline) : inline));
}

const paragraph = (...children: Inline[]): Paragraph => ({ type: 'paragraph', children: phrasing(children) });
const heading = (depth: Heading['depth'], ...children: Inline[]): Heading => ({ type: 'heading', depth, children: phrasing(children) });

function list(items: readonly (readonly Inline[])[]): List {
	return {
		type: 'list',
		ordered: false,
		spread: false,
		children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(...item)] })),
	};
}

/** `items` one after the other with `separator` between them, or `empty` when there are none. */
function joined(items: readonly Inline[], empty: string, separator = ', '): Inline[] {
	return items.length ? items.flatMap((item, i) => (i ? [separator, item] : [item])) : [empty];
}

/** A cell holds one inline or several side by side. */
type Cell = Inline | readonly Inline[];

function table(head: readonly Cell[], rows: readonly (readonly Cell[])[], numeric: ReadonlySet<number> = new Set()): Table {
	const row = (cells: readonly Cell[]): TableRow => ({
		type: 'tableRow',
		children: cells.map((cell) => ({ type: 'tableCell', children: phrasing(Array.isArray(cell) ? cell : [cell as Inline]) })),
	});
	return { type: 'table', align: head.map((_, i) => (numeric.has(i) ? 'right' : null)), children: [row(head), ...rows.map(row)] };
}

/** Topic ids as code, or `none`. */
const topicIds = (ids: readonly string[]) => joined(ids.map(code), 'none');

function mdTranslations(report: CoverageReport): RootContent[] {
	if (!report.translations.length) return [];
	const out: RootContent[] = [
		heading(2, 'Translations'),
		list(TRANSLATION_STATUSES.map((s) => [strong(translationWords(s)), `: ${TRANSLATION_MEANING[s]}.`])),
	];
	for (const m of report.translations) {
		const stale = outOfDateArticles(m);
		const untranslated = topicsWith(m, 'untranslated');
		const outOfDate = topicsWith(m, 'out-of-date');
		out.push(
			heading(3, `${languageLabel(m.language)}: ${marketLabel(m)}${m.current ? ' (this report)' : ''}`),
			paragraph(`${translationCounts(m)}.`),
			paragraph(strong(`Untranslated (${untranslated.length}):`), ' ', ...topicIds(untranslated)),
			paragraph(strong(`Out of date (${outOfDate.length}):`), ' ', ...topicIds(outOfDate)),
			...(stale.length
				? [
						table(
							['Out-of-date article', 'Follows', 'English updated'],
							stale.map((a) => [a.file, a.sourceUpdated, a.sharedUpdated]),
						),
					]
				: []),
		);
	}
	return out;
}

function markdownTree(report: CoverageReport, worst: number): Root {
	const failed = report.failedQuestions;
	const shown = failed.slice(0, worst);
	const children: RootContent[] = [
		heading(1, `FAQ coverage for ${marketLabel(report.market)}, ${report.generatedAt}`),
		list(summarySentences(report).map((s) => [s])),
		heading(2, 'By category'),
		table(
			['Category', 'Topics', 'Articles', 'Questions', 'Recall@3', 'No result', ...TOPIC_STATUSES],
			report.categories.map((c) => [
				c.title,
				String(c.topics),
				String(c.articles),
				String(c.questions),
				formatPercent(c.recallAt3),
				formatPercent(c.zeroResultRate),
				...TOPIC_STATUSES.map((s) => String(c.statuses[s])),
			]),
			new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]),
		),
		heading(2, 'By topic'),
		table(
			['Topic', 'Category', 'Status', 'Questions', 'Recall@3', 'No result', 'Reviewed', 'Articles'],
			report.topics.map((t) => [
				[`${t.title} (`, code(t.id), ')'],
				t.category,
				strong(t.status),
				String(t.questions),
				formatPercent(t.recallAt3),
				formatPercent(t.zeroResultRate),
				t.reviewed ?? '–',
				joined(
					t.articles.map((url) => link(url)),
					'–',
				),
			]),
			new Set([3, 4, 5]),
		),
		list(
			TOPIC_STATUSES.map((s) => [
				strong(s),
				`: ${STATUS_MEANING[s]}${s === 'search-misses' ? ` (under ${formatPercent(report.target)})` : ''}.`,
			]),
		),
		heading(2, 'Topics by market'),
		paragraph("Published articles per topic in each market's own pages; ", strong('0'), ' means customers in that market find no answer.'),
		table(
			['Topic', ...report.markets.map((m): Cell => (m.current ? [strong(marketLabel(m)), ' (this report)'] : marketLabel(m)))],
			report.topics.map((t) => [
				code(t.id),
				...report.markets.map((m) => {
					const count = m.articlesPerTopic[t.id] ?? 0;
					return count ? String(count) : strong('0');
				}),
			]),
			new Set(report.markets.map((_, i) => i + 1)),
		),
		...mdTranslations(report),
		paragraph(strong('Topics with no article:'), ' ', ...topicIds(report.topicsWithoutArticles)),
		paragraph(strong('Topics with no questions in the bank:'), ' ', ...topicIds(report.topicsWithoutQuestions)),
		heading(2, `Questions search fails worst on (${shown.length} of ${failed.length})`),
		failed.length
			? table(
					['Question', 'Topic', 'Answer', 'Search returned instead', 'Source'],
					shown.map((q) => [
						q.question,
						code(q.topic),
						describeRank(q),
						joined(
							q.returned.map((r) => link(r.url, r.title)),
							'nothing',
						),
						`${q.file}:${q.line}`,
					]),
				)
			: paragraph("None: search finds every question's answer in the top 3."),
		heading(2, `Stale articles (${report.staleArticles.length})`),
		report.staleArticles.length
			? table(
					['Article', 'Topics', 'Last reviewed', 'Days ago'],
					report.staleArticles.map((a) => [
						link(a.url, a.title),
						a.topics.join(', '),
						`${a.reviewed}${a.neverReviewed ? ' (updated; never reviewed)' : ''}`,
						String(a.ageDays),
					]),
					new Set([3]),
				)
			: paragraph('None.'),
		heading(2, `Drafts (${report.drafts.length})`),
		report.drafts.length
			? table(
					['Draft', 'Topics', 'File'],
					report.drafts.map((d) => [d.title, d.topics.join(', '), d.file]),
				)
			: paragraph('None.'),
	];
	return { type: 'root', children };
}

function formatMarkdown(report: CoverageReport, worst: number): string {
	return markdown.stringify(markdownTree(report, worst));
}

// ── CSV ───────────────────────────────────────────────────────────────────

const decimal = (value: number | null) => (value === null ? '' : String(Math.round(value * 10_000) / 10_000));

function formatCsv(report: CoverageReport, table: CoverageTable): string {
	// Questions come from customers and open in spreadsheets: `escape_formulas` stops a question
	// starting with `=`, `+`, `-` or `@` from running as a formula.
	const options = { header: true, escape_formulas: true, record_delimiter: 'unix' } as const;
	if (table === 'questions') {
		return stringify(
			report.failedQuestions.map((q) => ({
				file: q.file,
				line: q.line,
				id: q.id ?? '',
				topic: q.topic,
				question: q.question,
				rank: q.rank ?? '',
				...Object.fromEntries(Array.from({ length: TOP_K }, (_, i) => [`returned_${i + 1}`, q.returned[i]?.url ?? ''])),
				market: report.market.id,
			})),
			{
				...options,
				columns: [
					'file',
					'line',
					'id',
					'topic',
					'question',
					'rank',
					...Array.from({ length: TOP_K }, (_, i) => `returned_${i + 1}`),
					'market',
				],
			},
		);
	}
	return stringify(
		report.topics.map((t) => ({
			id: t.id,
			title: t.title,
			category: t.category,
			status: t.status,
			articles: t.articles.join(' '),
			questions: t.questions,
			recall_at_3: decimal(t.recallAt3),
			zero_result_rate: decimal(t.zeroResultRate),
			reviewed: t.reviewed ?? '',
			market: report.market.id,
			...Object.fromEntries(report.markets.map((m) => [`articles_${m.id}`, m.articlesPerTopic[t.id] ?? 0])),
		})),
		{
			...options,
			// The market whose figures the row gives, then the topics × market matrix: articles per market.
			columns: [
				'id',
				'title',
				'category',
				'status',
				'articles',
				'questions',
				'recall_at_3',
				'zero_result_rate',
				'reviewed',
				'market',
				...report.markets.map((m) => `articles_${m.id}`),
			],
		},
	);
}

/** Renders the report in one of the formats of `npm run coverage -- --format`. */
export function formatCoverage(report: CoverageReport, format: CoverageFormat, options: FormatOptions = {}): string {
	const worst = options.worst ?? DEFAULT_WORST;
	switch (format) {
		// Bank questions are customers' text: a terminal escape in one is shown, never obeyed.
		case 'text':
			return printable(formatText(report, worst));
		case 'md':
			return printable(formatMarkdown(report, worst));
		case 'json':
			return `${JSON.stringify(report, null, 2)}\n`;
		case 'csv':
			return formatCsv(report, options.table ?? 'topics');
	}
}
