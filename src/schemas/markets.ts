import { z } from 'zod';
import { closest, strictObject, uniqueIds } from './shared.ts';

/** A market's id: lowercase letters, the country it serves (`us`, `gb`, `de`). */
const marketId = z.string().regex(/^[a-z]{2,8}$/, { error: 'Use 2–8 lowercase letters, usually the country code, for example `gb`.' });

/**
 * A BCP 47 locale with a region, written the canonical way (`en-US`, `en-GB`, `de-DE`): it becomes
 * the page's `lang` and, in lowercase, the first part of every address (`/en-gb/`).
 */
export const localeTag = z.string().transform((text, ctx): string => {
	const value = text.trim();
	let canonical: string | undefined;
	try {
		canonical = Intl.getCanonicalLocales(value)[0];
	} catch {
		canonical = undefined;
	}
	if (!canonical || !/^[a-z]{2,3}-[A-Z]{2}$/.test(canonical)) {
		ctx.addIssue({
			code: 'custom',
			message: `"${value}" is not a language and country code. Write it like \`en-US\`, \`en-GB\` or \`de-DE\`.`,
		});
		return z.NEVER;
	}
	if (canonical !== value) {
		ctx.addIssue({ code: 'custom', message: `Write "${value}" as \`${canonical}\`.` });
		return z.NEVER;
	}
	return canonical;
});

/** A fact's name as articles write it: `<Fact name="lateFee" />`. */
export const factName = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, {
	error: 'Write fact names in camelCase: a lowercase letter first, then letters and digits, for example `lateFee`.',
});

/** The kinds of fact, each formatted for the page's locale: an amount in the market's currency, a number of days, a percentage or words. */
export const FACT_KINDS = ['money', 'days', 'businessDays', 'percent', 'text'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const FACT_HELP =
	'Give a fact one kind and its value: `{ money: 7 }`, `{ days: 14 }`, `{ businessDays: 10 }` (or a range, `{ businessDays: [3, 5] }`), `{ percent: 25 }` or `{ text: the Financial Ombudsman Service }`.';

/** One market fact: `{ money: 7 }`, `{ days: 14 }`, `{ businessDays: [3, 5] }`, `{ text: … }`. */
export const factSchema = z
	.record(z.string(), z.unknown(), { error: FACT_HELP })
	.transform((value, ctx): { kind: FactKind; value: number | string | readonly [number, number] } => {
		const keys = Object.keys(value);
		const kind = keys[0];
		if (keys.length !== 1 || !kind) {
			// `{ text: Kestrel Pay, Inc. }`: YAML reads the comma as the start of a second key.
			const comma = kind === 'text' && keys.length > 1 ? ' Text with a comma needs quotes: `{ text: "Kestrel Pay, Inc." }`.' : '';
			ctx.addIssue({ code: 'custom', message: `${FACT_HELP}${comma}` });
			return z.NEVER;
		}
		if (!(FACT_KINDS as readonly string[]).includes(kind)) {
			const hint = closest(kind, FACT_KINDS);
			ctx.addIssue({
				code: 'custom',
				message: `\`${kind}\` is not a kind of fact${hint ? `: did you mean \`${hint}\`?` : '.'} ${FACT_HELP}`,
			});
			return z.NEVER;
		}
		const raw = value[kind];
		if (kind === 'text') {
			if (typeof raw !== 'string' || !raw.trim() || raw.length > 200) {
				ctx.addIssue({ code: 'custom', path: [kind], message: 'Write the text of the fact, at most 200 characters.' });
				return z.NEVER;
			}
			return { kind, value: raw.trim() };
		}
		const whole = kind === 'days' || kind === 'businessDays';
		if (kind === 'businessDays' && Array.isArray(raw)) {
			// A range of days, written in words by the page's language: "3 to 5 business days".
			const [from, to] = raw as unknown[];
			if (
				raw.length !== 2 ||
				!Number.isInteger(from) ||
				!Number.isInteger(to) ||
				(from as number) < 0 ||
				(from as number) >= (to as number)
			) {
				ctx.addIssue({
					code: 'custom',
					path: [kind],
					message: 'Write a range as two whole numbers of days, the smaller first, for example `[3, 5]`.',
				});
				return z.NEVER;
			}
			return { kind, value: [from as number, to as number] };
		}
		if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0 || (whole && !Number.isInteger(raw))) {
			ctx.addIssue({
				code: 'custom',
				path: [kind],
				message: whole
					? 'Write a whole number of days, for example `14`.'
					: 'Write a number without a currency sign, for example `7` or `7.50`.',
			});
			return z.NEVER;
		}
		return { kind: kind as FactKind, value: raw };
	});
export type Fact = z.output<typeof factSchema>;

/** One market of the help center (`content/markets.yaml`). */
export const marketSchema = strictObject({
	/** Short id for commands (`npm run coverage -- --market gb`) and `markets:` in articles. */
	id: marketId,
	/** Shown to customers in the market chooser and switcher: the country or region. */
	name: z.string().trim().min(2).max(40),
	/** The languages the market's pages are written in; the first is the market's own. */
	locales: z
		.array(localeTag)
		.min(1, { error: 'List at least one locale, for example `locales: [en-GB]`.' })
		.max(1, { error: 'A market has one locale for now: list one, for example `locales: [en-GB]`.' }),
	/** The market's support file (hours, holidays, phone numbers), relative to `content/`. */
	support: z
		.string()
		.trim()
		.regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.ya?ml$/, { error: 'Give the path of a YAML file inside content/, for example `support/gb.yaml`.' }),
	/** ISO 4217 code of the currency `money` facts are in. */
	currency: z
		.string()
		.trim()
		.refine((code) => /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code), {
			error: (issue) => {
				const input = String(issue.input).toUpperCase();
				const codes = Intl.supportedValuesOf('currency');
				// Swapped letters (`GPB`) first: they are the usual slip, and as far from `BOB` as from `GBP`.
				const sorted = (code: string) => [...code].sort().join('');
				const hint = codes.find((code) => code !== input && sorted(code) === sorted(input)) ?? closest(input, codes);
				return `\`${String(issue.input)}\` is not a currency code${hint ? `: did you mean \`${hint}\`?` : '.'} Write the currency as its three-letter ISO code, for example \`USD\`, \`GBP\` or \`EUR\`.`;
			},
		}),
	/** The figures that differ between markets, which articles show with `<Fact name="…" />`. */
	facts: z.record(factName, factSchema).default({}),
});

export const marketsFileSchema = uniqueIds(marketSchema, (id) => `The market \`${id}\` is listed twice. Keep one entry.`)
	.min(1, { error: 'List at least one market.' })
	.superRefine((markets, ctx) => {
		const seen = new Map<string, string>();
		markets.forEach((market, index) => {
			market.locales.forEach((locale, position) => {
				const other = seen.get(locale.toLowerCase());
				if (other) {
					ctx.addIssue({
						code: 'custom',
						path: [index, 'locales', position],
						message: `The locale \`${locale}\` is already the market \`${other}\`'s: each locale belongs to one market, since it is the address of its pages.`,
					});
				}
				seen.set(locale.toLowerCase(), market.id);
			});
		});
	});

export type Market = z.output<typeof marketSchema>;
