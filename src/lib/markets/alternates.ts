// The `hreflang` alternates of a page: its version in each market that has it, plus `x-default`.
// One rule for the pages' `<link rel="alternate">` and the sitemap, so they always agree. Pure.
import { CHOOSER_URL, HOME_URL, inMarket } from '../shared/urls.ts';

export interface AlternateLink {
	/** A market's locale (`en-GB`) or `x-default`. */
	hreflang: string;
	/** The page's path (`/en-gb/payments/`). */
	href: string;
}

/**
 * The alternates of the page at `within` (a path within a market), given the markets in order
 * (`slug` and `locale`) and which of them have the page. Every version lists the same set, so the
 * links are reciprocal. `x-default` is the market chooser for the home pages (the chooser lists the
 * same set), and the first market's version for every other page. Empty when no market has it.
 */
export function alternateLinks(
	within: string,
	markets: readonly { slug: string; locale: string }[],
	has: (slug: string) => boolean,
): AlternateLink[] {
	const versions = markets.filter((m) => has(m.slug)).map((m) => ({ hreflang: m.locale, href: inMarket(m.slug, within) }));
	if (!versions.length) return [];
	return [...versions, { hreflang: 'x-default', href: within === HOME_URL ? CHOOSER_URL : versions[0]!.href }];
}
