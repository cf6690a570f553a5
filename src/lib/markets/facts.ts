// A market's facts as its pages print them: amounts in its currency, day counts and percentages in
// its locale's way of writing numbers, text as written. `<Fact name="lateFee" />` prints these.
import type { Fact } from '../../schemas/markets.ts';

/**
 * The words for "business days" per language, and how a range of them reads. Intl has no unit for
 * them, so the numbers are formatted by Intl and the words come from here.
 */
const BUSINESS_DAYS: Record<string, { one: string; other: string; range: (from: string, to: string) => string }> = {
	en: { one: 'business day', other: 'business days', range: (from, to) => `${from} to ${to}` },
	// British English says "working days".
	'en-GB': { one: 'working day', other: 'working days', range: (from, to) => `${from} to ${to}` },
	de: { one: 'Werktag', other: 'Werktage', range: (from, to) => `${from} bis ${to}` },
};

/** The words of `locale` (en-GB), else of its language (en), else English's. */
function businessDayWords(locale: string) {
	return BUSINESS_DAYS[locale] ?? BUSINESS_DAYS[new Intl.Locale(locale).language] ?? BUSINESS_DAYS.en!;
}

/**
 * One fact written for a market's pages: `{ money: 7 }` → "$7" in `en-US` with `USD`, "£0.50" for
 * `{ money: 0.5 }` in `en-GB` with `GBP`; `{ days: 10 }` → "10 days"; `{ businessDays: 1 }` →
 * "1 business day", `{ businessDays: [3, 5] }` → "3 to 5 business days" (de-DE: "3 bis 5 Werktage"); `{ percent: 25 }` → "25%"; `{ text: … }` as written.
 */
export function formatFact(fact: Fact, locale: string, currency: string): string {
	if (fact.kind === 'text') return String(fact.value);
	if (Array.isArray(fact.value)) {
		// Only business days take a range (the schema says so): "3 to 5 business days", "3 bis 5 Werktage".
		const words = businessDayWords(locale);
		const number = new Intl.NumberFormat(locale);
		return `${words.range(number.format(fact.value[0]!), number.format(fact.value[1]!))} ${words.other}`;
	}
	const value = Number(fact.value);
	switch (fact.kind) {
		case 'money':
			return new Intl.NumberFormat(locale, { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' }).format(value);
		case 'days':
			return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(value);
		case 'businessDays': {
			const words = businessDayWords(locale);
			const form = new Intl.PluralRules(locale).select(value) === 'one' ? words.one : words.other;
			return `${new Intl.NumberFormat(locale).format(value)} ${form}`;
		}
		case 'percent':
			// Intl's percent style multiplies by 100; facts are written as the percentage itself.
			return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
	}
}
