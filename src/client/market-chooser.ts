// Highlights, on the market chooser, the market that best matches the browser's languages: the
// first of `navigator.languages` whose locale a market has (`en-GB`), else whose language one has
// (`en` → the first English market). It only highlights: the visitor still picks.
import { bestLocale } from '../lib/markets/match.ts';
import { pageMessages } from './messages.ts';

const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-market-chooser] a[data-locale]')];
const best = bestLocale(
	navigator.languages,
	links.map((link) => link.dataset.locale!),
);
const suggested = links.find((link) => link.dataset.locale === best);
if (suggested) {
	suggested.dataset.suggested = '';
	const note = document.createElement('span');
	note.className = 'market-list__suggested';
	note.textContent = pageMessages()('chooser.suggested');
	suggested.append(note);
}
