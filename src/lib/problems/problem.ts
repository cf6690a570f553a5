import type { z } from 'zod';
import { closest, listOr } from '../../schemas/shared.ts';
import { RULES, type RuleName } from './rules.ts';

export type Severity = 'error' | 'warning';

/** One thing wrong with the content, phrased for the writer who has to fix it. */
export interface Problem {
	/** Stable kebab-case name of the kind of problem, documented in the writing guide. */
	rule: RuleName;
	severity: Severity;
	/** Path relative to the project root, with forward slashes: `content/articles/payments/x.mdx`. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** The frontmatter field or YAML path, for example `topics[1]`. */
	field?: string;
	/** What is wrong and how to fix it, in full sentences. */
	message: string;
}

/** A problem of the given kind, with the severity the writing guide documents for it. */
export function problem(
	rule: RuleName,
	file: string,
	details: { line?: number | undefined; field?: string | undefined; message: string },
): Problem {
	// Built key by key so JSON output reads rule, severity, file, line, field, message.
	const result = { rule, severity: RULES[rule].severity, file } as Problem;
	if (details.line !== undefined) result.line = details.line;
	if (details.field !== undefined) result.field = details.field;
	result.message = details.message;
	return result;
}

/** `['topics', 1]` → `topics[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`))
		.join('');
}

const TYPE_HELP: Record<string, string> = {
	string: 'Write it as text.',
	number: 'Write it as a number, for example `10`.',
	int: 'Write it as a whole number, for example `10`.',
	boolean: 'Write `true` or `false`.',
	array: 'Write it as a list: `[first, second]`, or one `- item` per line below it.',
	object: 'Write it as a group of indented `name: value` lines below it.',
	date: 'Write the date as YYYY-MM-DD, for example 2026-11-20.',
};

function describeInput(input: unknown): string {
	if (Array.isArray(input)) return 'a list';
	if (input === null) return 'nothing';
	if (typeof input === 'object') return 'a group of fields';
	if (typeof input === 'string') return `\`${input}\``;
	return `\`${String(input)}\``;
}

/**
 * Writer-friendly words for every schema issue that has no custom message of its own (a schema's
 * own `error` always wins over this map). Pass it to `safeParse` with `reportInput: true`.
 */
export const friendlyErrorMap: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) {
				return `This field is missing. Add it${issue.expected in TYPE_HELP ? `: ${TYPE_HELP[issue.expected]!.charAt(0).toLowerCase()}${TYPE_HELP[issue.expected]!.slice(1)}` : '.'}`;
			}
			return `${describeInput(issue.input)} is not allowed here. ${TYPE_HELP[issue.expected] ?? ''}`.trim();
		case 'too_small':
			if (issue.origin === 'string') return `Too short: write at least ${issue.minimum} characters.`;
			if (issue.origin === 'array') return `List at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}.`;
			return `Use ${issue.minimum} or more.`;
		case 'too_big':
			if (issue.origin === 'string') return `Too long: keep it to ${issue.maximum} characters or fewer.`;
			if (issue.origin === 'array') return `List at most ${issue.maximum} items.`;
			return `Use ${issue.maximum} or less.`;
		case 'invalid_value': {
			const values = issue.values.map(String);
			const hint = closest(String(issue.input), values);
			return `${describeInput(issue.input)} is not allowed${hint ? `: did you mean \`${hint}\`?` : '.'} Use ${listOr(values)}.`;
		}
		case 'invalid_format':
			if (issue.format === 'url') return `${describeInput(issue.input)} is not a web address. Write the full address, starting with https://.`;
			return `${describeInput(issue.input)} does not have the expected format.`;
		case 'invalid_union':
			return `${describeInput(issue.input)} is not one of the accepted forms for this field.`;
		default:
			return undefined;
	}
};

/** The stable rule name for a schema issue. */
function ruleOf(issue: z.core.$ZodIssue): RuleName {
	const declared = issue.code === 'custom' ? (issue.params as { rule?: unknown } | undefined)?.rule : undefined;
	if (typeof declared === 'string' && declared in RULES) return declared as RuleName;
	if (issue.code === 'unrecognized_keys') return 'unknown-field';
	if (issue.code === 'invalid_type' && !('input' in issue && issue.input !== undefined)) return 'missing-field';
	const field = issue.path.length === 1 ? issue.path[0] : undefined;
	if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string') {
		if (field === 'title') return 'title-length';
		if (field === 'description') return 'description-length';
	}
	if (field === 'category' && issue.code === 'invalid_value') return 'unknown-category';
	return 'invalid-field';
}

/**
 * A union (`hours: always` or a list of days) reports one vague issue. When the value clearly
 * meant one branch (the other branches rejected its type outright), that branch's own issues say
 * exactly which line is wrong, so use them instead.
 */
function expandUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
	return issues.flatMap((issue) => {
		if (issue.code !== 'invalid_union' || !issue.errors?.length) return [issue];
		const mismatch = (branch: readonly z.core.$ZodIssue[]) =>
			branch.length === 1 && branch[0]!.path.length === 0 && (branch[0]!.code === 'invalid_type' || branch[0]!.code === 'invalid_value');
		const meant = issue.errors.filter((branch) => !mismatch(branch));
		if (meant.length !== 1) return [issue];
		return expandUnions(meant[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue));
	});
}

/** Finds the line of a YAML path: the key's own line, or a list item's own line. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** Turns schema issues into problems, each at the line of the offending key or list item. */
export function issuesToProblems(
	issues: readonly z.core.$ZodIssue[],
	file: string,
	lines: LineOf | ReadonlyMap<string, number>,
	fallbackLine?: number,
): Problem[] {
	// A map of top-level keys to lines also works, for callers that only know those.
	const lineOf: LineOf =
		typeof lines === 'function' ? lines : (path) => (path.length ? lines.get(String(path[0])) : undefined);
	const problems: Problem[] = [];
	for (const issue of expandUnions(issues)) {
		if (issue.code === 'unrecognized_keys') {
			// One problem per unknown key, at that key's line.
			for (const key of issue.keys) {
				const single = issue.message.split(/(?<=[.?])\s+(?=Unknown field)/).find((m) => m.includes(`\`${key}\``));
				problems.push(
					problem('unknown-field', file, {
						line: lineOf([...issue.path, key]) ?? fallbackLine,
						field: formatPath([...issue.path, key]),
						message: single ?? issue.message,
					}),
				);
			}
			continue;
		}
		problems.push(
			problem(ruleOf(issue), file, {
				line: lineOf(issue.path) ?? fallbackLine,
				field: issue.path.length ? formatPath(issue.path) : undefined,
				message: issue.message,
			}),
		);
	}
	return problems;
}

/** Problems in report order: by file, then line, errors before warnings. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
			a.rule.localeCompare(b.rule),
	);
}

/**
 * Control characters (a terminal escape such as ESC[2J in a CSV cell or a file name) shown as
 * `\u001b` rather than sent to the terminal, where they could clear the screen or rewrite the lines
 * a writer reads. Line breaks and tabs are kept.
 */
export function printable(text: string): string {
	return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Plain-text report grouped by file, the same words in the build and in `npm run check`:
 *
 *     content/articles/payments/pay-early.mdx
 *       error    line 4   category: Unknown category `billing`… [unknown-category]
 */
export function formatProblems(problems: readonly Problem[]): string {
	const byFile = new Map<string, Problem[]>();
	for (const item of sortProblems(problems)) {
		const list = byFile.get(item.file) ?? [];
		list.push(item);
		byFile.set(item.file, list);
	}
	const blocks: string[] = [];
	for (const [file, list] of byFile) {
		const lines = list.map((p) => {
			const where = (p.line ? `line ${p.line}` : '').padEnd(9);
			const field = p.field ? `${p.field}: ` : '';
			return printable(`  ${p.severity.padEnd(8)}${where}${field}${p.message} [${p.rule}]`);
		});
		blocks.push(`${printable(file)}\n${lines.join('\n')}`);
	}
	return blocks.join('\n\n');
}

export function countBySeverity(problems: readonly Problem[]) {
	return {
		errors: problems.filter((p) => p.severity === 'error').length,
		warnings: problems.filter((p) => p.severity === 'warning').length,
	};
}

/** `1 error`, `2 warnings`. */
export function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The closing line of a report: counts, and where each problem name is explained. */
export function summarizeProblems(problems: readonly Problem[]): string {
	const { errors, warnings } = countBySeverity(problems);
	if (!errors && !warnings) return 'No problems found.';
	const files = new Set(problems.map((p) => p.file)).size;
	const counts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : '']
		.filter(Boolean)
		.join(' and ');
	return `Found ${counts} in ${plural(files, 'file')}. Each [name] is explained under "Content problems" in CONTRIBUTING.md.`;
}

/** Escapes text for a GitHub Actions workflow command (`::error …::message`). */
function escapeData(text: string): string {
	return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One GitHub Actions annotation per problem, so each shows on its line in a pull request. */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
	return sortProblems(problems)
		.map((p) => {
			const properties = [`file=${escapeProperty(p.file)}`];
			if (p.line) properties.push(`line=${p.line}`);
			properties.push(`title=${escapeProperty(p.rule)}`);
			const text = `${p.field ? `${p.field}: ` : ''}${p.message}`;
			return `::${p.severity} ${properties.join(',')}::${escapeData(text)}`;
		})
		.join('\n');
}
