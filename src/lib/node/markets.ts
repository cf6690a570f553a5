// The markets and each market's support file, read and validated for the build and the scripts.
import path from 'node:path';
import { CONTENT_PATHS, readDataFile, supportFilePath } from '../content/files.ts';
import { localeSlug, type MarketSetup } from '../markets/markets.ts';
import { formatProblems } from '../problems/report.ts';
import { loadDataFile, readSourceFile } from './content-files.ts';

/**
 * Every market of the project at `root`, in the order of `content/markets.yaml`, each with its
 * validated support file. Throws with the problems, file and line, when either cannot be used:
 * the build cannot go on without them (`npm run check` lists the same problems).
 */
export function loadMarkets(root: string): MarketSetup[] {
	const { data: markets, problems } = loadDataFile(root, 'markets');
	if (!markets) throw new Error(`${CONTENT_PATHS.markets} has problems (npm run check lists them):\n${formatProblems(problems)}`);
	const categoryIds = loadDataFile(root, 'categories').data?.map((c) => c.id);
	const supports = new Map<string, MarketSetup['support']>();
	return markets.map((market) => {
		const supportPath = supportFilePath(market.support);
		let support = supports.get(supportPath);
		if (!support) {
			const read = readDataFile('support', readSourceFile(root, supportPath), { categoryIds }, supportPath);
			if (!read.data) throw new Error(`${supportPath} has problems (npm run check lists them):\n${formatProblems(read.problems)}`);
			support = read.data;
			supports.set(supportPath, support);
		}
		const locale = market.locales[0]!;
		return { market, locale, slug: localeSlug(locale), support, supportPath };
	});
}

/**
 * The market a command works on: `id` from `--market`, or the first market. Throws, listing the
 * market ids, when there is no such market.
 */
export function selectMarket(root: string, id: string | undefined): MarketSetup {
	const markets = loadMarkets(root);
	const found = id === undefined ? markets[0] : markets.find((m) => m.market.id === id);
	if (!found) {
		throw new Error(
			`There is no market \`${id}\` in ${CONTENT_PATHS.markets}. Use --market ${markets.map((m) => m.market.id).join(' or --market ')}.`,
		);
	}
	return found;
}

/** Where a market's built pages and search index are inside the built site `distDir`: `dist/en-gb/`. */
export function marketDir(distDir: string, setup: MarketSetup): string {
	return path.join(distDir, setup.slug);
}

/** The environment variable `npm run build -- --market <id>` sets: the markets this build publishes. */
export const BUILD_MARKETS_ENV = 'HELP_CENTER_MARKETS';

/**
 * The markets this build publishes: those named in `HELP_CENTER_MARKETS` (comma-separated ids, set
 * by `npm run build -- --market <id>`), or every market. Each market's output (its pages and search
 * index under `/<locale>/`) is then self-contained: separate builds merge into the whole site.
 */
export function builtMarkets(root: string, env: NodeJS.ProcessEnv = process.env): MarketSetup[] {
	const markets = loadMarkets(root);
	const wanted = env[BUILD_MARKETS_ENV]?.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	if (!wanted?.length) return markets;
	const unknown = wanted.filter((id) => !markets.some((m) => m.market.id === id));
	if (unknown.length) {
		throw new Error(
			`There is no market ${unknown.map((id) => `\`${id}\``).join(', ')} in ${CONTENT_PATHS.markets}. Markets: ${markets.map((m) => m.market.id).join(', ')}.`,
		);
	}
	return markets.filter((m) => wanted.includes(m.market.id));
}
