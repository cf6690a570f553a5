// The markets of the help center: which locale a market's pages speak, where they live, and the
// context an article of that market is rendered in. Pure; the files are read in src/lib/node.
import type { Market } from '../../schemas/markets.ts';
import type { SupportConfig } from '../../schemas/support.ts';

/** A market with what its pages need: its locale and its support file, validated. */
export interface MarketSetup {
	market: Market;
	/** The market's locale (`en-GB`): the pages' `lang`. */
	locale: string;
	/** The address segment of the market's pages: the locale in lowercase (`en-gb`). */
	slug: string;
	support: SupportConfig;
	/** The support file's project-relative path, for messages. */
	supportPath: string;
}

/** `en-GB` → `en-gb`, the first segment of every address of that market. */
export function localeSlug(locale: string): string {
	return locale.toLowerCase();
}

/** The language of a locale: `en-GB` → `en`. */
export function languageOf(locale: string): string {
	return locale.split('-')[0]!.toLowerCase();
}

/** The market setup whose address segment is `slug`; throws when there is none. */
export function marketBySlug(markets: readonly MarketSetup[], slug: string): MarketSetup {
	const found = markets.find((m) => m.slug === slug);
	if (!found) throw new Error(`No market has the address /${slug}/. Markets: ${markets.map((m) => `/${m.slug}/`).join(', ')}.`);
	return found;
}
