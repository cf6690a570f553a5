import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { articleIdFromPath } from '../schemas/article.ts';
import { CONTENT_PATHS } from '../lib/content/files.ts';
import { parseYaml, splitFrontmatter } from '../lib/content/frontmatter.ts';
import { renderMdxBody } from '../lib/content/mdx-render.ts';
import { loadMarkets } from '../lib/node/markets.ts';

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
 * digest changes: its file, its market in `content/markets.yaml` and that market's support file (the facts behind `<Phone />`, `<Hours />`,
 * `<Brand />`…) or the renderer. In `npm run dev`, saving an article or a YAML file of content/ updates the page.
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
			const contentDir = path.join(root, 'content');
			const isData = (file: string) => file.startsWith(contentDir) && /\.ya?ml$/.test(file);
			watcher.add([articlesDir, contentDir]);
			// An editor's save can arrive as several events (the file truncated, then written): wait for
			// them to settle, and never run two syncs at once, so the last one reads the saved file.
			let timer: ReturnType<typeof setTimeout> | undefined;
			let running: Promise<void> = Promise.resolve();
			const onChange = (changed: string) => {
				if (!isData(changed) && !(changed.startsWith(articlesDir) && changed.endsWith('.mdx'))) return;
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
	const markets = loadMarkets(root);
	const files = readdirSync(path.join(root, CONTENT_PATHS.articles), { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.mdx'),
	);
	const seen = new Set<string>();
	let rendered = 0;
	// What a market's articles are rendered with: the renderer, the market's entry in markets.yaml and its support file.
	const factsOf = new Map(
		markets.map((setup) => [setup.slug, `${RENDERER_VERSION}\n${JSON.stringify(setup.market)}\n${readFileSync(path.join(root, setup.supportPath), 'utf8')}`]),
	);
	for (const file of files) {
		const filePath = `${CONTENT_PATHS.articles}${file.replace(/\\/g, '/')}`;
		const source = readFileSync(path.join(root, filePath), 'utf8');
		let fields: Record<string, unknown> | undefined;
		for (const setup of markets) {
			// One entry per market: `<locale>/<category>/<slug>`, the address of the page after the first `/`.
			const id = `${setup.slug}/${articleIdFromPath(file)}`;
			seen.add(id);
			const digest = generateDigest(`${factsOf.get(setup.slug)}\n${source}`);
			if (store.get(id)?.digest === digest) continue;
			try {
				fields ??= (parseYaml(splitFrontmatter(source).frontmatter ?? '').data ?? {}) as Record<string, unknown>;
				const data = await parseData({ id, data: fields, filePath: path.join(root, filePath) });
				const body = renderMdxBody(source, setup.support);
				store.set({ id, data, filePath, digest, rendered: { html: body.html, metadata: { headings: body.headings } } });
				rendered++;
			} catch (error) {
				const message = `${filePath}: ${(error as Error).message}`;
				// A build stops (the content guard has normally said why already); the preview keeps the last good version.
				if (!watcher) throw new Error(message, { cause: error });
				logger.error(message);
			}
		}
	}
	for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
	logger.info(`${rendered} of ${seen.size} market articles rendered in ${Math.round(performance.now() - started)} ms.`);
}
