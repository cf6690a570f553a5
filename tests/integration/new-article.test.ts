import { access, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readBody } from '../../src/lib/content/mdx-body.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { buildSite, copyProject, newestContentDate, output, removeDir, runNode, type RunResult } from '../helpers/site-copy.ts';

const TODAY = newestContentDate();
let site: string;

beforeAll(async () => {
	site = await copyProject('help-center-new-article-');
}, 60_000);

afterAll(() => removeDir(site));

const newArticle = (...args: string[]) => runNode(site, ['scripts/new-article.ts', ...args, '--today', TODAY]);
const exists = (file: string) =>
	access(path.join(site, file)).then(
		() => true,
		() => false,
	);

// Each step runs a real script in a fresh Node process; small shared CI machines are slow.
describe('npm run new:article', { timeout: 60_000 }, () => {
	test('--dry-run prints the article and writes nothing', async () => {
		const result = await newArticle('refunds', 'Refund a gift card purchase', '--dry-run');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Dry run: nothing was written.');
		expect(result.stdout).toContain('title: Refund a gift card purchase\n');
		expect(result.stdout).toContain('topics: [choose-a-topic]');
		expect(result.stdout).toContain('\nsection: cancel-and-return\n');
		expect(result.stdout).toContain(
			'Note: It is in the first section of refunds, cancel-and-return. If it belongs elsewhere, change `section:` to one of `cancel-and-return` or `getting-your-money-back`.',
		);
		expect(await exists('content/articles/refunds/refund-a-gift-card-purchase.mdx')).toBe(false);
	});

	test('without --topic it writes a placeholder that the check points at, with the category’s topics', async () => {
		const result = await newArticle('refunds', 'Refund a gift card purchase');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Replace `choose-a-topic` in `topics:`');
		const check = await runNode(site, ['scripts/check.ts', '--today', TODAY]);
		expect(check.code).toBe(1);
		expect(check.stdout).toMatch(
			/content\/articles\/refunds\/refund-a-gift-card-purchase\.mdx\n(.*\n)*? {2}error +line 6 +topics\[0\]: Replace `choose-a-topic` with .*Topics in refunds: .*`request-a-refund`.* \[topic-placeholder\]/,
		);
		await rm(path.join(site, 'content/articles/refunds/refund-a-gift-card-purchase.mdx'));
	});

	test('refuses an unknown category, topic or section, with a suggestion, and writes nothing', async () => {
		const category = await newArticle('refund', 'Refund a gift card purchase');
		expect(category.code).toBe(1);
		expect(category.stderr).toContain('"refund" is not a category: did you mean "refunds"?');
		const topic = await newArticle('refunds', 'Refund a gift card purchase', '--topic', 'request-refund');
		expect(topic.code).toBe(1);
		expect(topic.stderr).toContain('did you mean "request-a-refund"?');
		expect(topic.stderr).toContain('Nothing was written.');
		const section = await newArticle('refunds', 'Refund a gift card purchase', '--section', 'getting-your-money');
		expect(section.code).toBe(1);
		expect(section.stderr).toContain(
			'"getting-your-money" is not a section of refunds: did you mean "getting-your-money-back"? Use one of `cancel-and-return` or `getting-your-money-back`. Nothing was written.',
		);
		expect(await exists('content/articles/refunds/refund-a-gift-card-purchase.mdx')).toBe(false);
	});

	test('--market writes a market’s own article, which replaces a shared one of the same name there', async () => {
		const result = await newArticle('refunds', 'Return an item', '--market', 'gb', '--topic', 'return-an-item');
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain('Created content/markets/gb/refunds/return-an-item.mdx');
		expect(result.stdout).toContain(
			'Note: In the market gb, it replaces content/articles/refunds/return-an-item.mdx, at the same address.',
		);
		expect(result.stdout).toContain('http://localhost:4321/en-gb/refunds/return-an-item/');
		expect(await exists('content/markets/gb/refunds/return-an-item.mdx')).toBe(true);
		await rm(path.join(site, 'content/markets/gb/refunds/return-an-item.mdx'));
		const unknown = await newArticle('refunds', 'Return an item', '--market', 'uk');
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('"uk" is not a market in content/markets.yaml');
		expect(unknown.stderr).toContain('Use one of `us`, `gb` or `de`. Nothing was written.');
	});

	test('never overwrites an existing article', async () => {
		const file = path.join(site, 'content/articles/payments/pay-early.mdx');
		const before = await readFile(file, 'utf8');
		const result = await newArticle('payments', 'Pay early');
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(
			'content/articles/payments/pay-early.mdx already exists. Nothing was written. Edit that article, or choose a different title.\n',
		);
		expect(await readFile(file, 'utf8')).toBe(before);
	});
});

describe('an article scaffolded with --topic and --section', { timeout: 60_000 }, () => {
	const file = 'content/articles/payments/pay-with-a-gift-card.mdx';
	let created: RunResult;
	let checkAsDraft: RunResult;
	let checkPublished: RunResult;
	let build: RunResult;

	beforeAll(async () => {
		created = await newArticle('payments', 'Pay with a gift card', '--topic', 'discount-codes', '--section', 'how-it-works');
		checkAsDraft = await runNode(site, ['scripts/check.ts', '--today', TODAY]);
		// Published as it is, the prompts are warnings, not errors: the build goes through.
		const text = await readFile(path.join(site, file), 'utf8');
		await writeFile(path.join(site, file), text.replace('draft: true', 'draft: false'));
		checkPublished = await runNode(site, ['scripts/check.ts', '--today', TODAY]);
		// A draft, and an article whose headings have every kind of character that affects ids.
		await writeFile(
			path.join(site, 'content/articles/payments/upcoming-fee-changes.mdx'),
			`---\ntitle: Upcoming changes to our fees\ndescription: A draft about fee changes that must never appear anywhere on the published site.\ncategory: payments\nsection: paying\ntopics: [fees-and-charges]\nupdated: ${TODAY}\ndraft: true\n---\n\nSECRET-DRAFT-TEXT\n`,
		);
		await writeFile(
			path.join(site, 'content/articles/payments/heading-ids.mdx'),
			`---\ntitle: Headings with every kind of character\ndescription: An article whose headings test that the check computes the same ids as the built pages.\ncategory: payments\nsection: paying\ntopics: [fees-and-charges]\nmarkets: [us, gb]\nupdated: ${TODAY}\n---\n\nText.\n\n## What's covered\n\n## What’s covered\n\n## Call <Phone /> now\n\n## About <Brand /> Pay\n\n## Use \`code\` and **bold** [link](/payments/)\n\n## Émigré café — naïve résumé!\n\n## 100% sure? Yes & no\n\n## Before -- after --- done...\n\n## Steps\n\n## Steps\n\n## Steps-1\n\n### A   lot   of   spaces\n\n## Emoji 🎉 party\n\n## Chat <ChatLink>with us</ChatLink> today\n\n## Trailing colon:\n`,
		);
		build = await buildSite(site);
	}, 180_000);

	test('is written as a draft with today’s date, the category, section and topic, with next steps', async () => {
		expect(created.code).toBe(0);
		expect(created.stdout).toContain(`Created ${file}`);
		expect(created.stdout).toContain('Next steps:');
		expect(created.stdout).toContain('http://localhost:4321/en-us/payments/pay-with-a-gift-card/');
		const text = await readFile(path.join(site, file), 'utf8');
		expect(text).toMatch(/^---\ntitle: Pay with a gift card\n/);
		expect(text).toContain(`\ncategory: payments\nsection: how-it-works\ntopics: [discount-codes]\n`);
		expect(text).toContain(`\nupdated: ${TODAY}\ndraft: false\n`); // flipped by this test
	});

	test('passes the check, with its TODO prompts listed as warnings', () => {
		for (const check of [checkAsDraft, checkPublished]) {
			expect(check.code, check.stdout).toBe(0);
			expect(check.stdout).not.toMatch(/^ {2}error /m);
			expect(check.stdout).toMatch(/pay-with-a-gift-card\.mdx\n {2}warning +line 3 +description: This field still has a `TODO` prompt/);
		}
	});

	test('builds into a page', async () => {
		expect(build.code, output(build)).toBe(0);
		const html = await readFile(path.join(site, 'dist/en-us/payments/pay-with-a-gift-card/index.html'), 'utf8');
		expect(html).toContain('<h1>Pay with a gift card</h1>');
		expect(html).toMatch(/<ol>\s*<li>/); // the <Steps> list rendered
		// A new article never had an address without a market: no forwarding page, no redirect line;
		// the addresses the site had before markets still have theirs.
		expect(await exists('dist/payments/pay-with-a-gift-card')).toBe(false);
		const redirects = await readFile(path.join(site, 'dist/_redirects'), 'utf8');
		expect(redirects).not.toContain('pay-with-a-gift-card');
		expect(redirects).toContain('/payments/late-payments/ /en-us/payments/late-payments/ 301');
	});

	test('a draft never reaches the built site', async () => {
		expect(await exists('dist/en-us/payments/upcoming-fee-changes')).toBe(false);
		const files = (await readdir(path.join(site, 'dist'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
		expect(files.length).toBeGreaterThan(20);
		for (const entry of files) {
			const content = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
			expect(content, entry.name).not.toContain('SECRET-DRAFT-TEXT');
			expect(content, entry.name).not.toContain('upcoming-fee-changes');
		}
	});

	test('heading ids computed by the check are exactly the ids in the built pages', async () => {
		const articlesDir = path.join(site, 'content/articles');
		const sources = (await readdir(articlesDir, { recursive: true })).filter((f) => f.endsWith('.mdx'));
		let compared = 0;
		for (const relative of sources) {
			const id = relative
				.replace(/\.mdx$/, '')
				.split(path.sep)
				.join('/');
			const source = await readFile(path.join(articlesDir, relative), 'utf8');
			if (/^draft: true$/m.test(source)) continue;
			const split = splitFrontmatter(source);
			const expected = readBody(split.body, split.bodyLine).headings.map((h) => h.id);
			const html = await readFile(path.join(site, 'dist/en-us', id, 'index.html'), 'utf8');
			const prose = /<div class="prose">([\s\S]*?)<\/div>\s*(<section|<\/article>)/.exec(html)?.[1] ?? '';
			const built = [...prose.matchAll(/<h[1-6] id="([^"]+)"/g)].map((m) => m[1]);
			expect(built, id).toEqual(expected);
			compared += expected.length;
		}
		expect(compared).toBeGreaterThan(150);
	});
});
