import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../helpers/site-copy.ts';

// The translator throws on a key the catalogue lacks; this finds such a typo before any build: every
// key the pages and components name is in content/messages/en.yaml (as a message or a plural one).
const english = Object.keys(parse(await readFile(path.join(projectRoot, 'content/messages/en.yaml'), 'utf8')) as Record<string, string>);

async function sources(dir: string): Promise<string[]> {
	const entries = await readdir(path.join(projectRoot, dir), { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

test('every message key the site names is in the English catalogue', async () => {
	const files = [
		...(await sources('src/pages')),
		...(await sources('src/components')),
		...(await sources('src/layouts')),
		...(await sources('src/lib/coverage')),
	];
	const used = new Map<string, string>();
	for (const file of files) {
		const text = await readFile(file, 'utf8');
		for (const match of text.matchAll(
			/\b(?:t|html|nodes)\(\s*'([a-zA-Z.-]+)'|translateHtml\(\s*t,\s*'([a-zA-Z.-]+)'|'(contact\.action\.[a-z]+)'/g,
		)) {
			used.set(match[1] ?? match[2] ?? match[3]!, path.relative(projectRoot, file));
		}
	}
	expect(used.size).toBeGreaterThan(80);
	const missing = [...used].filter(([key]) => !english.includes(key) && !english.includes(`${key}.other`));
	expect(missing).toEqual([]);
});
