import { closest, listOr } from '../../schemas/shared.ts';
import { contactFromHref, findContactDetails, isKnownContact, type FoundContact } from './contact-details.ts';
import type { BodyFacts } from './mdx-body.ts';
import { MDX_COMPONENTS, MDX_COMPONENT_NAMES } from './mdx-components.ts';
import { problem, type Problem } from '../problems/problem.ts';

/** What the body checks know about the rest of the site. */
export interface SiteIndex {
	/** Every article by id (`<category>/<slug>`), with the heading ids of its body when it could be read. */
	articles: ReadonlyMap<string, { draft: boolean; anchors: readonly string[] | undefined }>;
	/** Addresses of the other pages: `/`, `/payments/`, `/contact/`… */
	pages: ReadonlySet<string>;
	/** Project-relative paths of the files under `public/` and `content/`; undefined skips image checks. */
	files: ReadonlySet<string> | undefined;
	/** The site's own origin (`https://help.example.com`), so full links to it are checked too. */
	origin: string | undefined;
	/** Phone numbers and email addresses from the markets' support files. */
	knownContacts: readonly FoundContact[];
	/** Which channels have a response time in the support file; undefined when unknown (the check asks per market, see `markets-check.ts`). */
	responseTimes: Readonly<Record<string, boolean>> | undefined;
}

/** The article whose body is checked. */
export interface BodyContext {
	id: string;
	file: string;
	draft: boolean;
	facts: BodyFacts;
}

const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select']);
const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

/** Words writers reach for, and the component that does it here. */
const COMPONENT_ALIASES: Record<string, string> = {
	warning: '<Callout type="warning">',
	tip: '<Callout type="tip">',
	note: '<Callout type="note">',
	info: '<Callout type="note">',
	alert: '<Callout type="warning">',
	aside: '<Callout>',
	admonition: '<Callout>',
	phonenumber: '<Phone />',
	telephone: '<Phone />',
	emailaddress: '<Email />',
	mail: '<Email />',
	chat: '<ChatLink />',
	livechat: '<ChatLink />',
	openinghours: '<Hours channel="…" />',
	step: '<Steps>',
	brandname: '<Brand />',
};

function tagOf(name: string): string {
	const spec = MDX_COMPONENTS[name];
	return spec && spec.children === 'none' ? `<${name} />` : `<${name}>`;
}

function lineWithin(text: string, index: number, firstLine: number): number {
	return firstLine + (text.slice(0, index).match(/\n/g)?.length ?? 0);
}

function checkComponents(context: BodyContext, site: SiteIndex, problems: Problem[]) {
	const { file, facts } = context;
	for (const element of facts.elements) {
		const { name, line } = element;
		if (/^[a-z]/.test(name) && !name.includes('.')) {
			if (UNSAFE_ELEMENTS.has(name)) {
				problems.push(
					problem('unsafe-html', file, {
						line,
						message: `\`<${name}>\` is not allowed in an article: it could run code or load another site on a help page. Remove it; link to the page instead, or ask a developer for a component.`,
					}),
				);
			}
			for (const attribute of element.attributes) {
				if (/^on/i.test(attribute.name)) {
					problems.push(
						problem('unsafe-html', file, {
							line,
							message: `The \`${attribute.name}\` attribute on \`<${name}>\` runs code, which is not allowed in an article. Remove it.`,
						}),
					);
				}
			}
			continue;
		}
		const spec = MDX_COMPONENTS[name];
		if (!spec) {
			const alias = COMPONENT_ALIASES[name.toLowerCase().replace(/[^a-z]/g, '')];
			const hint = alias ?? (closest(name, MDX_COMPONENT_NAMES) ? tagOf(closest(name, MDX_COMPONENT_NAMES)!) : undefined);
			problems.push(
				problem('unknown-component', file, {
					line,
					message: `\`<${name}>\` is not a component you can use in an article${hint ? `: did you mean \`${hint}\`?` : '.'} The components are ${listOr(MDX_COMPONENT_NAMES.map(tagOf))}.`,
				}),
			);
			continue;
		}
		const allowed = Object.keys(spec.props);
		for (const attribute of element.attributes) {
			if (attribute.spread) {
				problems.push(
					problem('invalid-component-prop', file, {
						line,
						message: `\`<${name} {…}>\` cannot be checked. Write each attribute as name="value".`,
					}),
				);
				continue;
			}
			const prop = spec.props[attribute.name];
			if (!prop) {
				const hint = closest(attribute.name, allowed);
				problems.push(
					problem('invalid-component-prop', file, {
						line,
						message: allowed.length
							? `\`<${name}>\` has no attribute \`${attribute.name}\`${hint ? `: did you mean \`${hint}\`?` : '.'} It accepts ${listOr(allowed)}.`
							: `\`<${name}>\` takes no attributes: write \`${tagOf(name)}\`.`,
					}),
				);
				continue;
			}
			if (prop.values && attribute.value !== undefined && !prop.values.includes(attribute.value ?? '')) {
				const value = attribute.value ?? '';
				const hint = value ? closest(value, prop.values) : undefined;
				problems.push(
					problem('invalid-component-prop', file, {
						line,
						message: `${value ? `\`${attribute.name}="${value}"\` is not allowed` : `\`${attribute.name}\` needs a value`} on \`<${name}>\`${hint ? `: did you mean \`${attribute.name}="${hint}"\`?` : '.'} Use ${listOr(prop.values.map((v) => `${attribute.name}="${v}"`))}.`,
					}),
				);
				continue;
			}
			if (name === 'ResponseTime' && attribute.name === 'channel' && typeof attribute.value === 'string' && site.responseTimes && site.responseTimes[attribute.value] === false) {
				problems.push(
					problem('invalid-component-prop', file, {
						line,
						message: `\`<ResponseTime channel="${attribute.value}" />\`: content/support.yaml gives no response time for ${attribute.value}. Use a channel that has one (${listOr(Object.keys(site.responseTimes).filter((c) => site.responseTimes![c]))}), or add \`responseTime:\` to ${attribute.value} in content/support.yaml.`,
					}),
				);
			}
		}
		for (const [propName, prop] of Object.entries(spec.props)) {
			// A misspelt attribute (`chanel`) is reported above; "needs a channel" would say it twice.
			const misspelt = element.attributes.some((a) => !spec.props[a.name] && closest(a.name, allowed) === propName);
			if (prop.required && !misspelt && !element.attributes.some((a) => a.name === propName)) {
				problems.push(
					problem('invalid-component-prop', file, {
						line,
						message: `\`<${name}>\` needs a \`${propName}\` attribute, for example \`<${name} ${propName}="${prop.values?.[prop.values.length - 1] ?? '…'}" />\`.${prop.values ? ` Use ${listOr(prop.values.map((v) => `${propName}="${v}"`))}.` : ''}`,
					}),
				);
			}
		}
		if (spec.children === 'none' && element.hasChildren) {
			problems.push(
				problem('invalid-component-prop', file, {
					line,
					message: `\`<${name}>\` shows its own text and ignores anything inside it. Write \`<${name}${element.attributes.map((a) => (typeof a.value === 'string' ? ` ${a.name}="${a.value}"` : '')).join('')} />\` and put your own words outside it.`,
				}),
			);
		}
		if (spec.children === 'required' && !element.hasChildren) {
			problems.push(
				problem('invalid-component-prop', file, {
					line,
					message: `\`<${name}>\` is empty. Put the text between \`<${name}>\` and \`</${name}>\`.`,
				}),
			);
		}
	}
}

/** Where a local image address points, as a project-relative path. */
function imagePath(src: string, file: string): string {
	const clean = decodeURI(src.split(/[?#]/)[0]!);
	if (clean.startsWith('/')) return `public${clean}`;
	const parts = file.split('/').slice(0, -1);
	for (const segment of clean.split('/')) {
		if (segment === '..') parts.pop();
		else if (segment !== '.' && segment !== '') parts.push(segment);
	}
	return parts.join('/');
}

function checkImages(context: BodyContext, site: SiteIndex, problems: Problem[]) {
	const { file, facts } = context;
	for (const image of facts.images) {
		const shown = image.html ? `<img src="${image.src}">` : `![](${image.src})`;
		// `alt=""` on an HTML image is a deliberate "decorative" marker; Markdown has no such thing.
		if (image.html ? image.alt === undefined : !image.alt?.trim()) {
			problems.push(
				problem('missing-alt-text', file, {
					line: image.line,
					message: image.html
						? `\`${shown}\` has no alt text. Add \`alt="…"\` describing what it shows (or \`alt=""\` if it is only decoration).`
						: `\`${shown}\` has no alt text, so screen reader users do not know what it shows. Describe it between the brackets, for example \`![The Purchases tab in the app](${image.src})\`.`,
				}),
			);
		}
		if (/^(https?:)?\/\//i.test(image.src)) {
			problems.push(
				problem('unsafe-html', file, {
					line: image.line,
					message: `The image \`${image.src}\` is loaded from another site, which would tell that site who reads this page. Save the image under public/images/ and use \`/images/<file name>\`.`,
				}),
			);
			continue;
		}
		if (UNSAFE_URL.test(image.src) || !image.src || !site.files) continue;
		const target = imagePath(image.src, file);
		if (!site.files.has(target)) {
			problems.push(
				problem('missing-image', file, {
					line: image.line,
					message: `The image \`${image.src}\` does not exist (looked for ${target}). Add the file there, or correct the address.`,
				}),
			);
		}
	}
}

function anchorProblem(file: string, line: number, url: string, hash: string, target: string, anchors: readonly string[]): Problem | undefined {
	if (anchors.includes(hash)) return undefined;
	const hint = closest(hash, anchors);
	const list = anchors.length
		? ` Its headings are ${anchors.slice(0, 12).map((a) => `\`#${a}\``).join(', ')}${anchors.length > 12 ? '…' : ''}.`
		: ' It has no headings, so link to the page without `#…`.';
	const what = url.startsWith('#') ? `\`${url}\` is not a heading on ${target}` : `\`${url}\` points to \`#${hash}\`, which is not a heading on ${target}`;
	return problem('broken-anchor', file, {
		line,
		message: `${what}${hint ? `: did you mean \`#${hint}\`?` : '.'}${hint ? '' : list}`,
	});
}

/** Checks one internal link; returns a problem when it leads nowhere. */
export function checkLink(url: string, line: number, from: Pick<BodyContext, 'id' | 'file' | 'draft'>, site: SiteIndex): Problem | undefined {
	const { file } = from;
	const trimmed = url.trim();
	if (!trimmed) return problem('broken-link', file, { line, message: 'A link has no address. Write it as `[text](/category/article/)`.' });
	if (UNSAFE_URL.test(trimmed)) {
		return problem('unsafe-html', file, { line, message: `The link \`${trimmed.slice(0, 40)}\` runs code or embeds data, which is not allowed in an article. Link to a page instead.` });
	}
	if (/^(tel|mailto):/i.test(trimmed)) return undefined;
	let path = trimmed;
	if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed)) {
		if (!site.origin) return undefined;
		const absolute = new URL(trimmed, site.origin);
		if (absolute.origin !== new URL(site.origin).origin) return undefined;
		path = absolute.pathname + absolute.hash;
	}
	if (/\.mdx?(#.*)?$/i.test(path.split('?')[0]!) && !path.startsWith('#')) {
		// A link to the article's file instead of its address.
		const filePath = path.replace(/#.*$/, '');
		const resolved = (filePath.startsWith('/') ? filePath.slice(1) : imagePath(filePath, from.file))
			.replace(/^content\/articles\//, '')
			.replace(/\.mdx?$/i, '');
		const id = site.articles.has(resolved) ? resolved : [...site.articles.keys()].find((k) => k.endsWith(`/${resolved.split('/').pop()}`));
		return problem('broken-link', file, {
			line,
			message: `\`${trimmed}\` links to a file, but links go to web addresses.${id ? ` Write \`/${id}/\`.` : ' Article addresses are `/<category>/<file name>/`.'}`,
		});
	}
	const resolved = new URL(path, `https://site.invalid/${from.id}/`);
	let pathname: string;
	let hash: string;
	try {
		pathname = decodeURI(resolved.pathname);
		hash = decodeURIComponent(resolved.hash.slice(1));
	} catch {
		return problem('broken-link', file, { line, message: `\`${trimmed}\` is not a valid address.` });
	}
	const articleId = /^\/([^/]+\/[^/]+)\/$/.exec(pathname)?.[1];
	const article = articleId ? site.articles.get(articleId) : undefined;
	if (article) {
		if (article.draft && !from.draft) {
			return problem('broken-link', file, {
				line,
				message: `\`${trimmed}\` leads to a draft, which is not published, so the link would lead nowhere. Publish that article first (\`draft: false\`), or remove the link.`,
			});
		}
		if (hash && article.anchors) {
			return anchorProblem(file, line, trimmed, hash, articleId === from.id ? 'this page' : `/${articleId}/`, article.anchors);
		}
		return undefined;
	}
	if (site.pages.has(pathname)) return undefined;
	if (site.files?.has(`public${pathname}`)) return undefined;
	const withSlash = `${pathname}/`;
	if (!pathname.endsWith('/') && (site.pages.has(withSlash) || site.articles.has(withSlash.slice(1, -1)))) {
		return problem('broken-link', file, {
			line,
			message: `\`${trimmed}\` needs a final slash: write \`${withSlash}${resolved.hash}\`.`,
		});
	}
	const candidates = [...site.pages, ...[...site.articles].filter(([, a]) => from.draft || !a.draft).map(([id]) => `/${id}/`)];
	const lastSegment = pathname.replace(/\/$/, '').split('/').pop() ?? '';
	const sameSlug = candidates.filter((c) => c.endsWith(`/${lastSegment}/`) && lastSegment);
	const hint = sameSlug.length === 1 ? sameSlug[0] : closest(pathname.endsWith('/') ? pathname : withSlash, candidates);
	const relative = !trimmed.startsWith('/') && !/^[a-z]+:/i.test(trimmed);
	return problem('broken-link', file, {
		line,
		message: `\`${trimmed}\` leads nowhere${relative ? ` (from this page it means \`${pathname}\`)` : ''}: no article or page has that address${hint ? `. Did you mean \`${hint}${resolved.hash}\`?` : '.'}${hint ? '' : ' Article addresses are `/<category>/<file name>/`, as in content/articles/.'}`,
	});
}

function checkContacts(context: BodyContext, site: SiteIndex, problems: Problem[]) {
	const seen = new Set<string>();
	const report = (found: FoundContact, line: number) => {
		const key = `${line}:${found.kind}:${found.normalized}`;
		if (seen.has(key)) return;
		seen.add(key);
		const component = found.kind === 'phone' ? '<Phone />' : '<Email />';
		const what = found.kind === 'phone' ? 'phone number' : 'email address';
		const article = found.kind === 'phone' ? 'a' : 'an';
		problems.push(
			isKnownContact(found, site.knownContacts)
				? problem('typed-contact-detail', context.file, {
						line,
						message: `\`${found.text}\` is our ${what} typed by hand. Write \`${component}\` instead, so the article stays right when the support file changes and in every market.`,
					})
				: problem('unknown-contact-detail', context.file, {
						line,
						message: `\`${found.text}\` looks like ${article} ${what}, but it is not one of ours in the support files. A wrong or pasted ${what} on a help page can send customers to scammers. Use \`${component}\` for ours; if this is not a contact detail, rephrase it.`,
					}),
		);
	};
	for (const text of context.facts.texts) {
		for (const found of findContactDetails(text.value)) report(found, lineWithin(text.value, found.index, text.line));
	}
	for (const link of context.facts.links) {
		const found = contactFromHref(link.url);
		if (found) report(found, link.line);
	}
}

/** Every body problem of one article: syntax, components, links, anchors, images, contact details. */
export function checkBody(context: BodyContext, site: SiteIndex): Problem[] {
	const { file, facts } = context;
	const problems: Problem[] = [];
	if (facts.syntaxError) {
		problems.push(problem('mdx-syntax', file, { line: facts.syntaxError.line, message: facts.syntaxError.message }));
	} else if (!facts.hasContent) {
		problems.push(problem('empty-body', file, { message: 'The article has no text below the frontmatter. Write the answer there, starting with one or two sentences that answer the question.' }));
	}
	for (const line of facts.esmLines) {
		problems.push(
			problem('mdx-import', file, {
				line,
				message: 'Articles cannot import or export anything. The components in the writing guide work without importing: delete this line.',
			}),
		);
	}
	checkComponents(context, site, problems);
	for (const heading of facts.headings) {
		if (heading.depth === 1) {
			problems.push(
				problem('body-h1', file, {
					line: heading.line,
					message: `\`# ${heading.text}\` is a top-level heading, but the page already shows the title as its only one. Use \`## ${heading.text}\` for a section, or delete the line if it repeats the title.`,
				}),
			);
		}
	}
	for (const link of facts.links) {
		const found = checkLink(link.url, link.line, context, site);
		if (found) problems.push(found);
	}
	checkImages(context, site, problems);
	checkContacts(context, site, problems);
	const todoLines = new Set<number>();
	for (const text of facts.texts) {
		for (const match of text.value.matchAll(/\bTODO\b/g)) todoLines.add(lineWithin(text.value, match.index, text.line));
	}
	for (const line of todoLines) {
		problems.push(problem('placeholder-text', file, { line, message: 'This line still has a `TODO` prompt. Replace it with the real text before publishing.' }));
	}
	return problems;
}
