// `npm run new:article -- <category> "<Title>" [--topic <id>] [--section <id>] [--market <id>] [--dry-run]`: writes a new draft
// article with its frontmatter filled in, never overwriting anything.
import { existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TOPIC_PLACEHOLDER } from '../src/schemas/article.ts';
import { listOr } from '../src/schemas/shared.ts';
import { scaffoldArticle } from '../src/lib/content/scaffold.ts';
import { loadDataFile } from '../src/lib/node/content-files.ts';
import { today as todayRule } from '../src/lib/shared/dates.ts';
import type { MarketSetup } from '../src/lib/markets/markets.ts';
import { loadMarkets } from '../src/lib/node/markets.ts';
import { offeredChannels } from '../src/schemas/channels.ts';

const USAGE = `Usage: npm run new:article -- <category> "<Title>" [--topic <id>] [--section <id>] [--market <id>] [--dry-run]

Creates content/articles/<category>/<file name>.mdx as a draft, with the frontmatter filled in:
an article every market shares. With --market, the article is that market's own.

  <category>      one of the folders in content/articles/, for example payments
  "<Title>"       the task or question, in the customer's words (in quotes)
  --topic <id>    the need it answers, from content/topics.yaml
  --section <id>  where it is listed on the category page: a section of the
                  category in content/categories.yaml (the first one if not given)
  --market <id>   only for this market (content/markets.yaml), for example gb: the
                  article goes in content/markets/<id>/<category>/. With the file name
                  of a shared article, it replaces that article in the market
  --dry-run       show the file instead of writing it

Example: npm run new:article -- payments "Pay with a gift card" --topic discount-codes`;

function stop(message: string, code = 1): never {
	process.stderr.write(`${message}\n`);
	process.exit(code);
}

let parsed;
try {
	parsed = parseArgs({
		options: {
			topic: { type: 'string' },
			section: { type: 'string' },
			market: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			today: { type: 'string' },
			help: { type: 'boolean', default: false },
		},
		allowPositionals: true,
	});
} catch (error) {
	stop(`${(error as Error).message}\n\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(0);
}
if (positionals.length !== 2) {
	stop(
		positionals.length > 2
			? `Expected a category and one title, but got ${positionals.length} words. Put the title in quotes: "Pay with a gift card".\n\n${USAGE}`
			: `Give a category and a title.\n\n${USAGE}`,
		2,
	);
}
const [category, title] = positionals as [string, string];

const root = process.cwd();
const categories = loadDataFile(root, 'categories').data;
if (!categories?.length)
	stop('content/categories.yaml has problems (npm run check lists them), so the category cannot be checked. Nothing was written.');
const topics = loadDataFile(root, 'topics').data;
if (!topics) process.stderr.write('Note: content/topics.yaml has problems (npm run check lists them), so the topic is not checked.\n');

let markets: MarketSetup[];
try {
	markets = loadMarkets(root);
} catch {
	stop(
		'content/markets.yaml or a support file has problems (npm run check lists them), so the market cannot be checked. Nothing was written.',
	);
}

const today = values.today ?? todayRule({ env: process.env });
const result = scaffoldArticle({
	category,
	title,
	topic: values.topic,
	section: values.section,
	today,
	categories: categories.map((c) => c.id),
	sections: Object.fromEntries(categories.map((c) => [c.id, c.sections.map((s) => s.id)])),
	topics: topics ?? [],
	markets: markets.map((m) => ({ id: m.market.id, slug: m.slug, channels: offeredChannels(m.support.channels) })),
	market: values.market,
});
if (!result.ok) stop(`${result.message} Nothing was written.`);

const target = path.join(root, result.path);
if (existsSync(target)) {
	stop(`${result.path} already exists. Nothing was written. Edit that article, or choose a different title.`);
}
// The same file name in another category would give two addresses that differ only by folder. A
// market's own article may have a shared article's name in the same category: it replaces it there.
const articlesDir = path.join(root, 'content/articles');
const shared = `${category}/${result.slug}.mdx`;
const replaces = values.market !== undefined && existsSync(path.join(articlesDir, shared));
const twin = existsSync(articlesDir)
	? readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
			.map((file) => file.split(path.sep).join('/'))
			.find(
				(file) =>
					!(replaces && file === shared) &&
					file
						.replace(/\.(mdx?|markdown)$/i, '')
						.split('/')
						.pop() === result.slug,
			)
	: undefined;
if (twin) {
	stop(
		`content/articles/${twin} already has the file name ${result.slug}. Nothing was written. Choose a title that says what is different about the new article.`,
	);
}

const next = [
	`Open ${result.path} and replace every TODO line with your text.`,
	...(values.topic
		? []
		: [
				`Replace \`${TOPIC_PLACEHOLDER}\` in \`topics:\` with the need it answers${topics ? ` (topics in ${category}: ${listOr(topics.filter((t) => t.category === category).map((t) => t.id)).replace(/`/g, '')})` : ''}.`,
			]),
	`Preview it as you write: npm run dev, then open http://localhost:4321${result.url}`,
	'Run npm run check: it lists anything left to fix, with the line.',
	'When it is ready, change `draft: true` to `draft: false` so it is published with the next build.',
];
const steps = `Next steps:\n${next.map((step, i) => `  ${i + 1}. ${step}`).join('\n')}\n`;
const notes = [
	...result.notes,
	...(replaces
		? [
				`In the market ${values.market}, it replaces content/articles/${shared}, at the same address. Keep its category, topics and related articles unless the market needs others.`,
			]
		: []),
]
	.map((note) => `Note: ${note}\n`)
	.join('');

if (values['dry-run']) {
	process.stdout.write(`Dry run: nothing was written. This is what ${result.path} would contain:\n\n${result.text}\n${notes}${steps}`);
} else {
	mkdirSync(path.dirname(target), { recursive: true });
	// `wx` refuses to overwrite, even if the file appeared since the check above.
	writeFileSync(target, result.text, { flag: 'wx' });
	process.stdout.write(`Created ${result.path} (a draft: it shows in npm run dev, not on the published site).\n\n${notes}${steps}`);
}
