// One shared rule on the page: for every offering and type, the rows the
// table marks as shared with the customer are exactly the rows "Shared with
// customer only" keeps and the number coverage gives, and the rows it marks as
// split between providers (and not shared with the customer) are coverage's
// "Split between providers". The same agreement is checked natively over the
// rules and every export (tests/native/agreement.rs); this is what the reader sees.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openPage, readOfferings, REPO_ROOT, saveArtifacts, useSite } from './harness.mjs';

const site = useSite();

/** The visible rows of the table, each with its id and its sharing marks. */
const tableRows = (page) =>
  page.$$eval('[data-rm="matrix"] [data-rm-row]:not([hidden])', (rows) =>
    rows.map((r) => ({
      id: r.dataset.rmRow,
      shared: r.querySelector('td.rm-cell--shared') !== null,
      split: r.querySelector('td.rm-cell--split') !== null,
    })),
  );

/** Coverage's total line, as { column header: number }. */
const coverageTotals = (page) =>
  page.$eval('[data-rm="coverage-table"]', (table) => {
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    const cells = [...table.querySelectorAll('[data-rm-coverage-row="0"] > :is(th, td)')].map((c) => c.textContent.trim());
    return Object.fromEntries(heads.map((h, i) => [h, cells[i]]));
  });

async function showHash(page, hash, selector) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.waitForSelector(selector);
}

test('the table, "Shared with customer only" and coverage name the same shared rows, for every offering and type', async () => {
  let checked = 0;
  let sharedSeen = 0;
  let splitSeen = 0;
  for (const offering of readOfferings()) {
    const variants = [null, ...(offering.variants?.options ?? []).map((v) => v.id)];
    for (const variant of variants) {
      const name = `${offering.id}/${variant ?? 'all'}`;
      const base = `o=${offering.id}${variant ? `&v=${variant}` : ''}`;
      const { page, errors, close } = await openPage(site.browser, `${site.server.url}#${base}`);
      try {
        await page.waitForSelector('[data-rm="matrix"] [data-rm-row]');
        const rows = await tableRows(page);
        const shared = rows.filter((r) => r.shared).map((r) => r.id);
        const split = rows.filter((r) => r.split && !r.shared).map((r) => r.id);
        sharedSeen += shared.length;
        splitSeen += split.length;

        // "Shared with customer only" keeps exactly the rows marked shared with the customer.
        await showHash(page, `${base}&shared=1`, '[data-rm="active-filters"] [data-rm-filter="shared"]');
        await page.waitForFunction(
          (n) => document.querySelector('[data-rm="count"]')?.textContent.trim().startsWith(`${n} of `),
          shared.length,
        );
        const kept = shared.length ? (await tableRows(page)).map((r) => r.id) : [];
        assert.deepEqual(kept, shared, `${name}: the filter keeps the rows marked shared`);

        // Coverage counts the same rows.
        await showHash(page, `${base}&view=coverage`, '[data-rm="coverage-table"]');
        const totals = await coverageTotals(page);
        assert.equal(Number(totals['Total']), rows.length, `${name}: coverage covers every row (${JSON.stringify(totals)})`);
        assert.equal(Number(totals['Shared with the customer'] ?? 0), shared.length, `${name}: shared with the customer (${JSON.stringify(totals)})`);
        assert.equal(Number(totals['Split between providers'] ?? 0), split.length, `${name}: split between providers (${JSON.stringify(totals)})`);
        assert.deepEqual(errors, [], `${name}: no errors`);
        checked++;
      } catch (err) {
        err.message += ` (artifacts: ${await saveArtifacts(page, `agreement-${name}`)})`;
        throw err;
      } finally {
        await close();
      }
    }
  }
  // Not vacuous: every offering and type was checked, and shared rows occur. (No built-in
  // view holds a row split between providers only; tests/native/shared_rule.rs covers that.)
  const expected = readOfferings().reduce((n, o) => n + 1 + (o.variants?.options ?? []).length, 0);
  assert.equal(checked, expected);
  assert.ok(sharedSeen > 0, `shared ${sharedSeen}, split ${splitSeen}`);
});

test('a matrix with a third party: the row split between providers is marked, filtered and counted apart from the shared ones', async () => {
  // three-parties.csv: "Rackspace and Azure" (two providers), "Rackspace coordinated with Customer" and "Shared".
  const csv = fs.readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'import', 'three-parties.csv'));
  const { page, errors, close } = await openPage(site.browser, `${site.server.url}#o=vmware`);
  try {
    await page.waitForSelector('[data-rm="matrix"] [data-rm-row]');
    await page.setInputFiles('[data-rm="open-input"]', { name: 'three-parties.csv', mimeType: 'text/csv', buffer: csv });
    await page.waitForSelector('[data-rm="open-confirm"]');
    assert.equal(await page.inputValue('[data-rm="open-provider"]'), 'rackspace');
    await page.click('[data-rm="open-confirm"]');
    await page.waitForSelector('[data-rm="open-dialog"]', { state: 'detached' });
    const base = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).toString();
    const rows = await tableRows(page);
    const activity = (id) => page.$eval(`[data-rm-row="${id}"]`, (r) => r.querySelector('th')?.textContent ?? '');
    const split = rows.filter((r) => r.split && !r.shared).map((r) => r.id);
    const shared = rows.filter((r) => r.shared).map((r) => r.id);
    assert.equal(split.length, 1, JSON.stringify(rows));
    assert.match(await activity(split[0]), /Rotate cluster certificates/);
    assert.equal(shared.length, 2, JSON.stringify(rows));

    await showHash(page, `${base}&shared=1`, '[data-rm="active-filters"] [data-rm-filter="shared"]');
    await page.waitForFunction(() => document.querySelector('[data-rm="count"]')?.textContent.trim().startsWith('2 of '));
    assert.deepEqual((await tableRows(page)).map((r) => r.id), shared, 'the split row is not shared with the customer');

    await showHash(page, `${base}&view=coverage`, '[data-rm="coverage-table"]');
    const totals = await coverageTotals(page);
    assert.equal(Number(totals['Shared with the customer']), 2, JSON.stringify(totals));
    assert.equal(Number(totals['Split between providers']), 1, JSON.stringify(totals));
    assert.equal(Number(totals['Total']), 6, JSON.stringify(totals));
    assert.deepEqual(errors, []);
  } catch (err) {
    err.message += ` (artifacts: ${await saveArtifacts(page, 'agreement-three-parties')})`;
    throw err;
  } finally {
    await close();
  }
});
