import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM } from './chromium.ts';

const isCI = Boolean(process.env.CI);
const PORT = Number(process.env.E2E_PORT ?? 4329);

/**
 * End-to-end tests drive Debian's Chromium (`/usr/bin/chromium`, installed by .ci/run) against the
 * built site, served by `tests/static-server.ts` with the production headers of `dist/_headers`
 * (Content-Security-Policy included), as Netlify or Cloudflare Pages would serve it.
 * Run `npm run build` first (`npm test` does).
 */
export default defineConfig({
	testDir: 'e2e',
	outputDir: '../test-results',
	forbidOnly: isCI,
	retries: isCI ? 1 : 0,
	workers: 2,
	// Generous: CI machines are small and shared; speed is measured by `npm run bench`, not here.
	timeout: 60_000,
	reporter: isCI ? [['list'], ['github']] : 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			...CHROMIUM,
		},
	},
	// One browser project; tests that care about width (axe, layout) set the viewport themselves.
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		cwd: '..',
		command: `node tests/static-server.ts dist --port ${PORT} --host localhost`,
		url: `http://localhost:${PORT}/`,
		// Never reuse: another checkout's server on the same port would serve a different build.
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
