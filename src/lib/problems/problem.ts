// One thing wrong with the content, as every check reports it and every reporter prints it.
import { RULES, type RuleName, type Severity } from './rules.ts';

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

/** Most serious first, for problems on the same line. */
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Problems in report order: by file, then line, errors before warnings before infos. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
			a.rule.localeCompare(b.rule),
	);
}

export function countBySeverity(problems: readonly Problem[]) {
	return {
		errors: problems.filter((p) => p.severity === 'error').length,
		warnings: problems.filter((p) => p.severity === 'warning').length,
		infos: problems.filter((p) => p.severity === 'info').length,
	};
}
