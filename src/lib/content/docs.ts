import { z } from 'zod';
import { stringify } from 'yaml';
import { createArticleSchema } from '../../schemas/article.ts';
import { categoriesFileSchema } from '../../schemas/categories.ts';
import { marketsFileSchema } from '../../schemas/markets.ts';
import { createSupportSchema } from '../../schemas/support.ts';
import { createTopicsFileSchema } from '../../schemas/topics.ts';
import { MDX_COMPONENTS } from './mdx-components.ts';
import { RULES, type RuleInfo, type Severity } from '../problems/rules.ts';

/** A JSON Schema document, as `z.toJSONSchema` returns it. */
type JsonSchema = Record<string, unknown> & {
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	anyOf?: JsonSchema[];
};

/**
 * The JSON Schema of what a writer types (the schema's input side), for editors. Dates are
 * strings written YYYY-MM-DD; the whole-number bounds zod adds for `int()` are noise to a writer.
 */
function toJsonSchema(schema: z.ZodType, id: string, title: string): JsonSchema {
	const json = z.toJSONSchema(schema, {
		io: 'input',
		unrepresentable: 'any',
		override: ({ jsonSchema }) => {
			const node = jsonSchema as JsonSchema;
			if (node.format === 'date') {
				node.type = 'string';
				node.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
				node.examples ??= ['2026-11-20'];
			}
			if (node.type === 'integer' && node.minimum === Number.MIN_SAFE_INTEGER && node.maximum === Number.MAX_SAFE_INTEGER) {
				delete node.minimum;
				delete node.maximum;
			}
		},
	}) as JsonSchema;
	return { $schema: json.$schema, $id: id, title, ...json };
}

/** What the generated docs list as allowed values: the categories of `content/categories.yaml`. */
export interface DocsContext {
	categoryIds?: readonly string[] | undefined;
}

/** Every JSON Schema the editors use, by file name under `src/schemas/json/`. */
export function contentJsonSchemas(context: DocsContext = {}): Record<string, JsonSchema> {
	const article = toJsonSchema(createArticleSchema(context), 'article-frontmatter.schema.json', 'Help center article frontmatter');
	return {
		'article-frontmatter.schema.json': article,
		'categories.schema.json': toJsonSchema(categoriesFileSchema, 'categories.schema.json', 'content/categories.yaml'),
		'topics.schema.json': toJsonSchema(createTopicsFileSchema(context), 'topics.schema.json', 'content/topics.yaml'),
		'markets.schema.json': toJsonSchema(marketsFileSchema, 'markets.schema.json', 'content/markets.yaml'),
		'support.schema.json': toJsonSchema(createSupportSchema(context), 'support.schema.json', 'A support file: content/support/<market>.yaml'),
	};
}

function describeType(node: JsonSchema): string {
	if (Array.isArray(node.enum)) return `one of ${node.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
	if (node.format === 'date') return 'date (YYYY-MM-DD)';
	const limits: string[] = [];
	if (node.type === 'array') {
		if (typeof node.minItems === 'number') limits.push(`at least ${node.minItems}`);
		if (typeof node.maxItems === 'number') limits.push(`at most ${node.maxItems}`);
		const item = node.items?.pattern ? 'lowercase-words' : 'text';
		return `list of ${item}${limits.length ? ` (${limits.join(', ')})` : ''}`;
	}
	if (node.type === 'string') {
		if (typeof node.minLength === 'number' && typeof node.maxLength === 'number') return `text, ${node.minLength}–${node.maxLength} characters`;
		return 'text';
	}
	if (node.type === 'integer') return 'whole number';
	if (node.type === 'boolean') return '`true` or `false`';
	return String(node.type ?? 'value');
}

/** `topics: [pay-early]` as a writer would type it. */
function exampleLine(name: string, value: unknown): string {
	if (Array.isArray(value)) return `${name}: [${value.join(', ')}]`;
	return stringify({ [name]: value }, { lineWidth: 0 }).trim();
}

/** The frontmatter reference of the writing guide, generated from the article schema. */
export function renderFrontmatterReference(context: DocsContext = {}): string {
	const schema = contentJsonSchemas(context)['article-frontmatter.schema.json']!;
	const required = new Set(schema.required ?? []);
	const rows = Object.entries(schema.properties ?? {}).map(([name, node]) => {
		const example = Array.isArray(node.examples) && node.examples.length ? `\`${exampleLine(name, node.examples[0])}\`` : '';
		const need = required.has(name) ? 'required' : node.default !== undefined ? `optional (default \`${JSON.stringify(node.default)}\`)` : 'optional';
		return `| \`${name}\` | ${need} | ${describeType(node)} | ${String(node.description ?? '').replace(/\|/g, '\\|')} | ${example} |`;
	});
	return ['| Field | Needed | Value | What it is for | Example |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** One table row a field: its name, what it is for and an example, from the schema's descriptions. */
function fieldRows(properties: Record<string, JsonSchema>, prefix = ''): string[] {
	return Object.entries(properties)
		.filter(([, node]) => node.description)
		.map(([name, node]) => {
			const example = Array.isArray(node.examples) && node.examples.length ? `\`${exampleLine(name, node.examples[0])}\`` : '';
			return `| \`${prefix}${name}\` | ${String(node.description).replace(/\|/g, '\\|')} | ${example} |`;
		});
}

/**
 * The support file reference for support leads: each channel's fields, then the fields of a
 * special day (`special:`), generated from the support schema like the frontmatter reference.
 */
export function renderSupportReference(context: DocsContext = {}): string {
	const schema = contentJsonSchemas(context)['support.schema.json']!;
	const channel = schema.properties?.channels?.properties?.chat?.properties ?? {};
	const special = schema.properties?.special?.items?.properties ?? {};
	const notice = schema.properties?.notices?.items?.properties;
	const table = (heading: string, rows: string[]) => [heading, '', '| Field | What it is for | Example |', '| --- | --- | --- |', ...rows].join('\n');
	return [
		table(
			'Each channel (`channels.phone`, `channels.email`, `channels.chat`; a market lists those it offers, one at least, and leaves the others out):',
			fieldRows(channel),
		),
		table('Each entry of `special:` (holidays and other days with different hours):', fieldRows(special)),
		...(notice ? [table('Each entry of `notices:` (messages shown at the top of pages for a while):', fieldRows(notice))] : []),
	].join('\n\n');
}

/** How the guide names each severity: an info is a note, as the reports count it. */
const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** The content-problem reference: one section per stable rule name. */
export function renderRuleReference(): string {
	const areas: Record<RuleInfo['area'], string> = {
		files: 'Files and folders',
		frontmatter: 'Frontmatter',
		body: 'Article text',
		data: 'Topics, categories and support files',
		questions: 'Question banks (FAQ coverage)',
	};
	const sections: string[] = [];
	for (const [area, heading] of Object.entries(areas)) {
		const rules = Object.entries(RULES as Record<string, RuleInfo>).filter(([, info]) => info.area === area);
		sections.push(`### ${heading}`);
		for (const [name, info] of rules) {
			sections.push(
				[
					`#### ${name}`,
					'',
					`**${SEVERITY_LABELS[info.severity]}.** ${info.meaning}`,
					'',
					`- Example: ${info.example}`,
					`- Fix: ${info.fix}`,
				].join('\n'),
			);
		}
	}
	return sections.join('\n\n');
}

/** The MDX components writers may use, with their attributes. */
export function renderComponentReference(): string {
	return Object.entries(MDX_COMPONENTS)
		.map(([name, spec]) => {
			const props = Object.entries(spec.props).map(([prop, info]) => {
				const values = info.values ? ` One of ${info.values.map((v) => `\`${v}\``).join(', ')}.` : '';
				const flags = [info.required ? 'required' : 'optional', info.default ? `default \`${info.default}\`` : ''].filter(Boolean).join(', ');
				return `  - \`${prop}\` (${flags}): ${info.description}${values}`;
			});
			const inside = {
				none: 'It shows its own text, so it is one tag that ends in `/>`.',
				optional: '',
				required: 'Put text inside it, and close it.',
			}[spec.children];
			return [`- **\`<${name}>\`**: ${spec.description}${inside ? ` ${inside}` : ''}`, ...props, '', '  ```mdx', ...spec.example.split('\n').map((l) => (l ? `  ${l}` : '')), '  ```'].join('\n');
		})
		.join('\n\n');
}

/** Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
export function replaceGenerated(markdown: string, name: string, content: string): string {
	const start = `<!-- generated:${name} -->`;
	const end = `<!-- /generated:${name} -->`;
	const from = markdown.indexOf(start);
	const to = markdown.indexOf(end);
	if (from < 0 || to < from) throw new Error(`The guide has no ${start} … ${end} block to fill.`);
	return `${markdown.slice(0, from + start.length)}\n${content}\n${markdown.slice(to)}`;
}

/** The writing guide with every generated block brought up to date. */
export function updateGuide(markdown: string, context: DocsContext = {}): string {
	let text = replaceGenerated(markdown, 'frontmatter', renderFrontmatterReference(context));
	text = replaceGenerated(text, 'components', renderComponentReference());
	text = replaceGenerated(text, 'support', renderSupportReference(context));
	text = replaceGenerated(text, 'problems', renderRuleReference());
	return text;
}
