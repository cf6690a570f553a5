import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/** A link found in a built page. */
export interface Link {
	/** The page it is on, as a site path (`/payments/`). */
	from: string;
	/** The element and attribute, for messages: `a[href]`. */
	via: string;
	url: string;
}

export interface LinkReport {
	pages: number;
	/** Internal links checked (external ones are only listed). */
	checked: number;
	external: string[];
	broken: string[];
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	script: ['src'],
	iframe: ['src'],
	form: ['action'],
	use: ['href'],
	video: ['src', 'poster'],
	audio: ['src'],
};

/** The site path of an HTML file under dist: `payments/index.html` → `/payments/`. */
function sitePath(relative: string): string {
	const p = `/${relative.split(path.sep).join('/')}`;
	return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

function readPage(html: string, from: string) {
	const ids = new Set<string>();
	const links: Link[] = [];
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (attributes.id) ids.add(attributes.id);
				if (name === 'a' && attributes.name) ids.add(attributes.name);
				for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
					const value = attributes[attribute];
					if (value === undefined) continue;
					const urls = attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [value];
					for (const url of urls) links.push({ from, via: `${name}[${attribute}]`, url: url.trim() });
				}
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	return { ids, links };
}

/**
 * Checks every internal link and #anchor of a built site: each must name a file in `dist`, or a
 * directory with an index.html when the path ends in `/`, and each fragment must be an id on the
 * target page. Absolute links to `siteUrl` count as internal (canonical links, sitemap entries).
 * `javascript:` links are always broken. Other origins are listed, not fetched.
 */
export function checkSiteLinks(dist: string, siteUrl?: string): LinkReport {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dist, f)).isFile());
	const pages = new Map<string, { ids: Set<string>; links: Link[] }>();
	for (const file of files.filter((f) => f.endsWith('.html'))) {
		const from = sitePath(file);
		pages.set(from, readPage(readFileSync(path.join(dist, file), 'utf8'), from));
	}
	const sitemapLinks: Link[] = files
		.filter((f) => /(^|[\\/])sitemap[^\\/]*\.xml$/.test(f))
		.flatMap((f) =>
			[...readFileSync(path.join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>|<xhtml:link [^>]*href="([^"]+)"/g)].map((m) => ({
				from: `/${f.split(path.sep).join('/')}`,
				via: m[1] ? 'loc' : 'xhtml:link',
				url: m[1] ?? m[2]!,
			})),
		);

	const site = siteUrl ? new URL(siteUrl) : undefined;
	const external = new Set<string>();
	const broken: string[] = [];
	let checked = 0;
	for (const link of [...[...pages.values()].flatMap((p) => p.links), ...sitemapLinks]) {
		const problem = (why: string) => broken.push(`${link.from}: ${link.via}="${link.url}" ${why}`);
		if (/^javascript:/i.test(link.url)) {
			problem('runs script from a link');
			continue;
		}
		if (/^(mailto|tel|sms|data):/i.test(link.url)) continue;
		const base = new URL(link.from, site ?? 'http://site.invalid');
		const target = new URL(link.url || link.from, base);
		if (target.origin !== base.origin) {
			external.add(target.origin);
			continue;
		}
		checked++;
		const pathname = decodeURIComponent(target.pathname);
		const filePath = path.join(dist, pathname);
		let page: string | undefined;
		if (pathname.endsWith('/')) {
			if (!existsSync(path.join(filePath, 'index.html'))) {
				problem('leads to a page that does not exist');
				continue;
			}
			page = pathname;
		} else if (!existsSync(filePath) || !statSync(filePath).isFile()) {
			problem(
				existsSync(path.join(filePath, 'index.html'))
					? 'is missing its trailing slash (the site uses /path/ addresses)'
					: 'leads to a file that does not exist',
			);
			continue;
		} else if (pathname.endsWith('.html')) {
			page = pathname;
		}
		const fragment = decodeURIComponent(target.hash.slice(1));
		if (fragment && !(page && pages.get(page)?.ids.has(fragment))) problem(`points to #${fragment}, which is not on ${pathname}`);
	}
	return { pages: pages.size, checked, external: [...external].sort(), broken };
}
