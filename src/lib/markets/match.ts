// Which market suits a visitor's languages, for the chooser's suggestion. Pure: the browser's
// `navigator.languages` and the markets' locales are arguments.

/**
 * The locale among `available` that best matches `preferred` (most wanted first): the first
 * preferred locale a market has exactly (`en-AU, en-GB` → `en-GB`), else the first preferred
 * language a market speaks (`en-AU` or `en` → the first English locale). Undefined when none matches.
 */
export function bestLocale(preferred: readonly string[], available: readonly string[]): string | undefined {
	const lower = available.map((locale) => locale.toLowerCase());
	for (const wanted of preferred) {
		const exact = lower.indexOf(wanted.toLowerCase());
		if (exact >= 0) return available[exact];
	}
	for (const wanted of preferred) {
		const language = wanted.toLowerCase().split('-')[0];
		const sameLanguage = lower.findIndex((locale) => locale.split('-')[0] === language);
		if (sameLanguage >= 0) return available[sameLanguage];
	}
	return undefined;
}
