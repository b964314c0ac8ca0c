// The interactive grid on the release build, as its users drive it:
// - a sales engineer's call script (open a shared link, pick, search, filter,
//   copy the link, reload, go back) and a link with garbage in it;
// - a keyboard-only walk-through with visible focus;
// - axe-core on every offering, light and dark, with legends and a row open;
// - the print stylesheet.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, openMoreFilters, openPage, readOfferings, saveArtifacts, useSite } from './harness.mjs';

const site = useSite();

/** Opens the site at `hash` and waits for the matrix. */
async function open(hash = '', options = {}) {
  const session = await openPage(site.browser, `${site.server.url}${hash}`, options);
  await session.page.waitForSelector('[data-rm="matrix"] [data-rm-row]');
  return session;
}

const rows = (page) => page.$$eval('[data-rm-row]', (trs) => trs.map((tr) => tr.getAttribute('data-rm-row')));
const count = (page) => page.textContent('[data-rm="count"]');
const value = (page, what) => page.inputValue(`[data-rm="${what}"]`);

describe('sales-call script', () => {
  test('a shared link opens exactly its view; pick, search, filter, copy, reload, back', async () => {
    const { page, context, errors, close } = await open('#o=vmware&v=unsupported-os&q=patch&shared=1');
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
      assert.equal(await value(page, 'offering-picker'), 'vmware');
      assert.equal(await value(page, 'variant-picker'), 'unsupported-os');
      assert.equal(await value(page, 'search'), 'patch');
      assert.equal(await page.isChecked('[data-rm="shared-only"]'), true);
      assert.deepEqual(await rows(page), ['patching']);
      assert.equal(await count(page), '1 of 26 services');
      // The unsupported-OS column is emphasised; the supported one hidden.
      assert.equal(await page.locator('thead th[data-rm-col="vm-supported-os"]').count(), 0);
      assert.match(await page.getAttribute('thead th[data-rm-col="vm-unsupported-os"]', 'class'), /emphasised/);

      // Pick Hyper-V, Unmanaged VM; search "patch"; shared only.
      await page.selectOption('[data-rm="offering-picker"]', 'hyper-v');
      await page.waitForSelector('[data-rm-row="manage-delivery-of-equipment"]');
      assert.equal(await value(page, 'search'), '', 'a new offering starts unfiltered');
      await page.selectOption('[data-rm="variant-picker"]', 'unmanaged-vm');
      await page.fill('[data-rm="search"]', 'patch');
      await page.waitForFunction(() => document.querySelectorAll('[data-rm-row]').length === 1);
      assert.deepEqual(await rows(page), ['unmanaged-os-patching']);
      assert.equal(await count(page), '1 of 27 services');
      assert.equal(await page.textContent('[data-rm-row="unmanaged-os-patching"] mark'), 'patch');
      await openMoreFilters(page);
      await page.check('[data-rm="shared-only"]');
      await page.waitForSelector('[data-rm="empty"]');
      assert.deepEqual(await rows(page), [], 'OS patching is Rackspace alone: not shared');
      assert.equal(await count(page), '0 of 27 services');

      // Copy link: the clipboard gets exactly the address bar's link.
      await page.click('[data-rm="copy-link"]');
      await page.waitForFunction(() => document.querySelector('[data-rm="copy-status"]').textContent.length > 0);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, page.url());
      assert.match(copied, /#o=hyper-v&v=unmanaged-vm&q=patch&shared=1$/);

      // Reload: the same view.
      await page.reload();
      await page.waitForSelector('[data-rm="empty"]');
      assert.equal(await value(page, 'offering-picker'), 'hyper-v');
      assert.equal(await value(page, 'variant-picker'), 'unmanaged-vm');
      assert.equal(await value(page, 'search'), 'patch');
      assert.equal(await page.isChecked('[data-rm="shared-only"]'), true);

      // Back undoes "shared only"; Forward redoes it.
      await page.goBack();
      await page.waitForFunction(() => document.querySelectorAll('[data-rm-row]').length === 1);
      assert.equal(await page.isChecked('[data-rm="shared-only"]'), false);
      await page.goForward();
      await page.waitForSelector('[data-rm="empty"]');

      // One-click reset from the empty state.
      await page.click('[data-rm="empty-reset"]');
      await page.waitForFunction(() => document.querySelectorAll('[data-rm-row]').length === 27);
      assert.deepEqual(errors, []);
    } catch (err) {
      err.message += ` (screenshot: ${await saveArtifacts(page, 'sales-call')})`;
      throw err;
    } finally {
      await close();
    }
  });

  test('a malformed link shows a quiet notice and a working default view', async () => {
    const { page, errors, close } = await open('#o=nope&v=zz&q=%ZZ&shared=maybe&dom=weather');
    try {
      const notice = await page.textContent('[data-rm="notice"]');
      assert.match(notice, /Unknown offering “nope”/);
      assert.match(notice, /malformed/);
      assert.equal(await value(page, 'offering-picker'), 'vmware');
      assert.equal((await rows(page)).length, 26);
      await page.click('[data-rm="notice"] button');
      assert.equal(await page.locator('[data-rm="notice"]').count(), 0);
      // The widget still works.
      await page.fill('[data-rm="search"]', 'dns');
      await page.waitForFunction(() => document.querySelectorAll('[data-rm-row]').length === 1);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});

test('keyboard only: every control reachable in order, visible focus, Enter and Space act', async () => {
  const { page, errors, close } = await open('#o=vmware');
  try {
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return {
          rm: el.getAttribute('data-rm') || el.closest('[data-rm-row]')?.getAttribute('data-rm-row') || el.closest('[data-rm]')?.getAttribute('data-rm') || el.tagName,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
    const seen = [];
    // The view bar (four view buttons, call mode, shortcuts) sits between the controls and the
    // legends; "Open a matrix…" comes after the table.
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (f.rm === 'BODY') break; // past the last stop: the widget is done
      assert.ok(f.outline, `focus on ${f.rm} is visible`);
      seen.push(f.rm);
    }
    const order = ['offering-picker', 'variant-picker', 'search', 'more-filters', 'copy-link', 'view-switch', 'call-toggle', 'help-open', 'legend-qualifiers'];
    const positions = order.map((id) => seen.indexOf(id));
    assert.ok(positions.every((p) => p >= 0), `all controls reached by Tab: ${seen.join(', ')}`);
    assert.deepEqual([...positions].sort((a, b) => a - b), positions, `in visual order: ${seen.join(', ')}`);
    assert.equal(seen.indexOf('section-filter'), -1, 'the folded filters are out of the tab order');

    // Enter on "More filters" unfolds them in place: next in the tab order, then the export.
    await page.focus('[data-rm="more-filters"]');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('[data-rm="more-filters"]', 'aria-expanded'), 'true');
    await page.focus('[data-rm="copy-link"]');
    const unfolded = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      assert.ok(f.outline, `focus on ${f.rm} is visible`);
      unfolded.push(f.rm);
    }
    assert.deepEqual(unfolded.slice(0, 5), ['section-filter', 'domain-filter', 'party-filter', 'shared-only', 'export-csv'], unfolded.join(', '));

    // Type into search from the keyboard.
    await page.focus('[data-rm="search"]');
    await page.keyboard.type('backups');
    await page.waitForFunction(() => document.querySelectorAll('[data-rm-row]').length === 2);

    // The variant picker changes with the arrow keys.
    await page.focus('[data-rm="variant-picker"]');
    await page.keyboard.press('ArrowDown');
    assert.equal(await value(page, 'variant-picker'), 'supported-os');

    // Space opens a legend; Enter opens a row's details and closes them.
    // VMware has no RACI letters: only the legends in use are shown.
    assert.equal(await page.locator('[data-rm="legend-raci"]').count(), 0);
    await page.focus('[data-rm="legend-qualifiers"] button');
    await page.keyboard.press('Space');
    assert.equal(await page.getAttribute('[data-rm="legend-qualifiers"] button', 'aria-expanded'), 'true');
    await page.focus('[data-rm-row="file-level-backups"] button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-rm-details="file-level-backups"]');
    assert.match(await page.textContent('[data-rm-details="file-level-backups"]'), /File-level/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-rm-details]', { state: 'detached' });
    assert.deepEqual(errors, []);
  } catch (err) {
    err.message += ` (screenshot: ${await saveArtifacts(page, 'keyboard')})`;
    throw err;
  } finally {
    await close();
  }
});

describe('accessibility (axe-core): zero violations', () => {
  for (const scheme of ['light', 'dark']) {
    for (const offering of readOfferings()) {
      test(`${offering.id}, ${scheme} theme`, async () => {
        const firstRow = offering.sections[0].rows[0].id;
        const { page, errors, close } = await open(`#o=${offering.id}&legend=raci,qualifiers&row=${firstRow}`, {});
        try {
          await page.emulateMedia({ colorScheme: scheme });
          await page.waitForSelector(`[data-rm-details="${firstRow}"]`);
          const violations = await axeViolations(page);
          assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      });
    }
  }
});

test('print: the filtered view without controls, legends expanded, source credited', async () => {
  const { page, close } = await open('#o=ovhcloud-kubernetes&q=backup');
  try {
    await page.emulateMedia({ media: 'print' });
    const shown = (sel) => page.$eval(sel, (el) => getComputedStyle(el).display !== 'none');
    assert.equal(await shown('.rm-controls'), false);
    assert.equal(await shown('[data-rm="legend-raci"] .rm-legend__body'), true);
    // OVHcloud uses no qualifiers or statuses, but its data records source
    // readings: the qualifier legend explains only the reading mark.
    assert.equal(await page.locator('[data-rm="legend-qualifiers"]').count(), 1);
    assert.equal(await page.locator('[data-rm="legend-qualifiers"] .rm-qual').count(), 0);
    assert.equal(await page.locator('[data-rm="legend-qualifiers"] .rm-chip--reading').count(), 1);
    assert.equal(await shown('[data-rm="source"]'), true);
    // The rows whose activity mentions "backup": the filtered view, not the whole matrix.
    assert.deepEqual(await rows(page), ['implement-is-backup-policy', 'monitor-backup-policy']);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'a printable PDF is produced');
  } finally {
    await close();
  }
});

test('phone width: secondary filters fold behind "More filters"; search stays in view', async () => {
  const { page, errors, close } = await open('#o=vmware&dom=monitoring', { viewport: { width: 360, height: 800 } });
  try {
    assert.equal(await page.isVisible('[data-rm="search"]'), true);
    assert.equal(await page.isVisible('[data-rm="domain-filter"]'), false);
    const toggle = page.locator('[data-rm="more-filters"]');
    assert.equal(await toggle.textContent(), 'More filters and export (1 active)', 'the hidden filter is not forgotten');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.isVisible('[data-rm="domain-filter"]'), true);
    assert.equal(await value(page, 'domain-filter'), 'monitoring');
    // No horizontal page scroll: only the table scrolls, inside its region.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('1280×800: the less-used filters and the export fold behind one control, and several rows are above the fold', async () => {
  const { page, errors, close } = await open('#o=vmware&v=unsupported-os', { viewport: { width: 1280, height: 800 } });
  try {
    for (const f of ['section-filter', 'domain-filter', 'party-filter', 'shared-only', 'export-csv']) {
      assert.equal(await page.isVisible(`[data-rm="${f}"]`), false, `${f} is folded`);
    }
    for (const f of ['offering-picker', 'variant-picker', 'search', 'more-filters', 'copy-link']) {
      assert.equal(await page.isVisible(`[data-rm="${f}"]`), true, f);
    }
    // Rows whose top edge is inside the first screen, with room to read them.
    const aboveFold = await page.$$eval('[data-rm-row]', (trs) => trs.filter((tr) => tr.getBoundingClientRect().bottom <= innerHeight).length);
    assert.ok(aboveFold >= 2, `${aboveFold} rows wholly above the fold at 1280×800`);
    await openMoreFilters(page);
    for (const f of ['section-filter', 'domain-filter', 'party-filter', 'shared-only', 'export-csv']) {
      assert.equal(await page.isVisible(`[data-rm="${f}"]`), true, `${f} once unfolded`);
    }
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('an opened row’s details scroll into view', async () => {
  const { page, errors, close } = await open('#o=vmware', { viewport: { width: 1280, height: 800 } });
  try {
    // The last row: its details open below the fold unless scrolled to.
    const last = await page.$$eval('[data-rm-row]', (trs) => trs.at(-1).getAttribute('data-rm-row'));
    await page.locator(`[data-rm-row="${last}"] .rm-row-toggle`).scrollIntoViewIfNeeded();
    await page.evaluate((id) => {
      const row = document.querySelector(`[data-rm-row="${id}"]`);
      // The row at the bottom edge of the screen, its details would be out of sight.
      window.scrollBy(0, row.getBoundingClientRect().bottom - innerHeight + 2);
    }, last);
    await page.click(`[data-rm-row="${last}"] .rm-row-toggle`);
    const details = page.locator(`[data-rm-details="${last}"]`);
    await details.waitFor();
    await page.waitForFunction((id) => {
      const r = document.querySelector(`[data-rm-details="${id}"]`).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight + 1;
    }, last, { timeout: 3000 });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('column widths stay steady while filtering', async () => {
  const { page, errors, close } = await open('#o=hyper-v&v=unmanaged-vm', { viewport: { width: 1280, height: 800 } });
  try {
    const widths = () => page.$$eval('[data-rm="matrix"] thead th', (ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
    const before = await widths();
    for (const q of ['patch', 'dns', 'backup', 'zzzz']) {
      await page.fill('[data-rm="search"]', q);
      await page.waitForFunction((q) => location.hash.includes(`q=${q}`), q);
      assert.deepEqual(await widths(), before, `search “${q}”: the same column widths`);
    }
    await page.fill('[data-rm="search"]', '');
    await openMoreFilters(page);
    await page.check('[data-rm="shared-only"]');
    await page.waitForFunction(() => location.hash.includes('shared=1'));
    assert.deepEqual(await widths(), before, 'shared only: the same column widths');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
