import { z } from 'zod';

/** A message key: dotted ids, `<where>.<what>` (`home.heading`, `common.articleCount.one`). */
export const MESSAGE_KEY = /^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9][a-zA-Z0-9-]*)*$/;

export { PLACEHOLDER } from './placeholder.ts';

/**
 * A catalogue's file name: `content/messages/<language>.yaml`, the language in lowercase (`en`,
 * `de`), or a region's few differences from its language: `en-GB.yaml` (as the markets write the
 * locale).
 */
export const MESSAGE_FILE_NAME = /^([a-z]{2,3}(?:-[A-Z]{2})?)\.yaml$/;

const key = z.string().regex(MESSAGE_KEY, {
	error: (issue) =>
		`\`${String(issue.input)}\` is not a message key: write dotted words starting with a lowercase letter, such as \`home.heading\`.`,
});

const text = z
	.string({
		error: (issue) =>
			issue.input !== null && typeof issue.input === 'object'
				? 'Write each message on one line as `key: text`; keys are dotted (`home.heading`), not indented groups.'
				: 'Write the message as text, in quotes when it starts with a `{`, holds `: ` or looks like a number or a date: `"24:00"`.',
	})
	// Not trimmed: a message may start or end with a space (`" in {category}"`), which YAML keeps inside quotes.
	.refine((value) => value.trim() !== '', {
		error: 'An empty message shows nothing: write the text, or remove the key if the site no longer uses it.',
	});

/**
 * `content/messages/<language>.yaml`: every interface string of the site in one language, as
 * `key: text` lines. English (`en.yaml`) is the reference; the others have the same keys.
 *
 * @example
 * home.heading: How can we help?
 * common.articleCount.one: "{count} article"
 * common.articleCount.other: "{count} articles"
 */
export const messagesFileSchema = z.record(key, text, {
	error: 'Write one message per line as `key: text`, for example `home.heading: How can we help?`.',
});

export type MessagesFile = z.output<typeof messagesFileSchema>;
