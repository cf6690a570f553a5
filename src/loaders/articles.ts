import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { articleIdFromPath } from '../schemas/article.ts';
import { CONTENT_PATHS } from '../lib/content/files.ts';
import { parseYaml, splitFrontmatter } from '../lib/content/frontmatter.ts';
import { renderMdxBody } from '../lib/content/mdx-render.ts';
import { requireDataFile } from '../lib/node/content-files.ts';

/**
 * Part of every article's digest: bump it when the renderer or a component's HTML changes, so that
 * the data store (kept between builds in node_modules/.astro) renders every article again.
 */
const RENDERER_VERSION = '1';

/**
 * The `articles` collection: each `.mdx` file is read once, its frontmatter validated with the
 * collection schema and its body rendered to HTML here, at content sync (`render(entry)` then prints
 * that HTML). Unlike `glob()`, which hands every MDX file to Vite as its own module, this keeps the
 * bundle the same size whatever the number of articles. An article is rendered again only when its
 * digest changes: its file, `content/support.yaml` (the facts behind `<Phone />`, `<Hours />`,
 * `<Brand />`…) or the renderer. In `npm run dev`, saving an article or support.yaml updates the page.
 */
export function articlesLoader(): Loader {
	return {
		name: 'help-center:articles',
		load: async (context) => {
			const sync = () => syncArticles(context);
			await sync();
			const { watcher, logger, config } = context;
			if (!watcher) return;
			const root = path.resolve(new URL(config.root).pathname);
			const articlesDir = path.join(root, CONTENT_PATHS.articles);
			const supportFile = path.join(root, CONTENT_PATHS.support);
			watcher.add([articlesDir, supportFile]);
			// An editor's save can arrive as several events (the file truncated, then written): wait for
			// them to settle, and never run two syncs at once, so the last one reads the saved file.
			let timer: ReturnType<typeof setTimeout> | undefined;
			let running: Promise<void> = Promise.resolve();
			const onChange = (changed: string) => {
				if (changed !== supportFile && !(changed.startsWith(articlesDir) && changed.endsWith('.mdx'))) return;
				clearTimeout(timer);
				timer = setTimeout(() => {
					// The content guard prints the problem with its file and line; the preview keeps the last good page.
					running = running
						.then(sync)
						.catch((error: unknown) => logger.error(`Could not reload the articles: ${(error as Error).message}`));
				}, 100);
			};
			watcher.on('change', onChange);
			watcher.on('add', onChange);
			watcher.on('unlink', onChange);
		},
	};
}

async function syncArticles({ store, parseData, generateDigest, logger, config, watcher }: LoaderContext): Promise<void> {
	const started = performance.now();
	const root = path.resolve(new URL(config.root).pathname);
	const support = requireDataFile(root, 'support');
	if (!support) throw new Error(`${CONTENT_PATHS.support} is missing: the articles' contact details come from it.`);
	const facts = `${RENDERER_VERSION}\n${readFileSync(path.join(root, CONTENT_PATHS.support), 'utf8')}`;
	const files = readdirSync(path.join(root, CONTENT_PATHS.articles), { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.mdx'),
	);
	const seen = new Set<string>();
	let rendered = 0;
	for (const file of files) {
		const id = articleIdFromPath(file);
		seen.add(id);
		const filePath = `${CONTENT_PATHS.articles}${file.replace(/\\/g, '/')}`;
		const source = readFileSync(path.join(root, filePath), 'utf8');
		const digest = generateDigest(`${facts}\n${source}`);
		if (store.get(id)?.digest === digest) continue;
		try {
			const fields = (parseYaml(splitFrontmatter(source).frontmatter ?? '').data ?? {}) as Record<string, unknown>;
			const data = await parseData({ id, data: fields, filePath: path.join(root, filePath) });
			const body = renderMdxBody(source, support);
			store.set({ id, data, filePath, digest, rendered: { html: body.html, metadata: { headings: body.headings } } });
			rendered++;
		} catch (error) {
			const message = `${filePath}: ${(error as Error).message}`;
			// A build stops (the content guard has normally said why already); the preview keeps the last good version.
			if (!watcher) throw new Error(message, { cause: error });
			logger.error(message);
		}
	}
	for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
	logger.info(`${rendered} of ${files.length} articles rendered in ${Math.round(performance.now() - started)} ms.`);
}
