import { z } from 'zod';

/** A word or short phrase: letters, digits, spaces, apostrophes and hyphens, up to six words. */
const phrase = (role: string) =>
	z
		.string({ error: `Write each ${role} as text, for example \`money back\`.` })
		.trim()
		.min(1, { error: `An empty ${role} matches nothing: remove it.` })
		.max(60, { error: `Keep each ${role} under 60 characters: a word or a short phrase.` })
		.refine((value) => /^[\p{L}\p{N}][\p{L}\p{N} '’-]*$/u.test(value), {
			error: (issue) =>
				`\`${String(issue.input)}\` has characters search ignores: use only letters, digits, spaces, hyphens and apostrophes.`,
		})
		.refine((value) => value.split(/\s+/).length <= 6, {
			error: `A ${role} of more than six words will never match a question: shorten it.`,
		});

/**
 * `content/synonyms.yaml`: the word or phrase our articles use, mapped to the ways customers say it.
 *
 * @example
 * refund: [money back, reimbursement]
 * passcode: [pin, pin code]
 */
export const synonymsFileSchema = z
	.record(
		phrase('word our articles use'),
		z
			.array(phrase('customer phrase'), {
				error: 'List what customers say as a YAML list, for example `refund: [money back, reimbursement]`.',
			})
			.min(1, { error: 'Add at least one way customers say it, for example `refund: [money back]`.' }),
		{ error: 'Write each line as `word our articles use: [what customers say, …]`.' },
	)
	.nullable()
	.transform((value) => value ?? {});

export type SynonymsFile = z.output<typeof synonymsFileSchema>;
