import { articleIdFromPath, createArticleSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { categoriesFileSchema, type Category } from '../schemas/categories.ts';
import { topicsFileSchema, type Topic } from '../schemas/topics.ts';
import { supportSchema, type SupportConfig } from '../schemas/support.ts';
import { closest } from '../schemas/shared.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { issuesToProblems, type Problem } from './problems.ts';

/** A content file as read from disk: its path relative to the project root and its text. */
export interface SourceFile {
	path: string;
	text: string;
}

export interface ContentSources {
	categories?: SourceFile;
	topics?: SourceFile;
	support?: SourceFile;
	/** Every `.mdx` file under `content/articles/`, path relative to the project root. */
	articles: SourceFile[];
}

export interface CheckedArticle {
	id: string;
	file: string;
	data: ArticleFrontmatter;
	body: string;
	bodyLine: number;
}

export interface ContentCheckResult {
	problems: Problem[];
	categories: Category[];
	topics: Topic[];
	support: SupportConfig | undefined;
	/** Articles whose frontmatter passed the schema. */
	articles: CheckedArticle[];
}

export const ARTICLES_DIR = 'content/articles/';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseYamlFile<T>(
	file: SourceFile | undefined,
	expectedPath: string,
	schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: any[] } } },
	problems: Problem[],
): T | undefined {
	if (!file) {
		problems.push({
			rule: 'missing-file',
			severity: 'error',
			file: expectedPath,
			message: `The file ${expectedPath} is missing. Restore it from version control.`,
		});
		return undefined;
	}
	const parsed = parseYaml(file.text);
	for (const error of parsed.errors) {
		problems.push({
			rule: 'yaml-syntax',
			severity: 'error',
			file: file.path,
			line: error.line,
			message: `The YAML cannot be read: ${error.message}. Check the indentation and that text with a colon is in quotes.`,
		});
	}
	if (parsed.errors.length) return undefined;
	const result = schema.safeParse(parsed.data);
	if (result.success) return result.data;
	problems.push(...issuesToProblems(result.error.issues, file.path, new Map()));
	return undefined;
}

/**
 * Validates every content file and the links between them, and returns every problem at once.
 * Pure: the caller reads the files (see `src/lib/node/read-content.ts`).
 */
export function checkContent(sources: ContentSources): ContentCheckResult {
	const problems: Problem[] = [];
	const categories = parseYamlFile(sources.categories, 'content/categories.yaml', categoriesFileSchema, problems) ?? [];
	const topics = parseYamlFile(sources.topics, 'content/topics.yaml', topicsFileSchema, problems) ?? [];
	const support = parseYamlFile(sources.support, 'content/support.yaml', supportSchema, problems);

	const articleFiles = [...sources.articles].sort((a, b) => a.path.localeCompare(b.path));
	const articleIds = articleFiles.map((f) => articleIdFromPath(f.path.slice(ARTICLES_DIR.length)));
	const schema = createArticleSchema({
		topicIds: topics.length ? topics.map((t) => t.id) : undefined,
		articleIds,
	});

	const articles: CheckedArticle[] = [];
	// Topics each article claims, even when the rest of its frontmatter is broken: one typo in an
	// article must not also report its topic as unanswered.
	const claimedTopics = new Set<string>();
	articleFiles.forEach((file, index) => {
		const id = articleIds[index]!;
		const parts = id.split('/');
		if (parts.length !== 2 || !SLUG.test(parts[1]!)) {
			const suggestion = parts.at(-1)!.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
			problems.push({
				rule: 'bad-file-name',
				severity: 'error',
				file: file.path,
				message:
					parts.length !== 2
						? `Articles live directly in a category folder: move it to content/articles/<category>/${suggestion}.mdx.`
						: `The file name is the web address, so it must be lowercase words joined by hyphens: rename it to ${suggestion}.mdx.`,
			});
		}
		const split = splitFrontmatter(file.text);
		if (split.frontmatter === undefined) {
			problems.push({
				rule: 'missing-frontmatter',
				severity: 'error',
				file: file.path,
				line: 1,
				message: 'The article has no frontmatter. Start the file with a `---` line, the fields, and another `---` line.',
			});
			return;
		}
		const parsed = parseYaml(split.frontmatter, split.frontmatterLine);
		for (const error of parsed.errors) {
			problems.push({
				rule: 'yaml-syntax',
				severity: 'error',
				file: file.path,
				line: error.line,
				message: `The frontmatter cannot be read: ${error.message}. Check the indentation and put text containing a colon in quotes.`,
			});
		}
		if (parsed.errors.length) return;
		const raw = parsed.data as { topics?: unknown; draft?: unknown } | undefined;
		if (Array.isArray(raw?.topics) && raw.draft !== true) {
			for (const topic of raw.topics) if (typeof topic === 'string') claimedTopics.add(topic);
		}
		const result = schema.safeParse(parsed.data ?? {});
		if (!result.success) {
			problems.push(...issuesToProblems(result.error.issues, file.path, parsed.keyLines, split.frontmatterLine));
			return;
		}
		const folder = parts.length === 2 ? parts[0] : undefined;
		if (folder && result.data.category !== folder) {
			problems.push({
				rule: 'wrong-category-folder',
				severity: 'error',
				file: file.path,
				line: parsed.keyLines.get('category'),
				field: 'category',
				message: `The article says \`category: ${result.data.category}\` but is in the \`${folder}\` folder. Move the file to content/articles/${result.data.category}/ or change the category to \`${folder}\`.`,
			});
		}
		if (folder && !categories.some((c) => c.id === folder) && categories.length) {
			const hint = closest(folder, categories.map((c) => c.id));
			problems.push({
				rule: 'unknown-category-folder',
				severity: 'error',
				file: file.path,
				message: `The folder \`${folder}\` is not a category${hint ? ` (did you mean \`${hint}\`?)` : ''}. Move the file into one of: ${categories.map((c) => c.id).join(', ')}.`,
			});
		}
		if (result.data.related.includes(id)) {
			problems.push({
				rule: 'related-self',
				severity: 'error',
				file: file.path,
				line: parsed.keyLines.get('related'),
				field: 'related',
				message: `An article cannot list itself in \`related\`: remove \`${id}\`.`,
			});
		}
		articles.push({ id, file: file.path, data: result.data, body: split.body, bodyLine: split.bodyLine });
	});

	// Topics that no published article answers.
	if (articleFiles.length) {
		for (const topic of topics) {
			if (!claimedTopics.has(topic.id)) {
				problems.push({
					rule: 'unanswered-topic',
					severity: 'error',
					file: sources.topics?.path ?? 'content/topics.yaml',
					field: topic.id,
					message: `No published article lists the topic \`${topic.id}\` in its \`topics\`. Write an article for it (npm run new:article -- ${topic.category} "<Title>" --topic ${topic.id}) or add it to an existing article's topics.`,
				});
			}
		}
	}
	return { problems, categories, topics, support, articles };
}
