// GitHub Pages serves a project site under /<repository>/. The site built with
// `--public-url /responsibility-matrix/` (make test's build-subpath stage, as the
// Pages workflow builds it) must load and work when served only under that
// sub-path: every asset request stays inside it, and nothing 404s.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { launchBrowser, openPage, REPO_ROOT, requireDist, serveDir } from './harness.mjs';

const SUBPATH = process.env.RM_SUBPATH || '/responsibility-matrix/';
const DIST = path.join(REPO_ROOT, 'target', 'dist-subpath');

test(`the release build works under the sub-path ${SUBPATH}`, async () => {
  requireDist(DIST);
  const server = await serveDir(DIST, { prefix: SUBPATH });
  const browser = await launchBrowser();
  try {
    const { page, errors, close } = await openPage(browser, `${server.url}#o=hyper-v&v=managed-vm`);
    await page.waitForSelector('[data-rm="matrix"] [data-rm-row]');
    assert.equal(await page.inputValue('[data-rm="variant-picker"]'), 'managed-vm');
    await page.fill('[data-rm="search"]', 'dns');
    await page.waitForFunction(() => document.querySelectorAll('[data-rm-row]').length === 1);
    assert.deepEqual(errors, []);
    const outside = server.requests.filter((r) => !r.split(' ')[1].startsWith(SUBPATH));
    assert.deepEqual(outside, [], 'every request stays under the sub-path');
    assert.ok(server.requests.some((r) => /^200 .*\.wasm$/.test(r)), `the wasm loads: ${server.requests.join(', ')}`);
    await close();
  } finally {
    await browser.close();
    await server.close();
  }
});

test(`the embedding pages work under the sub-path ${SUBPATH}`, async () => {
  requireDist(DIST);
  const server = await serveDir(DIST, { prefix: SUBPATH });
  const browser = await launchBrowser();
  try {
    const { page, errors, close } = await openPage(browser, `${server.url}example.html`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('responsibility-matrix')].every((e) => e.dataset.rmState === 'ready'),
    );
    assert.equal(await page.locator('#docs-own [data-rm-row]').count(), 5, 'the inline matrix');
    await page.waitForFunction(() => parseFloat(document.querySelector('iframe.rm-frame').style.height) > 400);
    assert.equal(await page.frameLocator('iframe.rm-frame').locator('[data-rm-row]').count(), 13, 'the iframe');
    // "Copy link" in an embed points at the widget's own page, under the sub-path.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('#docs-vmware [data-rm="copy-link"]').click();
    await page.locator('#docs-vmware [data-rm="copy-status"]', { hasText: 'copied' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, `${server.url}index.html#o=vmware&v=unsupported-os`);
    assert.deepEqual(errors, []);
    const outside = server.requests.filter((r) => !r.split(' ')[1].startsWith(SUBPATH));
    assert.deepEqual(outside, [], 'every request stays under the sub-path');
    await close();
  } finally {
    await browser.close();
    await server.close();
  }
});

test(`a spreadsheet opens under the sub-path ${SUBPATH} (the spreadsheet module loads from it)`, async () => {
  requireDist(DIST);
  const server = await serveDir(DIST, { prefix: SUBPATH });
  const browser = await launchBrowser();
  try {
    const { page, errors, close } = await openPage(browser, `${server.url}#o=vmware`);
    await page.waitForSelector('[data-rm="widget"] [data-rm-row]');
    await page.setInputFiles('[data-rm="open-input"]', path.join(REPO_ROOT, 'tests', 'fixtures', 'import', 'matrix.ods'));
    await page.waitForSelector('[data-rm="open-confirm"]', { timeout: 30_000 });
    // matrix.ods: three activities in two sections.
    assert.match(await page.textContent('[data-rm="open-found"]'), /^Found 3 rows in 2 sections/);
    const sheet = server.requests.filter((r) => /rm-sheet-/.test(r));
    assert.equal(sheet.length, 2, `glue and WebAssembly: ${sheet.join(', ')}`);
    assert.ok(sheet.every((r) => r.startsWith('200 ') && r.split(' ')[1].startsWith(SUBPATH)), sheet.join(', '));
    assert.deepEqual(errors, []);
    await close();
  } finally {
    await browser.close();
    await server.close();
  }
});
