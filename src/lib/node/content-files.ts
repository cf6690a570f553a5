// The content data files read from disk, for the build's configuration and the scripts. Reading is
// synchronous because Astro evaluates its configuration and `content.config.ts` synchronously;
// parsing and validation are `readDataFile`'s, the one reader of each file (src/lib/content/files.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblems } from '../problems/report.ts';
import {
	CONTENT_PATHS,
	readDataFile,
	type DataFileContext,
	type DataFileName,
	type DataFileResult,
	type DataFiles,
	type PathedDataFile,
	type SourceFile,
} from '../content/files.ts';

/** A content file relative to the project `root`, or undefined when it does not exist. */
export function readSourceFile(root: string, relative: string): SourceFile | undefined {
	try {
		return { path: relative, text: readFileSync(path.join(root, relative), 'utf8') };
	} catch (error) {
		// A missing file is reported by the check; any other failure (permissions…) is real.
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** Reads and validates one data file of the project at `root` (support files: `loadMarkets`); see `readDataFile` for the problems. */
export function loadDataFile<N extends Exclude<DataFileName, PathedDataFile>>(
	root: string,
	name: N,
	context: DataFileContext = {},
): DataFileResult<DataFiles[N]> {
	return readDataFile(name, readSourceFile(root, CONTENT_PATHS[name]), context);
}

/**
 * The validated content of a data file the build cannot go on without; throws with the problems,
 * file and line, when it has any. Undefined only for an optional file that does not exist.
 */
export function requireDataFile<N extends Exclude<DataFileName, PathedDataFile>>(
	root: string,
	name: N,
	context: DataFileContext = {},
): DataFiles[N] | undefined {
	const { data, problems } = loadDataFile(root, name, context);
	if (problems.length) throw new Error(`${CONTENT_PATHS[name]} has problems (npm run check lists them):\n${formatProblems(problems)}`);
	return data;
}
