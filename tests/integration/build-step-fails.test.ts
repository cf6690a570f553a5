import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, copyProject, output, removeDir, runNode, type RunResult } from '../helpers/site-copy.ts';

// The coverage report runs in its own process (src/integrations/step-process.ts): from Astro's hook
// under a plain `astro build`, after Astro has exited under `npm run build` (scripts/build.ts).
// Either way, when it fails the build fails with its message, and the steps after it do not run.
const builds = {
	'astro build': (site: string) => buildSite(site),
	'npm run build': (site: string) => runNode(site, ['scripts/build.ts']),
};

describe.each(Object.entries(builds))('%s with a failing coverage step', (_name, run) => {
	let site: string;
	let build: RunResult;

	beforeAll(async () => {
		site = await copyProject('help-center-step-fails-');
		const page = path.join(site, 'src/pages/[locale]/coverage.astro');
		const text = await readFile(page, 'utf8');
		// The attribute of the element, not the words in the page's comment.
		const broken = text.replace(/(<p [^>]*) data-coverage-report /, '$1 ');
		// Not a vacuous test: the page really lost its placeholder.
		expect(broken).not.toBe(text);
		expect(broken.match(/<[^>]* data-coverage-report[ >]/)).toBeNull();
		await writeFile(page, broken);
		build = await run(site);
	}, 180_000);

	afterAll(() => removeDir(site));

	test('fails with the step’s own message', () => {
		expect(build.code, `the build should have failed:\n${output(build)}`).not.toBe(0);
		expect(output(build)).toMatch(/has no element with data-coverage-report/);
	});

	test('stops there: dist/_headers never gets its hashes', async () => {
		const published = await readFile(path.join(site, 'dist/_headers'), 'utf8');
		expect(published).toBe(await readFile(path.join(site, 'public/_headers'), 'utf8'));
		expect(published).not.toContain("'sha256-");
	});
});
