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
