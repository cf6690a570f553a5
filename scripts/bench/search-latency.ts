// Search speed in Chromium on a built site: last keystroke → results for the whole query painted,
// and the bytes the first search downloads (search code + Pagefind), counted by the server.
//
// The shared search-latency.mjs waits for the first result to change after the last keystroke.
// Our UI renders as the visitor types, so the top result for "paymen" is often already the top
// result for "payment" and never changes again: that harness then waits forever. Here "rendered"
// means the status line names the full query, which our UI writes in the same frame as the list.

import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { precompress } from './lighthouse.ts';
import { serveSite } from '../../tests/static-server.ts';
import { CHROMIUM } from '../../tests/chromium.ts';
import { timeQuery } from './search.ts';

const QUERIES = [
	'refund not received',
	'reset password',
	'late fee',
	'change payment method',
	'two-factor authentication',
	'verify my identity',
	'cancelled order still charged',
	'due date',
];
const WARMUP = 'payment';

export interface SearchMeasure {
	median_ms: number;
	p95_ms: number;
	cold_ms: number;
	/** Bytes served (compressed as a CDN would) from the first keystroke's focus to the first results. */
	first_search_bytes: number;
	/** The first search's bytes by kind (first run): search code, Pagefind runtime, index, results. */
	first_search_by_kind: Record<string, number>;
	/** Every file the first search downloaded (first run), in order, with its bytes. */
	first_search_files: { path: string; bytes: number }[];
	runs: number;
}

/** What a request is for, to say where the first search's bytes go. */
function kindOf(url: string): string {
	// Each market's index is under its address: `/en-us/pagefind/…` is read as `/pagefind/…`.
	const file = url.split('?')[0]!.replace(/^\/[a-z]{2,3}-[a-z]{2}(?=\/pagefind\/)/, '');
	if (file.startsWith('/pagefind/fragment/')) return 'results (fragments)';
	if (/^\/pagefind\/(index|filter)\/|pagefind-entry\.json|\.pf_meta$/.test(file)) return 'index';
	if (/^\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(file)) return 'Pagefind runtime';
	if (file.startsWith('/pagefind/search-')) return 'synonyms + vocabulary';
	if (file.startsWith('/_astro/')) return 'search UI script';
	return 'other';
}

function median(xs: number[]) {
	const a = [...xs].sort((p, q) => p - q);
	return a.length % 2 ? a[(a.length - 1) / 2]! : (a[a.length / 2 - 1]! + a[a.length / 2]!) / 2;
}

/** `dist` must contain `.br`/`.gz` copies of its text files (see lighthouse.ts `precompress`). */
/** `market`: the address segment of the market whose search page is measured (`en-us`). */
export async function measureSearch(dist: string, { runs = 3, market }: { runs?: number; market: string }): Promise<SearchMeasure> {
	const server = await serveSite(dist, { precompressed: true });
	let served = 0;
	let byKind: Record<string, number> | undefined;
	let files: { path: string; bytes: number }[] | undefined;
	server.server.on('request', (req, res) => {
		const kind = kindOf(req.url ?? '');
		const entry = { path: req.url ?? '', bytes: 0 };
		files?.push(entry);
		const count = (bytes: number) => {
			served += bytes;
			entry.bytes += bytes;
			if (byKind) byKind[kind] = (byKind[kind] ?? 0) + bytes;
		};
		const write = res.write.bind(res);
		const end = res.end.bind(res);
		res.write = ((chunk: Buffer | string, ...rest: unknown[]) => {
			if (chunk) count(Buffer.byteLength(chunk));
			return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
		}) as typeof res.write;
		res.end = ((chunk?: Buffer | string, ...rest: unknown[]) => {
			if (chunk && typeof chunk !== 'function') count(Buffer.byteLength(chunk));
			return (end as (...a: unknown[]) => typeof res)(chunk, ...rest);
		}) as typeof res.end;
	});
	const browser = await chromium.launch({
		...CHROMIUM,
	});
	const times: number[] = [];
	const colds: number[] = [];
	const firstBytes: number[] = [];
	let firstByKind: Record<string, number> = {};
	let firstFiles: { path: string; bytes: number }[] = [];
	try {
		for (let r = 0; r < runs; r++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			const page = await context.newPage();
			await page.goto(`${server.url}/${market}/search/`, { waitUntil: 'load' });
			await page.waitForTimeout(1000);
			const input = page.locator('[data-search-page] [data-search-input]');
			const query = async (q: string) => {
				// The first frame in which the status line names the whole query, timed in the page.
				const ms = await timeQuery(page, q, 40, '[data-search-page]');
				if ((await page.locator('[data-search-result]').count()) === 0) throw new Error(`no results for "${q}"`);
				return ms;
			};
			const before = served;
			byKind = {};
			files = [];
			await input.focus();
			colds.push(await query(WARMUP));
			firstBytes.push(served - before);
			if (r === 0) [firstByKind, firstFiles] = [byKind, files];
			byKind = undefined;
			files = undefined;
			for (const q of QUERIES) times.push(await query(q));
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const sorted = [...times].sort((a, b) => a - b);
	return {
		median_ms: Math.round(median(times) * 10) / 10,
		p95_ms: Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]! * 10) / 10,
		cold_ms: Math.round(median(colds)),
		first_search_bytes: median(firstBytes),
		first_search_by_kind: firstByKind,
		first_search_files: firstFiles,
		runs,
	};
}

// node scripts/bench/search-latency.ts --dist DIR [--market en-us] [--runs 3]: the figures for a site
// already built (for example the benchmark's scratch copy), without building it again.
if (import.meta.main) {
	const { values } = parseArgs({
		options: { dist: { type: 'string' }, runs: { type: 'string', default: '3' }, market: { type: 'string', default: 'en-us' } },
	});
	if (!values.dist) throw new Error('Give the built site: --dist <dir>.');
	const dist = path.resolve(values.dist);
	precompress(dist);
	console.log(JSON.stringify(await measureSearch(dist, { runs: Number(values.runs), market: values.market }), null, 2));
}
