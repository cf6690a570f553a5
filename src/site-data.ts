// Site-side data access for pages and components (uses Astro and Vite; scripts use src/lib).
import { getCollection, type CollectionEntry } from 'astro:content';
import { toSchedule, type Schedule } from './lib/contact/schedule.ts';
import { languageOf, type MarketSetup } from './lib/markets/markets.ts';
import { articleLocale, ownArticleLocation } from './lib/markets/publication.ts';
import { ADDRESSES_BEFORE_MARKETS } from './lib/markets/legacy.ts';
import { createTranslator, translateCategories, type Catalogue, type Translator } from './lib/i18n/messages.ts';
import { loadCatalogues } from './lib/node/messages.ts';
import { alternateLinks, type AlternateLink } from './lib/markets/alternates.ts';
import { builtMarkets, loadMarkets } from './lib/node/markets.ts';
import { currentInstant } from './lib/shared/dates.ts';
import { articleUrl, categoryUrl, CONTACT_URL, COVERAGE_URL, inMarket, SEARCH_URL, sectionUrl } from './lib/shared/urls.ts';

export type Article = CollectionEntry<'articles'>;

// Every content YAML file, as text: a dependency Vite watches, so that `npm run dev` reloads the
// pages when a support lead saves content/markets.yaml or a support file. The files are read and
// validated by their one reader below; the content guard has already reported any problem.
import.meta.glob('../content/**/*.yaml', { query: '?raw', eager: true });

/** The markets, in the order of content/markets.yaml, each with its validated support file. */
export const markets: readonly MarketSetup[] = loadMarkets(process.cwd());
/**
 * The markets whose pages this build writes: all, or those `npm run build -- --market <id>` names.
 * The pages outside the markets (the chooser, the old addresses) are written by every build, the
 * same each time, so that separate builds merge into the whole site.
 */
export const publishedMarkets: readonly MarketSetup[] = builtMarkets(process.cwd());

/** The interface strings of each market's locale (content/messages/<language>.yaml, and the region's differences). */
const catalogues = loadCatalogues(
	process.cwd(),
	markets.map((setup) => setup.locale),
);

/** What a page of one market needs: its setup, its hours as the contact script reads them, its addresses and its words. */
export interface PageMarket extends MarketSetup {
	/** The interface strings of the market's language, formatted for its locale: `t('home.heading')`. */
	t: Translator;
	/** The whole catalogue of the market's language, from which a page gives its script the few messages it needs (`pickMessages`). */
	catalogue: Catalogue;
	/** The hours and routing rules, as the contact page's script receives them. */
	schedule: Schedule;
	/** A path within the market (`/payments/`) as the address of this market's page (`/en-gb/payments/`). */
	url(path: string): string;
}

const pageMarkets = new Map(
	markets.map((setup) => [
		setup.slug,
		{
			...setup,
			schedule: toSchedule(setup.support),
			url: (path: string) => inMarket(setup.slug, path),
			t: createTranslator(catalogues.get(setup.locale)!, setup.locale),
			catalogue: catalogues.get(setup.locale)!,
		} satisfies PageMarket,
	]),
);

/** The market of the page being rendered, from its `[locale]` parameter; pages outside a market get the first. */
export function pageMarket(params: Record<string, string | undefined>): PageMarket {
	const slug = params.locale ?? markets[0]!.slug;
	const found = pageMarkets.get(slug);
	if (!found) throw new Error(`No market has the address /${slug}/.`);
	return found;
}

/** The first market: the one old addresses and pages outside any market (404) belong to. */
export const defaultMarket: PageMarket = pageMarket({});

/** `getStaticPaths` for a page every market has: one per market this build publishes. */
export function marketPaths() {
	return publishedMarkets.map((setup) => ({ params: { locale: setup.slug } }));
}

/**
 * The moment the site is built (the project's one rule: `SOURCE_DATE_EPOCH`, or the clock), taken
 * once so that every page agrees on which notices show to visitors without JavaScript.
 */
export const buildTime: number = currentInstant({ env: process.env });

/** An article's address within its market: `<category>/<slug>` (its entry id starts with the market's locale). */
export function articlePath(article: Article): string {
	return article.id.slice(article.id.indexOf('/') + 1);
}

/**
 * The language of an article's text where it is not its page's: `en` for a shared article a market
 * of another language has not translated yet (its page says so, and marks the text `lang="en"`).
 */
export function untranslatedLanguage(article: Article, market: Pick<MarketSetup, 'locale'>): string | undefined {
	const locale = articleLocale(market.locale, article.filePath && ownArticleLocation(article.filePath) ? 'own' : 'shared');
	return locale === market.locale ? undefined : languageOf(locale);
}

/**
 * The published articles of one market; drafts too while previewing with `npm run dev`. Not
 * `import.meta.env.DEV`: that follows NODE_ENV, so a build run with NODE_ENV=development (or test)
 * would publish drafts.
 */
export async function getArticles(market: MarketSetup): Promise<Article[]> {
	const prefix = `${market.slug}/`;
	const all = await getCollection(
		'articles',
		({ id, data }) => id.startsWith(prefix) && (import.meta.env.SHOW_DRAFTS === true || !data.draft),
	);
	return all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/**
 * The categories, in the order of the home page: in the language of `market` (its catalogue's
 * `categories.<id>…`, content/categories.yaml's own words in English), or as content/categories.yaml
 * writes them when only the ids matter.
 */
export async function getCategories(market?: PageMarket) {
	const categories = (await getCollection('categories')).map((c) => c.data).sort((a, b) => a.order - b.order);
	return market ? translateCategories(categories, market.t) : categories;
}

/** The same page in one market: its address there, or that market's home page where the page does not exist. */
export interface MarketAlternate {
	setup: MarketSetup;
	href: string;
	/** False when the market has no such page and `href` is its home page. */
	exists: boolean;
}

let articlePathsByMarket: Promise<Map<string, Set<string>>> | undefined;

/** The addresses within each market of the articles it publishes (`payments/late-payments`), by market slug. */
function publishedArticlePaths(): Promise<Map<string, Set<string>>> {
	articlePathsByMarket ??= Promise.all(
		markets.map(async (setup) => [setup.slug, new Set((await getArticles(setup)).map(articlePath))] as const),
	).then((entries) => new Map(entries));
	return articlePathsByMarket;
}

/**
 * Which markets have the page at `within` (a path within a market): an article, the markets that
 * publish it; every other page of a market, every market.
 */
async function marketsWithPage(within: string, isArticle: boolean): Promise<(slug: string) => boolean> {
	const byMarket = await publishedArticlePaths();
	const id = within.split('/').filter(Boolean).join('/');
	return (slug) => !isArticle || byMarket.get(slug)!.has(id);
}

/** The `hreflang` alternates of the page at `within` (a path within a market). */
export async function hreflangOf(within: string, isArticle: boolean): Promise<AlternateLink[]> {
	return alternateLinks(within, markets, await marketsWithPage(within, isArticle));
}

/**
 * The page at `pathname` in every market, in the order of content/markets.yaml. Category,
 * section, contact and search pages exist in every market; an article only in the markets that
 * publish it.
 */
export async function marketAlternates(pathname: string): Promise<MarketAlternate[]> {
	const slug = pathname.split('/')[1] ?? '';
	const current = pageMarkets.get(slug);
	// A path within the market: `/payments/late-payments/`.
	const within = current ? pathname.slice(slug.length + 1) : '/';
	// Two segments that are one of this market's articles (a section page has two segments too).
	const isArticle = current !== undefined && within.split('/').filter(Boolean).length === 2 && (await marketsWithPage(within, true))(slug);
	const has = await marketsWithPage(within, isArticle);
	return markets.map((setup) => {
		const exists = current !== undefined && has(setup.slug);
		return { setup, href: inMarket(setup.slug, exists ? within : '/'), exists };
	});
}

/**
 * The addresses the site had before it had markets (`/payments/late-payments/`, `/contact/`…) that
 * it still has: each leads to the same page of the first market, which was the whole site then.
 */
export async function legacyPaths(): Promise<string[]> {
	const [articles, categories] = await Promise.all([getArticles(defaultMarket), getCategories()]);
	const current = new Set([
		CONTACT_URL,
		SEARCH_URL,
		COVERAGE_URL,
		...categories.flatMap((c) => [categoryUrl(c.id), ...c.sections.map((s) => sectionUrl(c.id, s.id))]),
		...articles.map((a) => articleUrl(articlePath(a))),
	]);
	return ADDRESSES_BEFORE_MARKETS.filter((address) => current.has(address));
}
