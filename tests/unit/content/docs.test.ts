import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentJsonSchemas, updateGuide } from '../../../src/lib/content/docs.ts';
import { RULE_NAMES } from '../../../src/lib/problems/rules.ts';
import { createArticleSchema } from '../../../src/schemas/article.ts';
import { contentIndex } from '../../../src/lib/node/content-index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const guide = readFileSync(path.join(root, 'CONTRIBUTING.md'), 'utf8');
const { categoryIds } = contentIndex(root);
const REGENERATE = 'The schema and the writing guide have drifted apart: run `npm run docs:generate` and commit the result.';

describe('CONTRIBUTING.md', () => {
	test('its frontmatter reference, component list and problem list are what the schema and checker generate', () => {
		expect(updateGuide(guide, { categoryIds }), REGENERATE).toBe(guide);
	});

	test('lists every frontmatter field of the schema', () => {
		for (const field of Object.keys(createArticleSchema().shape)) expect(guide).toContain(`| \`${field}\` |`);
	});

	test('explains every problem name the check can report, under its own heading', () => {
		for (const rule of RULE_NAMES) expect(guide).toMatch(new RegExp(`^#### ${rule}$`, 'm'));
	});

	test('every file it points to exists', () => {
		const targets = [...guide.matchAll(/\]\((?!https?:|#|mailto:|\/)([^)#\s]+)[^)]*\)/g)].map((m) => m[1]!);
		expect(targets.length).toBeGreaterThan(10);
		expect(targets.filter((target) => !existsSync(path.join(root, target)))).toEqual([]);
	});
});

describe('the editors’ JSON Schemas', () => {
	test('are what the zod schemas generate', () => {
		for (const [name, schema] of Object.entries(contentJsonSchemas({ categoryIds }))) {
			const file = path.join(root, 'src/schemas/json', name);
			expect(existsSync(file), `${name} is missing. ${REGENERATE}`).toBe(true);
			expect(JSON.parse(readFileSync(file, 'utf8')), `${name}: ${REGENERATE}`).toEqual(schema);
		}
	});

	test('describe each frontmatter field, its allowed values and that unknown fields are errors', () => {
		const schema = contentJsonSchemas({ categoryIds })['article-frontmatter.schema.json']!;
		const properties = schema.properties as Record<string, { description?: string; enum?: string[] }>;
		expect(schema.additionalProperties).toBe(false);
		expect(schema.required).toEqual(['title', 'description', 'category', 'section', 'topics', 'updated']);
		// The allowed categories are the ones content/categories.yaml lists, in its order.
		expect(properties.category!.enum).toEqual(categoryIds);
		expect(categoryIds).toEqual(['payments', 'refunds', 'security', 'accounts']);
		for (const [field, property] of Object.entries(properties)) expect(property.description, field).toBeTruthy();
	});

	test('are wired to the content files in the editor settings', () => {
		const settings = JSON.parse(readFileSync(path.join(root, '.vscode/settings.json'), 'utf8'));
		for (const [schema, file] of Object.entries(settings['yaml.schemas'] as Record<string, string>)) {
			expect(existsSync(path.join(root, schema)), schema).toBe(true);
			// A pattern (`content/support/*.yaml`) must match at least one file.
			const files = file.includes('*') ? globSync(file, { cwd: root }) : [file];
			expect(files.length, file).toBeGreaterThan(0);
			for (const found of files) expect(existsSync(path.join(root, found)), found).toBe(true);
		}
		expect(settings['astro.content-intellisense']).toBe(true);
	});
});
