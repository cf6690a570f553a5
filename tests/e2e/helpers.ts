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

/**
 * Records what injected script would do on `page` from now on: dialogs it opens (dismissed) and
 * requests to anything but `origin`. Assert both lists are empty once the pages have been visited.
 */
export function watchForScript(page: Page, origin: string): { dialogs: string[]; elsewhere: string[] } {
	const seen = { dialogs: [] as string[], elsewhere: [] as string[] };
	page.on('dialog', async (dialog) => {
		seen.dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	page.on('request', (request) => {
		if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) seen.elsewhere.push(request.url());
	});
	return seen;
}
