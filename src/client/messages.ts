/**
 * The interface strings a page gives its scripts: `<script type="application/json" data-messages>`
 * blocks (src/components/ClientMessages.astro), each the few messages of one script, in the page's
 * language. A data block is never run, so the pages stay within the Content Security Policy.
 */
import { createTranslator, type Translator } from '../lib/i18n/messages.ts';

let translator: Translator | undefined;

/** The translator of the page's messages, formatted for the page's `lang`. */
export function pageMessages(): Translator {
	if (translator) return translator;
	const catalogue: Record<string, string> = {};
	for (const block of document.querySelectorAll<HTMLScriptElement>('script[type="application/json"][data-messages]')) {
		Object.assign(catalogue, JSON.parse(block.textContent || '{}') as Record<string, string>);
	}
	translator = createTranslator(catalogue, document.documentElement.lang || 'en');
	return translator;
}
