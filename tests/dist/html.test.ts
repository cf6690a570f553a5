import { readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';

const dist = path.resolve(import.meta.dirname, '../../dist');

/**
 * html-validate's recommended rules (HTML standard, accessibility and good practice), with these
 * exceptions:
 */
const config: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// A page title is the article title (up to 70 characters, enforced by the content schema)
		// plus " | Kestrel Help Center". Search engines shorten long titles when they display them;
		// cutting the article title instead would hide what the page answers.
		'long-title': ['error', { maxlength: 100 }],
		// Wants non-breaking spaces and hyphens inside phone numbers. global.css keeps every tel: link
		// on one line instead (white-space: nowrap), which html-validate cannot see, and the number
		// stays plain ASCII when a customer copies it into a dialer.
		'tel-non-breaking': 'off',
	},
};

test('every page in dist/ is valid HTML', async () => {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	expect(files.length, 'pages found in dist/').toBeGreaterThan(50);
	const validator = new HtmlValidate(config);
	const errors: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(path.join(dist, file));
		for (const result of report.results) {
			for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	expect(errors).toEqual([]);
});

test('the validator catches invalid markup (so a pass means something)', async () => {
	const report = await new HtmlValidate(config).validateString(
		'<!doctype html><html lang="en"><head><title>x</title></head><body><div><p>unclosed<img src="a.png"></div></body></html>',
	);
	expect(report.valid).toBe(false);
});
