import { test } from '@playwright/test';
import { expectNoAxeViolations, VIEWPORTS } from './helpers.ts';

/** One page per template. */
const TEMPLATES = {
	home: '/',
	category: '/payments/',
	article: '/payments/make-a-payment/',
	contact: '/contact/?topic=refunds',
	search: '/search/',
	'not found': '/no-such-page/',
} as const;

for (const [name, path] of Object.entries(TEMPLATES)) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`the ${name} page passes axe (WCAG 2.2 AA) in ${scheme} mode at mobile and desktop widths`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
				await page.setViewportSize(viewport);
				await page.goto(path);
				await expectNoAxeViolations(page, `${name} (${path}, ${scheme}, ${viewportName})`);
			}
		});
	}
}
