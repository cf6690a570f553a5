// The coverage report as HTML for the `/coverage/` page of the built site. The page shell (layout,
// styles, the small sorting script) is an Astro page; the build fills in this fragment once the
// search index exists (src/integrations/coverage-report.ts). Pure; no inline styles or scripts, so
// the page works under a Content-Security-Policy without 'unsafe-inline'.
import { STATUS_MEANING, TOPIC_STATUSES, TOP_K, type CoverageReport, type TopicStatus } from './compute.ts';
import { formatDate } from '../shared/dates.ts';
import { formatPercent, plural } from '../shared/words.ts';
import { describeRank } from './format.ts';

/** Files the build writes next to the page, for spreadsheets and tools. */
export const COVERAGE_DOWNLOADS = {
	json: 'coverage.json',
	topics: 'coverage-topics.csv',
	questions: 'coverage-failed-questions.csv',
} as const;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** A date for people, `YYYY-MM-DD` for machines; short in tables so columns stay narrow. */
function time(date: string, style: 'long' | 'medium' = 'medium'): string {
	return `<time datetime="${date}">${escapeHtml(formatDate(date, style))}</time>`;
}

/** A cell whose sort key differs from its text (numbers, dates, statuses); empty keys sort last. */
function cell(html: string, sortKey?: string | number | null, header = false): string {
	const key = sortKey === undefined ? '' : ` data-sort="${sortKey === null ? '' : escapeHtml(String(sortKey))}"`;
	return header ? `<th scope="row"${key}>${html}</th>` : `<td${key}>${html}</td>`;
}

function numberCell(value: number): string {
	return `<td class="num" data-sort="${value}">${value}</td>`;
}

function percentCell(value: number | null): string {
	return `<td class="num" data-sort="${value === null ? '' : value.toFixed(4)}">${formatPercent(value)}</td>`;
}

function statusBadge(status: TopicStatus): string {
	return `<span class="status status--${status}">${status}</span>`;
}

interface TableSpec {
	id: string;
	/**
	 * A short title, so it stays readable when a wide table scrolls sideways on a phone. It names the
	 * table's scroll region too, so it must differ from every heading and other caption.
	 */
	caption: string;
	/** What the columns mean, shown above the table and linked to it with aria-describedby. */
	description?: string;
	/** Column headings; `num: true` right-aligns. */
	columns: { label: string; num?: boolean }[];
	rows: string[];
}

/** A sortable table (the page's script turns the headings into buttons) that scrolls on small screens. */
function table(spec: TableSpec): string {
	const head = spec.columns.map((c) => `<th scope="col"${c.num ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
	const describedBy = spec.description ? ` aria-describedby="${spec.id}-description"` : '';
	return [
		spec.description ? `<p id="${spec.id}-description">${spec.description}</p>` : '',
		// Focusable so keyboard users can scroll a wide table; named by its caption.
		`<section class="table-scroll" aria-labelledby="${spec.id}-caption" tabindex="0">`,
		`<table id="${spec.id}" data-sortable${describedBy}>`,
		`<caption id="${spec.id}-caption">${spec.caption}</caption>`,
		`<thead><tr>${head}</tr></thead>`,
		`<tbody>${spec.rows.join('\n')}</tbody>`,
		'</table>',
		'</section>',
	].join('\n');
}

function section(id: string, title: string, body: string): string {
	return `<section class="coverage-section" aria-labelledby="${id}">\n<h2 id="${id}">${title}</h2>\n${body}\n</section>`;
}

function idList(ids: readonly string[]): string {
	return ids.length ? `<ul class="id-list">${ids.map((id) => `<li><code>${escapeHtml(id)}</code></li>`).join('')}</ul>` : '<p>None.</p>';
}

export interface HtmlOptions {
	/** URL folder of the files in COVERAGE_DOWNLOADS. */
	downloadBase?: string;
	/** How many failed questions the page lists (the CSV download has all of them). */
	worst?: number;
}

/**
 * The report body for `/coverage/`: summary, topics, categories, the worst failed questions,
 * stale articles, drafts and the gaps in the data.
 */
export function renderCoverageHtml(report: CoverageReport, options: HtmlOptions = {}): string {
	const { downloadBase = '/coverage/', worst = 50 } = options;
	const s = report.summary;
	const titleOf = new Map(report.articles.map((a) => [a.url, a.title]));
	const articleLink = (url: string, title = titleOf.get(url) ?? url) => `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`;
	const statusRank = (status: TopicStatus) => TOPIC_STATUSES.indexOf(status);
	const banks = report.banks.map((b) => `<code>${escapeHtml(b.file)}</code> (${plural(b.questions, 'question')})`).join(', ');

	const parts: string[] = [];
	parts.push(
		`<p class="coverage-meta">Generated on ${time(report.generatedAt, 'long')}${banks ? ` from ${banks}` : ''}. The same figures as <code>npm run coverage -- --today ${report.generatedAt}</code> on this build. Download: <a href="${downloadBase}${COVERAGE_DOWNLOADS.topics}" download>topics (CSV)</a>, <a href="${downloadBase}${COVERAGE_DOWNLOADS.questions}" download>failed questions (CSV)</a>, <a href="${downloadBase}${COVERAGE_DOWNLOADS.json}" download>full report (JSON)</a>.</p>`,
	);

	const stats = [
		[formatPercent(s.recallAt3), `of customer questions find the right article in the top ${TOP_K} results`],
		[formatPercent(s.macroRecallAt3), 'average of the topics’ recall, so small topics count as much as large ones'],
		[formatPercent(s.zeroResultRate), 'of questions get no result at all'],
		[String(s.statuses['no-article'] + s.statuses['search-misses'] + s.statuses.stale), `of ${s.topics} topics need attention`],
		[String(s.staleArticles), `of ${s.articles} articles last reviewed more than ${report.staleAfterDays} days ago`],
		[String(s.drafts), s.drafts === 1 ? 'draft not yet published' : 'drafts not yet published'],
	];
	parts.push(
		section(
			'coverage-summary',
			'Summary',
			[
				s.questions ? '' : '<p class="notice">There are no customer questions to test search with. Add a question bank to <code>content/questions/</code>.</p>',
				`<ul class="coverage-stats">${stats.map(([figure, label]) => `<li><strong>${figure}</strong> <span>${escapeHtml(label!)}</span></li>`).join('')}</ul>`,
				'<dl class="status-legend">',
				...TOPIC_STATUSES.map(
					(status) =>
						`<div><dt>${statusBadge(status)} <span class="status-count">${plural(s.statuses[status], 'topic')}</span></dt><dd>${escapeHtml(STATUS_MEANING[status])}${status === 'search-misses' ? ` (under ${formatPercent(report.target)} of its questions)` : ''}${status === 'stale' ? ` (more than ${report.staleAfterDays} days)` : ''}.</dd></div>`,
				),
				'</dl>',
			].join('\n'),
		),
	);

	parts.push(
		section(
			'coverage-topics',
			'Topics',
			table({
				id: 'topics-table',
				caption: 'Topics, grouped by category',
				description: `Every topic in <code>content/topics.yaml</code>. Recall@3 is the share of the topic’s questions for which search ranks one of its articles in the first ${TOP_K} results; “No result” is the share for which search returns nothing.`,
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
					[
						'<tr>',
						cell(`${escapeHtml(t.title)}<br><code>${escapeHtml(t.id)}</code>`, t.title, true),
						cell(statusBadge(t.status), statusRank(t.status)),
						numberCell(t.questions),
						percentCell(t.recallAt3),
						percentCell(t.zeroResultRate),
						cell(t.reviewed ? time(t.reviewed) : '–', t.reviewed),
						cell(t.articles.length ? `<ul class="cell-list">${t.articles.map((url) => `<li>${articleLink(url)}</li>`).join('')}</ul>` : 'None', t.articles.length),
						'</tr>',
					].join(''),
				),
			}),
		),
	);

	parts.push(
		section(
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
				rows: report.categories.map((c) => {
					const attention = c.statuses['no-article'] + c.statuses['search-misses'] + c.statuses.stale;
					return [
						'<tr>',
						cell(`<a href="/${escapeHtml(c.id)}/">${escapeHtml(c.title)}</a>`, c.title, true),
						numberCell(c.topics),
						numberCell(c.articles),
						numberCell(c.questions),
						percentCell(c.recallAt3),
						percentCell(c.zeroResultRate),
						numberCell(attention),
						'</tr>',
					].join('');
				}),
			}),
		),
	);

	const failed = report.failedQuestions;
	const shown = failed.slice(0, worst);
	parts.push(
		section(
			'coverage-failed',
			`Questions search fails on (${failed.length})`,
			failed.length
				? [
						shown.length < failed.length
							? `<p>The ${shown.length} worst of ${failed.length} are listed here; <a href="${downloadBase}${COVERAGE_DOWNLOADS.questions}" download>the CSV download</a> has all of them.</p>`
							: '',
						table({
							id: 'failed-table',
							caption: 'Failed questions, worst first',
							description: `Customer questions for which no article of the expected topic is in the first ${TOP_K} results, worst first: never found, then found furthest down. “Search returned instead” is what the customer saw; “Bank line” is where the question is in its bank.`,
							columns: [
								{ label: 'Question' },
								{ label: 'Expected topic' },
								{ label: 'Right article' },
								{ label: 'Search returned instead' },
								{ label: 'Bank line' },
							],
							rows: shown.map((q) =>
								[
									'<tr>',
									cell(escapeHtml(q.question), undefined, true),
									cell(`<code>${escapeHtml(q.topic)}</code>`, q.topic),
									cell(escapeHtml(describeRank(q)), q.rank ?? 1000),
									cell(
										q.returned.length
											? `<ol class="cell-list">${q.returned.map((r) => `<li>${articleLink(r.url, r.title)}</li>`).join('')}</ol>`
											: 'No result',
										q.returned.length,
									),
									cell(`${escapeHtml(q.file)}:${q.line}`, `${q.file}:${String(q.line).padStart(7, '0')}`),
									'</tr>',
								].join(''),
							),
						}),
					].join('\n')
				: `<p>None: search puts every question’s answer in the first ${TOP_K} results.</p>`,
		),
	);

	parts.push(
		section(
			'coverage-stale',
			`Stale articles (${report.staleArticles.length})`,
			report.staleArticles.length
				? table({
						id: 'stale-table',
						caption: 'Stale articles, oldest first',
						description: `Articles last reviewed more than ${report.staleAfterDays} days ago; an article never reviewed counts from its last update.`,
						columns: [{ label: 'Article' }, { label: 'Topics' }, { label: 'Last reviewed' }, { label: 'Days ago', num: true }],
						rows: report.staleArticles.map((a) =>
							[
								'<tr>',
								cell(articleLink(a.url, a.title), a.title, true),
								cell(a.topics.map((t) => `<code>${escapeHtml(t)}</code>`).join(' ')),
								cell(`${time(a.reviewed)}${a.neverReviewed ? ' (updated; never reviewed)' : ''}`, a.reviewed),
								numberCell(a.ageDays),
								'</tr>',
							].join(''),
						),
					})
				: `<p>None: every article was reviewed in the last ${report.staleAfterDays} days.</p>`,
		),
	);

	parts.push(
		section(
			'coverage-drafts',
			`Drafts (${s.drafts})`,
			report.drafts.length
				? `<ul>${report.drafts.map((d) => `<li>${escapeHtml(d.title)}: <code>${escapeHtml(d.file)}</code> (topics: ${d.topics.map((t) => `<code>${escapeHtml(t)}</code>`).join(' ')})</li>`).join('')}</ul>`
				: s.drafts
					? `<p>${plural(s.drafts, 'draft')} in progress. Drafts are not named on the published site; <code>npm run coverage</code> lists them.</p>`
					: '<p>None.</p>',
		),
	);

	parts.push(
		section(
			'coverage-gaps',
			'Gaps in the data',
			[
				`<h3>Topics with no article (${report.topicsWithoutArticles.length})</h3>`,
				idList(report.topicsWithoutArticles),
				`<h3>Topics with no questions in the bank (${report.topicsWithoutQuestions.length})</h3>`,
				'<p>Search is not measured for these. Add labelled questions (for example from support tickets) to a bank in <code>content/questions/</code>.</p>',
				idList(report.topicsWithoutQuestions),
			].join('\n'),
		),
	);
	return parts.join('\n\n');
}
