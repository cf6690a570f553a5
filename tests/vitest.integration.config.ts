import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Tests that run the project's commands or build copies of the site (tests/helpers/site-copy.ts):
 * the build's content guard, `npm run check`, `npm run coverage`, `npm run new:article`, Pagefind
 * and the security headers as the build writes them. Slower than the unit tier, faster than e2e.
 */
export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/integration/**/*.test.ts'],
		environment: 'node',
		// Builds and whole-content checks on small, shared CI machines; speed is `npm run bench`'s job.
		testTimeout: 120_000,
		hookTimeout: 180_000,
	},
});
