import { parse, CsvError } from 'csv-parse/sync';
import { closest, listOr } from '../../schemas/shared.ts';
import type { SourceFile } from './files.ts';
import { SOURCE_LANGUAGE } from '../i18n/messages.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { RuleName } from '../problems/rules.ts';

/** One customer question from a bank, with the file and line it came from. */
/**
 * The language a question bank's questions are in, from where it lies: `content/questions/dev.csv`
 * is English (the shared articles' language), `content/questions/de/dev.csv` German. Undefined for
 * a file that is not a bank (not `.csv`, or deeper down).
 */
export function bankLanguage(path: string): string | undefined {
	const match = /^content\/questions\/(?:([a-z]{2,3})\/)?[^/]+\.csv$/i.exec(path);
	if (!match) return undefined;
	return match[1]?.toLowerCase() ?? SOURCE_LANGUAGE;
}

export interface BankQuestion {
	/** The customer's words, as written in the bank (runs of white space, line breaks included, become one space). */
	question: string;
	/** The topic id (from `content/topics.yaml`) whose article should answer it. */
	topic: string;
	/** The bank's own id for the row, when it has an `id` column. */
	id?: string;
	/** Path of the bank, relative to the project root. */
	file: string;
	/** 1-based line where the row starts (a quoted question may span several lines). */
	line: number;
}

export interface QuestionBankResult {
	questions: BankQuestion[];
	problems: Problem[];
}

const REQUIRED = ['question', 'topic'] as const;
const DELIMITERS = [',', ';', '\t'] as const;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function columnName(value: string): string {
	return value.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/**
 * The delimiter of the header line: a comma unless the header only makes sense split on `;` or a
 * tab (spreadsheets in many locales export `;`, and ticket tools often export tab-separated text).
 */
function detectDelimiter(text: string): string {
	const header = text.slice(0, text.search(/\r?\n|$/));
	const found = DELIMITERS.find((d) => {
		const names = header.split(d).map((name) => columnName(name.replace(/^"|"$/g, '')));
		return REQUIRED.every((column) => names.includes(column));
	});
	return found ?? ',';
}

/** Line numbers of byte offsets in `buffer`, counting forward from a previous position. */
function createLineCounter(buffer: Uint8Array) {
	let offset = 0;
	let line = 1;
	return {
		/** The line of the first non-blank byte at or after `start` (blank lines are skipped by the parser). */
		lineAt(start: number): number {
			for (; offset < start; offset++) if (buffer[offset] === NEWLINE) line++;
			let probe = start;
			let extra = 0;
			while (probe < buffer.length && (buffer[probe] === NEWLINE || buffer[probe] === CARRIAGE_RETURN)) {
				if (buffer[probe] === NEWLINE) extra++;
				probe++;
			}
			return line + extra;
		},
	};
}

/**
 * Reads one question bank. Every row needs a question and a topic id from `topicIds`; each bad row
 * is a problem naming the file and line, so a whole bank can be fixed in one pass.
 * Pure: the caller reads the file.
 */
export function parseQuestionBank(file: SourceFile, topicIds: readonly string[]): QuestionBankResult {
	const problems: Problem[] = [];
	const questions: BankQuestion[] = [];
	const report = (rule: RuleName, line: number, message: string, field?: string) =>
		problems.push(problem(rule, file.path, { line, field, message }));

	const buffer = Buffer.from(file.text, 'utf8');
	let records: { record: string[]; info: { bytes: number } }[];
	try {
		records = parse(buffer, {
			bom: true,
			delimiter: detectDelimiter(file.text),
			info: true,
			skip_empty_lines: true,
			relax_column_count: true,
			// With `info: true` each record comes with the parser's position after it; the types
			// do not model that option.
		}) as unknown as typeof records;
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		// Where the unreadable record starts: the parser's counters stop either there or at the end.
		const { bytes, bytes_records } = error as CsvError & { bytes?: number; bytes_records?: number };
		const start = Math.min(bytes ?? Infinity, bytes_records ?? Infinity, buffer.length);
		const line = createLineCounter(buffer).lineAt(start);
		const hint =
			error.code === 'CSV_QUOTE_NOT_CLOSED'
				? 'A question that starts with a double quote must end with one; write a quote inside a question as two double quotes ("").'
				: 'Put a question that contains a comma, a line break or a double quote between double quotes, and double any quote inside it ("").';
		report('bank-csv-syntax', line, `The row starting here cannot be read as CSV (${error.message.replace(/ at line \d+.*$/, '')}). ${hint}`);
		return { questions, problems };
	}

	const [header, ...rows] = records;
	if (!header) {
		report('bank-empty', 1, 'The question bank is empty. Add a header line `question,topic` and one row per customer question.');
		return { questions, problems };
	}
	const columns = header.record.map(columnName);
	const missing = REQUIRED.filter((name) => !columns.includes(name));
	if (missing.length) {
		report(
			'bank-missing-column',
			1,
			`The header line has no ${listOr(missing)} column (found ${columns.length ? columns.map((c) => `\`${c}\``).join(', ') : 'none'}). The first line must name the columns, for example \`question,topic\`.`,
		);
		return { questions, problems };
	}
	const index = {
		question: columns.indexOf('question'),
		topic: columns.indexOf('topic'),
		id: columns.indexOf('id'),
	};

	const lines = createLineCounter(buffer);
	let previousEnd = header.info.bytes;
	const known = new Set(topicIds);
	for (const { record, info } of rows) {
		const line = lines.lineAt(previousEnd);
		previousEnd = info.bytes;
		if (record.length > columns.length) {
			// Almost always a question with a comma that is not between double quotes.
			report(
				'bank-csv-syntax',
				line,
				`This row has ${record.length} values but the header names ${columns.length} columns. Put a question that contains a comma between double quotes: "I paid twice, can I get one back?".`,
			);
			continue;
		}
		// A question is one line of text wherever it is shown: line breaks inside quotes become spaces.
		const question = (record[index.question] ?? '').replace(/\s+/g, ' ').trim();
		const topic = (record[index.topic] ?? '').trim();
		const id = index.id >= 0 ? record[index.id]?.trim() || undefined : undefined;
		if (!question) {
			report('bank-empty-question', line, 'This row has no question. Write the customer\'s words in the `question` column or delete the row.', 'question');
			continue;
		}
		if (!topic) {
			report(
				'bank-missing-topic',
				line,
				'This question has no topic. Write the id of the topic whose article should answer it (the ids are in content/topics.yaml).',
				'topic',
			);
			continue;
		}
		if (!known.has(topic)) {
			const hint = closest(topic, topicIds);
			report(
				'bank-unknown-topic',
				line,
				`Unknown topic \`${topic}\`${hint ? `: did you mean \`${hint}\`?` : '.'} Use a topic id from content/topics.yaml, or add the topic there first.`,
				'topic',
			);
			continue;
		}
		questions.push({ question, topic, ...(id ? { id } : {}), file: file.path, line });
	}
	if (!rows.length) {
		report('bank-empty', 1, 'The question bank has a header but no questions. Add one row per customer question.');
	}
	return { questions, problems };
}

/** Reads every bank; the questions of all banks in file order, and every problem at once. */
export function checkQuestionBanks(files: readonly SourceFile[], topicIds: readonly string[]): QuestionBankResult {
	const result: QuestionBankResult = { questions: [], problems: [] };
	for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		const { questions, problems } = parseQuestionBank(file, topicIds);
		result.questions.push(...questions);
		result.problems.push(...problems);
	}
	return result;
}
