// `npm run docs:generate`: rewrites the generated parts of CONTRIBUTING.md (frontmatter fields,
// MDX components, content problems) and the editors' JSON Schemas from the zod schemas and the
// rule list. A unit test fails when the committed files differ from what this would write.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentJsonSchemas, updateGuide } from '../src/lib/content/docs.ts';
import { contentIndex } from '../src/lib/node/content-index.ts';

const root = process.cwd();
// Allowed values are listed as the content defines them: the categories of content/categories.yaml.
const { categoryIds } = contentIndex(root);
const guidePath = path.join(root, 'CONTRIBUTING.md');
const before = readFileSync(guidePath, 'utf8');
const after = updateGuide(before, { categoryIds });
const changed: string[] = [];
if (after !== before) {
	writeFileSync(guidePath, after);
	changed.push('CONTRIBUTING.md');
}

const jsonDir = path.join(root, 'src/schemas/json');
mkdirSync(jsonDir, { recursive: true });
for (const [name, schema] of Object.entries(contentJsonSchemas({ categoryIds }))) {
	const file = path.join(jsonDir, name);
	const text = `${JSON.stringify(schema, null, '\t')}\n`;
	let current = '';
	try {
		current = readFileSync(file, 'utf8');
	} catch {
		// A new schema file: written below.
	}
	if (current !== text) {
		writeFileSync(file, text);
		changed.push(`src/schemas/json/${name}`);
	}
}
process.stdout.write(changed.length ? `Updated ${changed.join(', ')}.\n` : 'Everything generated was already up to date.\n');
