// Lazy chunks, end to end against the release build (dist/):
// - the first view fetches the core only: no chunk before a feature is used;
// - each feature (compare, "What do I own?", coverage, export, open a matrix)
//   fetches its chunk on first use and works;
// - a view named in the URL fetches its chunk at once;
// - a chunk that fails to load shows a readable error with "Try again",
//   dispatches rm-error, the rest of the widget keeps working, and trying
//   again once the network is back loads the view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useSite, openPage, openMoreFilters, DIST_DIR } from './harness.mjs';

const site = useSite();
const url = (hash = '') => `${site.server.url}index.html${hash}`;
const chunks = () => JSON.parse(fs.readFileSync(path.join(DIST_DIR, 'chunks.json'), 'utf8'));
const fileOf = (feature) => {
  const c = chunks().find((x) => x.holds === feature);
  assert.ok(c, `chunks.json lists a chunk holding ${feature}: ${JSON.stringify(chunks())}`);
  return c.file;
};

/** Opens the page and records the names of the .wasm files it fetches. */
async function openRecording(hash, options = {}) {
  const s = await openPage(site.browser, 'about:blank');
  const fetched = [];
  s.page.on('request', (req) => {
    if (req.url().endsWith('.wasm')) fetched.push(path.basename(new URL(req.url()).pathname));
  });
  if (options.route) await options.route(s.page);
  await s.page.goto(url(hash), { waitUntil: 'load' });
  await s.page.locator('#app[data-rm-live] [data-rm="widget"]').waitFor({ state: 'attached' });
  return { ...s, fetched };
}

test('the release build has a chunk per feature', () => {
  for (const feature of ['compare', 'own', 'coverage', 'export', 'open']) fileOf(feature);
  for (const c of chunks()) assert.ok(fs.statSync(path.join(DIST_DIR, c.file)).size > 0, `${c.file} is in dist/`);
});

test('the first view fetches the core only; each view fetches its chunk on first use', async () => {
  const s = await openRecording('');
  try {
    await s.page.waitForTimeout(300);
    const split = (xs) => xs.filter((f) => /^rm-(split|chunk)_/.test(f));
    assert.deepEqual(split(s.fetched), [], `no chunk before a feature is used: ${s.fetched.join(', ')}`);
    for (const [view, feature, ready] of [
      ['compare', 'compare', '[data-rm="compare"]'],
      ['own', 'own', '[data-rm="checklist"]'],
      ['coverage', 'coverage', '[data-rm="coverage"]'],
    ]) {
      await s.page.click(`[data-rm-view="${view}"]`);
      await s.page.waitForSelector(ready);
      assert.ok(s.fetched.includes(fileOf(feature)), `${view} fetched ${fileOf(feature)}: ${s.fetched.join(', ')}`);
    }
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a view named in the URL loads its chunk at once', async () => {
  const s = await openRecording('#o=vmware&view=coverage');
  try {
    await s.page.waitForSelector('[data-rm="coverage"]');
    assert.ok(s.fetched.includes(fileOf('coverage')));
    assert.ok(!s.fetched.includes(fileOf('compare')), 'only the named view’s chunk');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('export and open a matrix fetch their chunks on first use', async () => {
  const s = await openRecording('');
  try {
    await openMoreFilters(s.page);
    const download = s.page.waitForEvent('download');
    await s.page.click('[data-rm="export-csv"]');
    const file = await download;
    assert.match(file.suggestedFilename(), /\.csv$/);
    assert.ok(s.fetched.includes(fileOf('export')));
    assert.ok(!s.fetched.includes(fileOf('open')));
    await s.page.click('[data-rm="open-paste"]');
    await s.page.waitForSelector('[data-rm="open-dialog"] textarea');
    assert.ok(s.fetched.includes(fileOf('open')));
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a chunk that fails to load shows an error, the rest keeps working, and Try again loads it', async () => {
  let failing = true;
  const s = await openRecording('', {
    route: (page) =>
      page.route(/rm-(split|chunk)_.*\.wasm$/, (route) => (failing ? route.abort('failed') : route.continue())),
  });
  try {
    await s.page.evaluate(() => {
      window.__rmErrors = [];
      document.addEventListener('rm-error', (e) => window.__rmErrors.push(e.detail));
    });
    await s.page.click('[data-rm-view="compare"]');
    const notice = await s.page.waitForSelector('[data-rm="chunk-error"]');
    assert.match(await notice.innerText(), /“Compare” could not be loaded/);
    const detail = await s.page.evaluate(() => window.__rmErrors);
    assert.equal(detail.length, 1);
    assert.equal(detail[0].kind, 'chunk');
    assert.equal(detail[0].source, 'Compare');
    // The rest works: back to the table, search filters it.
    await s.page.click('[data-rm-view="table"]');
    await s.page.fill('[data-rm="search"]', 'backup');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-rm-row]').length > 0);
    await s.page.click('[data-rm-view="compare"]');
    await s.page.waitForSelector('[data-rm="chunk-error"]');
    failing = false;
    await s.page.click('[data-rm="chunk-retry"]');
    await s.page.waitForSelector('[data-rm="compare"]');
    assert.equal(await s.page.$('[data-rm="chunk-error"]'), null);
  } finally {
    await s.close();
  }
});
