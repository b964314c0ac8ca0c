// "What do I own?" remembers, on the release build: ticks, owners and notes
// survive a reload, each offering/variant keeps its own, Clear empties it,
// the Markdown, CSV and OSCAL downloads carry them and restore them into a
// cleared checklist, printing shows them; the same in <responsibility-matrix>
// (built-in and supplied matrix) and embed.html; corrupt stored data and a
// storage that throws leave a notice; axe finds nothing in light and dark.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { axeViolations, openPage, saveArtifacts, useSite } from './harness.mjs';

const hostPage = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>` +
  `<script type="module" src="responsibility-matrix.js"></script></head><body><main><h1>Host page</h1>${body}</main></body></html>`;
const site = useSite({
  pages: {
    'checklist-host.html': { body: hostPage('<responsibility-matrix offering="vmware" variant="unsupported-os" view="own"></responsibility-matrix>') },
    'checklist-byo.html': { body: hostPage('<responsibility-matrix src="acme-managed-vps.json" view="own"></responsibility-matrix>') },
  },
});
const KEY = 'rm-checklist:v1:vmware:unsupported-os:customer';
const NOTE = 'Weekly, with "quotes", a | pipe and <b>tags</b>';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-checklist-'));

/** Every item's state as shown: id, tick, owner, note. `p` prefixes selectors (an element's tag). */
const shown = (page, p = '') =>
  page.locator(`${p}[data-rm-own-row]`).evaluateAll((items) =>
    items.map((li) => ({
      id: li.dataset.rmOwnRow,
      ticked: li.querySelector('[data-rm="own-tick"]').checked,
      owner: li.querySelector('[data-rm="own-owner"]').value,
      note: li.querySelector('[data-rm="own-note"]').value,
    })),
  );
const blank = (state) => state.map(({ id }) => ({ id, ticked: false, owner: '', note: '' }));

/** Ticks the first two items, gives the first an owner and the third a note. */
async function mark(page, p = '') {
  const item = (i) => page.locator(`${p}[data-rm-own-row]`).nth(i);
  await item(0).locator('[data-rm="own-tick"]').check();
  await item(1).locator('[data-rm="own-tick"]').check();
  await item(0).locator('[data-rm="own-owner"]').fill('Ops team');
  await item(2).locator('[data-rm="own-note"]').fill(NOTE);
  const state = await shown(page, p);
  assert.deepEqual(state.slice(0, 3).map((s) => [s.ticked, s.owner, s.note]), [[true, 'Ops team', ''], [true, '', ''], [false, '', NOTE]]);
  return state;
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const to = path.join(tmp, file.suggestedFilename());
  await file.saveAs(to);
  return to;
}

async function restore(page, p, file) {
  await page.setInputFiles(`${p}[data-rm="own-restore"]`, file);
  await page.waitForFunction(
    ([sel, name]) => {
      const host = sel ? document.querySelector(sel.trim()).shadowRoot : document;
      return host.querySelector('[data-rm="own-export-status"]')?.textContent.includes(`from ${name}`);
    },
    [p, path.basename(file)],
  );
  const root = p ? page.locator(p.trim()) : page;
  return root.locator('[data-rm="own-export-status"]').textContent();
}

async function clear(page, p = '') {
  await page.click(`${p}[data-rm="own-clear"]`);
  await page.waitForFunction(
    (sel) => {
      const host = sel ? document.querySelector(sel.trim()).shadowRoot : document;
      return [...host.querySelectorAll('[data-rm="own-tick"]')].every((t) => !t.checked);
    },
    p,
  );
}

describe('the standalone page', () => {
  test('marks survive a reload, per variant; exports carry them; restore, print, axe', async () => {
    const { page, errors, close } = await openPage(site.browser, `${site.server.url}#o=vmware&v=unsupported-os&view=own`);
    try {
      await page.waitForSelector('[data-rm-own-row]');
      assert.match(await page.textContent('[data-rm="own-store-note"]'), /stored only in this browser/);
      const marked = await mark(page);
      await page.reload();
      await page.waitForSelector('[data-rm-own-row]');
      assert.deepEqual(await shown(page), marked, 'after a reload');
      const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
      assert.equal(stored.format, 'rm-checklist');
      assert.equal(stored.items[marked[0].id].owner, 'Ops team');

      // Another variant has its own checklist; back again, the first is intact.
      await page.selectOption('[data-rm="variant-picker"]', 'supported-os');
      await page.waitForFunction(() => /Supported guest OS/.test(document.querySelector('[data-rm="own-title"]').textContent));
      const other = await shown(page);
      assert.deepEqual(other, blank(other));
      await page.locator('[data-rm="own-tick"]').first().check();
      await page.selectOption('[data-rm="variant-picker"]', 'unsupported-os');
      await page.waitForFunction(() => /Unsupported guest OS/.test(document.querySelector('[data-rm="own-title"]').textContent));
      assert.deepEqual(await shown(page), marked);
      assert.ok(await page.evaluate(() => localStorage.getItem('rm-checklist:v1:vmware:supported-os:customer')));

      // The downloads carry ticks, owners and notes.
      const md = await download(page, '[data-rm="own-export-md"]');
      const csv = await download(page, '[data-rm="own-export-csv"]');
      const oscal = await download(page, '[data-rm="own-export-oscal"]');
      assert.equal(path.basename(oscal), 'vmware-unsupported-os-customer-checklist.oscal.json');
      const mdText = fs.readFileSync(md, 'utf8');
      assert.equal(mdText.split('\n').filter((l) => l.startsWith('- [x] ')).length, 2);
      assert.ok(mdText.includes(`- [x] `) && mdText.includes('\n  - Owner: Ops team\n'), mdText);
      assert.ok(mdText.includes('  - Note: Weekly, with "quotes", a \\| pipe and \\<b\\>tags\\</b\\>'), mdText);
      const csvText = fs.readFileSync(csv, 'utf8');
      assert.match(csvText.split('\r\n')[0], /,Ticked,Owner,Note,Row id$/);
      assert.ok(csvText.includes(`,yes,Ops team,,${marked[0].id}\r\n`), csvText);
      assert.ok(csvText.includes(`,no,,"Weekly, with ""quotes"", a | pipe and <b>tags</b>",${marked[2].id}\r\n`), csvText);
      const plan = JSON.parse(fs.readFileSync(oscal, 'utf8'))['system-security-plan'];
      const reqs = plan['control-implementation']['implemented-requirements'];
      assert.equal(reqs.length, marked.length);
      assert.equal(reqs.filter((r) => r['by-components'][0].satisfied).length, 2);
      assert.equal(reqs[0]['by-components'][0].props[0].value, 'Ops team');
      assert.equal(reqs[2]['by-components'][0].remarks, NOTE);

      // Printed: the marks as text.
      await page.emulateMedia({ media: 'print' });
      const pdf = path.join(tmp, 'checklist.pdf');
      fs.writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert.ok(printed.includes('Done · Owner: Ops team'), printed.slice(0, 2000));
      assert.ok(printed.includes(`Note: ${NOTE}`), printed.slice(0, 2000));
      assert.ok(!printed.includes('Restore from a file'), 'the controls are not printed');
      await page.emulateMedia({ media: 'screen' });

      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        assert.deepEqual(await axeViolations(page), [], `axe, ${colorScheme}`);
      }

      // Clear empties it, for good; Restore from each download brings it back.
      await clear(page);
      assert.deepEqual(await shown(page), blank(marked));
      await page.reload();
      await page.waitForSelector('[data-rm-own-row]');
      assert.deepEqual(await shown(page), blank(marked), 'cleared, after a reload');
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
      for (const file of [md, csv, oscal]) {
        const status = await restore(page, '', file);
        assert.match(status, new RegExp(`^Restored ${marked.length} items from `), status);
        assert.deepEqual(await shown(page), marked, path.basename(file));
        await clear(page);
      }
      await restore(page, '', md);
      await page.reload();
      await page.waitForSelector('[data-rm-own-row]');
      assert.deepEqual(await shown(page), marked, 'restored, after a reload');

      // An item that no longer exists is named, not dropped in silence.
      const stale = path.join(tmp, 'stale.md');
      fs.writeFileSync(stale, mdText.replace(`rm-row: ${marked[0].id} -->`, 'rm-row: retired-service -->'));
      const status = await restore(page, '', stale);
      assert.match(status, /1 item of the file is not on this checklist and was not restored: .*\(retired-service\)/, status);
      // And a file that is no checklist is refused with a reason.
      const junk = path.join(tmp, 'junk.csv');
      fs.writeFileSync(junk, 'a,b\n1,2\n');
      assert.match(await restore(page, '', junk), /^Could not restore from junk\.csv: .*“Row id”/);
      // A note is text everywhere: typed, stored, restored and printed.
      const payload = '<img src=x onerror="window.__xssRan=1">';
      const hostile = path.join(tmp, 'hostile.csv');
      const field = `"${payload.replaceAll('"', '""')}"`;
      fs.writeFileSync(hostile, fs.readFileSync(csv, 'utf8').replace(`,yes,Ops team,,${marked[0].id}`, `,yes,${field},${field},${marked[0].id}`));
      assert.match(await restore(page, '', hostile), /^Restored /);
      await page.reload();
      await page.waitForSelector('[data-rm-own-row]');
      assert.deepEqual([(await shown(page))[0].owner, (await shown(page))[0].note], [payload, payload]);
      assert.equal(await page.locator('[data-rm="checklist"] img').count(), 0);
      assert.equal(await page.evaluate(() => window.__xssRan), undefined);
      assert.deepEqual(errors, []);
    } catch (err) {
      err.message += `\n  artifacts: ${await saveArtifacts(page, 'checklist-standalone')}`;
      throw err;
    } finally {
      await close();
    }
  });

  test('corrupt stored data is ignored with a notice; a storage that throws leaves a working checklist', async () => {
    const { page, context, errors, close } = await openPage(site.browser, `${site.server.url}#o=vmware&v=unsupported-os&view=own`);
    try {
      await page.waitForSelector('[data-rm-own-row]');
      await page.evaluate((k) => localStorage.setItem(k, '{"format":"rm-checklist","version":1,"items":{"x":{"ticked":1}}}'), KEY);
      await page.reload();
      await page.waitForSelector('[data-rm="own-store-notice"]');
      assert.match(await page.textContent('[data-rm="own-store-notice"]'), /could not be read .* ignored/);
      const state = await shown(page);
      assert.deepEqual(state, blank(state));
      await mark(page);
      assert.equal(await page.locator('[data-rm="own-store-notice"]').count(), 0, 'the next change replaced it');
      assert.equal(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).version, 1);
      // As in a sandboxed iframe or a locked-down private mode: every access throws.
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The document is sandboxed', 'SecurityError'); } });
      });
      await page.reload();
      await page.waitForSelector('[data-rm="own-store-notice"]');
      assert.match(await page.textContent('[data-rm="own-store-notice"]'), /SecurityError.*until the page is closed/);
      const marked = await mark(page);
      assert.deepEqual(await shown(page), marked, 'works in memory');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});

describe('embedded', () => {
  test('<responsibility-matrix>: marks survive a reload, export and restore inside the shadow root', async () => {
    const { page, errors, close } = await openPage(site.browser, `${site.server.url}checklist-host.html`);
    const p = 'responsibility-matrix ';
    try {
      await page.waitForSelector('responsibility-matrix[data-rm-state="ready"]');
      await page.locator(`${p}[data-rm-own-row]`).first().waitFor();
      const marked = await mark(page, p);
      await page.reload();
      await page.locator(`${p}[data-rm-own-row]`).first().waitFor();
      assert.deepEqual(await shown(page, p), marked);
      const md = await download(page, `${p}[data-rm="own-export-md"]`);
      await clear(page, p);
      assert.deepEqual(await shown(page, p), blank(marked));
      assert.match(await restore(page, p, md), /^Restored \d+ items/);
      assert.deepEqual(await shown(page, p), marked);
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        assert.deepEqual(await axeViolations(page), [], `axe, ${colorScheme}`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('a supplied matrix keeps its checklist under its id and a hash of the matrix', async () => {
    const { page, errors, close } = await openPage(site.browser, `${site.server.url}checklist-byo.html`);
    const p = 'responsibility-matrix ';
    try {
      await page.locator(`${p}[data-rm-own-row]`).first().waitFor();
      const marked = await mark(page, p);
      const keys = await page.evaluate(() => Object.keys(localStorage));
      assert.ok(keys.some((k) => /^rm-checklist:v1:acme-managed-vps@[0-9a-f]{16}:all:customer$/.test(k)), keys.join(' '));
      await page.reload();
      await page.locator(`${p}[data-rm-own-row]`).first().waitFor();
      assert.deepEqual(await shown(page, p), marked);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('embed.html: marks survive a reload', async () => {
    const url = `${site.server.url}embed.html?offering=vmware&variant=unsupported-os&view=own`;
    const { page, errors, close } = await openPage(site.browser, url);
    const p = 'responsibility-matrix ';
    try {
      await page.locator(`${p}[data-rm-own-row]`).first().waitFor();
      const marked = await mark(page, p);
      await page.reload();
      await page.locator(`${p}[data-rm-own-row]`).first().waitFor();
      assert.deepEqual(await shown(page, p), marked);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
