// A tiny static server on 127.0.0.1 (a secure context, so getUserMedia works): `/` serves
// bench/pages/ (each page with pages/boot.js inlined), `/cdn/` serves the built cdn/ bundle and
// `/dist/` the built dist/ modules (for a page that imports one module, as an app does).
// Every response is `no-store`, so each run fetches and compiles the kit like a first visit does.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const pages = fileURLToPath(new URL('../pages', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Starts the server on a free port (`build`: the folder holding cdn/ and dist/; `virtual`:
 * path → text served from memory); resolves with `{ origin, close() }`.
 */
export async function startServer(build, virtual = {}) {
  const mounts = [
    ['/cdn/', join(build, 'cdn')],
    ['/dist/', join(build, 'dist')],
    ['/', pages],
  ];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (virtual[path] !== undefined) {
      response.writeHead(200, {
        'content-type': types[extname(path)],
        'cache-control': 'no-store',
      });
      return response.end(virtual[path]);
    }
    const [prefix, dir] = mounts.find(([p]) => path.startsWith(p));
    const file = normalize(join(dir, path.slice(prefix.length) || 'index.html'));
    if (!file.startsWith(dir)) return send(response, 403, 'forbidden');
    try {
      const body = extname(file) === '.html' ? await page(file) : await readFile(file);
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      send(response, 404, `not found: ${path}`);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const bootTag = '<script src="/boot.js"></script>';
/** A bench page with its boot script inlined (see pages/boot.js for why). */
async function page(file) {
  const [html, boot] = await Promise.all([
    readFile(file, 'utf8'),
    readFile(join(pages, 'boot.js'), 'utf8'),
  ]);
  return html.replace(bootTag, () => `<script>\n${boot}</script>`);
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain' });
  response.end(text);
}
