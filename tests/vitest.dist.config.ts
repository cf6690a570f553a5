import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Checks of the built site in dist/ (links, HTML validity, headers). Run after `npm run build`. */
export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/dist/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
	},
});
