import GithubSlugger from 'github-slugger';

/**
 * The file name (and web address) for an article title: lowercase ASCII words joined by hyphens.
 * `Pay with a gift card` → `pay-with-a-gift-card`; `Café & crème` → `cafe-creme`.
 */
export function slugifyTitle(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * The typographic replacements the site's Markdown renderer applies before it computes heading
 * ids (`--` becomes an en dash, `...` an ellipsis), so the ids computed here match the built HTML.
 */
function smarten(text: string): string {
	return text
		.replace(/---/g, '\u2014')
		.replace(/--/g, '\u2013')
		.replace(/\.\.\./g, '\u2026');
}

/**
 * Heading ids exactly as Astro's Markdown renderer assigns them (github-slugger over the heading's
 * text; repeated headings get `-1`, `-2`…). Create one per article, in heading order.
 */
export function createHeadingIds(): (text: string) => string {
	const slugger = new GithubSlugger();
	return (text) => slugger.slug(smarten(text));
}
