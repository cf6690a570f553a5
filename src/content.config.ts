import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { createArticleSchema } from './schemas/article.ts';
import { categorySchema } from './schemas/categories.ts';
import { contentIndex } from './lib/node/content-index.ts';
import { articlesLoader } from './loaders/articles.ts';

// Wiring only: the schemas live in src/schemas and are shared with the Node scripts and tests.
const index = contentIndex(process.cwd());

const articles = defineCollection({
	// Rendered at content sync, one HTML string per article; the id is `<category>/<slug>`, the URL path.
	loader: articlesLoader(),
	schema: createArticleSchema(index),
});

const categories = defineCollection({ loader: file('./content/categories.yaml'), schema: categorySchema });

export const collections = { articles, categories };
