// @ts-check
// `npm run lint`: the project's rules, and the layer lines that keep the code where a newcomer
// expects it (README, "Project structure"). Formatting is Prettier's job (`npm run format:check`),
// so eslint-config-prettier turns the style rules off. Run from the project root.
import { builtinModules } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noImportCycle from './no-import-cycle.mjs';

const root = path.resolve(import.meta.dirname, '../..');

// The layer rules match an import as written; every import in src/ is relative, and `import type`
// counts like any other import.
const UI = '(components|pages|layouts|client|integrations)(/|$)';
const NOT_IN_LIB = [
	{
		regex: '^astro($|/|:)',
		message: 'src/lib is plain TypeScript shared with Node and the browser: no astro, astro/* or astro:* imports.',
	},
	{ regex: '\\.astro$', message: 'src/lib may not import .astro components: move the logic into src/lib and let the component import it.' },
	{
		regex: `(^|/)src/${UI}|^(\\.\\./)+${UI}`,
		message: 'src/lib may not import components, pages, layouts, client code or integrations: they import src/lib, not the reverse.',
	},
	{ regex: '\\?(raw|url|worker)', message: 'src/lib runs under plain Node: no Vite query imports.' },
];
const NODE_ONLY = 'Only src/lib/node/ touches the file system and other Node built-ins; the rest of src/lib also runs in the browser.';

export default defineConfig(
	{ basePath: root },
	globalIgnores(['dist/', '.astro/', 'node_modules/', 'public/', 'test-results/', 'playwright-report/', 'tests/fixtures/']),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.node } } },
	// Browser code: the client folder, component scripts and the scripts extracted from .astro files.
	{
		files: ['src/client/**', 'src/components/**/*.ts', '**/*.astro/*.ts', '**/*.astro/*.js'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		rules: {
			// Type-only imports stay type-only, so the browser bundles never pull a module for a type.
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			// `_unused` marks a parameter a callback signature requires.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	// Playwright reads a test's fixtures from the destructuring pattern, so `({}, testInfo)` asks for none.
	{ files: ['tests/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
	// Import cycles, type-only imports included (import-x/no-cycle skips those, see the rule's header).
	{ plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } }, rules: { 'local/no-import-cycle': 'error' } },
	{
		files: ['**/src/lib/**/*.ts'],
		ignores: ['**/src/lib/node/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: builtinModules.filter((m) => !m.startsWith('_')).map((name) => ({ name, message: NODE_ONLY })),
					patterns: [...NOT_IN_LIB, { regex: '^node:', message: NODE_ONLY }],
				},
			],
		},
	},
	{ files: ['**/src/lib/node/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: NOT_IN_LIB }] } },
	{
		files: ['**/src/schemas/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(?!zod(/mini)?$|\\./(?!.*\\.\\./)).*',
							message:
								'src/schemas depends on zod alone (and its sibling schema modules), so the site, the scripts and the tests can all share it.',
						},
					],
				},
			],
		},
	},
	prettier,
);
