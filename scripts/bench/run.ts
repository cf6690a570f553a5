// The help center's benchmark: builds this project on generated corpora and prints what a visitor
// and a deployer pay for it, optionally next to a stock Starlight site built in the same run.
//
//   npm run bench                                  # 100, 1,000 and 10,000 articles
//   npm run bench -- --vs-starlight                # + Starlight on the same corpora (up to 3,000)
//   npm run bench -- --sizes 100,1000,3000 --vs-starlight --lighthouse
//
// Options:
//   --sizes A,B,…         corpus sizes (default 100,1000,10000)
//   --vs-starlight        also build the Starlight peer from ../shared/bench/starlight/
//   --starlight-sizes …   sizes for the peer (default: the sizes up to 3,000; its pages grow with
//                         the site, so 10,000 articles would write about 24 GB of HTML)
//   --lighthouse          Lighthouse scores for home, article, search and contact on the demo site
//   --no-search           skip the browser search measurements
//   --seed S              corpus seed (default 1)
//   --work DIR            scratch directory (default $BENCH_WORK or /tmp/hc-bench), never in the repo
//
// Everything heavy (corpora, scratch builds, Starlight's node_modules, Lighthouse) lives in the
// scratch directory. Results: a table on stdout and WORK/bench-results.json.

import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { measureBuild, type BuildMeasure } from './measure-build.ts';
import type { StepMeasure } from './steps.ts';
import { makeScratchSite, type Adaptation } from './scratch-site.ts';
import { precompress, runLighthouse, type LighthouseScores } from './lighthouse.ts';
import { measureSearch } from './search-latency.ts';
import { BUILD_MARKETS_ENV, builtMarkets } from '../../src/lib/node/markets.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared/bench');

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,1000,10000' },
		'vs-starlight': { type: 'boolean', default: false },
		'starlight-sizes': { type: 'string' },
		lighthouse: { type: 'boolean', default: false },
		'no-search': { type: 'boolean', default: false },
		seed: { type: 'string', default: '1' },
		work: { type: 'string', default: process.env.BENCH_WORK ?? '/tmp/hc-bench' },
		market: { type: 'string', multiple: true },
	},
});
// `--market us` builds that market only (`npm run build -- --market us`), to measure what the
// others cost; by default every market of content/markets.yaml is built, as a deployer does.
if (values.market?.length) process.env[BUILD_MARKETS_ENV] = values.market.join(',');
const sizes = values.sizes.split(',').map(Number);
const starlightSizes = values['vs-starlight'] ? (values['starlight-sizes']?.split(',').map(Number) ?? sizes.filter((n) => n <= 3000)) : [];
const WORK = path.resolve(values.work);
if (WORK.startsWith(ROOT + path.sep)) throw new Error('--work must be outside the repository.');
if (!existsSync(path.join(SHARED, 'gen-corpus.mjs'))) throw new Error(`The shared benchmark harness is missing: ${SHARED}`);

const log = (message: string) => console.error(`[bench] ${message}`);

interface SiteResult {
	articles: number;
	/** Ours: the markets the build published (their pages, search index and coverage report each). */
	markets?: string[];
	build:
		| (Omit<BuildMeasure, 'log' | 'steps'> & {
				/** Ours: Astro's own work, then Pagefind, coverage and headers, each with its time and peaks. */
				steps?: StepMeasure[];
				/** Ours: the same build again after editing one article, with the data-store cache kept. */
				warm_wall_s?: number;
				warm_steps?: StepMeasure[];
		  })
		| null;
	dist: { files: number; bytes: number; html_bytes: number; pagefind_files: number; pagefind_bytes: number };
	typical: {
		url: string;
		html_raw: number;
		html_gzip: number;
		first_visit_gzip: number;
		eager_js_files: number;
		inline_script_bytes: number;
		css_gzip: number;
	};
	/** Ours: scripts/bench/search-latency.ts; Starlight: the shared search-latency.mjs (its own UI). */
	search: {
		median_ms: number | null;
		/** Ours only: the shared harness for Starlight reports no percentile. */
		p95_ms?: number | null;
		cold_ms: number | null;
		first_search_bytes: number | null;
		first_search_by_kind?: Record<string, number>;
	} | null;
	adaptation?: Adaptation;
}

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name));
}
const sizeOf = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);

/** The corpus article with the median word count, the way measure-dist.mjs picks it. */
function typicalArticle(corpus: string): string {
	const dir = path.join(corpus, 'articles');
	const rows = walk(dir)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => {
			const body = readFileSync(f, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
			const words = (body.match(/[A-Za-z0-9$][\w'’.,$%-]*/g) ?? []).length;
			return {
				rel: path
					.relative(dir, f)
					.split(path.sep)
					.join('/')
					.replace(/\.mdx$/, ''),
				words,
			};
		})
		.sort((a, b) => a.words - b.words || a.rel.localeCompare(b.rel));
	return rows[Math.floor((rows.length - 1) / 2)]!.rel;
}

async function node(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
	const { stdout } = await run(process.execPath, args, { maxBuffer: 256 * 1024 * 1024, ...options });
	return stdout;
}

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!);

async function generateCorpus(count: number, linkPrefix?: string): Promise<string> {
	const out = path.join(WORK, `corpus-${linkPrefix ? 'site' : 'starlight'}-n${count}-s${values.seed}`);
	const args = [path.join(SHARED, 'gen-corpus.mjs'), '--out', out, '--count', String(count), '--seed', values.seed];
	if (linkPrefix) args.push('--link-prefix', linkPrefix);
	await node(args);
	return out;
}

// ── our site ────────────────────────────────────────────────────────────────────────────────────

async function benchOurs(count: number): Promise<SiteResult> {
	log(`our site, ${count} articles: corpus …`);
	const corpus = await generateCorpus(count, '/');
	const site = path.join(WORK, 'site');
	const adaptation = await makeScratchSite(ROOT, corpus, site);
	log(`our site, ${count} articles: cold build …`);
	// Cold, as on a fresh CI clone: no dist, no data-store cache (node_modules/.astro in a build,
	// .astro in dev).
	for (const cache of ['dist', 'node_modules/.astro', '.astro']) await rm(path.join(site, cache), { recursive: true, force: true });
	const { log: _log, ...build } = await measureBuild(site, process.execPath, 'build-cold');
	log(`our site, ${count} articles: warm build (one article edited) …`);
	// Not the typical article, whose page is measured below.
	const typical = typicalArticle(corpus);
	const edited = walk(path.join(site, 'content/articles'))
		.filter((f) => f.endsWith('.mdx') && !f.endsWith(`/${typical}.mdx`))
		.sort()[0]!;
	await appendFile(edited, '\nOne more sentence, edited for the warm rebuild.\n');
	const warm = await measureBuild(site, process.execPath, 'build-warm');
	const dist = path.join(site, 'dist');
	const files = walk(dist);
	// Pages and search are measured in the first market the build publishes.
	const market = builtMarkets(site)[0]!.slug;
	const typicalUrl = `/${market}/${typical}/`;
	const measured = lastJson(
		await node([path.join(SHARED, 'measure-dist.mjs'), '--dist', dist, '--page', typicalUrl, '--pagefind-dir', `${market}/pagefind`]),
	);
	let search = null;
	if (!existsSync(path.join(dist, market, 'pagefind'))) {
		log(`this build has no search index (dist/${market}/pagefind): search not measured`);
	} else if (!values['no-search']) {
		log(`our site, ${count} articles: search …`);
		precompress(dist);
		search = await measureSearch(dist, { market }).catch((error) => {
			log(`search measurement failed: ${String(error).slice(0, 500)}`);
			return null;
		});
	}
	return {
		articles: count,
		markets: builtMarkets(site).map((m) => m.market.id),
		build: { ...build, warm_wall_s: warm.wall_s, warm_steps: warm.steps },
		dist: {
			files: files.length,
			bytes: sizeOf(files),
			html_bytes: sizeOf(files.filter((f) => f.endsWith('.html'))),
			pagefind_files: measured.pagefind_files,
			pagefind_bytes: measured.pagefind_bytes,
		},
		typical: typicalOf(measured),
		search,
		adaptation,
	};
}

/** The part of `measure-dist.mjs`'s JSON (shared bench tools) that the report reads. */
interface MeasuredDist {
	typical_page: {
		url: string;
		html: { raw: number; gzip: number; inline_script_bytes: number };
		page_load_total: { gzip: number };
		js: { eager: { files: number } };
		css: { gzip: number };
	};
}

function typicalOf(measured: MeasuredDist): SiteResult['typical'] {
	const t = measured.typical_page;
	return {
		url: t.url,
		html_raw: t.html.raw,
		html_gzip: t.html.gzip,
		first_visit_gzip: t.page_load_total.gzip,
		eager_js_files: t.js.eager.files,
		inline_script_bytes: t.html.inline_script_bytes,
		css_gzip: t.css.gzip,
	};
}

// ── Starlight ───────────────────────────────────────────────────────────────────────────────────

async function benchStarlight(count: number): Promise<SiteResult> {
	log(`Starlight, ${count} articles: corpus, install (first time), build, search …`);
	const corpus = await generateCorpus(count);
	const nodeDir = path.dirname(process.execPath);
	const child = spawn(
		'bash',
		[path.join(SHARED, 'run-starlight.sh'), '--corpus', corpus, '--work', WORK, '--search', '--label', 'npm run bench'],
		{
			env: { ...process.env, BENCH_NODE_BIN: nodeDir, PATH: `${nodeDir}:${process.env.PATH}` },
			stdio: ['ignore', 'pipe', 'inherit'],
		},
	);
	let stdout = '';
	child.stdout.on('data', (d) => (stdout += d));
	const code = await new Promise((resolve) => child.on('close', resolve));
	if (code !== 0) throw new Error(`run-starlight.sh failed (exit ${code})`);
	const r = lastJson(stdout);
	const s = r.search;
	return {
		articles: count,
		build: {
			wall_s: r.build.wall_s,
			cpu_s: r.build.user_s + r.build.sys_s,
			peak_rss_mb: r.build.peak_rss_mb,
			peak_tree_rss_mb: r.build.peak_tree_rss_mb,
			pages: r.build.astro_pages_reported,
		},
		dist: {
			files: r.dist.dist_files,
			bytes: r.dist.dist_bytes,
			html_bytes: r.dist.html_bytes_total,
			pagefind_files: r.dist.pagefind_files,
			pagefind_bytes: r.dist.pagefind_bytes,
		},
		typical: typicalOf(r.dist),
		search: s
			? {
					median_ms: s.median_ms,
					cold_ms: s.cold_first_query_ms?.median ?? null,
					first_search_bytes: s.first_query_transfer?.total ?? null,
				}
			: null,
	};
}

// ── report ──────────────────────────────────────────────────────────────────────────────────────

const kb = (b: number | null | undefined) => (b == null ? '–' : `${(b / 1024).toFixed(1)} KB`);
const mb = (b: number | null | undefined) => (b == null ? '–' : `${(b / 1024 / 1024).toFixed(1)} MB`);
const num = (x: number | null | undefined, unit = '') =>
	x == null ? '–' : `${Number.isInteger(x) ? x.toLocaleString('en-US') : x.toFixed(1)}${unit}`;
const ratio = (peer: number | null | undefined, ours: number | null | undefined) =>
	peer == null || ours == null || ours === 0 ? '' : `${(peer / ours).toFixed(1)}×`;

function table(ours: SiteResult, peer?: SiteResult): string {
	const rows: Array<[string, string, string, string, string]> = [];
	const row = (
		label: string,
		get: (r: SiteResult) => number | null | undefined,
		format: (x: number | null | undefined) => string,
		target = '',
	) => rows.push([label, format(get(ours)), peer ? format(get(peer)) : '', peer ? ratio(get(peer), get(ours)) : '', target]);
	row(
		'build + index, wall',
		(r) => r.build?.wall_s,
		(x) => num(x, ' s'),
		ours.articles === 1000 ? '≥ 3× faster' : '',
	);
	row(
		'build + index, CPU (user + sys)',
		(r) => r.build?.cpu_s,
		(x) => num(x, ' s'),
	);
	row(
		'peak RSS, largest process',
		(r) => r.build?.peak_rss_mb,
		(x) => num(x, ' MB'),
		ours.articles >= 10000 ? '< 2 GB' : '',
	);
	row(
		'peak RSS, process tree',
		(r) => r.build?.peak_tree_rss_mb,
		(x) => num(x, ' MB'),
	);
	row('typical article HTML, raw', (r) => r.typical.html_raw, kb);
	row('typical article HTML, gzip', (r) => r.typical.html_gzip, kb);
	row('first visit, all assets, gzip', (r) => r.typical.first_visit_gzip, kb, '≤ 15 KB, no script');
	row(
		'script files loaded by an article',
		(r) => r.typical.eager_js_files,
		(x) => num(x),
	);
	row(
		'keystroke → rendered results, median',
		(r) => r.search?.median_ms,
		(x) => num(x, ' ms'),
		'≤ 50 ms',
	);
	row(
		'keystroke → rendered results, p95',
		(r) => r.search?.p95_ms,
		(x) => num(x, ' ms'),
	);
	row(
		'first search query, cold',
		(r) => r.search?.cold_ms,
		(x) => num(x, ' ms'),
	);
	row('first search download', (r) => r.search?.first_search_bytes, kb, ours.articles === 1000 ? '≤ 120 KB and ≤ Starlight' : '');
	row('output, total', (r) => r.dist.bytes, mb);
	row('output per article', (r) => r.dist.bytes / r.articles, kb, 'flat as N grows');
	row(
		'files in output',
		(r) => r.dist.files,
		(x) => num(x),
		ours.articles >= 10000 ? '< 20,000 (Cloudflare Pages)' : '',
	);
	const head = ['', 'ours', peer ? 'Starlight' : '', peer ? 'Starlight ÷ ours' : '', 'target'];
	const all = [head, rows[0] && ['---', '---', '---', '---', '---'], ...rows].filter(Boolean) as string[][];
	return all.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

// ── main ────────────────────────────────────────────────────────────────────────────────────────

await mkdir(WORK, { recursive: true });
const results: { ours: SiteResult[]; starlight: SiteResult[]; lighthouse?: Record<string, LighthouseScores>; at: string; machine: string } =
	{
		ours: [],
		starlight: [],
		at: new Date().toISOString(),
		machine: `${(await import('node:os')).cpus().length} cores, node ${process.version}`,
	};
for (const count of sizes) {
	results.ours.push(await benchOurs(count));
	if (starlightSizes.includes(count)) results.starlight.push(await benchStarlight(count));
}
if (values.lighthouse) {
	log('Lighthouse on the demo site …');
	results.lighthouse = await runLighthouse(ROOT, WORK);
}
await writeFile(path.join(WORK, 'bench-results.json'), JSON.stringify(results, null, 2));

const out: string[] = [
	`Help center benchmark (${results.machine}, seed ${values.seed}); details in ${path.join(WORK, 'bench-results.json')}`,
];
for (const ours of results.ours) {
	const peer = results.starlight.find((s) => s.articles === ours.articles);
	out.push('', `### ${ours.articles.toLocaleString('en-US')} articles`, '', table(ours, peer));
	const steps = (list: StepMeasure[] | undefined) =>
		(list ?? [])
			.map((x) => `${x.step} ${num(x.wall_s, ' s')}, ${num(x.peak_rss_mb, ' MB')} (tree ${num(x.peak_tree_rss_mb, ' MB')})`)
			.join(' · ');
	if (ours.build?.steps?.length)
		out.push('', `Steps, cold build (time, peak of the largest process and of the tree): ${steps(ours.build.steps)}`);
	if (ours.build?.warm_wall_s != null) {
		out.push('', `Warm rebuild after editing one article: ${num(ours.build.warm_wall_s, ' s')} (${steps(ours.build.warm_steps)})`);
	}
	const kinds = ours.search?.first_search_by_kind;
	if (kinds) {
		const parts = Object.entries(kinds)
			.sort((x, y) => y[1] - x[1])
			.map(([kind, bytes]) => `${kind} ${kb(bytes)}`);
		out.push('', `First search download by kind (ours): ${parts.join(' · ')}`);
	}
	const a = ours.adaptation;
	if (a) {
		out.push(
			'',
			`Corpus adapted to our schema (the copy, not the schema): ${a.titlesShortened} titles over 70 characters shortened, ${a.questionsDropped} questions under 5 characters dropped, ${a.renamed} articles renamed away from a demo article's or section's address, ${a.sectionsAssigned} articles given a section of their category (by a hash of the file name); the ${a.demoArticlesKept} demo articles stay beside the corpus (the site's pages link to them), so the build has ${a.articles + a.demoArticlesKept} articles.`,
		);
	}
}
if (results.ours.length > 1) {
	const per = results.ours.map(
		(r) => `${r.articles}: ${(r.dist.bytes / r.articles / 1024).toFixed(1)} KB/article, typical page ${kb(r.typical.html_raw)}`,
	);
	out.push('', `Linearity (output per article; the typical page should not grow): ${per.join(' · ')}`);
}
if (results.lighthouse) {
	out.push(
		'',
		'### Lighthouse (mobile, simulated throttling), demo site',
		'',
		'| page | performance | accessibility | best practices | SEO |',
		'| --- | --- | --- | --- | --- |',
	);
	for (const [page, s] of Object.entries(results.lighthouse))
		out.push(`| ${page} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`);
}
console.log(out.join('\n'));
