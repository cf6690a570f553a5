import { test } from '@playwright/test';
import { expectNoAxeViolations, VIEWPORTS } from './helpers.ts';
import { TEMPLATES } from './templates.ts';

// Every page template (the list is checked against src/pages in security.spec.ts), in both colour
// schemes and at both widths, after the visitor has used it (search results shown, and so on).
// One test per template and scheme, so one slow page cannot time out the whole sweep.
for (const template of TEMPLATES) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`the ${template.name} page passes axe (WCAG 2.2 AA) in ${scheme} mode at mobile and desktop widths`, async ({ page }) => {
			// Pages the visitor uses first (search results shown) take axe longer on a busy machine.
			if (template.exercise) test.slow();
			await page.emulateMedia({ colorScheme: scheme });
			for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
				await page.setViewportSize(viewport);
				await page.goto(template.path);
				await template.exercise?.(page);
				await expectNoAxeViolations(page, `${template.name} (${template.path}, ${scheme}, ${viewportName})`);
			}
		});
	}
}

// The second market's own pages: its contact page (24-hour clock, its holidays) and its own article.
for (const path of ['/en-gb/contact/?topic=security', '/en-gb/accounts/make-a-complaint/']) {
	test(`${path} passes axe (WCAG 2.2 AA) at mobile and desktop widths`, async ({ page }) => {
		for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
			await page.setViewportSize(viewport);
			await page.goto(path);
			if (path.includes('/contact/')) await page.locator('html[data-contact-ready]').waitFor({ state: 'attached' });
			await expectNoAxeViolations(page, `${path} (${viewportName})`);
		}
	});
}
