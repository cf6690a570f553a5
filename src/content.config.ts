import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { createArticleSchema } from './schemas/article.ts';
import { categorySchema } from './schemas/categories.ts';
import { contentIndex } from './lib/node/content-index.ts';

// Wiring only: the schemas live in src/schemas and are shared with the Node scripts and tests.
const index = contentIndex(process.cwd());

const articles = defineCollection({
	loader: glob({
		pattern: '**/*.mdx',
		base: './content/articles',
		// The id is `<category>/<slug>`, exactly the URL path, whatever the slugger would do.
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	}),
	schema: createArticleSchema(index),
});

const categories = defineCollection({ loader: file('./content/categories.yaml'), schema: categorySchema });

export const collections = { articles, categories };
