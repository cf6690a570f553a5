// `npm run check` as writers and CI run it: a real process in a content folder.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixture, projectRoot, removeDir, runNode } from '../helpers/site-copy.ts';

const script = path.join(projectRoot, 'scripts/check.ts');
const TODAY = '2026-11-24';
let clean: string;
let broken: string;
let warned: string;
let noted: string;

/** The small valid content of the fixture cases, with its own support file. */
const contentFolder = (name: string) => copyFixture(`check-cli-${name}-`, 'content/_base');

beforeAll(async () => {
	[clean, broken, warned, noted] = await Promise.all([
		contentFolder('clean'),
		contentFolder('broken'),
		contentFolder('warned'),
		contentFolder('noted'),
	]);
	const article = path.join(broken, 'content/articles/payments/pay-early.mdx');
	const text = await readFile(article, 'utf8');
	await writeFile(
		article,
		text.replace('category: payments', 'category: paymnts').replace('at no extra cost.', 'at no extra cost: call 1-800-555-0199.'),
	);
	const other = path.join(warned, 'content/articles/refunds/ask-for-a-refund.mdx');
	await writeFile(
		other,
		(await readFile(other, 'utf8')).replace('Ask the shop first', 'Ask the shop first (or email refunds@kestrel.example.net)'),
	);
	const support = path.join(noted, 'content/support.yaml');
	await writeFile(
		support,
		(await readFile(support, 'utf8')).replace(
			'special:\n',
			'special:\n  - { date: 2025-12-25, name: Christmas Day, channels: [chat], hours: closed }\n',
		),
	);
});

afterAll(() => Promise.all([clean, broken, warned, noted].map(removeDir)));

const check = (cwd: string, args: string[] = [], env: Record<string, string> = {}) =>
	runNode(cwd, [script, '--today', TODAY, ...args], env);

describe('npm run check', { timeout: 60_000 }, () => {
	test('says so when there is nothing to fix, and exits 0', async () => {
		const result = await check(clean);
		expect(result).toMatchObject({ code: 0, stderr: '' });
		expect(result.stdout).toBe('Checked 5 articles and the markets, categories, topics and support files: no problems found.\n');
	});

	test('exits 1 on errors and lists every problem under its file, in a writer’s words', async () => {
		const result = await check(broken);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe(
			[
				'content/articles/payments/pay-early.mdx',
				'  error   line 4   category: Unknown category `paymnts`: did you mean `payments`? Use one of `payments`, `refunds`, `security` or `accounts`. [unknown-category]',
				'  warning line 12  `1-800-555-0199` looks like a phone number, but it is not one of ours in the support files. A wrong or pasted phone number on a help page can send customers to scammers. Use `<Phone />` for ours; if this is not a contact detail, rephrase it. [unknown-contact-detail]',
				'',
				'Found 1 error and 1 warning in 1 file. Each [name] is explained under "Content problems" in CONTRIBUTING.md.',
				'',
			].join('\n'),
		);
		expect(result.stdout + result.stderr).not.toContain(broken); // no machine paths
	});

	test('passes with warnings, and fails on them with --strict', async () => {
		const relaxed = await check(warned);
		expect(relaxed.code).toBe(0);
		expect(relaxed.stdout).toContain('[unknown-contact-detail]');
		expect(relaxed.stdout).toContain('Warnings do not stop the build');
		const strict = await check(warned, ['--strict']);
		expect(strict.code).toBe(1);
	});

	test('--review-age sets when an article is due for review', async () => {
		const relaxed = await check(clean);
		expect(relaxed.stdout).not.toContain('stale-review');
		const strict = await check(clean, ['--review-age', '2', '--strict']);
		expect(strict.code).toBe(1);
		expect(strict.stdout).toContain('reviewed: Last reviewed on 2026-11-20: 4 days ago (the limit is 2).');
	});

	test('--json prints the report for tools', async () => {
		const result = await check(broken, ['--json']);
		expect(result.code).toBe(1);
		const report = JSON.parse(result.stdout);
		expect(report.ok).toBe(false);
		expect(report.summary).toEqual({ articles: 5, errors: 1, warnings: 1, infos: 0, files: 1 });
		expect(report.problems[0]).toEqual({
			rule: 'unknown-category',
			severity: 'error',
			file: 'content/articles/payments/pay-early.mdx',
			line: 4,
			field: 'category',
			message: 'Unknown category `paymnts`: did you mean `payments`? Use one of `payments`, `refunds`, `security` or `accounts`.',
		});
	});

	test('prints GitHub annotations when CI is set', async () => {
		const result = await check(broken, [], { CI: 'true' });
		const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
		expect(annotations).toEqual([
			'::error file=content/articles/payments/pay-early.mdx,line=4,title=unknown-category::category: Unknown category `paymnts`: did you mean `payments`? Use one of `payments`, `refunds`, `security` or `accounts`.',
			expect.stringMatching(
				/^::warning file=content\/articles\/payments\/pay-early\.mdx,line=12,title=unknown-contact-detail::`1-800-555-0199` looks like/,
			),
		]);
	});

	test('lists notes without failing, even with --strict, and says there is nothing to fix', async () => {
		for (const args of [[], ['--strict']]) {
			const result = await check(noted, args);
			expect(result.code, args.join(' ')).toBe(0);
			expect(result.stdout).toMatch(
				/^content\/support\.yaml\n {2}info +line \d+ +special\[0\]: 2025-12-25 \(Christmas Day\) is in the past/,
			);
			expect(result.stdout).toContain('Found 1 note in 1 file.');
			expect(result.stdout).toContain('Nothing to fix: notes are for information');
		}
		const json = JSON.parse((await check(noted, ['--json', '--strict'])).stdout);
		expect(json).toMatchObject({ ok: true, summary: { errors: 0, warnings: 0, infos: 1 } });
		const annotations = (await check(noted, [], { CI: 'true' })).stdout.split('\n').filter((line) => line.startsWith('::'));
		expect(annotations).toEqual([
			expect.stringMatching(/^::notice file=content\/support\.yaml,line=\d+,title=special-day-past::special\[0\]: /),
		]);
	});

	test('exits 2 with the usage when the command is used wrongly', async () => {
		const result = await check(clean, ['--stirct']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("Unknown option '--stirct'");
		expect(result.stderr).toContain('Usage: npm run check');
		const age = await check(clean, ['--review-age', 'a year']);
		expect(age.code).toBe(2);
		expect(age.stderr).toContain('--review-age needs a whole number of days');
	});
});
