/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and line breaks inside quotes,
 * CRLF or LF line endings, an optional byte-order mark. Each row keeps the line it starts on, so
 * messages can point at it.
 */
export interface CsvRow {
	/** 1-based line of the file where the row starts. */
	line: number;
	values: Record<string, string>;
}

export interface CsvTable {
	header: string[];
	rows: CsvRow[];
}

export class CsvError extends Error {
	/** 1-based line of the problem. */
	readonly line: number;
	constructor(message: string, line: number) {
		super(message);
		this.name = 'CsvError';
		this.line = line;
	}
}

export function parseCsv(text: string): CsvTable {
	const records: { line: number; fields: string[] }[] = [];
	let line = 1;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	while (i < text.length) {
		const startLine = line;
		const fields: string[] = [];
		for (;;) {
			let field = '';
			if (text[i] === '"') {
				const quoteLine = line;
				i += 1;
				for (;;) {
					if (i >= text.length) throw new CsvError('A quoted field is never closed: add the missing `"`.', quoteLine);
					const c = text[i]!;
					if (c === '"') {
						if (text[i + 1] === '"') {
							field += '"';
							i += 2;
							continue;
						}
						i += 1;
						break;
					}
					if (c === '\n') line += 1;
					field += c;
					i += 1;
				}
				if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
					throw new CsvError('Text follows a closing quote: put the whole field in quotes and double any `"` inside it.', line);
				}
			} else {
				while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
			}
			fields.push(field);
			if (text[i] === ',') {
				i += 1;
				continue;
			}
			break;
		}
		if (text[i] === '\r') i += 1;
		if (text[i] === '\n') {
			i += 1;
			line += 1;
		}
		if (!(fields.length === 1 && fields[0] === '')) records.push({ line: startLine, fields });
	}
	const [head, ...body] = records;
	if (!head) return { header: [], rows: [] };
	const header = head.fields.map((h) => h.trim());
	const rows = body.map((record) => {
		if (record.fields.length !== header.length) {
			throw new CsvError(
				`This row has ${record.fields.length} values but the header has ${header.length} columns: put text containing commas in quotes.`,
				record.line,
			);
		}
		return { line: record.line, values: Object.fromEntries(header.map((h, k) => [h, record.fields[k]!])) };
	});
	return { header, rows };
}
