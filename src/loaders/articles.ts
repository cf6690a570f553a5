import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { articleIdFromPath } from '../schemas/article.ts';
import { CONTENT_PATHS } from '../lib/content/files.ts';
import { parseYaml, splitFrontmatter } from '../lib/content/frontmatter.ts';
import { renderMdxBody } from '../lib/content/mdx-render.ts';
import { takeContentSnapshot } from '../lib/node/content-snapshot.ts';
import { builtMarkets, loadMarkets } from '../lib/node/markets.ts';
import { loadCatalogues } from '../lib/node/messages.ts';
import { createTranslator, type Translator } from '../lib/i18n/messages.ts';
import { articleLocale, marketArticles, ownArticleLocation } from '../lib/markets/publication.ts';

/**
 * Part of every article's digest: bump it when the renderer or a component's HTML changes, so that
 * the data store (kept between builds in node_modules/.astro) renders every article again.
 */
const RENDERER_VERSION = '4';

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
			const contentDir = path.join(root, 'content');
			// Articles (shared and the markets' own), markets.yaml and the support files.
			const isContent = (file: string) => file.startsWith(contentDir) && /\.(ya?ml|mdx)$/.test(file);
			watcher.add(contentDir);
			// An editor's save can arrive as several events (the file truncated, then written): wait for
			// them to settle, and never run two syncs at once, so the last one reads the saved file.
			let timer: ReturnType<typeof setTimeout> | undefined;
			let running: Promise<void> = Promise.resolve();
			const onChange = (changed: string) => {
				if (!isContent(changed)) return;
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
	const built = new Set(builtMarkets(root).map((setup) => setup.market.id));
	// A market's own language, and English with its region for the articles not yet translated (en-DE).
	const catalogues = loadCatalogues(
		root,
		markets.flatMap((setup) => [setup.locale, articleLocale(setup.locale, 'shared')]),
	);
	// Under `astro build`, the files as the content guard read them moments ago, frontmatter parsed.
	const snapshot = takeContentSnapshot(root);
	const sources = new Map<string, { text: string; fields: Record<string, unknown> | undefined }>(
		[...(snapshot ?? [])].map(([file, article]) => [file, { text: article.text, fields: article.frontmatter }]),
	);
	const read = (file: string) => {
		let source = sources.get(file);
		if (!source) {
			source = { text: readFileSync(path.join(root, file), 'utf8'), fields: undefined };
			sources.set(file, source);
		}
		return source;
	};
	const frontmatter = (file: string) => {
		const source = read(file);
		source.fields ??= (parseYaml(splitFrontmatter(source.text).frontmatter ?? '').data ?? {}) as Record<string, unknown>;
		return source.fields;
	};
	// Which articles each market publishes, and from which file (src/lib/markets/publication.ts).
	const shared = listMdx(root, CONTENT_PATHS.articles).map((file) => {
		const markets = frontmatter(file).markets;
		return {
			id: articleIdFromPath(file.slice(CONTENT_PATHS.articles.length)),
			file,
			markets: Array.isArray(markets) ? markets.map(String) : undefined,
		};
	});
	const own = listMdx(root, CONTENT_PATHS.marketArticles).flatMap((file) => {
		const location = ownArticleLocation(file);
		return location ? [{ ...location, file }] : [];
	});
	const published = marketArticles(markets, shared, own);

	const seen = new Set<string>();
	let rendered = 0;
	for (const setup of markets) {
		// What a market's articles are rendered with: the renderer, the market's entry in markets.yaml
		// and its support file. A market this build does not publish (`npm run build -- --market …`)
		// keeps its entries, for the other markets' alternates, but is not rendered.
		const render = built.has(setup.market.id);
		// The words components add (a callout's title, the hours in words) are the article's language's:
		// the market's, or English in an article not yet translated.
		// Each locale's translator and its catalogue as digest text, made once per market.
		const translators = new Map<string, { t: Translator; digest: string }>();
		const translator = (locale: string) => {
			let found = translators.get(locale);
			if (!found) {
				const catalogue = catalogues.get(locale)!;
				found = { t: createTranslator(catalogue, locale), digest: JSON.stringify(catalogue) };
				translators.set(locale, found);
			}
			return found;
		};
		const facts = render
			? `${RENDERER_VERSION}\n${JSON.stringify(setup.market)}\n${readFileSync(path.join(root, setup.supportPath), 'utf8')}`
			: 'not rendered';
		for (const article of published.get(setup.market.id) ?? []) {
			// One entry per market: `<locale>/<category>/<slug>`, the address of the page after the first `/`.
			const id = `${setup.slug}/${article.id}`;
			seen.add(id);
			const source = read(article.file);
			const { t, digest: words } = translator(articleLocale(setup.locale, article.source));
			const digest = generateDigest(`${facts}\n${words}\n${source.text}`);
			if (store.get(id)?.digest === digest) continue;
			try {
				const data = await parseData({ id, data: frontmatter(article.file), filePath: path.join(root, article.file) });
				if (!render) {
					store.set({ id, data, filePath: article.file, digest });
					continue;
				}
				const body = renderMdxBody(source.text, setup, t);
				store.set({ id, data, filePath: article.file, digest, rendered: { html: body.html, metadata: { headings: body.headings } } });
				rendered++;
			} catch (error) {
				const message = `${article.file}: ${(error as Error).message}`;
				// A build stops (the content guard has normally said why already); the preview keeps the last good version.
				if (!watcher) throw new Error(message, { cause: error });
				logger.error(message);
			}
		}
	}
	for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
	logger.info(
		`${rendered} of ${seen.size} articles of ${markets.length} markets rendered in ${Math.round(performance.now() - started)} ms.`,
	);
}

/** The `.mdx` files under `dir` (project-relative, forward slashes), or none when it does not exist. */
function listMdx(root: string, dir: string): string[] {
	if (!existsSync(path.join(root, dir))) return [];
	return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => `${dir}${file.split(path.sep).join('/')}`)
		.sort();
}
