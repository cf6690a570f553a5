import { describe, expect, test } from 'vitest';
import { createArticleSchema } from '../../../src/schemas/article.ts';

const schema = createArticleSchema({
	categoryIds: ['payments', 'refunds', 'security', 'accounts'],
	topicIds: ['pay-early', 'late-payments', 'refund-status'],
	articleIds: ['payments/pay-early', 'payments/late-payments'],
	sectionIds: { payments: ['paying-back', 'fees'], refunds: ['returns'], security: ['access'], accounts: ['details'] },
});

const valid = {
	title: 'Pay off your purchase early',
	description: 'How to pay an instalment before its due date or settle the whole balance at once, at no extra cost.',
	category: 'payments',
	section: 'paying-back',
	topics: ['pay-early'],
	questions: ['Can I pay it all off now?'],
	tags: ['early-payment'],
	updated: new Date('2026-11-20'),
	reviewed: '2026-11-01',
	related: ['payments/late-payments'],
	order: 10,
	draft: false,
};

function messages(input: unknown): string[] {
	const result = schema.safeParse(input);
	if (result.success) return [];
	return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article frontmatter schema', () => {
	test('accepts a complete article and fills defaults for optional fields', () => {
		const result = schema.parse({
			...valid,
			questions: undefined,
			tags: undefined,
			related: undefined,
			order: undefined,
			draft: undefined,
			reviewed: undefined,
		});
		expect(result.questions).toEqual([]);
		expect(result.related).toEqual([]);
		expect(result.order).toBe(100);
		expect(result.draft).toBe(false);
		expect(result.reviewed).toBeUndefined();
	});

	test('turns quoted and unquoted dates into the same calendar day', () => {
		const result = schema.parse(valid);
		expect(result.updated.toISOString()).toBe('2026-11-20T00:00:00.000Z');
		expect(result.reviewed?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
	});

	test('names a missing title and says what to write', () => {
		const { title: _omitted, ...rest } = valid;
		expect(messages(rest)).toEqual(['title: Add a `title`: the task the article helps with, for example "Pay off your purchase early".']);
	});

	test('lists the allowed categories for an unknown one and suggests the closest', () => {
		expect(messages({ ...valid, category: 'payment' })).toEqual([
			'category: Unknown category `payment`: did you mean `payments`? Use one of `payments`, `refunds`, `security` or `accounts`.',
		]);
	});

	test('accepts any well-formed category while the category list is unknown', () => {
		const open = createArticleSchema();
		expect(open.safeParse({ ...valid, category: 'loans' }).success).toBe(true);
		expect(open.safeParse({ ...valid, category: 'Loans!' }).success).toBe(false);
	});

	test('rejects a related article that does not exist, suggesting the closest id', () => {
		expect(messages({ ...valid, related: ['payments/late-payment'] })).toEqual([
			'related.0: Unknown article `payments/late-payment`: did you mean `payments/late-payments`?',
		]);
	});

	test('rejects an unknown topic and an empty topic list', () => {
		expect(messages({ ...valid, topics: ['pay-erly'] })).toEqual(['topics.0: Unknown topic `pay-erly`: did you mean `pay-early`?']);
		expect(messages({ ...valid, topics: [] })).toEqual([
			'topics: Add at least one topic from content/topics.yaml, for example `topics: [pay-early]`.',
		]);
	});

	test('rejects a date that does not exist instead of rolling it over', () => {
		expect(messages({ ...valid, updated: '2026-02-30' })).toEqual([
			'updated: "2026-02-30" is not a date. Write it as YYYY-MM-DD, for example 2026-11-20.',
		]);
		expect(messages({ ...valid, updated: 'last tuesday' })).toEqual([
			'updated: "last tuesday" is not a date. Write it as YYYY-MM-DD, for example 2026-11-20.',
		]);
	});

	test('reports a misspelt field instead of ignoring it', () => {
		expect(messages({ ...valid, reviwed: '2026-11-01' })).toEqual([': Unknown field `reviwed`: did you mean `reviewed`?']);
	});

	test('bounds the description length and says how long it is', () => {
		expect(messages({ ...valid, description: 'Too short.' })).toEqual([
			'description: The description is too short (10 characters): write 50–160 characters that say what the article answers.',
		]);
		expect(messages({ ...valid, description: 'x'.repeat(161) })[0]).toContain('too long (161 characters)');
	});

	test('accepts only a section of the article’s own category, suggesting the closest', () => {
		expect(messages({ ...valid, section: 'paying' })).toEqual([
			'section: Unknown section `paying`: did you mean `paying-back`? Sections of payments: `paying-back` or `fees`.',
		]);
		expect(messages({ ...valid, section: 'returns' })).toEqual([
			'section: Unknown section `returns`. Sections of payments: `paying-back` or `fees`.',
		]);
		expect(messages({ ...valid, category: 'refunds', section: 'returns' })).toEqual([]);
	});

	test('names a missing section and where the sections are listed', () => {
		const { section: _omitted, ...rest } = valid;
		expect(messages(rest)).toEqual([
			'section: Add a `section`: where the article is listed on its category page, for example `section: paying`. Each category lists its sections in content/categories.yaml.',
		]);
	});

	test('reports a wrong section beside other mistakes, so every problem is listed at once', () => {
		expect(messages({ ...valid, title: 'Short', section: 'fee' })).toEqual([
			'title: The title is too short: use at least 8 characters.',
			'section: Unknown section `fee`: did you mean `fees`? Sections of payments: `paying-back` or `fees`.',
		]);
	});
});
