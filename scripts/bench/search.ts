// The search benchmark: what a visitor downloads before the first result appears, and how long
// results take to show after the last keystroke, in Chromium against a built site.
//
//   node scripts/bench/search.ts [--dist dist] [--dist other/dist …] [--runs 3] [--json]
//
// Each run opens an article in a fresh browser, focuses the header search box and types a first
// question (the cold search: it downloads the search code and index), then types each benchmark
// question with 40 ms between keys. The site is served from a local server that gzips text the
// way a CDN does, and counts the bytes it sends. Prints figures; it is not a test.
// `benchSearch()` is also used by `npm run bench`, on generated corpora.

import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM } from '../../tests/chromium.ts';

export interface SearchBenchOptions {
	/** A built site (`dist/`). */
	dist: string;
	/** The market whose pages are searched (`en-gb`): by default `en-us` if the site has it, else the first with an index. */
	market?: string;
	/** Questions typed after the cold one; each is timed. */
	queries?: string[];
	/** The cold search, which downloads the search code and index. */
	coldQuery?: string;
	/** Fresh browsers to run (the median is reported). */
	runs?: number;
	/** Delay between keys, in ms. */
	keyDelay?: number;
	chromiumPath?: string;
}

export interface SearchBenchResult {
	dist: string;
	/** The article page the visitor searched from. */
	page: string;
	runs: number;
	/** Bytes sent (gzip where a CDN would compress) from focusing the box to the first result, median. */
	bytesBeforeFirstResult: number;
	/** What those bytes were, in the first run. */
	filesBeforeFirstResult: { path: string; bytes: number }[];
	/** Bytes the page itself cost (HTML, CSS, inline loader), before search was touched, median. */
	pageBytes: number;
	/** Last keystroke → first result rendered (next frame), cold search, median over runs. */
	coldMs: number;
	/** Last keystroke → results for the whole question rendered, median over every timed query. */
	medianMs: number;
	p95Ms: number;
	perQueryMs: Record<string, number>;
}

export const DEFAULT_QUERIES = [
	'refund not received',
	'reset password',
	'late fee',
	'change payment method',
	'verify my identity',
	'cancelled order still charged',
	'due date',
	'charged twice',
];

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

interface Served {
	path: string;
	bytes: number;
	at: number;
}

/** A static server for `root` that gzips text (Pagefind's index files are gzip already) and logs every response. */
async function serve(root: string) {
	const served: Served[] = [];
	const cache = new Map<string, Buffer>();
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let file = path.join(root, decodeURIComponent(url.pathname));
		if (!file.startsWith(root)) return void response.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		const status = existsSync(file) ? 200 : 404;
		if (status === 404) file = path.join(root, '404.html');
		const type = MIME[path.extname(file)] ?? 'application/octet-stream';
		const compress = type !== 'application/octet-stream' && /gzip/.test(String(request.headers['accept-encoding']));
		const key = `${file}|${compress}`;
		let body = cache.get(key);
		if (!body) {
			const raw = readFileSync(file);
			body = compress ? gzipSync(raw, { level: 6 }) : raw;
			cache.set(key, body);
		}
		response.writeHead(status, {
			'Content-Type': type,
			'Content-Length': body.length,
			'Cache-Control': 'no-cache',
			...(compress ? { 'Content-Encoding': 'gzip' } : {}),
		});
		response.end(body);
		served.push({ path: url.pathname, bytes: body.length, at: Date.now() });
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { served, url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The markets of a build with a search index (`en-us`, `en-gb`), `en-us` first. */
function marketsWithIndex(dist: string): string[] {
	return readdirSync(dist, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(path.join(dist, entry.name, 'pagefind', 'pagefind.js')))
		.map((entry) => entry.name)
		.sort((a, b) => Number(b === 'en-us') - Number(a === 'en-us') || a.localeCompare(b));
}

/** An article page of the market: the first one with a search box in its header. */
function articlePage(dist: string, market: string): string {
	for (const entry of readdirSync(path.join(dist, market), { recursive: true, encoding: 'utf8' })
		.map((file) => path.join(market, file))
		.sort()) {
		// `<market>/<category>/<slug>/index.html`
		if (!entry.endsWith('index.html') || entry.split(path.sep).length !== 4) continue;
		const html = readFileSync(path.join(dist, entry), 'utf8');
		if (html.includes('data-pagefind-body') && html.includes('data-search-input'))
			return `/${path.dirname(entry).split(path.sep).join('/')}/`;
	}
	throw new Error(`${dist} has no article page with a search box: is it a build of this site?`);
}

/**
 * Types `query` and returns the time from the last keystroke to the frame that shows its results.
 * Both ends are taken in the page: the keystroke when its text goes in (the input event's time), and
 * the results, which are on screen when the count names the whole
 * question (the UI writes both in one go), seen by a MutationObserver the moment it is written,
 * and timed at the next frame. Asking from here once typing has finished would add the browser's
 * round trips to Playwright (tens of milliseconds on a busy machine) to every figure.
 */
export async function timeQuery(page: Page, query: string, keyDelay: number, scope = 'header'): Promise<number> {
	const box = page.locator(`${scope} [data-search-input]`);
	await box.fill('');
	await page.waitForFunction((s) => !document.querySelector(`${s} [data-search-status]`)?.textContent, scope);
	await page.evaluate(
		([q, s]) => {
			const state = { lastKey: 0, shown: 0, done: () => observer.disconnect() };
			(window as unknown as { __bench: typeof state }).__bench = state;
			const box = document.querySelector(`${s} [data-search-input]`)!;
			// When the key's text went in, before any listener of the page ran (they may finish a
			// search in the same turn, before a listener added after theirs would be called).
			window.addEventListener('input', (event) => event.target === box && (state.lastKey = event.timeStamp), { capture: true });
			const status = document.querySelector(`${s} [data-search-status]`)!;
			const observer = new MutationObserver(() => {
				if (state.shown || !status.textContent?.includes(`“${q}”`)) return;
				state.shown = -1;
				requestAnimationFrame(() => (state.shown = performance.now()));
			});
			observer.observe(status, { childList: true, characterData: true, subtree: true });
		},
		[query, scope],
	);
	await box.pressSequentially(query, { delay: keyDelay });
	await page.waitForFunction(() => (window as unknown as { __bench: { shown: number } }).__bench.shown > 0, undefined, {
		polling: 'raf',
		timeout: 30_000,
	});
	return page.evaluate(() => {
		const state = (window as unknown as { __bench: { lastKey: number; shown: number; done(): void } }).__bench;
		state.done();
		return Math.round((state.shown - state.lastKey) * 10) / 10;
	});
}

const median = (xs: number[]) => {
	const a = [...xs].sort((p, q) => p - q);
	return a.length % 2 ? a[(a.length - 1) / 2]! : (a[a.length / 2 - 1]! + a[a.length / 2]!) / 2;
};

export async function benchSearch(options: SearchBenchOptions): Promise<SearchBenchResult> {
	const dist = path.resolve(options.dist);
	const market = options.market ?? marketsWithIndex(dist)[0];
	if (!market || !existsSync(path.join(dist, market, 'pagefind', 'pagefind.js'))) {
		throw new Error(`${dist} has no search index${options.market ? ` for /${options.market}/` : ''}: run \`npm run build\` first.`);
	}
	const queries = options.queries ?? DEFAULT_QUERIES;
	const coldQuery = options.coldQuery ?? 'payment';
	const runs = options.runs ?? 3;
	const keyDelay = options.keyDelay ?? 40;
	const pagePath = articlePage(dist, market);
	const server = await serve(dist);
	const browser = await chromium.launch({
		executablePath: options.chromiumPath ?? CHROMIUM.executablePath,
		args: CHROMIUM.args,
	});
	const colds: number[] = [];
	const before: number[] = [];
	const pageCost: number[] = [];
	const timed: Record<string, number[]> = Object.fromEntries(queries.map((q) => [q, []]));
	let files: { path: string; bytes: number }[] = [];
	try {
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			const page = await context.newPage();
			const start = server.served.length;
			await page.goto(`${server.url}${pagePath}`, { waitUntil: 'networkidle' });
			pageCost.push(server.served.slice(start).reduce((sum, s) => sum + s.bytes, 0));
			const touched = server.served.length;
			await page.locator('header [data-search-input]').click();
			colds.push(await timeQuery(page, coldQuery, keyDelay));
			const first = server.served.slice(touched);
			before.push(first.reduce((sum, s) => sum + s.bytes, 0));
			if (run === 0) files = first.map(({ path: p, bytes }) => ({ path: p, bytes }));
			for (const query of queries) timed[query]!.push(await timeQuery(page, query, keyDelay));
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const all = Object.values(timed)
		.flat()
		.sort((a, b) => a - b);
	return {
		dist,
		page: pagePath,
		runs,
		bytesBeforeFirstResult: median(before),
		filesBeforeFirstResult: files,
		pageBytes: median(pageCost),
		coldMs: median(colds),
		medianMs: Math.round(median(all) * 10) / 10,
		p95Ms: all[Math.min(all.length - 1, Math.floor(all.length * 0.95))]!,
		perQueryMs: Object.fromEntries(Object.entries(timed).map(([q, xs]) => [q, median(xs)])),
	};
}

/** The figures as a short report for the terminal. */
export function formatSearchBench(result: SearchBenchResult): string {
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	const lines = [
		styleText('bold', `Search on ${path.relative(process.cwd(), result.dist) || result.dist} (${result.page}, ${result.runs} runs)`),
		`  page before search (HTML, CSS, loader)   ${kb(result.pageBytes)}`,
		`  downloaded before the first result       ${kb(result.bytesBeforeFirstResult)}`,
		...result.filesBeforeFirstResult.map((f) => styleText('dim', `      ${kb(f.bytes).padStart(9)}  ${f.path}`)),
		`  first search, last key → results          ${result.coldMs} ms`,
		`  keystroke → rendered results, median      ${result.medianMs} ms (p95 ${result.p95Ms} ms)`,
	];
	return lines.join('\n');
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			dist: { type: 'string', multiple: true },
			runs: { type: 'string', default: '3' },
			json: { type: 'boolean', default: false },
			market: { type: 'string' },
		},
	});
	const dists = values.dist?.length ? values.dist : [path.resolve(import.meta.dirname, '../../dist')];
	const results: SearchBenchResult[] = [];
	for (const dist of dists)
		results.push(await benchSearch({ dist, runs: Number(values.runs), ...(values.market ? { market: values.market } : {}) }));
	console.log(values.json ? JSON.stringify(results, null, 2) : results.map(formatSearchBench).join('\n\n'));
}
