import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check.ts';
import { coverageContentOf } from '../lib/node/coverage-run.ts';
import { countBySeverity, type Problem } from '../lib/problems/problem.ts';
import { keepContentSnapshot } from '../lib/node/content-snapshot.ts';
import { readContent } from '../lib/node/read-content.ts';
import { formatProblems, formatProblemsAtMost, summarizeProblems } from '../lib/problems/report.ts';
import { articlesHandoff, coverageContentHandoff } from './step-process.ts';
import { today } from '../lib/shared/dates.ts';
import { plural } from '../lib/shared/words.ts';

async function check(root: string, { keep = false } = {}): Promise<Problem[]> {
	const sources = await readContent(root);
	const result = checkContent(sources, { today: today({ env: process.env }) });
	if (keep && !result.problems.some((p) => p.severity === 'error')) {
		const articles = [...result.articles, ...result.marketArticles];
		// The search index step, after Astro's process, reads the frontmatter from here.
		const handoff = articlesHandoff();
		if (handoff) writeFileSync(handoff, JSON.stringify(Object.fromEntries(articles.map((article) => [article.file, article.frontmatter]))));
		// The coverage report reads this check's articles, topics, markets and banks rather than checking them again.
		const coverageContent = coverageContentHandoff();
		if (coverageContent) writeFileSync(coverageContent, JSON.stringify(coverageContentOf(sources, result)));
		// The articles loader, next in this process, renders from the same reading.
		const texts = new Map([...sources.articles, ...(sources.marketArticles ?? [])].map((file) => [file.path, file.text]));
		keepContentSnapshot(
			root,
			new Map(
				articles.flatMap((article) => {
					const text = texts.get(article.file);
					return text === undefined ? [] : [[article.file, { text, frontmatter: article.frontmatter }] as const];
				}),
			),
		);
	}
	return result.problems;
}

/**
 * Runs the content check before Astro builds anything. Astro's own schema errors print `:0:0`, a
 * broken reference only logs and an MDX mistake ends in a stack trace, so this guard is what stops
 * a bad article from publishing: any error fails the build (nothing is written to dist/), with the
 * same words as `npm run check`; warnings and notes (infos) are printed and the build goes on. In
 * `npm run dev` it reports problems after each content change without stopping the preview.
 */
export default function contentGuard(): AstroIntegration {
	let root = '';
	return {
		name: 'help-center:content-guard',
		hooks: {
			'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
				root = fileURLToPath(config.root);
				// Drafts show in `astro dev` only, whatever NODE_ENV says (see getArticles in site-data.ts).
				updateConfig({ vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
				if (command !== 'build') return;
				const problems = await check(root, { keep: true });
				const { errors, warnings, infos } = countBySeverity(problems);
				if (infos) {
					logger.info(
						`${plural(infos, 'content note')} (for information only, they never stop the build):\n${formatProblemsAtMost(problems.filter((p) => p.severity === 'info'))}`,
					);
				}
				if (warnings) {
					logger.warn(
						`${plural(warnings, 'content warning')} (they do not stop the build):\n${formatProblemsAtMost(problems.filter((p) => p.severity === 'warning'))}`,
					);
				}
				if (errors) {
					const report = formatProblems(problems.filter((p) => p.severity === 'error'));
					logger.error(
						`The content has ${plural(errors, 'error')}, so nothing was built or published.\n\n${report}\n\n${summarizeProblems(problems.filter((p) => p.severity === 'error'))}\nFix them and build again; \`npm run check\` shows the same list without building.`,
					);
					// A writer needs the list above, not a stack trace into the build tool.
					const error = new Error(`Build stopped: ${plural(errors, 'content error')}, listed above.`);
					error.stack = '';
					throw error;
				}
				logger.info('Content check passed.');
			},
			'astro:server:setup': ({ server, logger }) => {
				const contentDir = path.join(root, 'content') + path.sep;
				let timer: ReturnType<typeof setTimeout> | undefined;
				let last = '';
				const report = (log: AstroIntegrationLogger) => {
					check(root)
						.then((problems) => {
							const text = formatProblemsAtMost(problems);
							if (text === last) return;
							last = text;
							if (problems.some((p) => p.severity !== 'info'))
								log.warn(
									`Content problems (the preview keeps running; a build would ${countBySeverity(problems).errors ? 'stop' : 'pass'}):\n${text}\n${summarizeProblems(problems)}`,
								);
							else
								log.info(
									problems.length ? `Content check passed, with notes:\n${text}\n${summarizeProblems(problems)}` : 'Content check passed.',
								);
						})
						.catch((error: unknown) => log.error(`The content check could not run: ${(error as Error).message}`));
				};
				server.watcher.on('all', (_event, file) => {
					if (!file.startsWith(contentDir)) return;
					clearTimeout(timer);
					timer = setTimeout(() => report(logger), 200);
				});
				report(logger);
			},
		},
	};
}
