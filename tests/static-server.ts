// Serves a built site the way Netlify or Cloudflare Pages would: the files of dist/, the headers of
// dist/_headers on every response (404 page included), and dist/404.html with status 404 for
// unknown paths. The end-to-end tests run against it, so they see the production headers.
//
//   node tests/static-server.ts [dir=dist] [--port 4321] [--host 127.0.0.1]
//   (through npm: `npm run serve`, or `npx node tests/static-server.ts …`)

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/security/headers.ts';

export interface RunningServer {
	server: Server;
	url: string;
	close: () => Promise<void>;
}

/**
 * Starts a server for `root` (port 0 picks a free port). `headers: false` leaves out the headers of
 * `_headers`, for tests that must show the pages are safe without the Content-Security-Policy.
 * `precompressed: true` serves `file.br` / `file.gz` next to a file when the browser accepts them,
 * as a CDN compresses (the benchmark writes those files into its scratch build).
 */
export async function serveSite(
	root: string,
	{ port = 0, host = '127.0.0.1', headers = true, precompressed = false } = {},
): Promise<RunningServer> {
	const dir = path.resolve(root);
	const headersFile = path.join(dir, '_headers');
	if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run \`npm run build\` first.`);
	if (!existsSync(headersFile)) throw new Error(`${dir} has no _headers file: the build copies it from public/_headers.`);
	const rules: HeaderRule[] = parseHeadersFile(readFileSync(headersFile, 'utf8'));
	const notFound = existsSync(path.join(dir, '404.html')) ? readFileSync(path.join(dir, '404.html')) : null;
	// `dev: false` would cache the file list at start; the tests rebuild fixtures, so look up each time.
	const files = sirv(dir, { dev: true, etag: true, dotfiles: false, gzip: precompressed, brotli: precompressed });

	const server = createServer((req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		const apply = (p: string) => {
			if (!headers) return;
			for (const [name, value] of headersFor(rules, p)) res.setHeader(name, value);
		};
		if (pathname === '/_headers') {
			// Hosts never serve their configuration file.
			res.statusCode = 404;
		} else {
			apply(pathname);
			files(req, res, () => {
				res.statusCode = 404;
				if (!notFound) return void res.end('Not found');
				res.setHeader('Content-Type', 'text/html; charset=utf-8');
				res.end(req.method === 'HEAD' ? undefined : notFound);
			});
			return;
		}
		res.end('Not found');
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		server,
		url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } },
	});
	const running = await serveSite(positionals[0] ?? 'dist', { port: Number(values.port), host: values.host });
	console.info(`Serving ${positionals[0] ?? 'dist'} with the headers of its _headers file at ${running.url}/`);
}
