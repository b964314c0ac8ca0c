// Strict hosts and no leaks, end to end against the release build (dist/):
// - every page ships a strict Content-Security-Policy (no 'unsafe-inline', no
//   'unsafe-eval') and runs with zero CSP violations, also when the same policy
//   comes as an HTTP header;
// - every script and stylesheet carries a Subresource Integrity hash;
// - no request leaves the site's origin (no fonts, CDNs, telemetry);
// - nothing is lost: the view survives a reload, and a bad link never
//   silently replaces a good view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serveDir, DIST_DIR, useSite, readOfferings, legendsInUse } from './harness.mjs';
import { CSP } from '../../site/csp.mjs';

const PAGES = ['index.html#o=hyper-v&v=unmanaged-vm&q=patch', 'example.html', 'embed.html?offering=vmware&theme=dark'];

const site = useSite({ serve: false });

/** Opens `url` recording requests, CSP violations and errors; waits for every widget. */
async function visit(url) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('responsibility-matrix')];
    return document.querySelector('[data-rm-row]') || (elements.length > 0 && elements.every((e) => e.dataset.rmState === 'ready'));
  });
  // Exercise the widget a little: type, open a row, toggle a legend.
  const search = page.locator('[data-rm="search"]').first();
  if (await search.count()) await search.fill('backup');
  const toggle = page.locator('[data-rm-row] .rm-row-toggle').first();
  if (await toggle.count()) await toggle.click();
  await page.waitForTimeout(200);
  const violations = await page.evaluate(() => window.__violations);
  return { page, context, requests, errors, violations };
}

test('the policy is strict: no unsafe-inline, no unsafe-eval, only self', () => {
  assert.doesNotMatch(CSP, /'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  assert.match(CSP, /default-src 'self'/);
  assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(CSP, /style-src 'self'/);
  for (const file of ['index.html', 'example.html', 'embed.html']) {
    const html = fs.readFileSync(path.join(DIST_DIR, file), 'utf8');
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${CSP}" />`), `${file} carries the CSP`);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/, `${file}: no inline script`);
    assert.doesNotMatch(html, /\sstyle="/, `${file}: no inline style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+="/, `${file}: no inline event handler`);
  }
});

test('every script and stylesheet of every page carries an integrity hash', () => {
  for (const file of ['index.html', 'example.html', 'embed.html']) {
    const html = fs.readFileSync(path.join(DIST_DIR, file), 'utf8');
    const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0])
      .filter((t) => /\bsrc=|rel="(stylesheet|modulepreload|preload)"/.test(t));
    assert.ok(tags.length >= 2, `${file}: ${tags.length} tags`);
    for (const tag of tags) assert.match(tag, /integrity="sha384-[A-Za-z0-9+/=]+"/, `${file}: ${tag}`);
  }
  // The shadow root's stylesheet too: its hash is filled into the entry point.
  const loader = fs.readFileSync(path.join(DIST_DIR, 'responsibility-matrix.js'), 'utf8');
  assert.match(loader, /const STYLESHEET_INTEGRITY = 'sha384-[A-Za-z0-9+/=]+';/);
});

for (const headers of [{}, { 'Content-Security-Policy': CSP }]) {
  const how = headers['Content-Security-Policy'] ? 'meta tag and HTTP header' : 'meta tag';
  test(`zero CSP violations and no request outside the site (${how})`, async () => {
    const server = await serveDir(DIST_DIR, { headers });
    try {
      for (const file of PAGES) {
        const { context, requests, errors, violations } = await visit(server.url + file);
        try {
          assert.deepEqual(violations, [], `${file}: CSP violations`);
          assert.deepEqual(errors, [], `${file}: errors`);
          const foreign = requests.filter((u) => !u.startsWith(server.origin));
          assert.deepEqual(foreign, [], `${file}: requests outside ${server.origin}`);
          assert.ok(requests.some((u) => u.endsWith('.wasm')), `${file}: the wasm was requested from the site`);
        } finally {
          await context.close();
        }
      }
    } finally {
      await server.close();
    }
  });
}

test('nothing lost: the view survives a reload, and a bad link never silently replaces a good view', async () => {
  // An open legend is part of the view: Hyper-V's cells call for the qualifier legend (its source readings).
  assert.ok(legendsInUse(readOfferings().find((o) => o.id === 'hyper-v')).includes('qualifiers'));
  const server = await serveDir(DIST_DIR);
  const { page, context } = await visit(`${server.url}index.html#o=hyper-v&v=unmanaged-vm&q=patch&legend=qualifiers`);
  try {
    const view = () =>
      page.evaluate(() => ({
        offering: document.querySelector('[data-rm="offering-picker"]').value,
        variant: document.querySelector('[data-rm="variant-picker"]').value,
        search: document.querySelector('[data-rm="search"]').value,
        legend: document.querySelector('[data-rm="legend-qualifiers"] button').getAttribute('aria-expanded'),
        rows: document.querySelectorAll('[data-rm-row]').length,
      }));
    await page.fill('[data-rm="search"]', 'patch');
    const good = await view();
    assert.ok(good.rows > 0 && good.legend === "true", JSON.stringify(good));
    await page.reload();
    await page.waitForSelector('[data-rm="search"]');
    await page.waitForFunction((q) => document.querySelector('[data-rm="search"]').value === q, good.search);
    assert.deepEqual(await view(), good, 'reload restores the view from the URL');
    // A bad link: every bad value is named in a notice, and Back returns to the good view.
    await page.evaluate(() => {
      location.hash = '#o=hyper-v&v=%3Cscript%3E&party=nobody&shared=maybe';
    });
    const notice = page.locator('[data-rm="notice"]');
    await notice.waitFor();
    const text = await notice.textContent();
    for (const bad of ['<script>', 'nobody', 'maybe']) assert.ok(text.includes(bad), `notice names ${bad}: ${text}`);
    await page.goBack();
    await page.waitForFunction((q) => document.querySelector('[data-rm="search"]').value === q, good.search);
    assert.deepEqual(await view(), good, 'Back restores the good view');
  } finally {
    await context.close();
    await server.close();
  }
});
