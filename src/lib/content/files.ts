// The content files: where each one lives, how it arrives (`SourceFile`), and the one reader of
// each YAML data file. Every consumer (the check, the build, the scripts) reads a data file through
// `readDataFile`, so a file is parsed and validated the same way, with the same words, everywhere.
import type { z } from 'zod';
import { categoriesFileSchema } from '../../schemas/categories.ts';
import { synonymsFileSchema } from '../../schemas/synonyms.ts';
import { createSupportSchema } from '../../schemas/support.ts';
import { createTopicsFileSchema } from '../../schemas/topics.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { friendlyErrorMap, issuesToProblems } from '../problems/schema-issues.ts';
import { parseYaml, type ParsedYaml } from './frontmatter.ts';

/** Where the content lives, relative to the project root, with forward slashes. */
export const CONTENT_PATHS = {
	/** One MDX file per article, in `<category>/<slug>.mdx`. */
	articles: 'content/articles/',
	/** Question banks: CSV files with at least a `question` and a `topic` column. */
	questions: 'content/questions/',
	categories: 'content/categories.yaml',
	topics: 'content/topics.yaml',
	support: 'content/support.yaml',
	synonyms: 'content/synonyms.yaml',
} as const;

/** A content file as read from disk: its path relative to the project root and its text. */
export interface SourceFile {
	path: string;
	text: string;
}

export interface ContentSources {
	categories?: SourceFile | undefined;
	topics?: SourceFile | undefined;
	support?: SourceFile | undefined;
	/** `content/synonyms.yaml`, the search synonyms; optional. */
	synonyms?: SourceFile | undefined;
	/** Every article file under `content/articles/` (`.mdx`, and misnamed `.md`), path relative to the project root. */
	articles: SourceFile[];
	/** Addresses of the site's fixed pages (`/`, `/contact/`, `/search/`…), so links to them count as valid. */
	pages?: string[] | undefined;
	/** Project-relative paths of the files under `public/` and `content/`, to check that images exist. */
	files?: string[] | undefined;
	/** Question banks: every `.csv` file under `content/questions/`. */
	questions?: SourceFile[] | undefined;
}

/** The YAML data files, each with its schema. */
export type DataFileName = 'categories' | 'topics' | 'support' | 'synonyms';

/** What a data file's schema needs to know about the other files. */
export interface DataFileContext {
	/** Category ids from `content/categories.yaml`, once that file has been read. */
	categoryIds?: readonly string[] | undefined;
}

function schemaOf(name: DataFileName, context: DataFileContext) {
	switch (name) {
		case 'categories':
			return categoriesFileSchema;
		case 'topics':
			return createTopicsFileSchema(context);
		case 'support':
			return createSupportSchema(context);
		case 'synonyms':
			return synonymsFileSchema;
	}
}

/** The validated content of each data file. */
export interface DataFiles {
	categories: z.output<typeof categoriesFileSchema>;
	topics: z.output<ReturnType<typeof createTopicsFileSchema>>;
	support: z.output<ReturnType<typeof createSupportSchema>>;
	synonyms: z.output<typeof synonymsFileSchema>;
}

export interface DataFileResult<T> {
	/** The validated content; undefined when the file is missing or has an error. */
	data: T | undefined;
	/** What is wrong with the file, each problem at its line: missing file, YAML syntax, schema. */
	problems: Problem[];
	/** The parsed YAML, for checks that point at a line of their own; undefined when the file is missing. */
	yaml?: ParsedYaml | undefined;
}

/**
 * Reads one YAML data file: its YAML and its schema, every problem at the line of the offending key.
 * A missing file is a `missing-file` problem, except `synonyms.yaml`, which is optional.
 */
export function readDataFile<N extends DataFileName>(
	name: N,
	file: SourceFile | undefined,
	context: DataFileContext = {},
): DataFileResult<DataFiles[N]> {
	const expectedPath = CONTENT_PATHS[name];
	if (!file) {
		if (name === 'synonyms') return { data: undefined, problems: [] };
		const missing = problem('missing-file', expectedPath, {
			message: `The file ${expectedPath} is missing. Restore it from version control.`,
		});
		return { data: undefined, problems: [missing] };
	}
	const parsed = parseYaml(file.text);
	if (parsed.errors.length) {
		return {
			data: undefined,
			problems: parsed.errors.map((error) => problem('yaml-syntax', file.path, { line: error.line, message: error.message })),
			yaml: parsed,
		};
	}
	const result = schemaOf(name, context).safeParse(parsed.data, { reportInput: true, error: friendlyErrorMap });
	if (result.success) return { data: result.data as DataFiles[N], problems: [], yaml: parsed };
	return { data: undefined, problems: issuesToProblems(result.error.issues, file.path, parsed.lineOf), yaml: parsed };
}
