import { expect, test, type Page } from '@playwright/test';
import { pageSources, TEMPLATES } from './templates.ts';

// The site is served with the headers of dist/_headers (tests/static-server.ts), so these tests see
// exactly the policy a visitor's browser enforces in production.

test('the template list covers every page template in src/pages', () => {
	expect(TEMPLATES.map((t) => t.source).sort()).toEqual(pageSources());
});

/** Records CSP violations, script errors and every request the page makes. */
async function watch(page: Page) {
	const problems: string[] = [];
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('console', (message) => {
		// CSP violations, and the browser's complaints about a header it cannot parse.
		if (/Content.Security.Policy|Refused to|Permissions-Policy|header/i.test(message.text())) problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			// Reported to the test through the console listener above.
			console.error(
				`Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
			);
		});
	});
	return { problems, requests };
}

for (const template of TEMPLATES) {
	test(`${template.name} page: production headers, no CSP violation, no request to another site`, async ({ page, baseURL }) => {
		const { problems, requests } = await watch(page);
		const response = await page.goto(template.path);
		const headers = response!.headers();
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy']).not.toMatch(/'unsafe-(inline|eval)'/);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
		expect(headers['referrer-policy']).toBeTruthy();
		expect(headers['permissions-policy']).toContain('camera=()');
		await page.waitForLoadState('networkidle');
		await template.exercise?.(page);

		expect(problems, 'CSP violations or script errors').toEqual([]);
		const origin = new URL(baseURL!).origin;
		const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
		expect(elsewhere, 'requests that left the site').toEqual([]);
		expect(requests.length, 'the page itself was requested').toBeGreaterThan(0);
	});
}

test('the policy really blocks injected script: an inline script added to a page does not run', async ({ page }) => {
	// Guards against a policy that only looks strict: the same browser must refuse inline code.
	const { problems } = await watch(page);
	await page.goto('/en-us/payments/make-a-payment/');
	const ran = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		await new Promise((resolve) => setTimeout(resolve, 100));
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	expect(problems.join('\n')).toMatch(/script-src/);
});
