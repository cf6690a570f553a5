// The message catalogues the build uses: one per language the markets speak, read and validated by
// their one reader (src/lib/content/files.ts).
import { messagesFilePath, readDataFile } from '../content/files.ts';
import type { Catalogue } from '../i18n/messages.ts';
import { formatProblems } from '../problems/report.ts';
import { languageOf } from '../markets/markets.ts';
import { readSourceFile } from './content-files.ts';

/**
 * The catalogue of each of `locales` in the project at `root`, by locale: its language's
 * (`content/messages/en.yaml`) with the region's differences over it, when it has a file
 * (`content/messages/en-GB.yaml`). Throws with the problems, file and line, when one is missing or
 * invalid (`npm run check` lists the same ones; a key missing from a translation is the check's to
 * report, before the build starts).
 */
export function loadCatalogues(root: string, locales: Iterable<string>): Map<string, Catalogue> {
	const read = (path: string, required: boolean): Catalogue | undefined => {
		const source = readSourceFile(root, path);
		if (!source && !required) return undefined;
		const result = readDataFile('messages', source, {}, path);
		if (!result.data) throw new Error(`${path} has problems (npm run check lists them):\n${formatProblems(result.problems)}`);
		return result.data;
	};
	const catalogues = new Map<string, Catalogue>();
	for (const locale of new Set(locales)) {
		const language = read(messagesFilePath(languageOf(locale)), true)!;
		catalogues.set(locale, { ...language, ...read(messagesFilePath(locale), false) });
	}
	return catalogues;
}
