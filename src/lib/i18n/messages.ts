// The interface strings of one language (content/messages/<language>.yaml) and the translator the
// pages and scripts read them through: `{name}` placeholders and plural forms by Intl.PluralRules.
// Pure: the catalogues are read in src/lib/node, or arrive in the page as JSON for the scripts.
import type { Category } from '../../schemas/categories.ts';
import { PLACEHOLDER } from '../../schemas/placeholder.ts';
import { escapeHtml } from '../shared/html.ts';

/** One language's messages, by key. */
export type Catalogue = Readonly<Record<string, string>>;

/** The language the site is written in: its catalogue is the reference, its category names are content/categories.yaml's. */
export const SOURCE_LANGUAGE = 'en';

/** The plural forms Intl.PluralRules knows, in its order; a plural message is `<key>.<form>`. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralForm = (typeof PLURAL_FORMS)[number];

/** `common.articleCount.one` → `{ base: 'common.articleCount', form: 'one' }`; undefined for a key without a form at its end. */
export function pluralPart(key: string): { base: string; form: PluralForm } | undefined {
	const dot = key.lastIndexOf('.');
	const form = key.slice(dot + 1);
	if (dot < 1 || !(PLURAL_FORMS as readonly string[]).includes(form)) return undefined;
	return { base: key.slice(0, dot), form: form as PluralForm };
}

/**
 * The plural messages of a catalogue, by base key: a key ending in a plural form is one when a form
 * other than `other` shares its base (`contact.routing.other` alone is a message of its own).
 */
export function pluralGroups(keys: Iterable<string>): Map<string, Set<PluralForm>> {
	const groups = new Map<string, Set<PluralForm>>();
	for (const key of keys) {
		const part = pluralPart(key);
		if (!part) continue;
		const forms = groups.get(part.base) ?? new Set();
		forms.add(part.form);
		groups.set(part.base, forms);
	}
	for (const [base, forms] of groups) if ([...forms].every((form) => form === 'other')) groups.delete(base);
	return groups;
}

/** The plural forms a language's messages need: `en`, `de` → one, other. */
export function pluralFormsOf(language: string): PluralForm[] {
	const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
	return PLURAL_FORMS.filter((form) => forms.includes(form));
}

/** The placeholders of a message, in order of first appearance: `"{count} results for “{query}”"` → count, query. */
export function placeholdersOf(text: string): string[] {
	return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/** What fills a message's placeholders: text as is, numbers formatted for the page's locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Reads a message of the page's language: `t('home.heading')`, `t('common.articleCount', { count: 3 })`. */
export interface Translator {
	(key: string, params?: MessageParams): string;
	/** The page's locale (`en-GB`): numbers in messages are formatted for it. */
	readonly locale: string;
	/** The catalogue's language (`en`). */
	readonly language: string;
}

/** The language of a locale (`en-GB` → `en`). The one rule is `languageOf` in src/lib/markets; repeated here to keep this module free of markets. */
function languageOfLocale(locale: string): string {
	return locale.split('-')[0]!.toLowerCase();
}

/**
 * A translator for one catalogue. A key the catalogue lacks, or a placeholder without a value, is a
 * mistake in the code, not in the content (the check makes every catalogue have every key): it throws.
 */
export function createTranslator(catalogue: Catalogue, locale: string): Translator {
	const language = languageOfLocale(locale);
	const plurals = new Intl.PluralRules(locale);
	const numbers = new Intl.NumberFormat(locale);
	const where = `the ${language} messages (content/messages/${language}.yaml)`;
	const translate = (key: string, params: MessageParams = {}): string => {
		let text = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
		if (text === undefined && Object.hasOwn(catalogue, `${key}.other`)) {
			const count = params.count;
			if (typeof count !== 'number') throw new Error(`The message \`${key}\` has plural forms: give it a number as \`count\`.`);
			text = catalogue[`${key}.${plurals.select(count)}`] ?? catalogue[`${key}.other`];
		}
		if (text === undefined) throw new Error(`There is no message \`${key}\` in ${where}.`);
		return text.replace(PLACEHOLDER, (_, name: string) => {
			const value = Object.hasOwn(params, name) ? params[name] : undefined;
			if (value === undefined) throw new Error(`The message \`${key}\` needs a value for {${name}}.`);
			return typeof value === 'number' ? numbers.format(value) : value;
		});
	};
	return Object.assign(translate, { locale, language });
}

/**
 * A message as HTML, with the site's own markup in some placeholders (`{date}` as a `<time>`,
 * `{link}` as an `<a>`): the message and the text values are escaped, the `markup` values are
 * inserted as they are, and `**words**` become bold (`<strong>`). For `set:html`.
 */
export function translateHtml(t: Translator, key: string, params: MessageParams, markup: Readonly<Record<string, string>>): string {
	const names = Object.keys(markup);
	// Private-use characters mark where the markup goes: no message or value contains them, and escaping leaves them be.
	const marks = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`]));
	const text = escapeHtml(t(key, { ...params, ...marks })).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
	return text.replace(/\uE000(\d+)\uE001/g, (_, i: string) => markup[names[Number(i)]!]!);
}

/**
 * The messages a script needs, and nothing else, so a page does not carry the whole catalogue:
 * each key with all its plural forms. Throws on a key the catalogue lacks.
 */
export function pickMessages(catalogue: Catalogue, keys: readonly string[]): Catalogue {
	const picked: Record<string, string> = {};
	for (const key of keys) {
		const found = Object.keys(catalogue).filter((k) => k === key || pluralPart(k)?.base === key);
		if (!found.length) throw new Error(`There is no message \`${key}\` to give to the page's script.`);
		for (const k of found) picked[k] = catalogue[k]!;
	}
	return picked;
}

/** The key of a category's (or section's) title or description in a catalogue other than English's. */
export function categoryMessageKey(category: string, field: 'title' | 'description', section?: string): string {
	return section === undefined ? `categories.${category}.${field}` : `categories.${category}.sections.${section}.${field}`;
}

/**
 * The categories in the page's language: content/categories.yaml's own text in English, the
 * catalogue's `categories.<id>.…` in any other language (a description only where English has one).
 */
export function translateCategories(categories: readonly Category[], t: Translator): Category[] {
	if (t.language === SOURCE_LANGUAGE) return [...categories];
	return categories.map((category) => ({
		...category,
		title: t(categoryMessageKey(category.id, 'title')),
		description: t(categoryMessageKey(category.id, 'description')),
		sections: category.sections.map((section) => ({
			...section,
			title: t(categoryMessageKey(category.id, 'title', section.id)),
			...(section.description !== undefined ? { description: t(categoryMessageKey(category.id, 'description', section.id)) } : {}),
		})),
	}));
}
