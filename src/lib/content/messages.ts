// The message catalogues (content/messages/<language>.yaml): English is required and is the
// reference; every other catalogue has each of its keys (and the category names, and the plural
// forms its language needs), keeps its placeholders, and adds nothing else.
import type { Category } from '../../schemas/categories.ts';
import { MESSAGE_FILE_NAME } from '../../schemas/messages.ts';
import { closest, listOr } from '../../schemas/shared.ts';
import {
	categoryMessageKey,
	placeholdersOf,
	pluralFormsOf,
	pluralGroups,
	pluralPart,
	SOURCE_LANGUAGE,
	type Catalogue,
} from '../i18n/messages.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { CONTENT_PATHS, messagesFilePath, readDataFile, type SourceFile } from './files.ts';
import type { ParsedYaml } from './frontmatter.ts';

/** A market's language, and where content/markets.yaml names it, to report a language without a catalogue. */
export interface MarketLanguage {
	market: string;
	locale: string;
	line?: number | undefined;
}

export interface MessagesCheck {
	problems: Problem[];
	/** The valid catalogues, by language. */
	catalogues: Map<string, Catalogue>;
}

/** `de` → `German`, for messages written in English. */
function languageName(language: string): string {
	return new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
}

/** A message as the writer would type it in YAML: `key: "text"`. */
function entry(key: string, text: string): string {
	return `${key}: ${JSON.stringify(text)}`;
}

/** Every message another language must have, in English's order, with the English text to translate. */
function expectedMessages(english: Catalogue, language: string, categories: readonly Category[]): Map<string, { english: string; base?: string }> {
	const expected = new Map<string, { english: string; base?: string }>();
	const groups = pluralGroups(Object.keys(english));
	const forms = pluralFormsOf(language);
	const done = new Set<string>();
	for (const [key, text] of Object.entries(english)) {
		if (key.startsWith('categories.')) continue;
		const part = pluralPart(key);
		if (part && groups.has(part.base)) {
			if (done.has(part.base)) continue;
			done.add(part.base);
			for (const form of forms) {
				const source = english[`${part.base}.${form}`] ?? english[`${part.base}.other`] ?? text;
				expected.set(`${part.base}.${form}`, { english: source, base: part.base });
			}
			continue;
		}
		expected.set(key, { english: text });
	}
	for (const category of categories) {
		expected.set(categoryMessageKey(category.id, 'title'), { english: category.title });
		expected.set(categoryMessageKey(category.id, 'description'), { english: category.description });
		for (const section of category.sections) {
			expected.set(categoryMessageKey(category.id, 'title', section.id), { english: section.title });
			if (section.description !== undefined) {
				expected.set(categoryMessageKey(category.id, 'description', section.id), { english: section.description });
			}
		}
	}
	return expected;
}

/** The placeholders a plural message's forms have between them in English. */
function groupPlaceholders(english: Catalogue, base: string): Set<string> {
	return new Set(
		Object.entries(english)
			.filter(([key]) => pluralPart(key)?.base === base)
			.flatMap(([, text]) => placeholdersOf(text)),
	);
}

/** English's own mistakes: category names (they come from content/categories.yaml) and plural messages without `.other`. */
function checkEnglish(english: Catalogue, path: string, yaml: ParsedYaml): Problem[] {
	const problems: Problem[] = [];
	for (const key of Object.keys(english)) {
		if (!key.startsWith('categories.')) continue;
		problems.push(
			problem('unknown-message', path, {
				line: yaml.keyLines.get(key),
				field: key,
				message: `\`${key}\` is never shown: English category and section names come from ${CONTENT_PATHS.categories}. Change them there, and remove this line.`,
			}),
		);
	}
	for (const [base, forms] of pluralGroups(Object.keys(english))) {
		if (forms.has('other')) continue;
		const first = [...forms][0]!;
		problems.push(
			problem('message-plural', path, {
				line: yaml.keyLines.get(`${base}.${first}`),
				field: `${base}.${first}`,
				message: `\`${base}\` has plural forms but no \`${base}.other\`, the form for every other number: add it, for example \`${base}.other: "{count} …"\`.`,
			}),
		);
	}
	const used = new Set(pluralFormsOf(SOURCE_LANGUAGE));
	for (const [base, forms] of pluralGroups(Object.keys(english))) {
		for (const form of forms) {
			if (used.has(form)) continue;
			problems.push(
				problem('unknown-message', path, {
					line: yaml.keyLines.get(`${base}.${form}`),
					field: `${base}.${form}`,
					message: `English has no plural form \`${form}\` (only ${listOr([...used])}), so \`${base}.${form}\` is never shown: remove it.`,
				}),
			);
		}
	}
	return problems;
}

/**
 * A region's catalogue (`en-GB.yaml`): only the messages that differ from its language's, so none is
 * missing; each must be a message of the site, with the same placeholders as its language's.
 */
function checkRegional(
	locale: string,
	catalogue: Catalogue,
	file: { path: string; yaml: ParsedYaml },
	base: Catalogue,
	english: Catalogue,
): Problem[] {
	const problems: Problem[] = [];
	const known = Object.keys(base);
	for (const [key, text] of Object.entries(catalogue)) {
		const line = file.yaml.keyLines.get(key);
		if (!Object.hasOwn(base, key)) {
			const hint = closest(key, known);
			problems.push(
				problem('unknown-message', file.path, {
					line,
					field: key,
					message: `\`${key}\` is not a message of the site, so ${locale} pages never show it${hint ? `: did you mean \`${hint}\`?` : '. Remove it, or correct the key.'}`,
				}),
			);
			continue;
		}
		const allowed = new Set([...placeholdersOf(base[key]!), ...placeholdersOf(english[key] ?? '')]);
		const unknown = placeholdersOf(text).filter((p) => !allowed.has(p));
		if (unknown.length) {
			problems.push(
				problem('message-placeholder-unknown', file.path, {
					line,
					field: key,
					message: `${unknown.map((p) => `{${p}}`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not filled in by the site, so the page would show the braces. Use the placeholders of \`${key}\` in ${messagesFilePath(locale.split('-')[0]!)}.`,
				}),
			);
		}
	}
	return problems;
}

/** One translation against English: missing, unknown and mistranslated keys. */
function checkTranslation(
	language: string,
	catalogue: Catalogue,
	file: { path: string; text: string; yaml: ParsedYaml },
	english: Catalogue,
	categories: readonly Category[],
): Problem[] {
	const problems: Problem[] = [];
	const name = languageName(language);
	const expected = expectedMessages(english, language, categories);
	const endLine = file.text.replace(/\n+$/, '').split('\n').length;
	// A missing key is reported after the key that comes before it in English (where to add it), or at the end of the file.
	let previousLine: number | undefined;
	for (const [key, { english: source, base }] of expected) {
		if (Object.hasOwn(catalogue, key)) {
			previousLine = file.yaml.keyLines.get(key) ?? previousLine;
			const translated = placeholdersOf(catalogue[key]!);
			const allowed = base !== undefined ? groupPlaceholders(english, base) : new Set(placeholdersOf(source));
			const unknown = translated.filter((p) => !allowed.has(p));
			const line = file.yaml.keyLines.get(key);
			if (unknown.length) {
				const known = [...allowed].map((p) => `{${p}}`);
				problems.push(
					problem('message-placeholder-unknown', file.path, {
						line,
						field: key,
						message: `${unknown.map((p) => `{${p}}`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not filled in by the site, so the page would show the braces. ${known.length ? `This message has ${listOr(known)}: spell ${known.length === 1 ? 'it' : 'them'} as in English, never translated.` : 'This message has no placeholder: write the text without braces.'}`,
					}),
				);
			}
			// A plural form for one number may leave out `{count}` ("Ein Artikel"); every other placeholder stays.
			const form = base !== undefined ? pluralPart(key)!.form : undefined;
			const needed = placeholdersOf(source).filter((p) => !translated.includes(p) && !(p === 'count' && form !== undefined && form !== 'other'));
			if (needed.length) {
				problems.push(
					problem('message-placeholder-missing', file.path, {
						line,
						field: key,
						message: `The ${name} text leaves out ${needed.map((p) => `{${p}}`).join(', ')}, which the English has ("${source}"), so the page will not show it. Put it where the sentence needs it.`,
					}),
				);
			}
			continue;
		}
		const form = base !== undefined ? pluralPart(key)!.form : undefined;
		problems.push(
			problem('missing-message', file.path, {
				line: previousLine ?? endLine,
				field: key,
				message:
					form !== undefined && !Object.hasOwn(english, key)
						? `\`${key}\` is missing: ${name} needs the plural form \`${form}\` of \`${base}\`, which English does not have. Add it, translated from the English \`${base}.other\`: ${entry(key, source)}`
						: `\`${key}\` is missing, so ${name} pages have no text for it. Add it${previousLine !== undefined ? ' after this line' : ''}, translated from the English: ${entry(key, source)}`,
			}),
		);
	}
	const known = [...expected.keys()];
	for (const key of Object.keys(catalogue)) {
		if (expected.has(key)) continue;
		const part = pluralPart(key);
		const hint = closest(key, known);
		problems.push(
			problem('unknown-message', file.path, {
				line: file.yaml.keyLines.get(key),
				field: key,
				message:
					part && pluralGroups(Object.keys(english)).has(part.base)
						? `${name} has no plural form \`${part.form}\` (only ${listOr(pluralFormsOf(language))}), so \`${key}\` is never shown: remove it.`
						: `\`${key}\` is not a message of the site (${messagesFilePath(SOURCE_LANGUAGE)} has no such key), so it is never shown${hint ? `: did you mean \`${hint}\`?` : '. Remove it, or correct the key.'}`,
			}),
		);
	}
	return problems;
}

/**
 * Reads every catalogue under content/messages/ and checks each against English, and that every
 * market's language has one. `categories` are content/categories.yaml's, whose names the other
 * languages translate; `markets` the markets' locales, with their line in content/markets.yaml.
 */
export function checkMessages(
	files: readonly SourceFile[],
	categories: readonly Category[],
	markets: readonly MarketLanguage[],
): MessagesCheck {
	const problems: Problem[] = [];
	const catalogues = new Map<string, Catalogue>();
	const read = new Map<string, { file: SourceFile; yaml: ParsedYaml; data: Catalogue }>();
	const languages = new Set<string>();
	const regional: { locale: string; file: SourceFile; yaml: ParsedYaml; data: Catalogue }[] = [];
	for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		const name = file.path.slice(CONTENT_PATHS.messages.length);
		const language = MESSAGE_FILE_NAME.exec(name)?.[1];
		if (language === undefined) {
			problems.push(
				problem('message-file-name', file.path, {
					message: `${file.path} is not named after a language, so no page uses it. Name it after its language's code in lowercase, as the markets write it in \`locales:\` before the hyphen: content/messages/de.yaml for de-DE.`,
				}),
			);
			continue;
		}
		const result = readDataFile('messages', file, {}, file.path);
		problems.push(...result.problems);
		if (language.includes('-')) {
			// A region's differences from its language (`en-GB.yaml`): checked once English is read.
			if (result.data && result.yaml) regional.push({ locale: language, file, yaml: result.yaml, data: result.data });
			continue;
		}
		languages.add(language);
		if (result.data && result.yaml) {
			read.set(language, { file, yaml: result.yaml, data: result.data });
			catalogues.set(language, result.data);
		}
	}
	if (!languages.has(SOURCE_LANGUAGE)) {
		const path = messagesFilePath(SOURCE_LANGUAGE);
		problems.push(
			problem('missing-file', path, {
				message: `The file ${path} is missing: it holds every interface string of the site (headings, buttons, the contact page's sentences), in English. Restore it from version control.`,
			}),
		);
	}
	// Each market's language needs a catalogue.
	const reported = new Set<string>();
	for (const { market, locale, line } of markets) {
		const language = locale.split('-')[0]!.toLowerCase();
		// English's own absence is reported above.
		if (language === SOURCE_LANGUAGE || languages.has(language) || reported.has(language)) continue;
		reported.add(language);
		problems.push(
			problem('missing-message', CONTENT_PATHS.markets, {
				line,
				field: market,
				message: `The market \`${market}\` speaks ${languageName(language)} (${locale}), but ${messagesFilePath(language)} does not exist, so its pages would have no interface text. Copy ${messagesFilePath(SOURCE_LANGUAGE)} to ${messagesFilePath(language)} and translate every message.`,
			}),
		);
	}
	const english = read.get(SOURCE_LANGUAGE);
	if (!english) return { problems, catalogues };
	problems.push(...checkEnglish(english.data, english.file.path, english.yaml));
	for (const [language, { file, yaml, data }] of read) {
		if (language === SOURCE_LANGUAGE) continue;
		problems.push(...checkTranslation(language, data, { path: file.path, text: file.text, yaml }, english.data, categories));
	}
	for (const { locale, file, yaml, data } of regional) {
		const language = locale.split('-')[0]!;
		const base = catalogues.get(language);
		if (!base) {
			if (languages.has(language)) continue; // its language's own problems are reported
			problems.push(
				problem('message-file-name', file.path, {
					message: `${file.path} holds the differences of ${locale} from ${languageName(language)}, but ${messagesFilePath(language)} does not exist. Write the language's catalogue first, or name this file after the language.`,
				}),
			);
			continue;
		}
		problems.push(...checkRegional(locale, data, { path: file.path, yaml }, base, english.data));
		catalogues.set(locale, { ...base, ...data });
	}
	return { problems, catalogues };
}
