// The German market offers email and chat only (content/support/de.yaml): every shared article
// that names the phone has a German version there. Take one away, and the check refuses the English
// article that would then be published in Germany, at the line that names the phone, with the fixes.
import { expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContent } from '../../../src/lib/node/read-content.ts';
import { projectRoot } from '../../helpers/site-copy.ts';

const sources = await readContent(projectRoot);

test('the demo: no article published in Germany names the phone', () => {
	const result = checkContent(sources);
	expect(result.problems.filter((p) => p.rule === 'channel-missing-in-market')).toEqual([]);
	// Not vacuous: English articles do name the phone, and Germany publishes its own version of each.
	const namesPhone = sources.articles.filter((a) => /<Phone\b|channel="phone"/.test(a.text)).map((a) => a.path);
	expect(namesPhone.length).toBeGreaterThan(20);
	const german = new Set(result.published.get('de')!.filter((a) => a.source === 'own').map((a) => a.id));
	for (const file of namesPhone) {
		const id = file.replace(/^content\/articles\//, '').replace(/\.mdx$/, '');
		const limited = /^markets: \[(?!.*\bde\b)/m.test(sources.articles.find((a) => a.path === file)!.text);
		expect(german.has(id) || limited, `${file} in Germany`).toBe(true);
	}
});

test('without its German version, the English article that names the phone is refused for Germany, at its line', () => {
	const result = checkContent({
		...sources,
		marketArticles: sources.marketArticles!.filter((a) => a.path !== 'content/markets/de/accounts/contact-customer-service.mdx'),
	});
	const missing = result.problems.filter((p) => p.rule === 'channel-missing-in-market');
	// One error per use (the phone row names the number and its hours), all in that one article.
	expect(missing.length).toBeGreaterThan(0);
	expect(new Set(missing.map((p) => p.file))).toEqual(new Set(['content/articles/accounts/contact-customer-service.mdx']));
	const [problem] = missing;
	expect(problem).toMatchObject({ severity: 'error', file: 'content/articles/accounts/contact-customer-service.mdx' });
	const line = sources.articles.find((a) => a.path === problem!.file)!.text.split('\n')[problem!.line! - 1];
	expect(line).toContain('<Phone />');
	expect(problem!.message).toContain(
		'the market `de` (Deutschland) offers no phone (content/support/de.yaml lists only email and chat), and this article is published there. Use a channel it offers',
	);
	expect(problem!.message).toContain('write a de version at content/markets/de/accounts/contact-customer-service.mdx');
});
