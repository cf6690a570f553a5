// The content files: where each one lives, how it arrives (`SourceFile`), and the one reader of
// each YAML data file. Every consumer (the check, the build, the scripts) reads a data file through
// `readDataFile`, so a file is parsed and validated the same way, with the same words, everywhere.
import type { z } from 'zod';
import { categoriesFileSchema } from '../../schemas/categories.ts';
import { marketsFileSchema } from '../../schemas/markets.ts';
import { messagesFileSchema } from '../../schemas/messages.ts';
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
	/** A market's own articles, in `<market>/<category>/<slug>.mdx`: they replace a shared article at the same address, or exist in that market only. */
	marketArticles: 'content/markets/',
	categories: 'content/categories.yaml',
	topics: 'content/topics.yaml',
	markets: 'content/markets.yaml',
	synonyms: 'content/synonyms.yaml',
	/** The interface strings, one catalogue per language: `content/messages/<language>.yaml` (`en.yaml` is required). */
	messages: 'content/messages/',
} as const;

/**
 * The project-relative path of a search language's synonyms: `content/synonyms.yaml` for English,
 * `content/synonyms.<language>.yaml` for another (`content/synonyms.de.yaml`), with the same format.
 */
export function synonymsFilePath(language: string): string {
	return language === 'en' ? CONTENT_PATHS.synonyms : `content/synonyms.${language}.yaml`;
}

/** The project-relative path of a language's message catalogue: `content/messages/de.yaml`. */
export function messagesFilePath(language: string): string {
	return `${CONTENT_PATHS.messages}${language}.yaml`;
}

/** The project-relative path of a support file that `content/markets.yaml` names relative to `content/`. */
export function supportFilePath(support: string): string {
	return `content/${support}`;
}

/** A content file as read from disk: its path relative to the project root and its text. */
export interface SourceFile {
	path: string;
	text: string;
}

export interface ContentSources {
	categories?: SourceFile | undefined;
	topics?: SourceFile | undefined;
	markets?: SourceFile | undefined;
	/** The support files `content/markets.yaml` names, by project-relative path; a listed file that is missing is absent. */
	supports?: ReadonlyMap<string, SourceFile> | undefined;
	/** The message catalogues: every `.yaml` file directly in `content/messages/`. */
	messages?: SourceFile[] | undefined;
	/** `content/synonyms.yaml`, the search synonyms; optional. */
	synonyms?: SourceFile | undefined;
	/** Another search language's synonyms (`content/synonyms.de.yaml`), by language; each optional. */
	languageSynonyms?: ReadonlyMap<string, SourceFile> | undefined;
	/** Every article file under `content/articles/` (`.mdx`, and misnamed `.md`), path relative to the project root. */
	articles: SourceFile[];
	/** Every article file of a market's own under `content/markets/` (`<market>/<category>/<slug>.mdx`). */
	marketArticles?: SourceFile[] | undefined;
	/** Addresses of the site's fixed pages (`/`, `/contact/`, `/search/`…), so links to them count as valid. */
	pages?: string[] | undefined;
	/** Project-relative paths of the files under `public/` and `content/`, to check that images exist. */
	files?: string[] | undefined;
	/** Question banks: every `.csv` file under `content/questions/`. */
	questions?: SourceFile[] | undefined;
}

/** The YAML data files, each with its schema. */
export type DataFileName = 'categories' | 'topics' | 'markets' | 'support' | 'synonyms' | 'messages';

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
		case 'markets':
			return marketsFileSchema;
		case 'support':
			return createSupportSchema(context);
		case 'synonyms':
			return synonymsFileSchema;
		case 'messages':
			return messagesFileSchema;
	}
}

/** The validated content of each data file. */
export interface DataFiles {
	categories: z.output<typeof categoriesFileSchema>;
	topics: z.output<ReturnType<typeof createTopicsFileSchema>>;
	markets: z.output<typeof marketsFileSchema>;
	support: z.output<ReturnType<typeof createSupportSchema>>;
	synonyms: z.output<typeof synonymsFileSchema>;
	messages: z.output<typeof messagesFileSchema>;
}

export interface DataFileResult<T> {
	/** The validated content; undefined when the file is missing or has an error. */
	data: T | undefined;
	/** What is wrong with the file, each problem at its line: missing file, YAML syntax, schema. */
	problems: Problem[];
	/** The parsed YAML, for checks that point at a line of their own; undefined when the file is missing. */
	yaml?: ParsedYaml | undefined;
}

/** A data file whose path is not fixed: a support file (`content/markets.yaml` names it) and a message catalogue (one per language). */
export type PathedDataFile = 'support' | 'messages';

/** Where a data file lives: fixed, except a support file, whose path `content/markets.yaml` gives, and a language's catalogue. */
export type DataFilePath<N extends DataFileName> = N extends PathedDataFile ? string : undefined;

/**
 * Reads one YAML data file: its YAML and its schema, every problem at the line of the offending key.
 * A missing file is a `missing-file` problem, except `synonyms.yaml`, which is optional. A support
 * file's `expected` path (from `content/markets.yaml`), or a catalogue's (its language's), names it
 * when it is missing.
 */
export function readDataFile<N extends DataFileName>(
	name: N,
	file: SourceFile | undefined,
	context: DataFileContext = {},
	expected?: DataFilePath<N>,
): DataFileResult<DataFiles[N]> {
	const expectedPath =
		name === 'support'
			? (file?.path ?? expected ?? 'content/support.yaml')
			: name === 'messages'
				? (file?.path ?? expected ?? messagesFilePath('en'))
				: CONTENT_PATHS[name as Exclude<N, PathedDataFile>];
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
