// Site-side data access for pages and components (uses Astro and Vite; scripts use src/lib).
import { getCollection, type CollectionEntry } from 'astro:content';
import supportSource from '../content/support.yaml?raw';
import { CONTENT_PATHS, readDataFile } from './lib/content/files.ts';
import type { SupportConfig } from './schemas/support.ts';
import { toSchedule, type Schedule } from './lib/contact/schedule.ts';
import { currentInstant } from './lib/shared/dates.ts';

export type Article = CollectionEntry<'articles'>;

/**
 * `content/support.yaml`, validated by its one reader. Imported as text so that `npm run dev`
 * reloads pages when a support lead edits it; the content guard has already reported any problem.
 */
function readSupport(): SupportConfig {
	const { data, problems } = readDataFile('support', { path: CONTENT_PATHS.support, text: supportSource });
	if (!data) throw new Error(`${CONTENT_PATHS.support} has problems: ${problems.map((p) => p.message).join(' ')}`);
	return data;
}
export const support: SupportConfig = readSupport();
export const brand = support.brand;
/** The hours and routing rules, as the contact page's script receives them. */
export const schedule: Schedule = toSchedule(support);
/**
 * The moment the site is built (the project's one rule: `SOURCE_DATE_EPOCH`, or the clock), taken
 * once so that every page agrees on which notices show to visitors without JavaScript.
 */
export const buildTime: number = currentInstant({ env: process.env });

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
