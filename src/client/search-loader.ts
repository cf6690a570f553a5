/**
 * The one inline script of the site (rendered by src/components/SearchLoader.astro on every page):
 * it loads the search UI, whose address is in the script's `data-search-module`, the first time a
 * search box gets focus, when `/` is pressed, or at once on /search/?q=… . Until then no search
 * code or index is downloaded.
 *
 * It lives here, as text, so the security-headers integration can tell it apart from anything else:
 * an inline script in a built page that is not exactly this one stops the build, so no hash of
 * injected code can ever reach the Content-Security-Policy.
 */
export const SEARCH_LOADER_SCRIPT = `(() => {
	const src = document.currentScript.dataset.searchModule;
	let loading;
	const load = () => (loading ??= import(src));
	const isBox = (el) => el instanceof HTMLInputElement && el.hasAttribute('data-search-input');
	document.addEventListener('focusin', (event) => isBox(event.target) && load());
	document.addEventListener('keydown', (event) => {
		const el = event.target;
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
		if (el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
		const box = [...document.querySelectorAll('[data-search-input]')].find((i) => i.getClientRects().length);
		if (box) {
			event.preventDefault();
			box.focus();
		}
	});
	if (document.querySelector('[data-search-results]') && new URLSearchParams(location.search).get('q')) load();
})();`;
