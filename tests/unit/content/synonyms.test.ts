import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContent } from '../../../src/lib/node/read-content.ts';
import { checkSynonymsFile } from '../../../src/lib/content/synonyms.ts';
import { formatProblems } from '../../../src/lib/problems/report.ts';

const file = (text: string) => ({ path: 'content/synonyms.yaml', text });
const root = new URL('../../..', import.meta.url).pathname;

describe('content/synonyms.yaml', () => {
	test('the demo synonyms pass the content check', async () => {
		const result = checkContent(await readContent(root));
		expect(formatProblems(result.problems.filter((p) => p.file === 'content/synonyms.yaml'))).toBe('');
		expect(Object.keys(result.synonyms ?? {}).length).toBeGreaterThan(30);
	}, 30_000); // reads and checks every article

	test('a customer phrase under two words is reported at the second, naming the first', () => {
		const problems: Parameters<typeof checkSynonymsFile>[1] = [];
		const result = checkSynonymsFile(file('refund: [money back]\nrefund status: [where is my money, money backs]\n'), problems);
		expect(result).toBeUndefined();
		expect(problems).toMatchObject([{ rule: 'synonym-listed-twice', line: 2, field: 'refund status' }]);
		expect(problems[0]!.message).toContain('also listed under `refund` (line 1)');
	});

	test('a phrase that is the word itself, a word search ignores and a bad list are reported', () => {
		const problems: Parameters<typeof checkSynonymsFile>[1] = [];
		checkSynonymsFile(file('passcode: [passcodes]\nwho can: [eligible]\nfee: charge\n'), problems);
		expect(problems).toMatchObject([{ line: 3, field: 'fee' }]);
		expect(problems[0]!.message).toContain('as a YAML list');
		const more: typeof problems = [];
		checkSynonymsFile(file('passcode: [passcodes]\nwho can: [eligible]\n'), more);
		expect(more.map((p) => [p.rule, p.line])).toEqual([
			['synonym-same-as-word', 1],
			['synonym-ignored-word', 2],
		]);
	});

	test('a YAML mistake is reported with its line', () => {
		const problems: Parameters<typeof checkSynonymsFile>[1] = [];
		checkSynonymsFile(file('refund: [money back\npasscode: [pin]\n'), problems);
		expect(problems[0]).toMatchObject({ rule: 'yaml-syntax', file: 'content/synonyms.yaml' });
		expect(problems[0]!.line).toBeGreaterThan(0);
	});

	test('warns when no article uses the word a synonym leads to', () => {
		const problems: Parameters<typeof checkSynonymsFile>[1] = [];
		checkSynonymsFile(file('refund: [money back]\nmortgage: [home loan]\n'), problems, ['Ask for a refund']);
		expect(problems).toMatchObject([{ rule: 'synonym-leads-nowhere', severity: 'warning', line: 2, field: 'mortgage' }]);
	});
});

describe('content/synonyms.de.yaml', () => {
	const german = (text: string) => ({ path: 'content/synonyms.de.yaml', text });

	test('the German synonyms pass the content check', async () => {
		const result = checkContent(await readContent(root));
		expect(formatProblems(result.problems.filter((p) => p.file === 'content/synonyms.de.yaml'))).toBe('');
	}, 30_000); // reads and checks every article

	test('German words are compared in German: umlauts either way, German endings and German filler', () => {
		const problems: Parameters<typeof checkSynonymsFile>[1] = [];
		checkSynonymsFile(german('Rückerstattung: [Rueckerstattungen]\nGebühr: [Aufpreis]\nGebühren: [aufpreis]\ndie: [das]\n'), problems, undefined, 'de');
		expect(problems.map((p) => [p.rule, p.line])).toEqual([
			['synonym-same-as-word', 1],
			['synonym-listed-twice', 3],
			['synonym-ignored-word', 4],
		]);
	});

	test('a German word no German article uses is reported', () => {
		const problems: Parameters<typeof checkSynonymsFile>[1] = [];
		checkSynonymsFile(german('Rückerstattung: [Geld zurück]\nWiderruf: [Rücktritt]\n'), problems, ['Wo bleibt meine Rückerstattung?'], 'de');
		expect(problems).toMatchObject([{ rule: 'synonym-leads-nowhere', line: 2, field: 'Widerruf' }]);
	});
});
