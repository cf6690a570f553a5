import { LIMITS, TOPIC_PLACEHOLDER } from '../../schemas/article.ts';
import { closest, listOr } from '../../schemas/shared.ts';
import { slugifyTitle } from '../shared/slugs.ts';
import type { ChannelId } from '../../schemas/channels.ts';

export interface ScaffoldInput {
	category: string;
	title: string;
	/** A topic id from content/topics.yaml; without it the article gets the `choose-a-topic` placeholder. */
	topic?: string | undefined;
	/** A section id of the category; without it the article goes in the category's first section. */
	section?: string | undefined;
	/** Today's date, YYYY-MM-DD. */
	today: string;
	/** Category ids from content/categories.yaml. */
	categories: readonly string[];
	/** The section ids of each category, in order, from content/categories.yaml. */
	sections: Readonly<Record<string, readonly string[]>>;
	/** Topics from content/topics.yaml (id and category); empty when the file could not be read. */
	topics: readonly { id: string; category: string }[];
	/**
	 * The markets, in order (`id` and the address segment `slug`). The article is shared by every
	 * market (it is previewed in the first), unless `market` names the one it is written for.
	 */
	markets: readonly { id: string; slug: string; channels: readonly ChannelId[] }[];
	/** A market id: the article is that market's own, in content/markets/<id>/ (it replaces a shared article of the same name there). */
	market?: string | undefined;
}

export type ScaffoldResult =
	| { ok: true; path: string; url: string; slug: string; text: string; notes: string[] }
	| { ok: false; message: string };

/** How each channel is offered in the contact line of a new article. */
const CONTACT_PHRASES: Record<ChannelId, string> = {
	chat: 'chat with us: <ChatLink /> (available <Hours channel="chat" />)',
	phone: 'call <Phone /> (available <Hours channel="phone" />)',
	email: 'email <Email />',
};

/**
 * The contact line of a new article: the channels every market it is published in offers, so it
 * passes the check there (a market may have no phone line). "Chat with us: … , or email …".
 */
function contactLine(markets: readonly { channels: readonly ChannelId[] }[]): string {
	const common = (['chat', 'phone', 'email'] as const).filter((c) => markets.every((m) => m.channels.includes(c)));
	if (!common.length) return 'TODO: The markets this article is published in share no channel: name one each market offers, or see /contact/.';
	const line = common.map((c) => CONTACT_PHRASES[c]).join(', or ');
	return `${line[0]!.toUpperCase()}${line.slice(1)}.`;
}

/** YAML needs quotes around values that start or contain characters it would read as syntax. */
function yamlText(value: string): string {
	return /[:#'"[\]{},&*!|>%@`]|^[-?\s]|\s$|^(true|false|yes|no|null|~|[\d.+-]+)$/i.test(value) ? JSON.stringify(value) : value;
}

/**
 * The new article for `npm run new:article`: where it goes and its text, or why it cannot be made.
 * Pure; the script checks the file system and writes.
 */
export function scaffoldArticle(input: ScaffoldInput): ScaffoldResult {
	const { categories, topics, markets } = input;
	const market = input.market === undefined ? markets[0] : markets.find((m) => m.id === input.market);
	if (!market) {
		const ids = markets.map((m) => m.id);
		const hint = closest(input.market ?? '', ids);
		return {
			ok: false,
			message: `"${input.market}" is not a market in content/markets.yaml${hint ? `: did you mean "${hint}"?` : '.'} Use one of ${listOr(ids)}.`,
		};
	}
	if (!categories.includes(input.category)) {
		const hint = closest(input.category, categories);
		return {
			ok: false,
			message: `"${input.category}" is not a category${hint ? `: did you mean "${hint}"?` : '.'} Use one of ${listOr(categories)}.`,
		};
	}
	const title = input.title.trim().replace(/\s+/g, ' ');
	if (title.length < LIMITS.title.min || title.length > LIMITS.title.max) {
		return {
			ok: false,
			message: `The title has ${title.length} characters; use ${LIMITS.title.min}–${LIMITS.title.max}. Write the task or question in the customer's words, for example "Pay with a gift card".`,
		};
	}
	const slug = slugifyTitle(title);
	if (!slug) return { ok: false, message: 'The title needs some letters or digits to make a file name from.' };

	const notes: string[] = [];
	const sections = input.sections[input.category] ?? [];
	let section = sections[0];
	if (input.section !== undefined) {
		if (!sections.includes(input.section)) {
			const hint = closest(input.section, sections);
			return {
				ok: false,
				message: `"${input.section}" is not a section of ${input.category}${hint ? `: did you mean "${hint}"?` : '.'} Use one of ${listOr(sections)}.`,
			};
		}
		section = input.section;
	} else if (section !== undefined && sections.length > 1) {
		notes.push(
			`It is in the first section of ${input.category}, ${section}. If it belongs elsewhere, change \`section:\` to one of ${listOr(sections)}.`,
		);
	}
	let topicLine = `[${TOPIC_PLACEHOLDER}]`;
	if (input.topic !== undefined) {
		const topic = topics.find((t) => t.id === input.topic);
		if (!topic && topics.length) {
			const hint = closest(input.topic, topics.map((t) => t.id));
			const own = topics.filter((t) => t.category === input.category).map((t) => t.id);
			return {
				ok: false,
				message: `"${input.topic}" is not a topic in content/topics.yaml${hint ? `: did you mean "${hint}"?` : '.'}${own.length ? ` Topics in ${input.category}: ${listOr(own)}.` : ''}`,
			};
		}
		if (topic && topic.category !== input.category) {
			notes.push(`The topic "${topic.id}" belongs to ${topic.category}, and this article to ${input.category}. That is fine if this is really where customers look for it.`);
		}
		topicLine = `[${input.topic}]`;
	}

	const text = `---
title: ${yamlText(title)}
description: "TODO: One or two sentences (50–160 characters) that say what this article answers."
category: ${input.category}
${section === undefined ? '' : `section: ${section}\n`}topics: ${topicLine}
questions:
  - "TODO: how a customer would ask this, in their own words"
updated: ${input.today}
draft: true
---

TODO: Answer the question in one or two short sentences. Many customers read only this.

## Before you start

- TODO: What the customer needs first, for example the <Brand /> app. Delete this section if nothing is needed.

## Steps

<Steps>

1. TODO: Start each step with a verb, for example "Open the <Brand /> app".
2. TODO: One action per step.

</Steps>

## When to contact us

TODO: Say when it is worth contacting us. The line below always shows the current details.

${contactLine(input.market === undefined ? markets : [market])}
`;
	const folder = input.market === undefined ? 'content/articles' : `content/markets/${input.market}`;
	return { ok: true, slug, path: `${folder}/${input.category}/${slug}.mdx`, url: `/${market.slug}/${input.category}/${slug}/`, text, notes };
}
