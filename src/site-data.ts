// Site-side data access for pages and components (uses Astro and Vite; scripts use src/lib).
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse } from 'yaml';
import supportSource from '../content/support.yaml?raw';
import { supportSchema, type SupportConfig } from './schemas/support.ts';
import { toSchedule, type Schedule } from './lib/contact/schedule.ts';

export type Article = CollectionEntry<'articles'>;

/** `content/support.yaml`, validated. The content guard has already reported any problem in it. */
export const support: SupportConfig = supportSchema.parse(parse(supportSource));
export const brand = support.brand;
/** The hours and routing rules, as the contact page's script receives them. */
export const schedule: Schedule = toSchedule(support);

/**
 * Published articles; drafts too while previewing with `npm run dev`. Not `import.meta.env.DEV`:
 * that follows NODE_ENV, so a build run with NODE_ENV=development (or test) would publish drafts.
 */
export async function getArticles(): Promise<Article[]> {
	const all = await getCollection('articles', ({ data }) => import.meta.env.SHOW_DRAFTS === true || !data.draft);
	return all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

export async function getCategories() {
	return (await getCollection('categories')).map((c) => c.data).sort((a, b) => a.order - b.order);
}
