import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentSources, SourceFile } from '../content-check.ts';

/** Reads a file relative to `root`, or returns undefined when it does not exist. */
async function readOptional(root: string, relative: string): Promise<SourceFile | undefined> {
	try {
		return { path: relative, text: await readFile(path.join(root, relative), 'utf8') };
	} catch (error) {
		// A missing file is reported by the check; any other failure (permissions…) is real.
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** Reads every content file the check needs from the project at `root`. */
export async function readContent(root: string): Promise<ContentSources> {
	const articlesDir = path.join(root, 'content/articles');
	const entries = await readdir(articlesDir, { recursive: true, withFileTypes: true }).catch((error) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	const articles = await Promise.all(
		entries
			.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
			.map(async (entry) => {
				const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
				return { path: relative, text: await readFile(path.join(root, relative), 'utf8') };
			}),
	);
	const [categories, topics, support] = await Promise.all([
		readOptional(root, 'content/categories.yaml'),
		readOptional(root, 'content/topics.yaml'),
		readOptional(root, 'content/support.yaml'),
	]);
	return { categories, topics, support, articles };
}
