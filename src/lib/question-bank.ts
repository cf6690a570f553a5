import { CsvError, parseCsv } from './csv.ts';
import type { LabelledQuestion } from './search/evaluate.ts';

/** Something wrong with a question bank (a CSV of customer questions), at a line of the file. */
export interface QuestionBankIssue {
	kind: 'csv-syntax' | 'missing-column' | 'empty-question' | 'unknown-topic' | 'no-questions';
	file: string;
	line: number;
	field?: string;
	message: string;
}

/** `file:line: message`, one issue per line, for terminals and CI logs. */
export function formatQuestionBankIssues(issues: readonly QuestionBankIssue[]): string {
	return issues.map((i) => `${i.file}:${i.line}${i.field ? ` \`${i.field}\`` : ''}: ${i.message} [${i.kind}]`).join('\n');
}

/**
 * Reads a CSV of customer questions with at least `question` and `topic` columns (a `category`
 * column is optional: it is taken from the topic otherwise). Every row with an empty question or an
 * unknown topic is reported with its line; the valid rows are returned.
 */
export function parseQuestionBank(
	text: string,
	file: string,
	topicCategories: ReadonlyMap<string, string>,
): { questions: LabelledQuestion[]; problems: QuestionBankIssue[] } {
	const problems: QuestionBankIssue[] = [];
	let table;
	try {
		table = parseCsv(text);
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		return { questions: [], problems: [{ kind: 'csv-syntax', file, line: error.line, message: error.message }] };
	}
	const missing = ['question', 'topic'].filter((column) => !table.header.includes(column));
	if (missing.length) {
		problems.push({
			kind: 'missing-column',
			file,
			line: 1,
			message: `The first line must name the columns, including ${missing.map((c) => `\`${c}\``).join(' and ')}; it has ${table.header.map((h) => `\`${h}\``).join(', ') || 'none'}.`,
		});
		return { questions: [], problems };
	}
	const questions: LabelledQuestion[] = [];
	for (const row of table.rows) {
		const question = row.values.question!.trim();
		const topic = row.values.topic!.trim();
		if (!question) {
			problems.push({ kind: 'empty-question', file, line: row.line, field: 'question', message: 'The question is empty: write it or delete the row.' });
			continue;
		}
		const category = row.values.category?.trim() || topicCategories.get(topic);
		if (!topicCategories.has(topic) || !category) {
			problems.push({
				kind: 'unknown-topic',
				file,
				line: row.line,
				field: 'topic',
				message: `Unknown topic \`${topic}\`: use an id from content/topics.yaml.`,
			});
			continue;
		}
		questions.push({ question, topic, category, source: `${file}:${row.line}` });
	}
	if (!table.rows.length) {
		problems.push({ kind: 'no-questions', file, line: 1, message: 'The file has a header but no questions.' });
	}
	return { questions, problems };
}
