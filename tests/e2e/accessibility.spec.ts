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

for (const scheme of ['light', 'dark'] as const) {
	for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
		test(`every page template passes axe (WCAG 2.2 AA) in ${scheme} mode on ${viewportName}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize(viewport);
			for (const [name, path] of Object.entries(TEMPLATES)) {
				await page.goto(path);
				await expectNoAxeViolations(page, `${name} (${path}, ${scheme}, ${viewportName})`);
			}
		});
	}
}
