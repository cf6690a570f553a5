import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { CHANNEL_IDS, offeredChannels, type ChannelId } from '../../schemas/channels.ts';
import type { Channel } from '../../schemas/support.ts';
import { hasSpecialDays } from '../contact/holidays.ts';
import { describeHours } from '../contact/hours-text.ts';
import { formatFact } from '../markets/facts.ts';
import type { MarketSetup } from '../markets/markets.ts';
import type { Translator } from '../i18n/messages.ts';

/** Values of `<Callout type="…">`. */
export const CALLOUT_TYPES = ['tip', 'note', 'warning'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export interface MdxPropSpec {
	/** What the attribute does, for the writing guide. */
	description: string;
	/** The only values allowed, when the attribute is a choice. */
	values?: readonly string[];
	required?: boolean;
	/** Used when the attribute is left out. */
	default?: string;
}

export interface MdxComponentSpec {
	/** What the component shows, for the writing guide. */
	description: string;
	/** `none`: it shows its own text and ignores anything inside it. */
	children: 'none' | 'optional' | 'required';
	props: Readonly<Record<string, MdxPropSpec>>;
	/** How a writer uses it. */
	example: string;
	/**
	 * The HTML it stands for, as hast: the one definition the article renderer uses. `props` holds the
	 * attributes as written (the check has already validated them), `children` what is inside it,
	 * `setup` the market the page belongs to (its support file, locale and facts), `t` the words of its
	 * language (content/messages).
	 */
	render(props: Readonly<Record<string, string>>, children: ElementContent[], setup: MarketSetup, t: Translator): ElementContent[];
}


/** A channel named by an attribute; the check reports a wrong one before anything renders. */
function channelOf(component: string, value: string | undefined, fallback?: ChannelId): ChannelId {
	const channel = value ?? fallback;
	if (!CHANNEL_IDS.includes(channel as ChannelId)) {
		throw new Error(`<${component} channel="${channel}" /> names no channel. Use channel="phone", "email" or "chat".`);
	}
	return channel as ChannelId;
}

/**
 * The channel as the market's support file gives it. A market may leave a channel out (no phone
 * number, say); an article published there that names it is a content-check error
 * (`channel-missing-in-market`), so this throws only when the check was skipped.
 */
export function offeredChannel(component: string, channel: ChannelId, { market, support, supportPath }: MarketSetup): Channel {
	const found = support.channels[channel];
	if (found) return found;
	const offered = offeredChannels(support.channels);
	throw new Error(
		`${component} shows the ${channel} channel, and the market \`${market.id}\` (${market.name}) offers no ${channel}: ${supportPath} lists only ${offered.join(' and ')}. Name a channel it offers, write the market's own version of the article in content/markets/${market.id}/, or limit the shared article with \`markets:\`.`,
	);
}

/** A contact detail shown as a link, such as the phone number. */
const contactLink = (href: string, children: ElementContent[]): ElementContent[] => [h('a', { href, class: 'contact-fact' }, children)];
const text = (value: string): ElementContent => ({ type: 'text', value });

const channel = (required: boolean, def?: string): MdxPropSpec => ({
	description: 'Which way of contacting us.',
	values: CHANNEL_IDS,
	required,
	...(def ? { default: def } : {}),
});

/**
 * The components writers may use in MDX, with the attributes each accepts and the HTML each
 * renders. The check validates articles against this list and the article renderer
 * (`mdx-render.ts`) renders them from it, so a component exists in exactly one place.
 */
export const MDX_COMPONENTS: Readonly<Record<string, MdxComponentSpec>> = {
	Brand: {
		description: "The brand name from the market's support file.",
		children: 'none',
		props: {},
		example: 'Open the <Brand /> app.',
		render: (_props, _children, { support }) => [text(support.brand.name)],
	},
	Callout: {
		description: 'A highlighted box for a tip, a note or an important warning.',
		children: 'required',
		props: {
			type: { description: 'How strong the box is.', values: CALLOUT_TYPES, default: 'note' },
			title: { description: 'Heading of the box; defaults to "Tip", "Good to know" or "Important".' },
		},
		example: '<Callout type="warning">\nWe never ask for your password.\n</Callout>',
		render: ({ type = 'note', title }, children, _setup, t) => {
			if (!CALLOUT_TYPES.includes(type as CalloutType)) {
				throw new Error(`<Callout type="${type}"> is not a callout type. Use ${CALLOUT_TYPES.map((t) => `type="${t}"`).join(', ')}.`);
			}
			const heading = title ?? t(`mdx.callout.${type}`);
			return [h('aside', { class: `callout callout--${type}`, 'aria-label': heading }, [h('p', { class: 'callout__title' }, heading), ...children])];
		},
	},
	ChatLink: {
		description: 'A link that opens live chat. Text inside it becomes the link text; without text it reads "start a live chat".',
		children: 'optional',
		props: {},
		example: 'Chat with us: <ChatLink />',
		render: (_props, children, setup) => {
			const chat = offeredChannel('<ChatLink />', 'chat', setup);
			return contactLink(chat.href, children.length ? children : [text(chat.display.toLowerCase())]);
		},
	},
	Email: {
		description: 'The support email address, as a link.',
		children: 'none',
		props: {},
		example: 'Email <Email />.',
		render: (_props, _children, setup) => {
			const email = offeredChannel('<Email />', 'email', setup);
			return contactLink(email.href, [text(email.display)]);
		},
	},
	Fact: {
		description:
			"A figure that differs between markets (the late fee, the grace period, the regulator), from the market's `facts` in content/markets.yaml, written the market's way: `$7` in the United States, `£6` in the United Kingdom.",
		children: 'none',
		props: { name: { description: 'The name of the fact in content/markets.yaml, for example `lateFee`.', required: true } },
		example: 'A late fee of <Fact name="lateFee" /> applies.',
		render: ({ name = '' }, _children, { market }, t) => {
			const fact = market.facts[name];
			if (!fact) {
				throw new Error(
					`<Fact name="${name}" />: the market \`${market.id}\` has no fact \`${name}\`. Add it under the market's \`facts:\` in content/markets.yaml.`,
				);
			}
			// In the words of the article's language: an English article not yet translated says "3 to 5 business days", in euros.
			return [text(formatFact(fact, t.locale, market.currency))];
		},
	},
	Hours: {
		description: 'When a channel is open, in words.',
		children: 'none',
		props: { channel: channel(true) },
		example: 'Chat is open <Hours channel="chat" />.',
		render: (props, _children, setup, t) => {
			const { support } = setup;
			const channel = channelOf('Hours', props.channel);
			const { hours } = offeredChannel(`<Hours channel="${channel}" />`, channel, setup);
			const special = hasSpecialDays(support, channel);
			return [h('span', { class: 'contact-fact' }, describeHours(hours, support.timezone, t, special))];
		},
	},
	Phone: {
		description: 'The support phone number, as a link that calls it.',
		children: 'none',
		props: {},
		example: 'Call <Phone />.',
		render: (_props, _children, setup) => {
			const phone = offeredChannel('<Phone />', 'phone', setup);
			return contactLink(phone.href, [text(phone.display)]);
		},
	},
	ResponseTime: {
		description: "How fast a channel answers, from the market's support file.",
		children: 'none',
		props: { channel: channel(false, 'email') },
		example: 'We reply <ResponseTime channel="email" />.',
		render: (props, _children, setup) => {
			const channel = channelOf('ResponseTime', props.channel, 'email');
			const time = offeredChannel(`<ResponseTime channel="${channel}" />`, channel, setup).responseTime;
			const { supportPath } = setup;
			if (!time) {
				throw new Error(
					`<ResponseTime channel="${channel}" />: ${supportPath} gives no responseTime for ${channel}. Add one, for example \`responseTime: within 24 hours\`.`,
				);
			}
			return [h('span', { class: 'contact-fact' }, time)];
		},
	},
	Steps: {
		description: 'Numbered steps. Put a numbered list inside, with blank lines around it.',
		children: 'required',
		props: {},
		example: '<Steps>\n\n1. Open the app.\n2. Select **Pay early**.\n\n</Steps>',
		render: (_props, children) => [h('div', { class: 'steps' }, children)],
	},
};

export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS);
