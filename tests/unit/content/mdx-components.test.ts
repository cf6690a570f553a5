import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MDX_COMPONENT_NAMES, MDX_COMPONENTS } from '../../../src/lib/content/mdx-components.ts';

const dir = path.resolve(import.meta.dirname, '../../../src/components/mdx');

describe('the components writers may use', () => {
	test('are exactly the ones the site provides to MDX', () => {
		const index = readFileSync(path.join(dir, 'index.ts'), 'utf8');
		const provided = /export const mdxComponents = \{([^}]*)\}/.exec(index)?.[1]?.split(',').map((name) => name.trim()).filter(Boolean);
		expect(provided?.sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
	});

	test.each(MDX_COMPONENT_NAMES)('<%s> accepts the attributes the check allows', (name) => {
		const source = readFileSync(path.join(dir, `${name}.astro`), 'utf8');
		const props = /interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
		const declared = [...props.matchAll(/^\s*(\w+)\??:/gm)].map((m) => m[1]).sort();
		expect(declared).toEqual(Object.keys(MDX_COMPONENTS[name]!.props).sort());
	});
});
