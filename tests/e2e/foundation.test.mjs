// Foundation end-to-end test. It proves that the release build in dist/ loads
// in headless Chromium without a page error, console error or failed request,
// and that for EVERY offering in data/*.json, chosen through the widget's public
// DOM contract (the [data-rm=...] attributes), with "All types" chosen where the
// offering has variants, the matrix shows exactly that offering's rows, with a
// caption naming the offering, a count of them all, and the source credited.
//
// It builds nothing: `make test` runs `trunk build --release` first.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, readOfferings, rowIds, saveArtifacts, useSite } from './harness.mjs';

const PICKER = '[data-rm="offering-picker"]';
const VARIANT_PICKER = '[data-rm="variant-picker"]';
const MATRIX = '[data-rm="matrix"]';

const offerings = readOfferings();

let session; // { page, errors, ... } from openPage(): one page for the whole file
useSite({
  onReady: async ({ browser, server }) => {
    session = await openPage(browser, server.url);
    try {
      await session.page.waitForSelector(PICKER, { state: 'attached' });
    } catch {
      const shot = await saveArtifacts(session.page, 'foundation-no-picker');
      throw new Error(
        `the offering picker ${PICKER} never appeared (screenshot: ${shot}); page errors: ${
          JSON.stringify(session.errors, null, 2)
        }`,
      );
    }
  },
});

/** The page's problems so far, as one message (empty when there are none). */
function takeErrors() {
  return session.errors.splice(0).join('\n');
}

/** Sorted copy, for order-independent comparison. */
const sorted = (values) => [...values].sort();
const sameMembers = (a, b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** Polls read() until ok(value) or ~5 s have passed; returns the last value. */
async function settle(read, ok, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

test('data/ holds at least one offering', () => {
  assert.ok(offerings.length > 0, 'no data/*.json offering found (schema.json excluded)');
});

test('the page loads without errors', () => {
  assert.equal(takeErrors(), '', 'errors while loading the page');
});

test('the offering picker lists every offering', async () => {
  const values = await session.page.$$eval(`${PICKER} option`, (options) => options.map((o) => o.value));
  assert.deepEqual(sorted(values), sorted(offerings.map((o) => o.id)));
});

for (const offering of offerings) {
  const expectedRows = rowIds(offering);
  const variantIds = (offering.variants?.options ?? []).map((v) => v.id);

  test(`${offering.id}: all ${expectedRows.length} rows render`, async (t) => {
    const { page } = session;
    try {
      await page.selectOption(PICKER, offering.id);
      // The view updates reactively: wait until the caption names this offering
      // (the assertion below reports what is there if it never does).
      await page
        .waitForFunction(
          ([sel, title]) => document.querySelector(`${sel} caption`)?.textContent.includes(title),
          [MATRIX, offering.title],
          { timeout: 5_000 },
        )
        .catch(() => {});
      const caption = (await page.locator(`${MATRIX} caption`).textContent()) ?? '';
      assert.ok(caption.includes(offering.title), `caption "${caption.trim()}" should mention "${offering.title}"`);

      if (variantIds.length > 0) {
        await page.waitForSelector(VARIANT_PICKER, { state: 'attached', timeout: 5_000 }).catch(() => {});
        const values = await page.$$eval(`${VARIANT_PICKER} option`, (options) => options.map((o) => o.value));
        assert.deepEqual(sorted(values), sorted(['', ...variantIds]), 'variant picker options: variant ids + "" (All types)');
        await page.selectOption(VARIANT_PICKER, '');
      } else {
        assert.equal(await page.locator(VARIANT_PICKER).count(), 0, 'no variant picker for an offering without variants');
      }

      const rendered = await settle(
        () => page.$$eval(`${MATRIX} tr[data-rm-row]`, (rows) => rows.map((r) => r.dataset.rmRow)),
        (ids) => sameMembers(ids, expectedRows),
      );
      assert.deepEqual(sorted(rendered), sorted(expectedRows), 'rendered data-rm-row values = the row ids in the JSON');

      // A column split by party shows one cell per party, keyed by the party id.
      const columnIds = new Set((offering.columns ?? []).map((c) => c.id));
      if ((offering.columns ?? []).some((c) => c.split_by_party)) {
        for (const party of offering.parties ?? []) columnIds.add(party.id);
      }
      const cells = await page.$$eval(`${MATRIX} tr[data-rm-row] [data-rm-col]`, (els) =>
        els.map((el) => ({ col: el.dataset.rmCol, shared: el.dataset.rmShared })),
      );
      assert.ok(cells.length > 0, 'data rows have cells with data-rm-col');
      for (const { col, shared } of cells) {
        assert.ok(columnIds.has(col), `data-rm-col="${col}" is neither a column nor a split-by-party party of ${offering.id}`);
        assert.ok(shared === 'true' || shared === 'false', `data-rm-shared="${shared}" on a ${col} cell`);
      }

      const n = expectedRows.length;
      const count = (await page.locator('[data-rm="count"]').textContent()) ?? '';
      assert.match(count, new RegExp(`\\b${n} of ${n}\\b`), `count "${count.trim()}" should read "${n} of ${n} ..."`);

      const source = page.locator('[data-rm="source"]');
      assert.ok((await source.textContent())?.includes(offering.source.title), 'source credits the document title');
      if (offering.source.url) {
        const hrefs = await source.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        assert.ok(hrefs.includes(offering.source.url), `source links to ${offering.source.url} (links: ${hrefs})`);
      }

      assert.equal(takeErrors(), '', 'no page or console errors');
    } catch (err) {
      const shot = await saveArtifacts(page, `foundation-${offering.id}`);
      t.diagnostic(`screenshot: ${shot}`);
      throw err;
    }
  });
}
