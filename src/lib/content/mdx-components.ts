import { CHANNEL_IDS } from '../../schemas/channels.ts';

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
}

const channel = (required: boolean, def?: string): MdxPropSpec => ({
	description: 'Which way of contacting us.',
	values: CHANNEL_IDS,
	required,
	...(def ? { default: def } : {}),
});

/**
 * The components writers may use in MDX, with the attributes each accepts. The check validates
 * articles against this list; `src/components/mdx/index.ts` provides the same names to the site
 * (a unit test keeps the two in step).
 */
export const MDX_COMPONENTS: Readonly<Record<string, MdxComponentSpec>> = {
	Brand: {
		description: 'The brand name from content/support.yaml.',
		children: 'none',
		props: {},
		example: 'Open the <Brand /> app.',
	},
	Callout: {
		description: 'A highlighted box for a tip, a note or an important warning.',
		children: 'required',
		props: {
			type: { description: 'How strong the box is.', values: CALLOUT_TYPES, default: 'note' },
			title: { description: 'Heading of the box; defaults to "Tip", "Good to know" or "Important".' },
		},
		example: '<Callout type="warning">\nWe never ask for your password.\n</Callout>',
	},
	ChatLink: {
		description: 'A link that opens live chat. Text inside it becomes the link text; without text it reads "start a live chat".',
		children: 'optional',
		props: {},
		example: 'Chat with us: <ChatLink />',
	},
	Email: {
		description: 'The support email address, as a link.',
		children: 'none',
		props: {},
		example: 'Email <Email />.',
	},
	Hours: {
		description: 'When a channel is open, in words.',
		children: 'none',
		props: { channel: channel(true) },
		example: 'Chat is open <Hours channel="chat" />.',
	},
	Phone: {
		description: 'The support phone number, as a link that calls it.',
		children: 'none',
		props: {},
		example: 'Call <Phone />.',
	},
	ResponseTime: {
		description: 'How fast a channel answers, from content/support.yaml.',
		children: 'none',
		props: { channel: channel(false, 'email') },
		example: 'We reply <ResponseTime channel="email" />.',
	},
	Steps: {
		description: 'Numbered steps. Put a numbered list inside, with blank lines around it.',
		children: 'required',
		props: {},
		example: '<Steps>\n\n1. Open the app.\n2. Select **Pay early**.\n\n</Steps>',
	},
};

export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS);
