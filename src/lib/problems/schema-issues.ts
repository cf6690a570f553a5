// Schema issues (zod) turned into problems a writer can act on: the words for issues without a
// message of their own, the stable rule name of each, and the line of the offending key.
import type { z } from 'zod';
import { closest, listOr } from '../../schemas/shared.ts';
import { formatPath } from '../shared/words.ts';
import { problem, type Problem } from './problem.ts';
import { RULES, type RuleName } from './rules.ts';

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
			if (issue.format === 'url')
				return `${describeInput(issue.input)} is not a web address. Write the full address, starting with https://.`;
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
	const lineOf: LineOf = typeof lines === 'function' ? lines : (path) => (path.length ? lines.get(String(path[0])) : undefined);
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
