// Harness for the end-to-end tests (node --test tests/e2e/*.test.mjs).
//
// - serveDir(): a dependency-free static file server on 127.0.0.1 with a free
//   port, serving dist/ (or any directory), optionally under a sub-path such as
//   /responsibility-matrix/ (as on GitHub Pages).
// - launchBrowser(): headless Debian Chromium driven by playwright-core (no
//   browser download; /usr/bin/chromium, or $CHROMIUM_BIN).
// - openPage(): a page that records page errors, console errors and failed
//   requests, so a test can assert that none occurred.
// - axeViolations(): accessibility violations found by axe-core on a page.
// - readOfferings(): the offerings in data/*.json (schema.json excluded).
// - legendsInUse(): the collapsible legends an offering's data calls for.
// - requireDist(): fails clearly when dist/ has not been built.
// - useSite(): one test file's browser and server, opened before its first
//   test and closed after its last.

import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST_DIR = path.join(REPO_ROOT, 'dist');
export const DATA_DIR = path.join(REPO_ROOT, 'data');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests', 'e2e', 'artifacts');

// Flags that make Chromium run as root, headless, on a machine without network:
// the ones webdriver.json gives the wasm-bindgen tests, so both run one browser.
export const CHROMIUM_ARGS = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'webdriver.json'), 'utf8'))[
  'goog:chromeOptions'
].args;

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** The MIME type served for a file name. */
export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves `root` over HTTP on 127.0.0.1 and a free port.
 * With `prefix` ("/some/prefix/"), files are served only under that sub-path
 * and everything else is a 404, like a project site on GitHub Pages.
 * A directory serves its index.html; there is no SPA fallback. A missing
 * /favicon.ico (under the prefix) is answered 204 rather than 404.
 * `pages` maps extra paths (under the prefix, e.g. "snippet.html") to
 * `{ body, type }` served from memory, for pages a test writes; `headers` are
 * added to every response (e.g. a Content-Security-Policy).
 * Resolves to { url, origin, port, prefix, requests, close() }; `url` ends in
 * the prefix, `requests` lists every "<status> <path>" served.
 */
export async function serveDir(root = DIST_DIR, { prefix = '/', pages = {}, headers: extraHeaders = {} } = {}) {
  const rootDir = path.resolve(root);
  const base = `/${prefix.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  const requests = [];

  const server = http.createServer((req, res) => {
    const send = (status, body, headers = {}) => {
      requests.push(`${status} ${req.url}`);
      res.writeHead(status, { 'Cache-Control': 'no-store', ...extraHeaders, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'method not allowed\n', { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request\n', { 'Content-Type': 'text/plain' });
    }
    if (base !== '/' && pathname === base.slice(0, -1)) {
      return send(301, '', { Location: base }); // "/prefix" -> "/prefix/"
    }
    if (pathname === '/favicon.ico' && base !== '/') return send(204, ''); // see below
    if (!pathname.startsWith(base) || pathname.includes('\0')) {
      return send(404, 'not found\n', { 'Content-Type': 'text/plain' });
    }
    const extra = pages[pathname.slice(base.length)];
    if (extra) {
      const body = Buffer.from(extra.body);
      return send(200, body, { 'Content-Type': extra.type ?? mimeType(pathname), 'Content-Length': body.length });
    }
    let file = path.resolve(rootDir, `.${path.posix.normalize(`/${pathname.slice(base.length)}`)}`);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      return send(404, 'not found\n', { 'Content-Type': 'text/plain' });
    }
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = fs.readFileSync(file);
      return send(200, body, { 'Content-Type': mimeType(file), 'Content-Length': body.length });
    } catch {
      // Browsers ask for /favicon.ico on their own; its 404 would be a console
      // error in every test. A missing favicon is not what these tests check.
      if (pathname === `${base}favicon.ico`) return send(204, '');
      return send(404, 'not found\n', { 'Content-Type': 'text/plain' });
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    port,
    prefix: base,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Launches headless Chromium (Debian's, not a Playwright download). */
export async function launchBrowser(options = {}) {
  const executablePath = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: run scripts/setup.sh (Debian package chromium), or set CHROMIUM_BIN`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, ...options });
}

/**
 * Registers the file's before/after hooks and returns the object they fill in:
 * before the first test, checks that `dist` is built, serves it (`serveDir`
 * with `pages`, `headers` and `prefix`) as `site.server` and launches Chromium
 * as `site.browser`; after the last test, closes both. `pages` may be a
 * function, called in the hook. `serve: false` launches the browser only, for
 * a file that serves its own variants of the site. `onReady(site)` runs in the
 * same hook once both are up: node runs a file's top-level before hooks
 * concurrently, so a second hook could not rely on this one having finished.
 */
export function useSite({ dist = DIST_DIR, serve = true, pages = {}, headers, prefix, onReady } = {}) {
  const site = { server: null, browser: null };
  before(async () => {
    requireDist(dist);
    if (serve) {
      site.server = await serveDir(dist, { pages: typeof pages === 'function' ? pages() : pages, headers, prefix });
    }
    site.browser = await launchBrowser();
    await onReady?.(site);
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Opens `url` in a new browser context and records what went wrong on the page.
 * Resolves to { page, context, errors, close() }: `errors` collects, as strings,
 * uncaught page errors, console.error messages, failed requests and HTTP
 * responses >= 400, from before the first navigation on.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, timeout = 15_000 } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const errors = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.stack || err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location()?.url;
      errors.push(`console error: ${msg.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, errors, close: () => context.close() };
}

/** Saves a screenshot and the page's HTML to tests/e2e/artifacts/<name>.{png,html}. */
export async function saveArtifacts(page, name) {
  try {
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const stem = path.join(ARTIFACTS_DIR, name.replace(/[^\w.-]+/g, '_'));
    await page.screenshot({ path: `${stem}.png`, fullPage: true });
    fs.writeFileSync(`${stem}.html`, await page.content());
    return `${stem}.png`;
  } catch (err) {
    return `(could not save artifacts: ${err.message})`;
  }
}

/** Throws a clear error unless dist/ holds a build (`trunk build --release`). */
export function requireDist(dir = DIST_DIR) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `${path.relative(REPO_ROOT, dir) || dir}/index.html is missing: build first with \`trunk build --release\` (make test does)`,
    );
  }
  return dir;
}

/** The offerings in data/*.json (schema.json excluded), parsed, sorted by file name. */
export function readOfferings(dir = DATA_DIR) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      try {
        return JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (err) {
        throw new Error(`${file}: ${err.message}`);
      }
    });
}

/**
 * The collapsible legends an offering's data calls for, read from its JSON
 * (not from the widget): "raci" when some assignment carries RACI letters,
 * "qualifiers" when some assignment has a qualifier, some cell a status or a
 * source reading, or some row a reading note. In the widget's order.
 */
export function legendsInUse(offering) {
  const rows = offering.sections.flatMap((s) => s.rows);
  const cells = rows.flatMap((r) => Object.values(r.cells));
  const assignments = cells.flatMap((c) => c.assign ?? []);
  const kinds = [];
  if (assignments.some((a) => a.raci)) kinds.push('raci');
  if (
    assignments.some((a) => (a.qualifiers ?? []).length > 0) ||
    cells.some((c) => c.status || c.reading) ||
    rows.some((r) => (r.notes ?? []).some((n) => n.kind === 'reading'))
  ) {
    kinds.push('qualifiers');
  }
  return kinds;
}

/** The row ids of an offering, in document order (all sections, all variants). */
export function rowIds(offering) {
  return (offering.sections ?? []).flatMap((section) => (section.rows ?? []).map((row) => row.id));
}

/**
 * Runs axe-core (from node_modules) in the page and resolves to its violations,
 * each { id, impact, help, nodes: [CSS selectors] }. `context` (a selector;
 * null for the whole document) and `options` go to axe.run(), e.g.
 * axeViolations(page, '[data-rm="matrix"]', { runOnly: ['wcag2a', 'wcag2aa'] }).
 */
export async function axeViolations(page, context = null, options = {}) {
  const axePath = path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js');
  // Evaluated over the DevTools protocol rather than added as a <script>: the
  // site's Content-Security-Policy (rightly) blocks inline scripts.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(fs.readFileSync(axePath, 'utf8'));
  const violations = await page.evaluate(
    ([ctx, opts]) => window.axe.run(ctx ?? document, opts).then((result) => result.violations),
    [context, options],
  );
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/**
 * Opens the "More filters" panel (the less-used filters and the export
 * buttons) of the widget in `scope` (a CSS prefix, '' for the page's own),
 * unless it is open already.
 */
export async function openMoreFilters(page, scope = '') {
  const toggle = page.locator(`${scope} [data-rm="more-filters"]`.trim());
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
