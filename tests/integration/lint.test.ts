// `npm run lint` holds the layer lines of the README's "Project structure". Each fixture file under
// tests/fixtures/lint/ breaks one of them; the real code passes (`npm test` lints it first).
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/site-copy.ts';

const fixtures = path.join(projectRoot, 'tests/fixtures/lint');

/** `[file, rule, message]` for every problem ESLint reports in the fixtures. */
async function lintFixtures(): Promise<[string, string | null, string][]> {
	const eslint = new ESLint({
		cwd: projectRoot,
		overrideConfigFile: path.join(projectRoot, 'scripts/lint/eslint.config.mjs'),
		ignore: false,
	});
	const results = await eslint.lintFiles([path.join(fixtures, 'src/**/*.ts')]);
	return results.flatMap((result) =>
		result.messages.map((m): [string, string | null, string] => [path.relative(fixtures, result.filePath), m.ruleId, m.message]),
	);
}

describe('npm run lint', () => {
	test('reports an import cycle made only of type imports, in each file of it', async () => {
		const cycles = (await lintFixtures()).filter(([, rule]) => rule === 'local/no-import-cycle');
		expect(cycles.map(([file]) => file).sort()).toEqual(['src/lib/shared/first.ts', 'src/lib/shared/second.ts']);
		expect(cycles[0]![2]).toMatch(/first\.ts -> .*second\.ts -> .*first\.ts|second\.ts -> .*first\.ts -> .*second\.ts/);
	});

	test('keeps src/lib free of Node built-ins (outside src/lib/node), Astro and UI code', async () => {
		const layers = (await lintFixtures()).filter(([file, rule]) => rule === 'no-restricted-imports' && file.startsWith('src/lib/'));
		const byFile = (name: string) => layers.filter(([file]) => file === name).map(([, , message]) => message);
		expect(byFile('src/lib/shared/layers.ts')).toEqual([
			expect.stringContaining('Only src/lib/node/ touches the file system'),
			expect.stringContaining('no astro, astro/* or astro:* imports'),
			expect.stringContaining('may not import .astro components'),
			expect.stringContaining('may not import components, pages, layouts, client code or integrations'),
			expect.stringContaining('may not import components, pages, layouts, client code or integrations'),
		]);
		// Node built-ins are what src/lib/node is for; the UI is still out of bounds.
		expect(byFile('src/lib/node/files.ts')).toEqual([
			expect.stringContaining('may not import components, pages, layouts, client code or integrations'),
		]);
	});

	test('lets src/schemas import zod and its siblings only', async () => {
		const schemas = (await lintFixtures()).filter(([file, rule]) => rule === 'no-restricted-imports' && file.startsWith('src/schemas/'));
		expect(schemas.map(([file, , message]) => [file, message.split(':')[0]])).toEqual([
			[
				'src/schemas/schema.ts',
				"'yaml' import is restricted from being used by a pattern. src/schemas depends on zod alone (and its sibling schema modules), so the site, the scripts and the tests can all share it.",
			],
			[
				'src/schemas/schema.ts',
				"'../lib/shared/first.ts' import is restricted from being used by a pattern. src/schemas depends on zod alone (and its sibling schema modules), so the site, the scripts and the tests can all share it.",
			],
		]);
	});
});
