import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Generous, as in the e2e config: several tests read and check the whole content, and CI
		// machines are small and shared. Speed is measured by `npm run bench`, not here.
		testTimeout: 30_000,
	},
});
