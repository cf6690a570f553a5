// A scratch copy of this project whose content/articles is a generated benchmark corpus. The copy
// is adapted to our content schema, never the schema to the corpus; every change is counted so the
// benchmark report can say what it did.

import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { LIMITS } from '../../src/schemas/article.ts';

export interface Adaptation {
	articles: number;
	/** Titles longer than our limit, shortened at a word boundary. */
	titlesShortened: number;
	/** `questions` entries shorter than our minimum, removed. */
	questionsDropped: number;
	/** Topics of our topics.yaml that no corpus article answers, removed from the copy's topics.yaml. */
	topicsRemoved: string[];
	/** Demo articles kept beside the corpus: the site's own pages link to some of them. */
	demoArticlesKept: number;
	/** Corpus articles whose address a demo article or a section page already has, written as `<slug>-corpus`. */
	renamed: number;
	/** Corpus articles given a section (the corpus has none): one of the copy's sections of their category. */
	sectionsAssigned: number;
}

const PROJECT_ENTRIES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

/** Shortens a title at a word boundary, keeping a trailing "(part N)" so titles stay distinct. */
function shortenTitle(title: string, extra = ''): string {
	if (title.length + extra.length <= LIMITS.title.max) return title + extra;
	const suffix = (/ \(part \d+\)$/.exec(title)?.[0] ?? '') + extra;
	const cut = title.slice(0, LIMITS.title.max - suffix.length + 1);
	return cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:(–-]+$/, '') + suffix;
}

/** A stable number for a slug (FNV-1a), so an article lands in the same section on every run. */
function slugHash(slug: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

/**
 * Creates `site` as a copy of the project at `root` (node_modules linked, not copied), with the
 * articles of `corpus/articles` added to the demo articles.
 */
export async function makeScratchSite(root: string, corpus: string, site: string): Promise<Adaptation> {
	await rm(site, { recursive: true, force: true });
	await mkdir(site, { recursive: true });
	for (const entry of PROJECT_ENTRIES) await cp(path.join(root, entry), path.join(site, entry), { recursive: true });
	// node_modules is a folder of links to the project's packages, not one link to the project's
	// node_modules: Astro's data-store cache (`node_modules/.astro`) and Vite's then belong to the
	// copy, so a cold build can delete them without touching the project's.
	await mkdir(path.join(site, 'node_modules'));
	for (const entry of await readdir(path.join(root, 'node_modules'))) {
		if (entry === '.astro' || entry === '.vite') continue;
		await symlink(path.join(root, 'node_modules', entry), path.join(site, 'node_modules', entry));
	}
	const articlesDir = path.join(site, 'content/articles');
	const adaptation: Adaptation = {
		articles: 0,
		titlesShortened: 0,
		questionsDropped: 0,
		topicsRemoved: [],
		demoArticlesKept: 0,
		renamed: 0,
		sectionsAssigned: 0,
	};
	// The corpus has no sections: its articles are spread over the sections the copy's categories
	// already declare (the demo's), by a hash of the file name, so every section gets a share.
	const categories = parse(await readFile(path.join(site, 'content/categories.yaml'), 'utf8')) as Array<{
		id: string;
		sections: Array<{ id: string }>;
	}>;
	const sectionIds = new Map(categories.map((c) => [c.id, c.sections.map((x) => x.id)]));
	const usedTopics = new Set<string>();

	// The demo articles stay: the site's own pages link to some of them (the contact page does),
	// and they link to each other. Corpus articles are added beside them.
	const usedTitles = new Set<string>();
	for (const entry of await readdir(articlesDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
		const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
		const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as { title: string; topics: string[] };
		for (const t of data.topics) usedTopics.add(t);
		usedTitles.add(data.title);
		adaptation.demoArticlesKept++;
	}
	const source = path.join(corpus, 'articles');
	for (const entry of await readdir(source, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
		const from = path.join(entry.parentPath, entry.name);
		let to = path.join(articlesDir, path.relative(source, from));
		const slug = path.basename(to, '.mdx');
		if (existsSync(to) || sectionIds.get(path.basename(path.dirname(to)))?.includes(slug)) {
			// Same address as a demo article or a section page: give the corpus one another address.
			to = to.replace(/\.mdx$/, '-corpus.mdx');
			adaptation.renamed++;
		}
		const text = await readFile(from, 'utf8');
		const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
		if (!match) throw new Error(`${from}: no frontmatter`);
		const data = parse(match[1]!) as { title: string; category: string; questions?: string[]; topics: string[] };
		// Shortened titles can collide where the words that told them apart were cut: number them.
		let title = shortenTitle(data.title);
		for (let n = 2; usedTitles.has(title); n++) title = shortenTitle(data.title, ` (${n})`);
		usedTitles.add(title);
		if (title !== data.title) adaptation.titlesShortened++;
		const questions = (data.questions ?? []).filter((q) => q.trim().length >= LIMITS.questions.minLength);
		adaptation.questionsDropped += (data.questions?.length ?? 0) - questions.length;
		for (const t of data.topics) usedTopics.add(t);
		const sections = sectionIds.get(data.category);
		if (!sections?.length) throw new Error(`${from}: the category \`${data.category}\` has no sections in content/categories.yaml`);
		const section = sections[slugHash(slug) % sections.length]!;
		adaptation.sectionsAssigned++;
		const frontmatter = stringify({ ...data, title, questions, section }, { lineWidth: 0 });
		await mkdir(path.dirname(to), { recursive: true });
		await writeFile(to, `---\n${frontmatter}---\n${text.slice(match[0].length)}`);
		adaptation.articles++;
	}

	// Our topics.yaml has more customer needs than the corpus answers; keep those it does.
	const topicsFile = path.join(site, 'content/topics.yaml');
	const topics = parse(await readFile(topicsFile, 'utf8')) as Array<{ id: string }>;
	const missing = [...usedTopics].filter((t) => !topics.some((x) => x.id === t));
	if (missing.length) throw new Error(`The corpus uses topics that content/topics.yaml lacks: ${missing.join(', ')}`);
	adaptation.topicsRemoved = topics.filter((t) => !usedTopics.has(t.id)).map((t) => t.id);
	await writeFile(topicsFile, stringify(topics.filter((t) => usedTopics.has(t.id))));
	return adaptation;
}
