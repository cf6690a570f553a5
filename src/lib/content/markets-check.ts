// The checks that depend on the market an article is published in: the figures it prints with
// `<Fact />`, the channels it names (`<Phone />`, `<Hours channel>`…), the articles it links to,
// the response times it quotes, and the topics each market has no article for. An article
// published in two markets is checked once for each; a mistake that is the same in every market
// (an unknown fact name) is reported once.
import { closest, listOr } from '../../schemas/shared.ts';
import type { Market } from '../../schemas/markets.ts';
import type { Topic } from '../../schemas/topics.ts';
import { localeSlug } from '../markets/markets.ts';
import type { PublishedArticle } from '../markets/publication.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { ArticleRecord } from './articles.ts';
import type { ParsedYaml } from './frontmatter.ts';
import type { BodyFacts } from './mdx-body.ts';
import { claimedTopics } from './topics.ts';
import { CHANNEL_IDS, type ChannelId } from '../../schemas/channels.ts';

export interface MarketsCheckInput {
	/** The markets of `content/markets.yaml`, in order. */
	markets: readonly Market[];
	/** `content/markets.yaml`, for the lines of the markets. */
	marketsFile: { path: string; yaml: ParsedYaml | undefined };
	/** Each market's support file (by market id) and which channels it gives a response time for; absent when it cannot be read. */
	supports: ReadonlyMap<string, MarketSupport>;
	/** Every article read: the shared ones and the markets' own. */
	records: readonly ArticleRecord[];
	/** What each market publishes (`marketArticles`). */
	published: ReadonlyMap<string, readonly PublishedArticle[]>;
	topics: readonly Topic[];
}

/** What the checks need to know about a market's support file. */
export interface MarketSupport {
	path: string;
	/** Which channels it gives a response time for. */
	responseTimes: Readonly<Record<string, boolean>>;
	/** The channels it offers (`phone`, `email`, `chat`); undefined when the file is not valid (its own problems say why). */
	channels?: readonly string[] | undefined;
}

type Element = BodyFacts['elements'][number];

/** The channel a contact component shows (`<Phone />`: phone; `<Hours channel="chat" />`: chat), or undefined for other elements. */
function channelShown(element: Element): string | undefined {
	switch (element.name) {
		case 'Phone':
			return 'phone';
		case 'Email':
			return 'email';
		case 'ChatLink':
			return 'chat';
		case 'Hours':
			return attribute(element, 'channel');
		case 'ResponseTime':
			return attribute(element, 'channel') ?? 'email';
		default:
			return undefined;
	}
}

const CONTACT_LINKS: Readonly<Record<ChannelId, string>> = { phone: '<Phone />', email: '<Email />', chat: '<ChatLink />' };

/** How an article writes `channel` with a component of the same kind: `<Email />` for `<Phone />`, `<Hours channel="chat" />`. */
function written(component: string, channel: ChannelId): string {
	return component === 'Hours' || component === 'ResponseTime' ? `<${component} channel="${channel}" />` : CONTACT_LINKS[channel];
}

const marketName = (market: Market) => `\`${market.id}\` (${market.name})`;

/** The value of an element's attribute as written in quotes, or undefined. */
function attribute(element: BodyFacts['elements'][number], name: string): string | undefined {
	const found = element.attributes.find((a) => a.name === name && !a.spread);
	return typeof found?.value === 'string' ? found.value : undefined;
}

/** The article id (`<category>/<slug>`) a link in the article `fromId` points to, when it points to one of `ids`. */
function linkedArticle(url: string, fromId: string, ids: ReadonlySet<string>): string | undefined {
	const trimmed = url.trim();
	if (!trimmed || trimmed.startsWith('#') || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed)) return undefined;
	try {
		const id = /^\/([^/]+\/[^/]+)\/$/.exec(decodeURI(new URL(trimmed, `https://site.invalid/${fromId}/`).pathname))?.[1];
		return id && ids.has(id) ? id : undefined;
	} catch {
		return undefined;
	}
}

/** How a writer makes an article available in a market that lacks it. */
function outsideFix(market: Market, target: string): string {
	return `Publish ${target} there (add \`${market.id}\` to its \`markets:\`, or write content/markets/${market.id}/${target}.mdx), limit this article with \`markets:\``;
}

/**
 * Every problem that depends on the market: `unknown-fact` (once per use), `fact-missing-in-market`,
 * `channel-missing-in-market`, `link-outside-market` and a `<ResponseTime>` a market's support
 * file cannot answer (per market the article is published in), and `market-topic-gap` (one per
 * market, at its line in content/markets.yaml).
 */
export function checkMarkets(input: MarketsCheckInput): Problem[] {
	const { markets, records, published } = input;
	if (!markets.length) return [];
	const problems: Problem[] = [];
	const seen = new Set<string>();
	const add = (found: Problem) => {
		const key = `${found.file}|${found.line}|${found.rule}|${found.message}`;
		if (seen.has(key)) return;
		seen.add(key);
		problems.push(found);
	};

	// Facts no market defines: the same mistake everywhere, so reported once.
	const known = [...new Set(markets.flatMap((m) => Object.keys(m.facts)))].sort();
	for (const record of records) {
		for (const element of record.facts?.elements ?? []) {
			const name = element.name === 'Fact' ? attribute(element, 'name') : undefined;
			if (name === undefined || known.includes(name)) continue;
			const hint = closest(name, known);
			add(
				problem('unknown-fact', record.file.path, {
					line: element.line,
					message: `\`<Fact name="${name}" />\`: no market has a fact \`${name}\`${hint ? `: did you mean \`${hint}\`?` : '.'} ${known.length && known.length <= 12 && !hint ? `The facts are ${listOr(known)}. ` : ''}Each market's facts are under its \`facts:\` in content/markets.yaml; add \`${name}\` there for every market this article is published in.`,
				}),
			);
		}
	}

	const byFile = new Map(records.map((r) => [r.file.path, r]));
	// A <ResponseTime> a support file cannot answer: once per use and support file, naming the markets when several exist.
	const responseGaps = new Map<string, { file: string; line: number; channel: string; support: MarketSupport; markets: Market[] }>();
	const allIds = new Set([...published.values()].flatMap((list) => list.map((a) => a.id)));
	for (const market of markets) {
		const list = published.get(market.id) ?? [];
		const ids = new Set(list.map((a) => a.id));
		const support = input.supports.get(market.id);
		for (const article of list) {
			const record = byFile.get(article.file);
			if (!record?.facts) continue;
			const file = record.file.path;
			const own = record.ownMarket !== undefined;
			for (const element of record.facts.elements) {
				// A channel the market does not offer (an unknown one, `channel="fax"`, is the body check's `invalid-component-prop`).
				const channel = channelShown(element);
				const offered = support?.channels;
				if (channel !== undefined && offered && !offered.includes(channel) && (CHANNEL_IDS as readonly string[]).includes(channel)) {
					const others = markets.filter((m) => input.supports.get(m.id)?.channels?.includes(channel)).map((m) => m.id);
					const instead = offered.map((c) => `\`${written(element.name, c as ChannelId)}\``).join(' or ');
					add(
						problem('channel-missing-in-market', file, {
							line: element.line,
							message: `\`${written(element.name, channel as ChannelId)}\`: the market ${marketName(market)} offers no ${channel} (${support.path} lists only ${offered.join(' and ')}), and this article is published there. Use a channel it offers (${instead})${own ? `, or add ${channel} under \`channels:\` in ${support.path} if the market offers it` : `, write a ${market.id} version at content/markets/${market.id}/${record.id}.mdx, or limit the article to the markets that offer ${channel}${others.length ? ` (\`markets: [${others.join(', ')}]\`)` : ''}`}.`,
						}),
					);
					continue;
				}
				if (element.name === 'Fact') {
					const name = attribute(element, 'name');
					if (name === undefined || !known.includes(name) || market.facts[name]) continue;
					const others = markets.filter((m) => m.facts[name]).map((m) => m.id);
					add(
						problem('fact-missing-in-market', file, {
							line: element.line,
							message: `\`<Fact name="${name}" />\`: the market ${marketName(market)} has no fact \`${name}\`, and this article is published there. Add \`${name}\` under the \`facts:\` of \`${market.id}\` in content/markets.yaml${own ? '' : `, limit the article to the markets that have it (\`markets: [${others.join(', ')}]\`), or write a ${market.id} version at content/markets/${market.id}/${record.id}.mdx`}.`,
						}),
					);
				} else if (element.name === 'ResponseTime' && support) {
					const channel = attribute(element, 'channel') ?? 'email';
					if (support.responseTimes[channel] !== false) continue;
					const key = `${file}|${element.line}|${channel}|${support.path}`;
					const gap = responseGaps.get(key) ?? { file, line: element.line, channel, support, markets: [] };
					gap.markets.push(market);
					responseGaps.set(key, gap);
				}
			}
			for (const link of record.facts.links) {
				const target = linkedArticle(link.url, record.id, allIds);
				if (!target || ids.has(target)) continue;
				add(
					problem('link-outside-market', file, {
						line: link.line,
						message: `\`${link.url.trim()}\` leads to an article the market ${marketName(market)} does not publish, so on /${localeSlug(market.locales[0]!)}/ this link leads nowhere. ${outsideFix(market, target)}, or remove the link.`,
					}),
				);
			}
			const related = Array.isArray(record.raw?.related) ? record.raw.related : [];
			related.forEach((target, index) => {
				if (typeof target !== 'string' || !allIds.has(target) || ids.has(target)) return;
				add(
					problem('link-outside-market', file, {
						line: record.yaml?.lineOf(['related', index]),
						field: `related[${index}]`,
						message: `\`${target}\` is not published in the market ${marketName(market)}, so this article's page there cannot suggest it. ${outsideFix(market, target)}, or remove it from \`related\`.`,
					}),
				);
			});
		}
	}

	for (const { file, line, channel, support, markets: where } of responseGaps.values()) {
		const answered = Object.keys(support.responseTimes).filter((c) => support.responseTimes[c]);
		const inMarkets = markets.length > 1 ? ` (the support file of ${where.length === 1 ? 'the market' : 'the markets'} ${where.map(marketName).join(' and ')}, where this article is published)` : '';
		add(
			problem('invalid-component-prop', file, {
				line,
				message: `\`<ResponseTime channel="${channel}" />\`: ${support.path}${inMarkets} gives no response time for ${channel}. Use a channel that has one${answered.length ? ` (${listOr(answered)})` : ''}, or add \`responseTime:\` to ${channel} in ${support.path}.`,
			}),
		);
	}

	// Per market, the topics other markets answer and it does not (topics no market answers are `unanswered-topic`).
	const topicIds = input.topics.map((t) => t.id);
	const claims = new Map(
		markets.map((market) => {
			const list = published.get(market.id) ?? [];
			return [market.id, claimedTopics(list.flatMap((a) => byFile.get(a.file) ?? []), topicIds)] as const;
		}),
	);
	const anywhere = new Set([...claims.values()].flatMap((set) => [...set]));
	markets.forEach((market, index) => {
		const missing = topicIds.filter((id) => anywhere.has(id) && !claims.get(market.id)!.has(id));
		if (!missing.length) return;
		const where = (topic: string) =>
			markets
				.filter((m) => claims.get(m.id)!.has(topic))
				.map((m) => m.id)
				.join(', ');
		const shown = missing.slice(0, 8).map((t) => `\`${t}\` (answered in ${where(t)})`);
		add(
			problem('market-topic-gap', input.marketsFile.path, {
				line: input.marketsFile.yaml?.lineOf([index, 'id']),
				message: `The market ${marketName(market)} has no article for ${missing.length === 1 ? 'a topic' : `${missing.length} topics`} other markets answer: ${shown.join(', ')}${missing.length > 8 ? ` and ${missing.length - 8} more` : ''}. Customers there find no answer. Write a ${market.id} version under content/markets/${market.id}/<category>/, or add \`${market.id}\` to the \`markets:\` of the article that answers it if it applies there too.`,
			}),
		);
	});
	return problems;
}
