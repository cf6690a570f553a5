// Reporters: the same problems as plain text (the build and `npm run check`), as JSON for tools,
// and as GitHub Actions annotations that show each problem on its line in a pull request.
import { plural, printable } from '../shared/words.ts';
import { countBySeverity, sortProblems, type Problem } from './problem.ts';
import type { Severity } from './rules.ts';

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

/** How many files' problems a log lists before it sums up the rest (`npm run check` lists them all). */
export const LOGGED_FILES = 25;

/**
 * `formatProblems` for a log that thousands of warnings would flood (a build of a large site): every
 * file with an error and the first `maxFiles` other files in full, then the rest counted by problem
 * name, and where to read them all.
 */
export function formatProblemsAtMost(problems: readonly Problem[], maxFiles = LOGGED_FILES): string {
	const sorted = sortProblems(problems);
	const withErrors = new Set(sorted.filter((p) => p.severity === 'error').map((p) => p.file));
	const others = [...new Set(sorted.map((p) => p.file))].filter((file) => !withErrors.has(file));
	if (others.length <= maxFiles) return formatProblems(sorted);
	const listed = new Set([...withErrors, ...others.slice(0, maxFiles)]);
	const rest = sorted.filter((p) => !listed.has(p.file));
	const byRule = new Map<string, number>();
	for (const p of rest) byRule.set(p.rule, (byRule.get(p.rule) ?? 0) + 1);
	const counts = [...byRule]
		.sort(([ruleA, a], [ruleB, b]) => b - a || ruleA.localeCompare(ruleB))
		.map(([rule, count]) => `${count} [${rule}]`);
	const more = `…and ${rest.length} more in ${plural(others.length - maxFiles, 'other file')}: ${listCounts(counts)}.`;
	return `${formatProblems(sorted.filter((p) => listed.has(p.file)))}\n\n${more} \`npm run check\` lists every one.`;
}

/** `['1 error', '2 warnings', '1 note']` → `1 error, 2 warnings and 1 note`. */
function listCounts(counts: readonly string[]): string {
	return counts.length > 1 ? `${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}` : (counts[0] ?? '');
}

/**
 * The closing line of a report: counts, and where each problem name is explained. Infos are
 * counted as notes, the word the writing guide uses for them.
 */
export function summarizeProblems(problems: readonly Problem[]): string {
	const { errors, warnings, infos } = countBySeverity(problems);
	if (!errors && !warnings && !infos) return 'No problems found.';
	const files = new Set(problems.map((p) => p.file)).size;
	const counts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : '', infos ? plural(infos, 'note') : ''];
	return `Found ${listCounts(counts.filter(Boolean))} in ${plural(files, 'file')}. Each [name] is explained under "Content problems" in CONTRIBUTING.md.`;
}

/** Escapes text for a GitHub Actions workflow command (`::error …::message`). */
function escapeData(text: string): string {
	return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions' annotation commands: an info is a `notice`. */
const ANNOTATION_LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** One GitHub Actions annotation per problem, so each shows on its line in a pull request. */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
	return sortProblems(problems)
		.map((p) => {
			const properties = [`file=${escapeProperty(p.file)}`];
			if (p.line) properties.push(`line=${p.line}`);
			properties.push(`title=${escapeProperty(p.rule)}`);
			const text = `${p.field ? `${p.field}: ` : ''}${p.message}`;
			return `::${ANNOTATION_LEVEL[p.severity]} ${properties.join(',')}::${escapeData(text)}`;
		})
		.join('\n');
}

/** The `npm run check -- --json` report: the outcome, the counts and every problem in report order. */
export function formatProblemsJson(problems: readonly Problem[], { articles, failed }: { articles: number; failed: boolean }): string {
	const sorted = sortProblems(problems);
	const { errors, warnings, infos } = countBySeverity(sorted);
	const files = new Set(sorted.map((p) => p.file)).size;
	return JSON.stringify({ ok: !failed, summary: { articles, errors, warnings, infos, files }, problems: sorted }, null, 2);
}
