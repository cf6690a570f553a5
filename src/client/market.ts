// The market of the page the script runs on: its pages, search index and contact page live under
// `/<locale>/`, and every page says its locale in `<html lang>`.
import { inMarket } from '../lib/shared/urls.ts';

/** A path within the page's market (`/contact/`) as its address (`/en-gb/contact/`). */
export function marketUrl(path: string): string {
	return inMarket(document.documentElement.lang.toLowerCase(), path);
}
