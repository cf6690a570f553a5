import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const VIEWPORTS = {
	mobile: { width: 390, height: 844 },
	desktop: { width: 1280, height: 800 },
} as const;

/** Fails with the list of WCAG 2.2 A/AA violations on the current page. */
export async function expectNoAxeViolations(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join('\n    ')}`,
	);
	expect(summary, `axe violations on ${label}`).toEqual([]);
	// Guard against a vacuous pass: axe must have actually checked something.
	expect(results.passes.length, `axe checked nothing on ${label}`).toBeGreaterThan(10);
}
