// Progressive delivery, end to end against the release build (dist/):
// - with JavaScript off, index.html shows every row of the default offering,
//   the legends open as <details>, the source credit is there, and the note
//   about the controls appears once;
// - the live widget takes over the prerendered matrix in place: the table's
//   box does not move, no layout shift is recorded, focus and scroll stay;
// - a URL naming another view never shows the prerendered (wrong) view;
// - a failed WebAssembly load leaves the static table with a notice;
// - <responsibility-matrix> without fallback shows its static fragment first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serveDir, launchBrowser, requireDist, readOfferings, legendsInUse, DIST_DIR } from './harness.mjs';

let browser;
let server;
let index;
before(async () => {
  requireDist();
  index = JSON.parse(fs.readFileSync(path.join(DIST_DIR, 'static', 'index.json'), 'utf8'));
  server = await serveDir(DIST_DIR);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const rowsOf = (id) => {
  const o = readOfferings().find((x) => x.id === id);
  assert.ok(o, `data/ has the offering ${id}`);
  return o.sections.flatMap((s) => s.rows.map((r) => r.id));
};

/** Holds every .wasm response until `release()` (or fails them with `fail: true`). */
async function holdWasm(page, { fail = false } = {}) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    if (fail) return route.abort('failed');
    await gate;
    return route.continue();
  });
  return release;
}

test('without JavaScript every row, the legends and the source are readable', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}index.html`);
    const expected = rowsOf(index.defaultOffering);
    const shown = await page.locator('#app [data-rm="matrix"] [data-rm-row]').evaluateAll((rows) =>
      rows.filter((r) => r.checkVisibility()).map((r) => r.dataset.rmRow));
    assert.deepEqual(shown, expected);
    const notes = page.locator('.rm-noscript');
    assert.equal(await notes.count(), 1, 'the controls say once that they need JavaScript');
    assert.ok(await notes.first().isVisible());
    // The marks key is always in view; each legend the offering's cells use is a <details>.
    assert.ok(await page.locator('[data-rm="legend-marks"]').isVisible(), 'the marks key is shown');
    const inUse = legendsInUse(readOfferings().find((o) => o.id === index.defaultOffering));
    assert.ok(inUse.length > 0, `${index.defaultOffering} has a collapsible legend`);
    const legends = page.locator('details.rm-legend');
    assert.deepEqual(await legends.evaluateAll((ds) => ds.map((d) => d.dataset.rm)), inUse.map((k) => `legend-${k}`), 'legends in use are <details>');
    await legends.first().locator('summary').click();
    assert.equal(await legends.first().evaluate((d) => d.open), true, 'a legend opens without script');
    assert.ok(await legends.first().locator('.rm-legend__body').isVisible());
    assert.ok(await page.locator('[data-rm="source"]').isVisible(), 'the source credit is shown');
  } finally {
    await context.close();
  }
});

test('the widget takes over in place: same box, no layout shift, focus and scroll kept', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
  try {
    const page = await context.newPage();
    const release = await holdWasm(page);
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}index.html`);
    await page.locator('#app [data-rm="matrix"] [data-rm-row]').first().waitFor();
    assert.equal(await page.locator('#app').getAttribute('data-rm-live'), null, 'still static');
    const table = () => page.locator('#app [data-rm="matrix"]').boundingBox();
    // The reader scrolls and focuses the table's scroll region before the widget is live.
    const region = page.locator('#app [data-rm="widget"] .rm-scroll[tabindex="0"]');
    await region.focus();
    await page.evaluate(() => window.scrollTo(0, 400));
    const scroll = await page.evaluate(() => window.scrollY);
    const label = await region.getAttribute('aria-label');
    const before = await table();
    const shiftsBefore = await page.evaluate(() => window.__shifts.length);
    release();
    await page.locator('#app[data-rm-live]').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    const afterBox = await table();
    for (const k of ['x', 'y', 'width', 'height']) {
      assert.ok(Math.abs(afterBox[k] - before[k]) < 1, `table ${k}: ${before[k]} -> ${afterBox[k]}`);
    }
    const shifts = await page.evaluate((n) => window.__shifts.slice(n), shiftsBefore);
    assert.deepEqual(shifts.filter((v) => v > 0.001), [], 'no layout shift at take-over');
    assert.equal(await page.locator('#app [data-rm="widget"]').count(), 1, 'the static widget is gone');
    assert.equal(await page.evaluate(() => window.scrollY), scroll, 'scroll kept');
    const focused = await page.evaluate(() => ({
      label: document.activeElement?.getAttribute('aria-label'),
      region: document.activeElement?.classList.contains('rm-scroll'),
      live: !!document.activeElement?.closest('#app[data-rm-live] [data-rm="widget"]'),
    }));
    assert.deepEqual(focused, { label, region: true, live: true }, 'focus moved to the same region in the live widget');
    // And it is live: the search works.
    await page.locator('[data-rm="search"]').fill('backup');
    await page.waitForFunction(() => document.querySelectorAll('[data-rm-row]').length < 20);
  } finally {
    await context.close();
  }
});

test('a URL naming another view never shows the prerendered one', async () => {
  const other = readOfferings().find((o) => o.id !== index.defaultOffering);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__titles = [];
      const look = () => {
        const t = document.querySelector('#app .rm-title');
        if (t && t.checkVisibility({ visibilityProperty: true })) window.__titles.push(t.textContent);
        if (!document.querySelector('#app[data-rm-live]') || window.__titles.length < 3) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(`${server.url}index.html#o=${other.id}`);
    await page.locator('#app[data-rm-live] [data-rm-row]').first().waitFor();
    await page.waitForTimeout(200);
    const titles = await page.evaluate(() => window.__titles);
    assert.ok(titles.length > 0, 'the title was seen');
    assert.deepEqual([...new Set(titles)], [other.title], 'only the named view was ever visible');
  } finally {
    await context.close();
  }
});

test('a failed WebAssembly load keeps the static table, with a notice', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await holdWasm(page, { fail: true });
    await page.goto(`${server.url}index.html`);
    const notice = page.locator('#app [data-rm="load-failed"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /could not be loaded/);
    const rows = await page.locator('#app [data-rm-row]').count();
    assert.equal(rows, rowsOf(index.defaultOffering).length);
  } finally {
    await context.close();
  }
});

test('an element without fallback shows its offering’s static fragment until the widget is live', async () => {
  const fragment = index.fragments.find((f) => f.offering !== index.defaultOffering && !f.variant);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const release = await holdWasm(page);
    await page.goto(`${server.url}embed.html?offering=${fragment.offering}`);
    const host = page.locator('responsibility-matrix');
    await host.locator('[data-rm="static"] [data-rm-row]').first().waitFor();
    assert.equal(await host.getAttribute('data-rm-state'), 'loading');
    const staticRows = await host.locator('[data-rm-row]').evaluateAll((rows) => rows.map((r) => r.dataset.rmRow));
    assert.deepEqual(staticRows, rowsOf(fragment.offering));
    release();
    await page.locator('responsibility-matrix[data-rm-state="ready"]').waitFor();
    assert.equal(await host.locator('[data-rm="static"]').count(), 0, 'the fragment is replaced');
    const liveRows = await host.locator('[data-rm-row]').evaluateAll((rows) => rows.map((r) => r.dataset.rmRow));
    assert.deepEqual(liveRows, staticRows);
  } finally {
    await context.close();
  }
});
