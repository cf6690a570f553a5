// The message catalogues the build uses: one per language the markets speak, read and validated by
// their one reader (src/lib/content/files.ts).
import { messagesFilePath, readDataFile } from '../content/files.ts';
import type { Catalogue } from '../i18n/messages.ts';
import { formatProblems } from '../problems/report.ts';
import { readSourceFile } from './content-files.ts';

/**
 * The catalogue of each of `languages` in the project at `root`, by language. Throws with the
 * problems, file and line, when one is missing or invalid (`npm run check` lists the same ones;
 * a key missing from a translation is the check's to report, before the build starts).
 */
export function loadCatalogues(root: string, languages: Iterable<string>): Map<string, Catalogue> {
	const catalogues = new Map<string, Catalogue>();
	for (const language of new Set(languages)) {
		const path = messagesFilePath(language);
		const read = readDataFile('messages', readSourceFile(root, path), {}, path);
		if (!read.data) throw new Error(`${path} has problems (npm run check lists them):\n${formatProblems(read.problems)}`);
		catalogues.set(language, read.data);
	}
	return catalogues;
}
