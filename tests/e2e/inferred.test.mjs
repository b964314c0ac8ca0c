// GOSS's guest-OS picker and its two per-OS columns are our inference (the
// source names no OS): on the built site the column heads carry the
// inference mark, titled with the source sentence, the picker's label says
// "(inferred)", the CSV names the columns so, and axe finds nothing in light
// or dark. Expected text comes from data/goss.json, not from the widget.
//
// Serves dist/ (or $RM_DIST_DIR), built with `trunk build --release`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { axeViolations, DIST_DIR, openMoreFilters, openPage, readOfferings, saveArtifacts, useSite } from './harness.mjs';

const site = useSite({ dist: process.env.RM_DIST_DIR || DIST_DIR });
const goss = readOfferings().find((o) => o.id === 'goss');
const inferredColumns = goss.columns.filter((c) => c.inference);

async function open(hash) {
  const session = await openPage(site.browser, `${site.server.url}${hash}`);
  await session.page.waitForSelector('[data-rm="matrix"] [data-rm-row]');
  return session;
}

describe('GOSS inferences where the reader uses them', () => {
  test('the data marks the picker and both per-OS columns', () => {
    assert.deepEqual(inferredColumns.map((c) => c.id), ['linux', 'windows']);
    assert.ok(goss.variants.inference?.from, 'the variant set is marked');
  });

  test('column heads and the picker say "inferred", titled with the source sentence', async () => {
    const { page, errors, close } = await open('#o=goss');
    try {
      for (const c of inferredColumns) {
        const head = await page.$eval(`thead th[data-rm-col="${c.id}"]`, (th) => {
          const mark = th.querySelector('[data-rm="column-inference"]');
          return { mark: mark?.textContent, markTitle: mark?.title, title: th.title, cls: mark?.className };
        });
        assert.equal(head.mark, 'inferred', `${c.id}: the head carries the mark`);
        assert.equal(head.cls, 'rm-inference-mark', `${c.id}: the cells' mark`);
        assert.ok(head.markTitle.includes(c.inference.from), `${c.id}: the mark names the sentence`);
        assert.ok(head.title.includes(c.inference.from), `${c.id}: the head's title names the sentence`);
      }
      const marks = await page.$$eval('thead [data-rm="column-inference"]', (els) => els.length);
      assert.equal(marks, inferredColumns.length, 'only the inferred columns are marked');

      const picker = await page.$eval('[data-rm="variant-picker"]', (select) => {
        const label = select.closest('label');
        return { text: label.querySelector('.rm-field__label').textContent, title: label.title };
      });
      assert.equal(picker.text, `${goss.variants.label} (inferred)`);
      assert.ok(picker.title.includes(goss.variants.inference.from), picker.title);

      // The export buttons fold away with the less-used filters.
      await openMoreFilters(page);
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-rm="export-csv"]')]);
      const csv = fs.readFileSync(await file.path(), 'utf8');
      const header = csv.split('\r\n')[0].split(',');
      for (const c of inferredColumns) assert.ok(header.includes(`${c.label} (inferred)`), header.join(' | '));
      assert.match(csv, /\r\n\r\nSource\r\nTitle,/, 'the source block follows the table');
      assert.deepEqual(errors, []);
    } catch (err) {
      err.message += ` (screenshot: ${await saveArtifacts(page, 'inferred-goss')})`;
      throw err;
    } finally {
      await close();
    }
  });

  test('an offering whose picker is the source\'s own says nothing more', async () => {
    const { page, close } = await open('#o=vmware');
    try {
      const vmware = readOfferings().find((o) => o.id === 'vmware');
      const text = await page.$eval('[data-rm="variant-picker"]', (s) => s.closest('label').querySelector('.rm-field__label').textContent);
      assert.equal(text, vmware.variants.label);
      assert.equal(await page.$$eval('[data-rm="column-inference"]', (els) => els.length), 0);
    } finally {
      await close();
    }
  });

  for (const scheme of ['light', 'dark']) {
    test(`axe-core: no violations with the marked heads, ${scheme} theme`, async () => {
      const { page, errors, close } = await open('#o=goss&v=windows');
      try {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }
});
