import type { z } from 'zod';

export type Severity = 'error' | 'warning';

/** One thing wrong with the content, phrased for the writer who has to fix it. */
export interface Problem {
	/** Stable kebab-case name of the kind of problem, documented in the writing guide. */
	rule: string;
	severity: Severity;
	/** Path relative to the project root, with forward slashes: `content/articles/payments/x.mdx`. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** The frontmatter field or YAML path, for example `topics[1]`. */
	field?: string;
	/** What is wrong, in a sentence. */
	message: string;
}

/** `['topics', 1]` → `topics[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`))
		.join('');
}

/** Turns schema issues into problems, placing each at the line of its top-level key. */
export function issuesToProblems(
	issues: readonly z.core.$ZodIssue[],
	file: string,
	keyLines: ReadonlyMap<string, number>,
	fallbackLine?: number,
): Problem[] {
	const problems: Problem[] = [];
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') {
			// One problem per unknown key, at that key's line.
			const parentPath = issue.path;
			for (const key of issue.keys) {
				const topKey = parentPath.length ? String(parentPath[0]) : key;
				const single = issue.message.split(/(?<=[.?])\s+(?=Unknown field)/).find((m) => m.includes(`\`${key}\``));
				problems.push({
					rule: 'unknown-field',
					severity: 'error',
					file,
					line: keyLines.get(topKey) ?? fallbackLine,
					field: formatPath([...parentPath, key]),
					message: single ?? issue.message,
				});
			}
			continue;
		}
		const top = issue.path[0];
		const missing = issue.code === 'invalid_type' && issue.input === undefined;
		problems.push({
			rule: missing ? 'missing-field' : 'invalid-field',
			severity: 'error',
			file,
			line: (top !== undefined ? keyLines.get(String(top)) : undefined) ?? fallbackLine,
			field: issue.path.length ? formatPath(issue.path) : undefined,
			message: issue.message,
		});
	}
	return problems;
}

/** Plain-text report grouped by file, the same words in the build and in `npm run check`. */
export function formatProblems(problems: readonly Problem[]): string {
	const byFile = new Map<string, Problem[]>();
	for (const problem of problems) {
		const list = byFile.get(problem.file) ?? [];
		list.push(problem);
		byFile.set(problem.file, list);
	}
	const blocks: string[] = [];
	for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
		const lines = list
			.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
			.map((p) => {
				const where = p.line ? `line ${p.line}` : 'file';
				const field = p.field ? ` \`${p.field}\`` : '';
				return `  ${where}${field}: ${p.message} [${p.rule}${p.severity === 'warning' ? ', warning' : ''}]`;
			});
		blocks.push(`${file}\n${lines.join('\n')}`);
	}
	return blocks.join('\n\n');
}

export function countBySeverity(problems: readonly Problem[]) {
	return {
		errors: problems.filter((p) => p.severity === 'error').length,
		warnings: problems.filter((p) => p.severity === 'warning').length,
	};
}
