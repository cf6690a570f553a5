import { expect, test } from 'vitest';
import { keepContentSnapshot, takeContentSnapshot } from '../../../src/lib/node/content-snapshot.ts';

const article = { text: '---\ntitle: Pay early\n---\n\nBody.\n', frontmatter: { title: 'Pay early' } };

test("the guard's reading is handed to the next content sync of the same project, once", () => {
	keepContentSnapshot('/site/', new Map([['content/articles/payments/pay-early.mdx', article]]));
	expect(takeContentSnapshot('/site')?.get('content/articles/payments/pay-early.mdx')).toEqual(article);
	// A later sync (a save in `astro dev`) reads the files again.
	expect(takeContentSnapshot('/site')).toBeUndefined();
});

test('another project never gets it', () => {
	keepContentSnapshot('/site', new Map([['content/articles/payments/pay-early.mdx', article]]));
	expect(takeContentSnapshot('/other-site')).toBeUndefined();
	expect(takeContentSnapshot('/site')).toBeUndefined();
});
