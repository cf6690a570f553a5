// What a page hands to its <site-notices> element in `data-notices`: the real-time window of each
// notice it carries, by the `data-notice` id of the notice's element. One schema is the contract
// for both sides, as for the contact page (src/lib/contact/page-data.ts): the page validates what
// it writes (a bad value stops the build), the element what it reads. zod/mini: this ships in the browser.

import * as z from 'zod/mini';

/** The attribute the page writes the data into, named in every error. */
const ATTRIBUTE = 'data-notices';

const notice = z
	.object({
		/** The notice's place in support.yaml's list: its element is `[data-notice="<id>"]`. */
		id: z.string().check(z.regex(/^\d+$/, 'not a notice number')),
		/** Milliseconds since 1970, inclusive. */
		from: z.int(),
		/** Milliseconds since 1970, exclusive. */
		until: z.int(),
	})
	.check(z.refine((span) => span.from < span.until, 'a notice must start before it ends'));

const noticesPageData = z.object({ notices: z.array(notice).check(z.minLength(1, 'needs one notice at least')) });

export type NoticesPageData = z.infer<typeof noticesPageData>;

function check(data: unknown, verdict: 'is not' | 'would not be'): NoticesPageData {
	const result = noticesPageData.safeParse(data);
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	// zod/mini loads no English messages (they would ship to the browser): the checks carry their own.
	const problem = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message;
	const field = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
	throw new Error(`The page's ${ATTRIBUTE} attribute ${verdict} valid: ${field ? `${field.replace(/^\./, '')}: ` : ''}${problem}.`);
}

/** The `data-notices` attribute's value; throws, stopping the build, when `data` breaks the contract. */
export function serializeNoticesPageData(data: NoticesPageData): string {
	return JSON.stringify(check(data, 'would not be'));
}

/** Reads the `data-notices` attribute; throws with the first problem when it is not valid. */
export function parseNoticesPageData(json: string | undefined): NoticesPageData {
	let data: unknown;
	try {
		data = JSON.parse(json ?? '');
	} catch {
		throw new Error(`The page has no readable ${ATTRIBUTE} attribute, so it cannot tell when to show its notices.`);
	}
	return check(data, 'is not');
}
