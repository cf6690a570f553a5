// A JSON `data-*` attribute that a page writes at build time and its custom element reads in the
// browser, with one zod/mini schema as the contract for both sides: the page validates what it
// writes (a bad value stops the build), the element what it reads (an attribute is a boundary
// like any other). zod/mini, not zod: this ships in the browser.
import type * as z from 'zod/mini';
import { formatPath } from './words.ts';

export interface DataAttribute<T> {
	/** The attribute's value; throws, stopping the build, when `data` breaks the contract. */
	serialize(data: T): string;
	/** Reads the attribute; throws with the first problem when it is not valid. */
	parse(json: string | undefined): T;
}

/**
 * zod/mini loads no English messages unless asked (that would put them in the browser bundle):
 * the schemas' checks carry their own, and a wrong type or value says what was expected.
 */
function problemOf(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
	if (issue.code === 'invalid_value') return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
	return issue.message;
}

/**
 * The contract of one attribute. `owner` and `purpose` word the errors: "The contact page's
 * data-contact attribute is not valid: …", "The contact page has no readable data-contact
 * attribute, so it cannot show opening status."
 */
export function dataAttribute<T>(
	schema: z.ZodMiniType<T>,
	{ attribute, owner, purpose }: { attribute: string; owner: string; purpose: string },
): DataAttribute<T> {
	const check = (data: unknown, verdict: 'is not' | 'would not be'): T => {
		const result = schema.safeParse(data);
		if (result.success) return result.data;
		const issue = result.error.issues[0]!;
		const field = formatPath(issue.path);
		throw new Error(`${owner}'s ${attribute} attribute ${verdict} valid: ${field ? `${field}: ` : ''}${problemOf(issue)}.`);
	};
	return {
		serialize: (data) => JSON.stringify(check(data, 'would not be')),
		parse: (json) => {
			let data: unknown;
			try {
				data = JSON.parse(json ?? '');
			} catch {
				throw new Error(`${owner} has no readable ${attribute} attribute, so it cannot ${purpose}.`);
			}
			return check(data, 'is not');
		},
	};
}
