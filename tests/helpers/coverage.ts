// Search results for the coverage report's tests, made from the articles a test declares.
import type { CoverageArticle, CoverageHit } from '../../src/lib/coverage/compute.ts';

/** The search hit of an article, as the coverage report receives it (no excerpt, score 1). */
export function coverageHit(article: CoverageArticle): CoverageHit {
	return { url: article.url, title: article.title, category: article.category, topics: [...article.topics], excerpt: '', score: 1 };
}
