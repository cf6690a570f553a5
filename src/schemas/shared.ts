import { z } from 'zod';
import { parseIsoDate } from './calendar.ts';

/** Lowercase words joined by hyphens: `pay-early`, `refunds`. Used for slugs and ids. */
export const kebabCase = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: 'Use lowercase letters, digits and single hyphens only, for example `pay-early`.',
});

/**
 * A calendar date written `YYYY-MM-DD`. YAML may hand us a Date (Astro's parser, unquoted) or a
 * string (quoted, or the check's parser); both become a UTC-midnight Date. `2026-02-30` is
 * rejected rather than rolled over to March. Every issue carries its rule name for the report.
 */
export const isoDate = z
	.unknown()
	.transform((value, ctx): Date => {
		if (value === undefined) {
			ctx.addIssue({
				code: 'custom',
				params: { rule: 'missing-field' },
				message: 'Add the date as YYYY-MM-DD, for example 2026-11-20.',
			});
			return z.NEVER;
		}
		if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
		const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
		const day = parseIsoDate(text);
		if (!day) {
			ctx.addIssue({
				code: 'custom',
				params: { rule: 'invalid-date' },
				message: text
					? `"${text}" is not a date. Write it as YYYY-MM-DD, for example 2026-11-20.`
					: 'Write the date as YYYY-MM-DD, for example 2026-11-20.',
			});
			return z.NEVER;
		}
		return new Date(Date.UTC(day.year, day.month - 1, day.day));
	})
	.meta({ format: 'date' });

/** Levenshtein distance, for "did you mean …?" hints on typos. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/** The closest candidate to `input`, if it is close enough to be a plausible typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

/** `a`, `a or b`, `a, b or c` — for listing allowed values in messages. */
export function listOr(values: readonly string[]): string {
	const quoted = values.map((v) => `\`${v}\``);
	if (quoted.length <= 1) return quoted.join('');
	return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/**
 * An object schema that rejects keys it does not know, with a "did you mean …?" hint, so that a
 * typo such as `reviwed:` is reported instead of silently ignored.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
	const known = Object.keys(shape);
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code !== 'unrecognized_keys') return undefined;
			return issue.keys
				.map((key) => {
					const hint = closest(key, known);
					return hint
						? `Unknown field \`${key}\`: did you mean \`${hint}\`?`
						: `Unknown field \`${key}\`. Allowed fields are ${listOr(known)}.`;
				})
				.join(' ');
		},
	});
}

/**
 * A category id. The categories are listed once, in `content/categories.yaml`: when their ids are
 * known the field accepts only those, with a "did you mean" hint in the caller's words; while that
 * file cannot be read any well-formed id passes, and the file's own problem is what gets reported.
 */
export function categoryField(
	categoryIds: readonly string[] | undefined,
	message: (input: string, hint: string | undefined, ids: readonly string[]) => string,
) {
	if (!categoryIds?.length) return kebabCase;
	const ids = categoryIds as readonly [string, ...string[]];
	return z.enum(ids, { error: (issue) => message(String(issue.input), closest(String(issue.input), ids), ids) });
}

/**
 * A list of entries whose `id`s must be unique; a repeat is a `duplicate-id` problem at its own
 * line, in the words `message` gives.
 */
export function uniqueIds<Entry extends z.ZodType<{ id: string }>>(entry: Entry, message: (id: string) => string) {
	return z.array(entry).superRefine((list, ctx) => {
		const seen = new Set<string>();
		list.forEach(({ id }, index) => {
			if (seen.has(id)) {
				ctx.addIssue({ code: 'custom', path: [index, 'id'], params: { rule: 'duplicate-id' }, message: message(id) });
			}
			seen.add(id);
		});
	});
}

/** Whether `text` is lowercase words joined by hyphens, the form of every slug and id. */
export function isKebabCase(text: string): boolean {
	return kebabCase.safeParse(text).success;
}
