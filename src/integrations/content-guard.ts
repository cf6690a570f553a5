import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check.ts';
import { countBySeverity, formatProblems } from '../lib/problems.ts';
import { readContent } from '../lib/node/read-content.ts';

/**
 * Runs the content check before Astro builds anything. Astro's own schema errors print `:0:0`
 * and a broken reference only logs, so this guard is what stops a bad article from publishing:
 * any error fails the build (nothing is written to dist/), with the same words as `npm run check`.
 */
export default function contentGuard(): AstroIntegration {
	return {
		name: 'help-center:content-guard',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				if (command !== 'build') return;
				const root = fileURLToPath(config.root);
				const { problems } = checkContent(await readContent(root));
				const { errors, warnings } = countBySeverity(problems);
				if (warnings) logger.warn(`${warnings} content warning(s):\n${formatProblems(problems.filter((p) => p.severity === 'warning'))}`);
				if (errors) {
					const report = formatProblems(problems.filter((p) => p.severity === 'error'));
					logger.error(
						`The content has ${errors} error(s), so nothing was built or published.\n\n${report}\n\nFix the lines above and build again. \`npm run check\` shows the same list without building.`,
					);
					// A writer needs the list above, not a stack trace into the build tool.
					const error = new Error(`Build stopped: ${errors} content error(s), listed above.`);
					error.stack = '';
					throw error;
				}
				logger.info('Content check passed.');
			},
		},
	};
}
