// npm run search -- "where is my refund" [--market gb] [--category refunds] [--limit 5] [--explain] [--json] [--dist dist]
// Prints the top results of the real built index, through the same pipeline as the browser.
// --explain says why each result ranks where it does: the words it matched and the need it answers.
import path from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { openSearch } from '../src/lib/node/search-node.ts';
import { marketDir, selectMarket } from '../src/lib/node/markets.ts';
import { excerptParts } from '../src/lib/search/excerpt.ts';
import { NEED_WEIGHT } from '../src/lib/search/engine.ts';
import { projectOfDist, ROOT } from './lib/project.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		category: { type: 'string' },
		limit: { type: 'string', default: '5' },
		explain: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
		dist: { type: 'string', default: path.join(ROOT, 'dist') },
		market: { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});

const query = positionals.join(' ').trim();
if (values.help || !query) {
	console.info('Usage: npm run search -- "<question>" [--market <id>] [--category <id>] [--limit <n>] [--explain] [--json] [--dist <dir>]');
	console.info('Searches the last build (run `npm run build` first) exactly as the help center does, in one market (default: the first).');
	process.exitCode = values.help ? 0 : 1;
} else {
	const limit = Number(values.limit);
	if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit must be a whole number above 0, not "${values.limit}".`);
	const search = await openSearch(marketDir(values.dist, selectMarket(projectOfDist(values.dist), values.market)));
	try {
		const response = await search.searchDetailed(query, { limit, ...(values.category ? { category: values.category } : {}) });
		if (values.json) {
			console.log(JSON.stringify(response.hits, null, 2));
		} else {
			const notes = [`words searched: ${response.terms.join(', ') || '(none)'}`];
			for (const c of response.corrections) notes.push(`"${c.from}" read as "${c.to.join(' ')}"`);
			console.log(styleText('dim', notes.join(' · ')));
			if (values.explain) {
				const needs = response.topics.map((t) => `${t.topic} ${t.similarity} (${t.evidence.slice(0, 4).join(', ')})`);
				console.log(styleText('dim', `looks like the needs: ${needs.join(' · ') || '(none the writers describe)'}`));
				console.log(styleText('dim', `score = words ÷ best words score + ${NEED_WEIGHT} × need similarity`));
			}
			if (!response.hits.length) console.log('No results.');
			response.hits.forEach((hit, i) => {
				const excerpt = excerptParts(hit.excerpt)
					.map((p) => (p.mark ? styleText('bold', p.text) : p.text))
					.join('');
				console.log(
					`\n${i + 1}. ${styleText('bold', hit.title)}  ${styleText('dim', `${hit.url} · ${hit.category} · ${hit.topics.join(', ')} · score ${hit.score}`)}`,
				);
				console.log(`   ${excerpt}`);
				if (values.explain && hit.why) {
					const { words, need, topic } = hit.why;
					const best = Math.max(...response.hits.map((h) => h.why?.words ?? 0), words);
					console.log(
						styleText(
							'dim',
							`   words ${words} (${best ? (words / best).toFixed(2) : '0'} of the best) + need ${topic ? `${topic} ${need}` : 'none'} → ${hit.score}`,
						),
					);
				}
			});
			console.log(styleText('dim', `\n${response.total} matching article${response.total === 1 ? '' : 's'}.`));
		}
	} finally {
		await search.close();
	}
}
