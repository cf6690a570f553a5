// Which articles each market publishes, and from which file: the shared articles of its language
// (minus those whose `markets:` leaves it out), each replaced by the market's own version where it
// has one at the same `<category>/<slug>`, plus the articles only that market has. The check and
// the articles loader both ask here, so a page exists exactly where the check looked at it.
import { CONTENT_PATHS } from '../content/files.ts';
import { SOURCE_LANGUAGE } from '../i18n/messages.ts';
import { languageOf, type MarketSetup } from './markets.ts';

/** A shared article (`content/articles/<category>/<slug>.mdx`). */
export interface SharedArticleInput {
	/** `<category>/<slug>`. */
	id: string;
	/** Project-relative path of its file. */
	file: string;
	/** The market ids of its frontmatter `markets:`; undefined (or empty) means every market of its language. */
	markets?: readonly string[] | undefined;
	/** The language it is written in (`en`); undefined means every market, whatever its language. */
	language?: string | undefined;
}

/** A market's own article (`content/markets/<market>/<category>/<slug>.mdx`). */
export interface OwnArticleInput {
	/** The market id: the folder under content/markets/. */
	market: string;
	/** `<category>/<slug>`, the same address a shared article of that name has. */
	id: string;
	file: string;
}

/** One article a market publishes. */
export interface PublishedArticle {
	/** `<category>/<slug>`: its address within the market is `/<locale>/<category>/<slug>/`. */
	id: string;
	/** The file its text comes from. */
	file: string;
	/** `shared`: the article every market of its language has; `own`: the market's replacement or its own article. */
	source: 'shared' | 'own';
}

/**
 * The articles of each market, by market id in the order of `setups`, each list sorted by id.
 * Own articles of a market that is not in `setups` are ignored (the check reports their folder).
 */
export function marketArticles(
	setups: readonly Pick<MarketSetup, 'market' | 'locale'>[],
	shared: readonly SharedArticleInput[],
	own: readonly OwnArticleInput[],
): Map<string, PublishedArticle[]> {
	const result = new Map<string, PublishedArticle[]>();
	for (const { market, locale } of setups) {
		const articles = new Map<string, PublishedArticle>();
		for (const article of shared) {
			if (article.markets?.length && !article.markets.includes(market.id)) continue;
			if (article.language && article.language !== languageOf(locale)) continue;
			articles.set(article.id, { id: article.id, file: article.file, source: 'shared' });
		}
		for (const article of own) {
			if (article.market === market.id) articles.set(article.id, { id: article.id, file: article.file, source: 'own' });
		}
		result.set(
			market.id,
			[...articles.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
		);
	}
	return result;
}

/**
 * Where a market's own article belongs, from its project-relative path:
 * `content/markets/gb/accounts/make-a-complaint.mdx` → `{ market: 'gb', id: 'accounts/make-a-complaint' }`.
 * Undefined for a path outside content/markets/ or not at `<market>/<category>/<slug>.mdx`
 * (the check reports such files).
 */
export function ownArticleLocation(path: string): { market: string; id: string } | undefined {
	if (!path.startsWith(CONTENT_PATHS.marketArticles)) return undefined;
	const match = /^([^/]+)\/([^/]+\/[^/]+)\.mdx$/.exec(path.slice(CONTENT_PATHS.marketArticles.length));
	return match ? { market: match[1]!, id: match[2]! } : undefined;
}

/**
 * The locale an article's text is in on a market's pages. A market's own article is in the market's
 * locale, and so is a shared one where the market speaks the shared articles' language. Elsewhere a
 * shared article is one not yet translated: its words stay English, written for the market's region
 * (`en-DE` in Germany: English words, euros), and its page says so and marks its text `lang="en"`.
 */
export function articleLocale(locale: string, source: PublishedArticle['source']): string {
	if (source === 'own' || languageOf(locale) === SOURCE_LANGUAGE) return locale;
	return `${SOURCE_LANGUAGE}-${new Intl.Locale(locale).region}`;
}
