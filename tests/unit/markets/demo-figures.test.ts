// A content test: each market's pages of the demo show that market's figures and none of another's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { renderMdxBody } from '../../../src/lib/content/mdx-render.ts';
import { formatFact } from '../../../src/lib/markets/facts.ts';
import { articleLocale } from '../../../src/lib/markets/publication.ts';
import { readContent } from '../../../src/lib/node/read-content.ts';
import { projectRoot } from '../../helpers/site-copy.ts';
import { wordsOf } from '../../helpers/messages.ts';

const result = checkContent(await readContent(projectRoot));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ');

describe('the demo markets', () => {
	test('are the United States, the United Kingdom and Germany, each publishing an answer to every topic the others answer', () => {
		expect(result.markets.map((m) => [m.market.id, m.locale])).toEqual([
			['us', 'en-US'],
			['gb', 'en-GB'],
			['de', 'de-DE'],
		]);
		expect(result.problems.filter((p) => p.rule === 'market-topic-gap')).toEqual([]);
	});

	test.each(['us', 'gb', 'de'])('%s: its pages show no figure of another market', (id) => {
		const setup = result.markets.find((m) => m.market.id === id)!;
		const others = result.markets.filter((m) => m !== setup);
		// The other market's amounts and names (its regulator, its company), where they differ from this market's.
		// Day counts are left out: "3 to 5 business days" may be a bank's clearing time in any market.
		const foreign = others.flatMap((other) =>
			Object.entries(other.market.facts)
				.filter(([, fact]) => fact.kind === 'money' || (fact.kind === 'text' && !/^\d/.test(String(fact.value))))
				.map(([, fact]) => formatFact(fact, other.locale, other.market.currency)),
		);
		expect(foreign.length).toBeGreaterThan(3);
		const articles = result.published.get(id)!;
		expect(articles.length).toBeGreaterThanOrEqual(50);
		for (const article of articles) {
			// In the words the page gives it: English for an article Germany has not translated yet.
			const words = wordsOf(articleLocale(setup.locale, article.source));
			const body = text(renderMdxBody(readFileSync(path.join(projectRoot, article.file), 'utf8'), setup, words).html);
			for (const figure of foreign) expect(body, `${article.file} in ${id}`).not.toContain(figure);
			const elsewhere = {
				us: /£\d|€|Financial Ombudsman|BaFin/,
				gb: /\$\d|€|CFPB|BaFin/,
				de: /\$\d|£\d|CFPB|Financial Ombudsman|Financial Conduct/,
			}[id]!;
			expect(body, `${article.file} in ${id}`).not.toMatch(elsewhere);
		}
	});

	test('the UK complaint route is its own article, ending at the Financial Ombudsman Service', () => {
		const complaint = (id: string) => result.published.get(id)!.find((a) => a.id === 'accounts/make-a-complaint')!;
		expect(complaint('gb')).toMatchObject({ source: 'own', file: 'content/markets/gb/accounts/make-a-complaint.mdx' });
		expect(complaint('us')).toMatchObject({ source: 'shared' });
		const gb = result.markets.find((m) => m.market.id === 'gb')!;
		const body = text(renderMdxBody(readFileSync(path.join(projectRoot, complaint('gb').file), 'utf8'), gb, wordsOf(gb.locale)).html);
		expect(body).toContain('Financial Ombudsman Service');
		expect(body).toMatch(/8 weeks/);
		expect(body).toMatch(/6 months/);
		expect(body).toContain('Financial Conduct Authority');
	});
});
