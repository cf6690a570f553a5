// Lighthouse scores for the demo site's home, article, search and contact pages, served with the
// production headers and compressed like a CDN. Lighthouse (with its ~40 dependencies) is
// installed into the scratch directory on first use, not into the project: only the benchmark
// needs it, and writers should not download it with `npm install`.

import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cp, mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { serveSite } from '../../tests/static-server.ts';

const run = promisify(execFile);
const LIGHTHOUSE_VERSION = '13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export type LighthouseScores = Record<(typeof CATEGORIES)[number], number>;

export const LIGHTHOUSE_PAGES = {
	home: '/',
	article: '/payments/make-a-payment/',
	search: '/search/?q=refund',
	contact: '/contact/',
} as const;

/** Writes `.br` and `.gz` next to every text file, as a CDN would serve them. */
export function precompress(dist: string) {
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.(html|css|js|json|svg|xml|txt|wasm)$/.test(entry.name)) continue;
		const file = path.join(entry.parentPath, entry.name);
		// Already compressed by an earlier run on this build (brotli at its top level is slow).
		if (existsSync(`${file}.br`) && statSync(`${file}.br`).mtimeMs >= statSync(file).mtimeMs) continue;
		const data = readFileSync(file);
		// .br last: its presence says this file is done.
		writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
		writeFileSync(`${file}.br`, brotliCompressSync(data));
	}
}

export async function runLighthouse(root: string, work: string): Promise<Record<string, LighthouseScores>> {
	const tool = path.join(work, 'lighthouse');
	const cli = path.join(tool, 'node_modules/lighthouse/cli/index.js');
	if (!existsSync(cli)) {
		await mkdir(tool, { recursive: true });
		await run('npm', ['install', '--prefix', tool, '--no-audit', '--no-fund', `lighthouse@${LIGHTHOUSE_VERSION}`], {
			maxBuffer: 64 * 1024 * 1024,
		});
	}
	// Build the demo site in a scratch copy, so the repository's dist/ is left alone.
	const site = path.join(work, 'demo-site');
	await rm(site, { recursive: true, force: true });
	await mkdir(site, { recursive: true });
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
		await cp(path.join(root, entry), path.join(site, entry), { recursive: true });
	}
	await symlink(path.join(root, 'node_modules'), path.join(site, 'node_modules'));
	await run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: site,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 64 * 1024 * 1024,
	});
	const dist = path.join(site, 'dist');
	precompress(dist);
	const server = await serveSite(dist, { precompressed: true, host: 'localhost' });
	const scores: Record<string, LighthouseScores> = {};
	try {
		for (const [name, page] of Object.entries(LIGHTHOUSE_PAGES)) {
			const report = path.join(work, `lighthouse-${name}.json`);
			await run(
				process.execPath,
				[
					cli,
					`${server.url}${page}`,
					'--quiet',
					'--output=json',
					`--output-path=${report}`,
					`--only-categories=${CATEGORIES.join(',')}`,
					'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync',
				],
				{ env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
			);
			const json = JSON.parse(readFileSync(report, 'utf8'));
			scores[name] = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((json.categories[c]?.score ?? 0) * 100)])) as LighthouseScores;
			const failing = Object.values(json.audits as Record<string, { score: number | null; title: string; scoreDisplayMode: string }>)
				.filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
				.map((a) => a.title);
			if (failing.length) console.error(`[bench] Lighthouse ${name}: audits below full marks: ${failing.join('; ')}`);
		}
	} finally {
		await server.close();
	}
	return scores;
}
