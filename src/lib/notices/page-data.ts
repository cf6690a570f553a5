// What a page hands to its <site-notices> element in `data-notices`: the real-time window of each
// notice it carries, by the `data-notice` id of the notice's element. One schema is the contract
// for both sides, as for the contact page (src/lib/contact/page-data.ts): the page validates what
// it writes (a bad value stops the build), the element what it reads. zod/mini: this ships in the browser.

import * as z from 'zod/mini';
import { dataAttribute } from '../shared/data-attribute.ts';

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

const contract = dataAttribute(noticesPageData, { attribute: ATTRIBUTE, owner: 'The page', purpose: 'tell when to show its notices' });

/** The `data-notices` attribute's value; throws, stopping the build, when `data` breaks the contract. */
export const serializeNoticesPageData = (data: NoticesPageData): string => contract.serialize(data);

/** Reads the `data-notices` attribute; throws with the first problem when it is not valid. */
export const parseNoticesPageData = (json: string | undefined): NoticesPageData => contract.parse(json);
