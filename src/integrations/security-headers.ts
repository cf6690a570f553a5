import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	MAX_HEADER_LINE,
	checkPolicy,
	findInlineCode,
	hashSource,
	parseCsp,
	parseHeadersFile,
	serializeCsp,
	withSources,
} from '../lib/security/headers.ts';
import { SEARCH_LOADER_SCRIPT } from '../client/search-loader.ts';
import { recordBuildStep } from '../lib/node/build-steps.ts';
import { queueStep, type StepLogger, type StepOptions } from './step-process.ts';

/**
 * Completes `dist/_headers` (copied from `public/_headers`) after the build: every inline
 * `<script>` and `<style>` found in the built pages gets its hash added to the
 * Content-Security-Policy, so the policy can never drift from the pages. An inline script must be
 * one the site's code declares (`allowedScripts`): anything else in a page is injected markup, and
 * hashing it would tell browsers to run it, so the build stops instead. Fails the build when the
 * policy would be unsafe (`'unsafe-inline'`, other origins, no `frame-ancestors 'none'`), when a
 * page has an inline event handler or `style` attribute (no hash can allow those), or when the
 * header line grows past what Cloudflare Pages accepts.
 *
 * Why not Astro's `security.csp`: it writes the policy into a `<meta>` tag, where browsers ignore
 * `frame-ancestors`, and it cannot set the other headers. A static host sends real headers from
 * `_headers`, so the policy lives there, in one place.
 */
export default function securityHeaders({
	allowedScripts = [SEARCH_LOADER_SCRIPT],
}: { allowedScripts?: readonly string[] } = {}): AstroIntegration {
	return {
		name: 'help-center:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = Date.now();
				const options = { dist: fileURLToPath(dir), allowedScripts: [...allowedScripts] };
				if (queueStep('headers', options, logger)) return;
				await writeSecurityHeaders(options, logger);
				recordBuildStep('headers', started);
			},
		},
	};
}

/** The headers themselves, run by the hook or, under `npm run build`, by `build-step.ts`: see `securityHeaders()`. */
export async function writeSecurityHeaders(
	{ dist, allowedScripts, stagedFile }: StepOptions['headers'],
	logger: StepLogger,
): Promise<void> {
	const file = path.join(dist, '_headers');
	const text = await readFile(file, 'utf8').catch(() => {
		throw new Error('public/_headers is missing: it holds the security headers every host must send (see README, "Deploy").');
	});
	const rules = parseHeadersFile(text);
	const withCsp = rules.filter((r) => r.headers.some(([n]) => n.toLowerCase() === 'content-security-policy'));
	if (withCsp.length !== 1 || withCsp[0]!.pattern !== '/*') {
		throw new Error(
			'public/_headers must set Content-Security-Policy exactly once, under the "/*" pattern, so every page gets the same policy.',
		);
	}

	const allowed = new Set(await Promise.all(allowedScripts.map((code) => hashSource(code))));
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const attributes: string[] = [];
	const unknownScripts: string[] = [];
	const pages = await htmlFiles(dist);
	for (const page of pages) {
		const found = findInlineCode(await readFile(page, 'utf8'));
		for (const code of found.scripts) {
			const hash = await hashSource(code);
			if (allowed.has(hash)) scripts.add(hash);
			else unknownScripts.push(`${path.relative(dist, page)}: <script>${code.trim().replace(/\s+/g, ' ').slice(0, 80)}`);
		}
		for (const code of found.styles) styles.add(await hashSource(code));
		for (const attr of found.attributes) attributes.push(`${path.relative(dist, page)}: ${attr.slice(0, 80)}`);
	}
	if (unknownScripts.length) {
		throw new Error(
			`These pages have an inline script the site's code does not declare, so the build stops rather than let the Content-Security-Policy allow it. It is most likely markup pasted into an article or a config file, or text that was not escaped; remove it, or write the script as a file under src/:\n  ${unknownScripts.slice(0, 10).join('\n  ')}`,
		);
	}
	if (attributes.length) {
		throw new Error(
			`Inline event handlers and style attributes break the Content-Security-Policy. Move them into a script or stylesheet:\n  ${attributes.slice(0, 10).join('\n  ')}`,
		);
	}

	const line = /^(\s+Content-Security-Policy:\s*)(.*)$/im;
	const current = line.exec(text)!;
	let policy = parseCsp(current[2]!);
	if (scripts.size) policy = withSources(policy, 'script-src', [...scripts].sort());
	if (styles.size) policy = withSources(policy, 'style-src', [...styles].sort());
	const problems = checkPolicy(policy);
	if (problems.length) throw new Error(`The Content-Security-Policy in public/_headers is unsafe:\n  ${problems.join('\n  ')}`);
	const value = serializeCsp(policy);
	const updated = text.replace(line, `$1${value}`);
	const long = updated.split('\n').find((l) => l.length > MAX_HEADER_LINE);
	if (long) {
		throw new Error(
			`A header line in dist/_headers is ${long.length} characters; Cloudflare Pages accepts at most ${MAX_HEADER_LINE}. ${scripts.size} distinct inline scripts and ${styles.size} inline styles were hashed: move inline code into files.`,
		);
	}
	// Under `npm run build` the file waits outside dist/ until every other step has succeeded.
	await writeFile(stagedFile ?? file, updated);
	logger.info(
		`dist/_headers: Content-Security-Policy for ${pages.length} pages, ${scripts.size} inline script hash(es), ${styles.size} inline style hash(es).`,
	);
}

async function htmlFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}
