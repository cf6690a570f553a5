// What the content guard read for this build, kept for the articles loader, so that under `astro
// build` each article file is read and its frontmatter parsed once. The guard runs in Astro's
// process before content sync (`astro:config:setup`); the loader runs later in the same process but
// in a module graph of its own (Vite's), so the two meet on a global rather than a module variable.
import path from 'node:path';

/** An article file as the guard read it: its text, and its frontmatter as written (before the schema). */
export interface SnapshotArticle {
	text: string;
	frontmatter: Record<string, unknown>;
}

const KEY = Symbol.for('kestrel-help-center.content-snapshot');

interface Snapshot {
	root: string;
	/** By project-relative path (`content/articles/payments/x.mdx`). */
	articles: Map<string, SnapshotArticle>;
}

const store = globalThis as typeof globalThis & { [KEY]?: Snapshot };

/** Keeps the articles the guard has just read and checked, for the next content sync of `root`. */
export function keepContentSnapshot(root: string, articles: Map<string, SnapshotArticle>): void {
	store[KEY] = { root: path.resolve(root), articles };
}

/**
 * The articles the guard read, once: the snapshot is handed over and dropped, so a later sync (a
 * file saved in `astro dev`) reads the files again, and the memory is freed after the first.
 */
export function takeContentSnapshot(root: string): Map<string, SnapshotArticle> | undefined {
	const snapshot = store[KEY];
	delete store[KEY];
	return snapshot?.root === path.resolve(root) ? snapshot.articles : undefined;
}
