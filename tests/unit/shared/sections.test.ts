import { describe, expect, test } from 'vitest';
import { groupBySection, SECTION_PREVIEW } from '../../../src/lib/shared/sections.ts';

const sections = [{ id: 'paying' }, { id: 'problems' }, { id: 'empty' }];
const article = (id: string, section: string) => ({ id, data: { section } });

describe('groupBySection', () => {
	test('follows the order of the sections and keeps the articles in the order given', () => {
		const groups = groupBySection(sections, [article('a', 'problems'), article('b', 'paying'), article('c', 'problems')]);
		expect(groups.map((g) => [g.section.id, g.shown.map((a) => a.id), g.total])).toEqual([
			['paying', ['b'], 1],
			['problems', ['a', 'c'], 2],
		]);
	});

	test(`shows the first ${SECTION_PREVIEW} articles of a longer section and counts them all`, () => {
		const many = Array.from({ length: 9 }, (_, i) => article(`a${i}`, 'paying'));
		const [group] = groupBySection(sections, many);
		expect(group!.shown.map((a) => a.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
		expect(group!.total).toBe(9);
	});

	test('leaves out a section with no articles', () => {
		expect(groupBySection(sections, []).map((g) => g.section.id)).toEqual([]);
	});
});
