import { describe, expect, test } from 'vitest';
import { categoriesFileSchema } from '../../../src/schemas/categories.ts';

const category = {
	id: 'payments',
	title: 'Payments',
	description: 'Paying in instalments, due dates and fees.',
	order: 1,
	sections: [
		{ id: 'paying-back', title: 'Paying back', description: 'Instalments, due dates and paying early.' },
		{ id: 'fees', title: 'Fees' },
	],
};

function messages(input: unknown): string[] {
	const result = categoriesFileSchema.safeParse(input);
	if (result.success) return [];
	return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('categories file schema', () => {
	test('keeps the sections in the order written, the description optional', () => {
		const [parsed] = categoriesFileSchema.parse([category]);
		expect(parsed!.sections.map((s) => [s.id, s.description])).toEqual([
			['paying-back', 'Instalments, due dates and paying early.'],
			['fees', undefined],
		]);
	});

	test('requires at least one section', () => {
		expect(messages([{ ...category, sections: [] }])).toEqual([
			'0.sections: List at least one section, for example `sections: [{ id: getting-started, title: Getting started }]`.',
		]);
	});

	test('reports a section listed twice in one category at the repeat', () => {
		expect(messages([{ ...category, sections: [...category.sections, { id: 'fees', title: 'Other fees' }] }])).toEqual([
			'0.sections.2.id: The section `fees` is listed twice in this category. Keep one entry.',
		]);
	});

	test('allows the same section id in two categories', () => {
		expect(messages([category, { ...category, id: 'refunds', order: 2 }])).toEqual([]);
	});

	test('rejects a section id that is not lowercase words and a title too short to read', () => {
		expect(messages([{ ...category, sections: [{ id: 'Paying Back', title: 'PB' }] }])).toHaveLength(2);
	});
});
