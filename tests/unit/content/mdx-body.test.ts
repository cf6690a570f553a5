import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBody } from '../../../src/lib/content/mdx-body.ts';
import { renderMdxBody } from '../../../src/lib/content/mdx-render.ts';
import { loadMarkets } from '../../../src/lib/node/markets.ts';
import { projectRoot } from '../../helpers/site-copy.ts';
import { wordsOf } from '../../helpers/messages.ts';

// The body starts on line 5 of its file (after a three-line frontmatter and a blank line).
const FIRST_LINE = 5;
const syntaxError = (body: string) => readBody(body, FIRST_LINE).syntaxError;

describe('the check reads a body with the parser that renders the pages', () => {
	test('the heading ids it checks anchors against are the ones the page gets', () => {
		const [setup] = loadMarkets(path.join(projectRoot, 'tests/fixtures/content/_base'));
		const body = '## Can\'t pay -- "now"?\n\n## Steps...\n\n## Steps...\n\n### With <Brand /> and `code`\n';
		const rendered = renderMdxBody(`---\ntitle: A test\n---\n\n${body}`, setup!, wordsOf(setup!.locale)).headings.map((h) => h.slug);
		expect(readBody(body, FIRST_LINE).headings.map((h) => h.id)).toEqual(rendered);
	});

	test('links, components and text carry their file line', () => {
		const facts = readBody('Intro with [a link](/payments/x/).\n\n<Callout type="tip">\nCall <Phone />.\n</Callout>\n', FIRST_LINE);
		expect(facts.links).toEqual([{ url: '/payments/x/', line: 5 }]);
		expect(facts.elements.map((e) => [e.name, e.line])).toEqual([
			['Callout', 7],
			['Phone', 8],
		]);
		expect(facts.texts.find((t) => t.value.startsWith('Call'))?.line).toBe(8);
		expect(facts.syntaxError).toBeUndefined();
	});
});

describe("the parser's mistakes are worded for writers, at the file line", () => {
	test('an attribute without quotes', () => {
		expect(syntaxError('Some text.\n\n<Phone channel=chat />\n')).toEqual({
			line: 7,
			message: 'An attribute value needs quotes: write `channel="chat"`, not `channel=chat`.',
		});
		expect(syntaxError('<Callout type="tip"\n  title=Careful>\nText.\n</Callout>\n')?.message).toMatch(/needs quotes/);
	});

	test('a tag that is never finished', () => {
		expect(syntaxError('Text.\n\n<Callout type="tip"\n')).toEqual({
			line: 7,
			message: 'A component tag is not finished: end it with `>`, or `/>` when it has no content.',
		});
	});

	test('a less-than sign before a number, and one after a finished tag on the same line', () => {
		expect(syntaxError('Refunds take <5 days.\n')?.message).toMatch(/^A `<` followed by a space, a digit or a symbol/);
		expect(syntaxError('Press <kbd>Esc</kbd> in <2 seconds.\n')?.message).toMatch(/^A `<` followed by a space, a digit or a symbol/);
	});

	test('a closing tag with nothing to close', () => {
		expect(syntaxError('Text.\n\n</Callout>\n')).toEqual({
			line: 7,
			message: 'This closing tag has no matching opening tag above it. Remove it, or add the opening tag.',
		});
	});

	test('after a mistake, links and text are still found for the other checks', () => {
		const facts = readBody('See [refunds](/refunds/x/).\n\nRefunds take <5 days.\n', FIRST_LINE);
		expect(facts.syntaxError?.line).toBe(7);
		expect(facts.links).toEqual([{ url: '/refunds/x/', line: 5 }]);
	});
});
