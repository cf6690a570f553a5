import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MDX_COMPONENT_NAMES, MDX_COMPONENTS } from '../../../src/lib/content/mdx-components.ts';
import { MdxRenderError, renderMdxBody } from '../../../src/lib/content/mdx-render.ts';
import { loadMarkets } from '../../../src/lib/node/markets.ts';
import { projectRoot } from '../../helpers/site-copy.ts';
import { wordsOf } from '../../helpers/messages.ts';

// The fixture content's markets and support file, so the demo's numbers may change without breaking these tests.
const [us, gb] = loadMarkets(path.join(projectRoot, 'tests/fixtures/content/_base'));
const setup = us!;
const { support } = setup;
const html = (body: string, market = setup) => renderMdxBody(`---\ntitle: A test\n---\n\n${body}\n`, market, wordsOf(market.locale)).html;

describe('an article body renders to the HTML its page shows', () => {
	test('Markdown gets smart punctuation and GitHub heading ids, as Astro gives them', () => {
		const { html: out, headings } = renderMdxBody('## Can\'t pay -- "now"?\n\n## Steps\n\n## Steps\n', setup, wordsOf(setup.locale));
		expect(out).toBe('<h2 id="cant-pay--now">Can’t pay – “now”?</h2>\n<h2 id="steps">Steps</h2>\n<h2 id="steps-1">Steps</h2>');
		expect(headings.map((h) => h.slug)).toEqual(['cant-pay--now', 'steps', 'steps-1']);
	});

	test('the contact components print the facts of support.yaml', () => {
		const phone = support.channels.phone!;
		expect(html('Call <Phone />.')).toBe(`<p>Call <a href="${phone.href}" class="contact-fact">${phone.display}</a>.</p>`);
		expect(html('Open the <Brand /> app.')).toBe(`<p>Open the ${support.brand.name} app.</p>`);
		expect(html('Mind <kbd>Ctrl</kbd> & "quotes".')).toBe('<p>Mind <kbd>Ctrl</kbd> &amp; “quotes”.</p>');
		expect(html('We reply <ResponseTime />.')).toBe(`<p>We reply <span class="contact-fact">${support.channels.email!.responseTime}</span>.</p>`);
		expect(html('Or <ChatLink>chat now</ChatLink>')).toBe(`<p>Or <a href="${support.channels.chat!.href}" class="contact-fact">chat now</a></p>`);
	});

	test('block components wrap the Markdown inside them', () => {
		expect(html('<Callout type="tip">\nPay **early**.\n</Callout>')).toBe(
			'<aside class="callout callout--tip" aria-label="Tip"><p class="callout__title">Tip</p><p>Pay <strong>early</strong>.</p></aside>',
		);
		expect(html('<Steps>\n\n1. Open the app.\n\n</Steps>')).toBe('<div class="steps"><ol>\n<li>Open the app.</li>\n</ol></div>');
	});

	test('every component in the writing guide renders', () => {
		for (const name of MDX_COMPONENT_NAMES) expect(html(MDX_COMPONENTS[name]!.example), name).toMatch(/^<(p|aside|div)/);
	});
});

describe('what MDX allows but articles cannot use stops the render with its line', () => {
	test.each([
		['an unknown component', 'Text.\n\n<Banner />', /line 7: <Banner> is not a component/],
		['an import', "import X from './x.astro';", /line 5: Articles cannot import/],
		['an expression', 'Note {/* fine */}.\n\nTotal: {1 + 1}', /line 7: \{1 \+ 1\} is an expression/],
		['a script', '<script>alert(1)</script>', /line 5: <script> is not a component/],
		['an event handler', '<kbd onclick="x()">K</kbd>', /line 5: <kbd onclick> runs a script/],
	])('%s', (_name, body, message) => {
		expect(() => html(body)).toThrow(MdxRenderError);
		expect(() => html(body)).toThrow(message);
	});

	test('a comment prints nothing', () => {
		expect(html('Text {/* note for editors */} here.')).toBe('<p>Text  here.</p>');
	});
});

describe("each market's copy of an article speaks for that market", () => {
	test('<Fact /> prints the figure of the market, in its currency and way of writing', () => {
		expect(html('A late fee of <Fact name="lateFee" /> applies.', us)).toBe('<p>A late fee of $7 applies.</p>');
		expect(html('A late fee of <Fact name="lateFee" /> applies.', gb)).toBe('<p>A late fee of £6 applies.</p>');
		expect(html('We retry <Fact name="retryAfter" /> later.', gb)).toBe('<p>We retry 3 days later.</p>');
	});

	test('a fact the market does not define stops the render with its line and market', () => {
		expect(() => html('Text.\n\nPay <Fact name="lateFees" />.', gb)).toThrow(/line 7: <Fact name="lateFees" \/>: the market `gb` has no fact `lateFees`/);
	});

	test('a channel the market does not offer stops the render with its line, market and fix', () => {
		const { phone: _phone, ...withoutPhone } = gb!.support.channels;
		const noPhone = { ...gb!, support: { ...gb!.support, channels: withoutPhone } };
		for (const body of ['Call <Phone />.', 'Lines are open <Hours channel="phone" />.']) {
			expect(() => html(`Text.\n\n${body}`, noPhone)).toThrow(MdxRenderError);
			expect(() => html(`Text.\n\n${body}`, noPhone)).toThrow(
				/line 7: <(Phone|Hours channel="phone") \/> shows the phone channel, and the market `gb` \(United Kingdom\) offers no phone: content\/support.yaml lists only email and chat\. .*content\/markets\/gb\/.*`markets:`/,
			);
		}
		// The channels it offers still render.
		expect(html('Chat: <ChatLink />, <Hours channel="chat" />, <Email />.', noPhone)).toContain(gb!.support.channels.chat!.href);
	});

	test('<Hours /> is written in the market locale: 24-hour clock in en-GB', () => {
		const usHours = html('Open <Hours channel="chat" />.', us);
		const gbHours = html('Open <Hours channel="chat" />.', gb);
		expect(usHours).toMatch(/\d(:\d\d)? ?[AP]M/);
		expect(gbHours).not.toMatch(/[AP]M/);
		expect(gbHours).toMatch(/\d\d:\d\d/);
	});

	test('a German page writes the words components add in German: callout titles, the hours', () => {
		const german = (body: string) => renderMdxBody(`---\ntitle: Ein Test\n---\n\n${body}\n`, setup, wordsOf('de-DE')).html;
		expect(german('<Callout>\nText.\n</Callout>')).toContain('<p class="callout__title">Gut zu wissen</p>');
		expect(german('<Callout type="warning">\nText.\n</Callout>')).toContain('aria-label="Wichtig"');
		expect(german('<Callout type="tip" title="Schneller">\nText.\n</Callout>')).toContain('aria-label="Schneller"');
		const hours = german('<Hours channel="chat" />');
		expect(hours).toMatch(/Montag|Dienstag|rund um die Uhr/);
		expect(hours).not.toMatch(/Monday|[AP]M|holidays/);
	});

	test("links to the site's pages lead within the market; files, other sites and anchors do not change", () => {
		expect(html('[Pay early](/payments/pay-early/#steps) or [contact us](/contact/?topic=payments).', gb)).toBe(
			'<p><a href="/en-gb/payments/pay-early/#steps">Pay early</a> or <a href="/en-gb/contact/?topic=payments">contact us</a>.</p>',
		);
		expect(html('[Pay early](/payments/pay-early/)', us)).toBe('<p><a href="/en-us/payments/pay-early/">Pay early</a></p>');
		expect(html('[Steps](#steps), [the ombudsman](https://www.financial-ombudsman.org.uk/) and ![Button](/images/pay-early-button.svg)', gb)).toBe(
			'<p><a href="#steps">Steps</a>, <a href="https://www.financial-ombudsman.org.uk/">the ombudsman</a> and <img src="/images/pay-early-button.svg" alt="Button"/></p>',
		);
		// Links written as HTML inside a component are the market's too.
		expect(html('<Callout>\nSee [fees](/payments/late-payments/).\n</Callout>', gb)).toContain('href="/en-gb/payments/late-payments/"');
	});
});
