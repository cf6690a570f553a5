/**
 * How much a problem matters: an error stops the build, a warning stops only `npm run check -- --strict`,
 * an info is a note (something that can be tidied up) that never fails anything.
 */
export type Severity = 'error' | 'warning' | 'info';

/** What the writing guide says about one kind of content problem. */
export interface RuleInfo {
	severity: Severity;
	/** Where the problem is found, for grouping in the guide. */
	area: 'files' | 'frontmatter' | 'body' | 'data' | 'questions';
	/** What the problem means, in a sentence. */
	meaning: string;
	/** A short example of the mistake, as the writer would have typed it. */
	example: string;
	/** How to fix it. */
	fix: string;
}

/**
 * Every kind of problem `npm run check` and the build report. The names are stable: writers search
 * for them, CI annotations show them, and CONTRIBUTING.md documents each one (generated from this
 * table by `npm run docs:generate`). Add to this list; never rename an entry.
 */
export const RULES = {
	'missing-file': {
		severity: 'error',
		area: 'files',
		meaning:
			'A content file the site needs (`content/categories.yaml`, `content/topics.yaml`, `content/markets.yaml` or a support file it names) does not exist.',
		example: '`content/topics.yaml` was deleted or renamed.',
		fix: 'Restore the file from version control (or undo the rename).',
	},
	'no-articles': {
		severity: 'error',
		area: 'files',
		meaning: 'No article was found under `content/articles/`, so the site would be empty.',
		example: 'The articles folder was moved or renamed.',
		fix: 'Put articles back in `content/articles/<category>/<slug>.mdx`.',
	},
	'bad-file-name': {
		severity: 'error',
		area: 'files',
		meaning: 'The file name becomes the web address, so it must be lowercase words joined by hyphens, directly inside a category folder.',
		example: '`content/articles/payments/Pay Early.mdx`',
		fix: 'Rename the file to the suggested name, for example `pay-early.mdx`, and update links to it.',
	},
	'not-mdx': {
		severity: 'error',
		area: 'files',
		meaning:
			'Articles must be `.mdx` files; the site ignores any other kind of file in `content/articles/`, so this one would never be published.',
		example: '`content/articles/payments/pay-early.md`',
		fix: 'Rename the file so it ends in `.mdx`.',
	},
	'unknown-category-folder': {
		severity: 'error',
		area: 'files',
		meaning: 'The article is in a folder that is not one of the categories in `content/categories.yaml`.',
		example: '`content/articles/billing/pay-early.mdx`',
		fix: 'Move the file into one of the category folders (the message lists them).',
	},
	'wrong-category-folder': {
		severity: 'error',
		area: 'files',
		meaning:
			'The `category` field and the folder the file is in disagree. The folder decides the web address, the field decides where the article is listed.',
		example: '`content/articles/refunds/pay-early.mdx` with `category: payments`',
		fix: 'Move the file to the folder of its category, or change `category` to match the folder.',
	},
	'duplicate-slug': {
		severity: 'error',
		area: 'files',
		meaning:
			'Two articles have the same file name in different categories. Their addresses differ only by the folder, which confuses customers, search results and links.',
		example: '`content/articles/payments/fees.mdx` and `content/articles/refunds/fees.mdx`',
		fix: 'Rename one of the files to a name that says what it is about, for example `refund-fees.mdx`.',
	},
	'duplicate-title': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'Two articles have the same title, so customers cannot tell them apart in search results and lists.',
		example: 'Two articles with `title: Make a payment`.',
		fix: 'Make each title say what is different about that article, or merge the two articles.',
	},
	'missing-frontmatter': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'The article does not start with a frontmatter block (the fields between two `---` lines), or the block is never closed.',
		example: 'A file that starts with `title: Pay early` without a `---` line above it.',
		fix: 'Start the file with a `---` line, then the fields, then another `---` line.',
	},
	'yaml-syntax': {
		severity: 'error',
		area: 'frontmatter',
		meaning:
			'The frontmatter or a YAML file cannot be read: usually a colon inside a value, a field written twice, a quote that is never closed or uneven indentation.',
		example: '`title: Refunds: how long they take`',
		fix: 'Follow the message: put values that contain `: ` in quotes, keep each field once, indent with spaces.',
	},
	'unknown-field': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'A field the schema does not know, often a typo. Unknown fields would otherwise be silently ignored.',
		example: '`reviwed: 2026-11-20`',
		fix: 'Correct the spelling (the message suggests the closest field) or remove the line.',
	},
	'missing-field': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'A required field is missing.',
		example: 'An article without a `description:` line.',
		fix: 'Add the field; the message shows an example and the frontmatter reference lists every field.',
	},
	'invalid-field': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'A field has a value of the wrong kind: text where a list is expected, a word where a number is expected, and so on.',
		example: '`draft: yes`',
		fix: 'Write the value as the message and the frontmatter reference show, for example `draft: true`.',
	},
	'title-length': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'The title is too short to say what the article is about, or too long to read in search results.',
		example: '`title: Fees`',
		fix: 'Write the task or question in the customer’s words, within the limits in the message.',
	},
	'description-length': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'The description is too short to help, or so long that search results and link previews cut it off.',
		example: '`description: About fees.`',
		fix: 'Write one or two sentences that say what the article answers, within the limits in the message.',
	},
	'unknown-category': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'The `category` field names a category that does not exist.',
		example: '`category: billing`',
		fix: 'Use one of the categories the message lists (it suggests the closest one).',
	},
	'unknown-topic': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'A `topics` entry is not an id from `content/topics.yaml`.',
		example: '`topics: [pay-erly]`',
		fix: 'Use the suggested id, or pick the right one from `content/topics.yaml`.',
	},
	'topic-placeholder': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'The article still has the `choose-a-topic` placeholder that `npm run new:article` writes when no `--topic` was given.',
		example: '`topics: [choose-a-topic]`',
		fix: 'Replace it with the one to three needs this article is the main answer for; the message lists the topics of the article’s category.',
	},
	'unknown-related': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'A `related` entry does not name an existing article.',
		example: '`related: [payments/pay-erly]`',
		fix: 'Write `<category>/<file name without .mdx>` of an existing article (the message suggests the closest one).',
	},
	'unknown-section': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'The `section` field names a section that its category does not declare in `content/categories.yaml`.',
		example: '`section: paying` in a payments article',
		fix: 'Use the suggested id, or one of the sections the message lists; add a new section to the category in `content/categories.yaml` if none fits.',
	},
	'related-self': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'The article lists itself in `related`.',
		example: '`related: [payments/pay-early]` in `payments/pay-early.mdx`',
		fix: 'Remove the entry.',
	},
	'related-draft': {
		severity: 'warning',
		area: 'frontmatter',
		meaning: 'A `related` entry is a draft, so it is not suggested on the published page until the draft is published.',
		example: '`related: [payments/new-fees]` where `new-fees.mdx` has `draft: true`',
		fix: 'Publish the other article, or suggest a published one instead.',
	},
	'invalid-date': {
		severity: 'error',
		area: 'frontmatter',
		meaning: 'A date is not a real calendar date written as YYYY-MM-DD.',
		example: '`updated: 20/11/2026`',
		fix: 'Write the date as YYYY-MM-DD, for example `updated: 2026-11-20`.',
	},
	'future-date': {
		severity: 'error',
		area: 'frontmatter',
		meaning:
			'`updated` or `reviewed` is later than today, usually a typo in the year or month. (Today is taken in the earliest time zone on Earth, so a date that is already today anywhere is accepted.)',
		example: '`updated: 2062-11-20`',
		fix: 'Write the date the change or review actually happened.',
	},
	'stale-review': {
		severity: 'warning',
		area: 'frontmatter',
		meaning:
			'Nobody has checked the article for longer than the review age (365 days unless `npm run check -- --review-age <days>` says otherwise). Uses `reviewed`, or `updated` when there is no `reviewed`.',
		example: '`reviewed: 2024-01-15`',
		fix: 'Read the article against the current product. Correct it if needed, then set `reviewed:` to today’s date.',
	},
	'source-out-of-date': {
		severity: 'warning',
		area: 'frontmatter',
		meaning:
			"A market's own version of a shared article (a translation, or the market's own wording) says in `sourceUpdated:` which version of the shared article it follows, and the shared article has changed since: the market's customers may read something the shared article no longer says. Also reported when there is no shared article at that address to follow.",
		example: '`sourceUpdated: 2026-11-16` when the shared article says `updated: 2026-12-01`',
		fix: "Compare the two, bring the market's version up to date, then set `sourceUpdated:` to the shared article's `updated` date.",
	},
	'shown-question-style': {
		severity: 'warning',
		area: 'frontmatter',
		meaning:
			'Articles show up to three of their `questions` under "Questions this answers": those written as a help center writes them (a capital first letter, "I" as a capital, a question mark at the end). One of the first three is a question but is not written that way, so customers do not see it. Questions in customers\' own words ("payment failed", "i cant log in") are for search only and are fine further down the list.',
		example: '`questions: [how do i pay early, …]`',
		fix: 'Write it as the message suggests (for example "How do I pay early?"), or move it below the first three questions if it is only for search.',
	},
	'placeholder-text': {
		severity: 'warning',
		area: 'body',
		meaning: 'A line still contains `TODO`, such as the prompts `npm run new:article` writes.',
		example: '`TODO: Answer the question in one or two short sentences.`',
		fix: 'Replace the prompt with the real text (or delete the line).',
	},
	'mdx-syntax': {
		severity: 'error',
		area: 'body',
		meaning:
			'The article body cannot be read as MDX: a component is not closed, or a `<` or `{` is read as the start of code. Checks that need the body are then limited to what can still be read.',
		example: '`Refunds take <5 days.`',
		fix: 'Follow the message: close the component, or write `\\<` and `\\{` for a literal `<` or `{`.',
	},
	'mdx-import': {
		severity: 'error',
		area: 'body',
		meaning:
			'The body contains an `import` or `export` line. The writer components are available without importing, and nothing else may be imported.',
		example: "`import Callout from '../../src/components/mdx/Callout.astro';`",
		fix: 'Delete the line; use the components listed in the guide as they are.',
	},
	'unknown-component': {
		severity: 'error',
		area: 'body',
		meaning: 'The body uses a component that does not exist. Only the components in the guide are available.',
		example: '`<Warning>Check the amount.</Warning>`',
		fix: 'Use one of the components the message lists, for example `<Callout type="warning">`.',
	},
	'invalid-component-prop': {
		severity: 'error',
		area: 'body',
		meaning:
			'A component has an attribute it does not know, a value that is not allowed, lacks a required attribute, or has text inside although it shows its own text.',
		example: '`<Hours channel="sms" />`',
		fix: 'Use the attribute names and values the message lists, for example `<Hours channel="chat" />`.',
	},
	'unsafe-html': {
		severity: 'error',
		area: 'body',
		meaning:
			'The body contains HTML that could run code or load another site (`<script>`, `<iframe>`, `onclick=`, `javascript:` links…). A help page must never do that.',
		example: '`<iframe src="https://example.com/video"></iframe>`',
		fix: 'Remove it. Link to the page instead, or ask a developer for a component.',
	},
	'broken-link': {
		severity: 'error',
		area: 'body',
		meaning:
			'A link to a page of this help center leads nowhere: no article, category or page has that address, or it is a draft that is not published.',
		example: '`[Pay early](/payments/pay-erly/)`',
		fix: 'Use the address the message suggests. Article addresses are `/<category>/<file name>/` with a final slash.',
	},
	'broken-anchor': {
		severity: 'error',
		area: 'body',
		meaning: 'A link points to a heading (`#…`) that does not exist on the target page.',
		example: '`[fees](/payments/fees-and-charges/#late-fee)`',
		fix: 'Use one of the heading anchors the message lists, or link to the page without `#…`.',
	},
	'missing-alt-text': {
		severity: 'error',
		area: 'body',
		meaning: 'An image has no alternative text, so people using a screen reader do not know what it shows.',
		example: '`![](/images/app-menu.png)`',
		fix: 'Describe what the image shows between the brackets: `![The Purchases tab in the app](/images/app-menu.png)`.',
	},
	'missing-image': {
		severity: 'error',
		area: 'body',
		meaning: 'An image file that the article shows does not exist.',
		example: '`![The app menu](/images/app-menu.png)` without `public/images/app-menu.png`',
		fix: 'Add the file under `public/` (for addresses starting with `/`) or next to the article (for `./` paths), or correct the path.',
	},
	'body-h1': {
		severity: 'warning',
		area: 'body',
		meaning: 'The body has a top-level `# Heading`. The page already shows the title as its only top-level heading.',
		example: '`# Pay early`',
		fix: 'Delete the line if it repeats the title, or make it a section heading with `##`.',
	},
	'empty-body': {
		severity: 'error',
		area: 'body',
		meaning: 'The article has frontmatter but no text.',
		example: 'A file that ends right after the closing `---`.',
		fix: 'Write the answer below the frontmatter.',
	},
	'unknown-contact-detail': {
		severity: 'warning',
		area: 'body',
		meaning:
			'The body contains something that looks like a phone number or email address that is not in any of the support files (`content/support/<market>.yaml`). A wrong or pasted number on a help page sends customers to scammers.',
		example: '`Call us on 1-800-555-0199.`',
		fix: 'Use `<Phone />` or `<Email />`, which always show the details from the support file of the market the page is in. If it is not a contact detail, rephrase it.',
	},
	'typed-contact-detail': {
		severity: 'warning',
		area: 'body',
		meaning:
			'The body types our own phone number or email address by hand. It would go out of date when the support file changes, and it would be wrong in other markets.',
		example: '`Call (212) 555-0147.`',
		fix: 'Write `<Phone />` or `<Email />` instead.',
	},
	'unanswered-topic': {
		severity: 'warning',
		area: 'data',
		meaning:
			'A topic in `content/topics.yaml` is not listed in the `topics` of any published article, so customers with that need find no answer. Support leads may add a need before writers answer it: the site still builds, and `/coverage/` shows the topic as `no-article` until an article lists it. `npm run check -- --strict` and `npm run coverage -- --max-no-article 0` fail on it.',
		example: 'A new topic `pay-with-gift-card` that no article lists yet.',
		fix: 'Add the topic to the article that answers it, or write one: `npm run new:article -- <category> "<Title>" --topic <id>`.',
	},
	'holiday-on-closed-day': {
		severity: 'warning',
		area: 'data',
		meaning:
			'A holiday in a support file (`content/support/<market>.yaml`) is on a day its channels are closed every week anyway, so it changes nothing, while the weekday the team really takes off still shows as open.',
		example: '`{ date: 2026-07-04, name: Independence Day, channels: [chat], hours: closed }` (a Saturday)',
		fix: 'Write the holiday once as a recurring day, `every: 07-04` with `observed: nearest-weekday`, which moves it off the weekend every year; or list the day the team is off: for a US holiday on a Saturday, the Friday before; on a Sunday, the Monday after.',
	},
	'special-day-past': {
		severity: 'info',
		area: 'data',
		meaning:
			'A special day in a support file is dated before today, so it no longer changes any opening hours: it only makes the list longer to read.',
		example: '`{ date: 2025-12-25, name: Christmas Day, channels: [chat], hours: closed }` in 2026',
		fix: 'Delete the entry (version control keeps the history).',
	},
	'notice-window': {
		severity: 'error',
		area: 'data',
		meaning:
			'A notice in a support file ends before it starts, or when it starts, so no customer would ever see it. Its times are read in the support time zone, where a time skipped when clocks go forward is read an hour later.',
		example: '`from: 2026-12-02 18:00` with `until: 2026-12-02 09:00`',
		fix: 'Set `until` to the moment the notice should disappear, after `from`, as YYYY-MM-DD HH:MM on the 24-hour clock.',
	},
	'notice-too-long': {
		severity: 'error',
		area: 'data',
		meaning: 'A notice message is longer than 280 characters: it sits at the top of every page it targets, and must be read at a glance.',
		example: 'A notice that tells the whole story of an incident.',
		fix: 'Say what is happening and what customers should do, in one or two short sentences; put the details in an article.',
	},
	'notice-ended': {
		severity: 'info',
		area: 'data',
		meaning: 'A notice in a support file ended before today, so it is no longer shown anywhere and can be removed.',
		example: '`until: 2026-11-20 18:00` when today is 2026-11-24.',
		fix: 'Delete the notice from `notices:` (version control keeps its history).',
	},
	'duplicate-id': {
		severity: 'error',
		area: 'data',
		meaning: 'The same id is listed twice in `content/topics.yaml` or `content/categories.yaml`.',
		example: 'Two topics with `id: pay-early`.',
		fix: 'Remove or rename one of them. Never rename an id that articles already use without updating those articles.',
	},
	'section-slug-clash': {
		severity: 'error',
		area: 'data',
		meaning:
			'A section of a category has the same id as the file name of an article in that category, so the section page and the article would both be at `/<category>/<id>/`.',
		example: 'A `fees` section in payments, and `content/articles/payments/fees.mdx`.',
		fix: 'Rename the section id in `content/categories.yaml` (and the `section:` of its articles), or rename the article file and update links to it.',
	},
	'synonym-listed-twice': {
		severity: 'error',
		area: 'data',
		meaning:
			'In `content/synonyms.yaml`, the same customer phrase (or the same word with another ending) is listed under two words; search can follow only one of them.',
		example: '`refund: [money back]` and, further down, `refund status: [money back]`.',
		fix: 'Keep the phrase under the word whose articles answer it best, and remove it from the other line.',
	},
	'synonym-same-as-word': {
		severity: 'error',
		area: 'data',
		meaning:
			'In `content/synonyms.yaml`, a customer phrase is the word on the left itself, or the same word with another ending; search already finds those.',
		example: '`passcode: [passcodes, pin]`',
		fix: 'Remove the phrase from the list.',
	},
	'synonym-ignored-word': {
		severity: 'error',
		area: 'data',
		meaning:
			'In `content/synonyms.yaml`, the word on the left is made only of words search ignores because they are in almost every question (such as "who", "can", "how").',
		example: '`who can: [eligible, qualify]`',
		fix: 'Map the phrases to a specific word the articles use, for example `eligible: [qualify, requirements]`.',
	},
	'synonym-leads-nowhere': {
		severity: 'warning',
		area: 'data',
		meaning:
			'In `content/synonyms.yaml`, no article uses the word on the left, so questions rewritten to it cannot find anything through it.',
		example: '`mortgage: [home loan]` when no article mentions mortgages.',
		fix: 'Use a word the articles use, or add the word to the article that answers the need.',
	},
	'bank-csv-syntax': {
		severity: 'error',
		area: 'questions',
		meaning: 'A row of a question bank (`content/questions/*.csv`) cannot be read as CSV, so the rows after it would be misread.',
		example: '`"Why was I charged twice?,dispute-a-charge` (the opening quote is never closed).',
		fix: 'Put a question that contains a comma, a line break or a double quote between double quotes, and write a quote inside it as two (`""`).',
	},
	'bank-missing-column': {
		severity: 'error',
		area: 'questions',
		meaning: 'The first line of a question bank does not name a `question` and a `topic` column.',
		example: 'An export from the ticket tool whose header is `subject,label`.',
		fix: 'Rename the header cells to `question` and `topic` (other columns may stay).',
	},
	'bank-empty': {
		severity: 'error',
		area: 'questions',
		meaning: 'A question bank has no questions, so it measures nothing.',
		example: 'A file with only the header line `question,topic`.',
		fix: 'Add one row per customer question, or delete the file.',
	},
	'bank-empty-question': {
		severity: 'error',
		area: 'questions',
		meaning: 'A row of a question bank has a topic but no question.',
		example: '`,refund-status`',
		fix: "Write the customer's words in the `question` column, or delete the row.",
	},
	'bank-missing-topic': {
		severity: 'error',
		area: 'questions',
		meaning: 'A question in a bank has no topic, so the report cannot tell whether search found its answer.',
		example: '`Where is my refund?,`',
		fix: 'Write the id of the topic whose article should answer it (the ids are in `content/topics.yaml`).',
	},
	'bank-unknown-topic': {
		severity: 'error',
		area: 'questions',
		meaning: 'A question in a bank is labelled with a topic that is not in `content/topics.yaml`.',
		example: '`Can I pay by bank transfer?,bank-transfer`',
		fix: 'Use a topic id from `content/topics.yaml` (the message suggests the closest), or add the topic there first.',
	},
	'unknown-market': {
		severity: 'error',
		area: 'frontmatter',
		meaning:
			'`markets:` in an article, or a folder under `content/markets/`, names a market that is not in `content/markets.yaml`, so the article would be published nowhere it was meant to be.',
		example: '`markets: [uk]` when the market is `gb`',
		fix: 'Use the market ids of `content/markets.yaml` (the message suggests the closest), or move the folder to `content/markets/<market>/`.',
	},
	'unknown-fact': {
		severity: 'error',
		area: 'body',
		meaning:
			'`<Fact name="…" />` names a fact no market defines in `content/markets.yaml`, so the page would have a hole where the figure should be.',
		example: '`<Fact name="lateFees" />` when the fact is `lateFee`',
		fix: 'Correct the name (the message suggests the closest), or add the fact to every market the article is published in.',
	},
	'fact-missing-in-market': {
		severity: 'error',
		area: 'body',
		meaning:
			'An article uses `<Fact name="…" />`, and one of the markets it is published in does not define that fact, so its page in that market would have no figure.',
		example: '`<Fact name="cardCheck" />` in an article for every market, when only `us` has `cardCheck`',
		fix: "Add the fact under that market's `facts:` in `content/markets.yaml`, limit the article with `markets:`, or write that market's own version in `content/markets/<market>/`.",
	},
	'channel-missing-in-market': {
		severity: 'error',
		area: 'body',
		meaning:
			'An article names a way of contacting us (`<Phone />`, `<Email />`, `<ChatLink />`, `<Hours channel="…" />`, `<ResponseTime channel="…" />`) that one of the markets it is published in does not offer: that market\'s support file leaves the channel out (a market with no phone number), so its page there would have nothing to show.',
		example: '`Call <Phone />.` in an article for every market, when `content/support/de.yaml` offers only email and chat',
		fix: "Use a channel the market offers, write that market's own version in `content/markets/<market>/`, or limit the article with `markets:` to the markets that offer the channel.",
	},
	'link-outside-market': {
		severity: 'error',
		area: 'body',
		meaning:
			'An article links to (or suggests in `related`) an article that one of the markets it is published in does not publish, so in that market the link would lead nowhere.',
		example: 'A shared article linking to `/payments/autopay/`, which has `markets: [us]`, is also published in `gb`',
		fix: "Write that market's own version of the linked article, add the market to its `markets:`, limit the linking article with `markets:`, or remove the link.",
	},
	'market-topic-gap': {
		severity: 'warning',
		area: 'data',
		meaning:
			'A market publishes no article for some topics that other markets answer (an article limited to other markets with `markets:`, or replaced by a market of its own), so its customers with that need find no answer. One line per market.',
		example: '`gb` has no article for `autopay`, answered in `us` by an article with `markets: [us]`',
		fix: "Write the market's own version under `content/markets/<market>/<category>/`, or add the market to the `markets:` of the article that answers the topic.",
	},
	'missing-message': {
		severity: 'error',
		area: 'data',
		meaning:
			'A message catalogue (`content/messages/<language>.yaml`) lacks an interface string that English has (or a category or section name, or a plural form the language needs), so the site would have no text for it in that language. Also reported when a market speaks a language that has no catalogue.',
		example: '`content/messages/de.yaml` has no `home.heading`',
		fix: 'Add the key to the catalogue, translated from the English text the message quotes; for a new language, start from a copy of `content/messages/en.yaml`.',
	},
	'unknown-message': {
		severity: 'warning',
		area: 'data',
		meaning:
			'A catalogue has a key English does not have: usually a typo, or a string the site no longer uses. The site never shows it. In `en.yaml`, category names under `categories.` are ignored: English names come from `content/categories.yaml`.',
		example: '`home.headng: Wie können wir helfen?`',
		fix: 'Correct the key to the English one the message suggests, or remove the line.',
	},
	'message-placeholder-missing': {
		severity: 'warning',
		area: 'data',
		meaning:
			'A translation leaves out a `{placeholder}` of the English text, so the page will not show that part (a name, a number, a link). Sometimes intended (German `Ein Artikel` needs no `{count}`), usually an oversight.',
		example: 'English `"{count} articles"`, German `Artikel`',
		fix: 'Put the placeholder back where the sentence needs it, spelt as in English.',
	},
	'message-placeholder-unknown': {
		severity: 'error',
		area: 'data',
		meaning:
			'A message has a `{placeholder}` the site does not fill in (English does not have it): the page would show the braces. Placeholders are never translated.',
		example: '`"{anzahl} Artikel"` for English `"{count} articles"`',
		fix: 'Spell the placeholder as in English (the message lists them), or remove it.',
	},
	'message-plural': {
		severity: 'error',
		area: 'data',
		meaning:
			'A message in plural forms (`.one`, `.other`…) has no `.other` form, the one every language uses for numbers without a form of their own.',
		example: '`common.articleCount.one: "{count} article"` without `common.articleCount.other`',
		fix: 'Add the `.other` form beside the others.',
	},
	'message-file-name': {
		severity: 'error',
		area: 'files',
		meaning:
			'A file in `content/messages/` is not named after a language (`en.yaml`, `de.yaml`: the language code, lowercase), so no page would use it.',
		example: '`content/messages/German.yaml`, `content/messages/de-DE.yaml`',
		fix: 'Rename the file to the language code of its language, as the markets write it in `locales:` before the hyphen, in lowercase.',
	},
} as const satisfies Record<string, RuleInfo>;

export type RuleName = keyof typeof RULES;

export const RULE_NAMES = Object.keys(RULES) as RuleName[];
