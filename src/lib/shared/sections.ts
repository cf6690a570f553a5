// How a category page groups its articles: under each section, in the order of
// `content/categories.yaml`, only the first few, so that a category of hundreds stays browsable.

/** Articles a section shows on its category page; the rest are on the section's own page. */
export const SECTION_PREVIEW = 6;

export interface SectionGroup<Section, Item> {
	section: Section;
	/** The first articles of the section, at most `SECTION_PREVIEW`, in the order given. */
	shown: Item[];
	/** How many articles the section has in all. */
	total: number;
}

/**
 * The sections of a category with their articles, in the sections' order; the articles keep the
 * order they are given in (the site's: `order`, then title). Sections without articles are left out.
 */
export function groupBySection<Section extends { id: string }, Item extends { data: { section?: string | undefined } }>(
	sections: readonly Section[],
	articles: readonly Item[],
): SectionGroup<Section, Item>[] {
	return sections.flatMap((section) => {
		const own = articles.filter((article) => article.data.section === section.id);
		return own.length ? [{ section, shown: own.slice(0, SECTION_PREVIEW), total: own.length }] : [];
	});
}
