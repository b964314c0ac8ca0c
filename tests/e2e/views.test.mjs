// The views on the release build: compare (two variants, two
// offerings), "What do I own?", coverage, customer-call mode, the keyboard
// shortcuts and their help dialog, URL round trips, axe-core on every new
// view (light and dark). Saves the README's screenshots to docs/ (1280 px).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ARTIFACTS_DIR, axeViolations, openPage, readOfferings, REPO_ROOT, saveArtifacts, useSite } from './harness.mjs';

const site = useSite();

/** Opens the site at `hash` and waits for `selector`. */
async function open(hash, selector, options = {}) {
  const session = await openPage(site.browser, `${site.server.url}${hash}`, options);
  await session.page.waitForSelector(selector);
  return session;
}

const attrs = (page, selector, attr) =>
  page.$$eval(selector, (els, a) => els.map((e) => e.getAttribute(a)), attr);
// The README's screenshots (1280 px wide) go to docs/ when missing or with
// UPDATE_SCREENSHOTS=1, otherwise to tests/e2e/artifacts/, so a test run does
// not rewrite committed images (their pixels vary slightly between runs).
const screenshot = async (page, name) => {
  const docs = path.join(REPO_ROOT, 'docs', name);
  const target = process.env.UPDATE_SCREENSHOTS === '1' || !fs.existsSync(docs) ? docs : path.join(ARTIFACTS_DIR, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await page.screenshot({ path: target, fullPage: false });
  assert.ok(fs.statSync(target).size > 10_000, `${name} is a real screenshot`);
};

// The numbers below are the ones tests/native/compare.rs reads off the VMware seed grid
// table: 14 services differ between the supported and unsupported guest OS, 11 of
// them move from Rackspace to the customer (not password rotation, file-level
// backups or Manage DNS).
const VMWARE_CHANGES = [
  'rackspace-provided-guest-os', 'performance-monitoring', 'outage-monitoring', 'remote-logical-access',
  'administrator-root-access', 'patching', 'hardware-changes-including-software',
  'password-rotation-for-rackspace-credentials', 'scheduled-maintenances', 'manage-firewalls',
  'assign-apply-ips', 'manage-dns', 'manage-storage', 'file-level-backups',
];

/**
 * The rows marked as changed are the ones the compare summary counts: the
 * services that change hands and those that apply to one side only.
 */
async function markedRowsMatchSummary(page) {
  const summary = await page.textContent('[data-rm="compare-summary"]');
  const n = (re) => {
    const m = summary.match(re);
    return m ? (m[1] === 'none' || m[1] === 'No' ? 0 : Number(m[1])) : 0;
  };
  const changed = n(/^(\d+|No) services? change/);
  const onlyA = n(/(\d+|No) services? appl(?:y|ies) only to/);
  const onlyB = n(/, (\d+|none) only to /);
  assert.ok(changed + onlyA + onlyB > 0, `the summary counts something: ${summary}`);
  assert.equal((await attrs(page, '[data-rm-change]', 'data-rm-change')).length, changed + onlyA + onlyB, summary);
}

describe('compare', () => {
  test('VMware supported vs unsupported guest OS: 14 rows change, 11 move from Rackspace to the customer', async () => {
    const { page, errors, close } = await open('#o=vmware&v=supported-os&view=compare&cmp=unsupported-os', '[data-rm="compare-table"]');
    try {
      assert.deepEqual(await attrs(page, '[data-rm-change]', 'data-rm-change'), VMWARE_CHANGES);
      assert.equal((await attrs(page, '[data-rm-cmp-row]', 'data-rm-cmp-row')).length, 26);
      const moves = await page.$$eval('[data-rm-change] td:last-child', (tds) =>
        tds.filter((td) => td.textContent.includes('Moves from Rackspace to Customer')).length);
      assert.equal(moves, 11);
      const summary = await page.textContent('[data-rm="compare-summary"]');
      assert.equal(summary, '14 services change from Supported guest OS to Unsupported guest OS; 11 move from Rackspace to Customer.');
      // Changes only, kept in the URL.
      await page.check('[data-rm="changes-only"]');
      await page.waitForFunction(() => document.querySelectorAll('[data-rm-cmp-row]').length === 14);
      assert.match(page.url(), /&changes=1/);
      await screenshot(page, 'compare.png');
      assert.deepEqual(errors, []);
    } catch (err) {
      err.message += ` (screenshot: ${await saveArtifacts(page, 'views-compare')})`;
      throw err;
    } finally {
      await close();
    }
  });

  test('Hyper-V managed vs unmanaged and the Kubernetes application categories compare too', async () => {
    const { page, close } = await open('#o=hyper-v&view=compare', '[data-rm="compare-table"]');
    try {
      // Rows are lined up by activity: only real changes count; rows of one type are named apart.
      assert.match(await page.textContent('[data-rm="compare-summary"]'), /^1 service changes from Managed VM to Unmanaged VM; none move from Rackspace to Customer\. 7 services apply only to Managed VM, 3 only to Unmanaged VM\./);
      await markedRowsMatchSummary(page);
      // Rackspace Kubernetes: a row either applies to a category (the same statement
      // for all it names) or not, so nothing changes hands; the rows of one category
      // only are what differs, counted here from the data.
      const kubernetes = readOfferings().find((o) => o.id === 'rackspace-kubernetes');
      const rows = kubernetes.sections.flatMap((s) => s.rows);
      const only = (a, b) => rows.filter((r) => r.variants?.includes(a) && !r.variants.includes(b)).length;
      const label = (v) => kubernetes.variants.options.find((x) => x.id === v).label;
      const expected = (a, b) => {
        const [inA, inB] = [only(a, b), only(b, a)];
        const services = (n) => (n === 1 ? '1 service applies' : `${n} services apply`);
        return `No service changes hands between ${label(a)} and ${label(b)}. ${services(inA)} only to ${label(a)}, ${inB || 'none'} only to ${label(b)}.`;
      };
      assert.ok(only('infrastructure', 'certified') > 0 && only('catalog', 'infrastructure') > 0, 'the data has rows of one category only');
      await page.selectOption('[data-rm="offering-picker"]', 'rackspace-kubernetes');
      await page.waitForFunction((text) => document.querySelector('[data-rm="compare-summary"]')?.textContent === text, expected('infrastructure', 'certified'));
      await markedRowsMatchSummary(page);
      await page.selectOption('[data-rm="compare-with"]', 'catalog');
      await page.waitForFunction((text) => document.querySelector('[data-rm="compare-summary"]')?.textContent === text, expected('infrastructure', 'catalog'));
      await markedRowsMatchSummary(page);
    } finally {
      await close();
    }
  });

  test('two offerings aligned by domain: OVHcloud vs Rackspace Kubernetes, no row dropped', async () => {
    const { page, errors, close } = await open('#o=ovhcloud-kubernetes&view=compare&cmp=rackspace-kubernetes', '[data-rm="compare-offerings"]');
    try {
      const data = (id) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data', `${id}.json`), 'utf8'));
      const ids = (o) => o.sections.flatMap((s) => s.rows.map((r) => r.id));
      const left = ids(data('ovhcloud-kubernetes'));
      const right = ids(data('rackspace-kubernetes'));
      assert.deepEqual((await attrs(page, '[data-rm-cmp-left]', 'data-rm-cmp-left')).sort(), [...left].sort());
      assert.deepEqual((await attrs(page, '[data-rm-cmp-right]', 'data-rm-cmp-right')).sort(), [...right].sort());
      // Every domain line has rows on both sides or says "No counterpart".
      const lines = await page.$$eval('[data-rm-domain]', (trs) => trs.map((tr) => ({
        missing: tr.getAttribute('data-rm-no-counterpart'),
        none: tr.querySelectorAll('[data-rm="no-counterpart"]').length,
        left: tr.querySelectorAll('[data-rm-cmp-left]').length,
        right: tr.querySelectorAll('[data-rm-cmp-right]').length,
      })));
      for (const l of lines) {
        assert.equal(l.none, l.missing ? 1 : 0, JSON.stringify(l));
        assert.ok(l.missing === 'left' ? l.left === 0 : l.left > 0, JSON.stringify(l));
        assert.ok(l.missing === 'right' ? l.right === 0 : l.right > 0, JSON.stringify(l));
      }
      await screenshot(page, 'compare-offerings.png');
      // VMware vs Hyper-V: VMware's decommission row has no counterpart.
      await page.selectOption('[data-rm="offering-picker"]', 'vmware');
      await page.selectOption('[data-rm="compare-with"]', 'hyper-v');
      await page.waitForSelector('[data-rm-domain="decommission"][data-rm-no-counterpart="right"]');
      assert.match(await page.textContent('[data-rm-domain="decommission"]'), /No counterpart in Microsoft Hyper-V/);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});

describe('what do I own?', () => {
  for (const [offering, variant] of [['vmware', 'unsupported-os'], ['hyper-v', 'managed-vm'], ['ovhcloud-kubernetes', null]]) {
    test(`${offering}: the checklist rows are the table's rows for party=customer`, async () => {
      const v = variant ? `&v=${variant}` : '';
      const { page, errors, close } = await open(`#o=${offering}${v}&party=customer`, '[data-rm="matrix"]');
      try {
        const table = await attrs(page, '[data-rm-row]', 'data-rm-row');
        await page.click('[data-rm-view="own"]');
        await page.waitForSelector('[data-rm="checklist"]');
        // The checklist ignores the table's party filter: it is the customer's by default.
        assert.deepEqual(await attrs(page, '[data-rm-own-row]', 'data-rm-own-row'), table);
        const sections = await page.$$eval('[data-rm-own-section]', (ss) => ss.map((s) => ({
          n: Number(s.querySelector('[data-rm="own-section-count"]').textContent.replace(/\D/g, '')),
          rows: s.querySelectorAll('[data-rm-own-row]').length,
        })));
        for (const s of sections) assert.equal(s.n, s.rows);
        assert.match(await page.textContent('[data-rm="own-count"]'), new RegExp(`^${table.length} services? in ${sections.length} sections?$`));
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }

  test('party switch, Markdown export and print', async () => {
    const { page, errors, close } = await open('#o=vmware&v=unsupported-os&view=own', '[data-rm="checklist"]');
    try {
      await screenshot(page, 'checklist.png');
      const customer = await attrs(page, '[data-rm-own-row]', 'data-rm-own-row');
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-rm="own-export-md"]')]);
      assert.equal(file.suggestedFilename(), 'vmware-unsupported-os-customer-checklist.md');
      const md = fs.readFileSync(await file.path(), 'utf8');
      assert.equal(md.split('\n').filter((l) => l.startsWith('- [ ] ')).length, customer.length);
      await page.selectOption('[data-rm="own-party"]', 'rackspace');
      await page.waitForFunction(() => /^What Rackspace owns/.test(document.querySelector('[data-rm="own-title"]').textContent));
      assert.match(page.url(), /&own=rackspace/);
      const rackspace = await attrs(page, '[data-rm-own-row]', 'data-rm-own-row');
      assert.notDeepEqual(rackspace, customer);
      assert.ok(rackspace.includes('physical-access') && !customer.includes('physical-access'));
      await page.emulateMedia({ media: 'print' });
      const shown = (sel) => page.$eval(sel, (el) => getComputedStyle(el).display !== 'none');
      assert.equal(await shown('.rm-viewbar'), false);
      assert.equal(await shown('.rm-own__bar'), false);
      assert.equal(await shown('[data-rm="checklist"]'), true);
      assert.ok((await page.pdf({ format: 'A4' })).length > 10_000);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});

test('coverage: a bar per section plus the total, numbers in a table, no inline styles', async () => {
  const { page, errors, close } = await open('#o=ovhcloud-kubernetes&view=coverage', '[data-rm="coverage-table"]');
  try {
    const total = await page.$$eval('[data-rm-coverage-row="0"] td', (tds) => tds.map((td) => td.textContent));
    // OVHcloud: 36 rows the customer holds alone, 21 OVHcloud alone, 1 shared (tests/native/summary.rs).
    assert.deepEqual(total.slice(0, 6), ['36', '21', '1', '0', '0', '58']);
    const bars = await page.$$eval('svg.rm-bar', (svgs) => svgs.length);
    const lines = await page.$$eval('[data-rm-coverage-row]', (trs) => trs.length);
    assert.equal(bars, lines);
    assert.equal(await page.locator('[data-rm="widget"] [style]').count(), 0, 'no inline style attributes');
    await screenshot(page, 'coverage.png');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

describe('customer-call mode and shortcuts', () => {
  test('p: large type, high contrast, only offering, variant and search', async () => {
    const { page, errors, close } = await open('#o=vmware&v=unsupported-os', '[data-rm="matrix"]');
    try {
      const size = () => page.$eval('[data-rm="widget"]', (el) => parseFloat(getComputedStyle(el).fontSize));
      const before = await size();
      await page.keyboard.press('p');
      await page.waitForSelector('[data-rm="widget"][data-rm-call="true"]');
      assert.ok((await size()) > before * 1.2, 'larger type');
      assert.match(page.url(), /&call=1/);
      for (const visible of ['offering-picker', 'variant-picker', 'search', 'copy-link']) {
        assert.equal(await page.isVisible(`[data-rm="${visible}"]`), true, visible);
      }
      for (const hidden of ['show-other-columns', 'section-filter', 'domain-filter', 'party-filter', 'shared-only', 'more-filters', 'reset', 'export']) {
        assert.equal(await page.isVisible(`[data-rm="${hidden}"]`), false, hidden);
      }
      await screenshot(page, 'call-mode.png');
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      await page.keyboard.press('p');
      await page.waitForSelector('[data-rm="widget"]:not([data-rm-call])');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('call mode: the tab order follows the screen (the view switch beside the title comes first); focus stays on the toggle', async () => {
    const { page, errors, close } = await open('#o=vmware', '[data-rm="matrix"]');
    try {
      // The order in which Tab reaches the view switch and the search, from the top of the page.
      const tabOrder = async () => {
        // Start from a focusable spot before the widget (blur alone keeps the last focus as the start).
        await page.evaluate(() => {
          let start = document.getElementById('tab-start');
          if (!start) {
            start = Object.assign(document.createElement('button'), { id: 'tab-start', textContent: 'start' });
            document.body.prepend(start);
          }
          start.focus();
        });
        const seen = [];
        for (let i = 0; i < 25 && !(seen.includes('view') && seen.includes('search')); i++) {
          await page.keyboard.press('Tab');
          seen.push(await page.evaluate(() => {
            const el = document.activeElement;
            return el?.closest('[data-rm="view-switch"]') ? 'view' : el?.dataset.rm === 'search' ? 'search' : 'other';
          }));
        }
        // Which of the two Tab reaches first (the view switch holds several buttons).
        return [...new Set(seen.filter((s) => s !== 'other'))];
      };
      assert.deepEqual((await tabOrder()).slice(0, 2), ['search', 'view'], 'normal mode: the controls, then the view switch below them');
      await page.click('[data-rm="call-toggle"]');
      await page.waitForSelector('[data-rm="widget"][data-rm-call="true"]');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.rm), 'call-toggle', 'focus stays on the toggle as the view switch moves');
      const switchBox = await page.locator('[data-rm="view-switch"]').boundingBox();
      const searchBox = await page.locator('[data-rm="search"]').boundingBox();
      assert.ok(switchBox.y < searchBox.y, `the view switch is above the search on screen (${switchBox.y} vs ${searchBox.y})`);
      assert.deepEqual((await tabOrder()).slice(0, 2), ['view', 'search'], 'call mode: the view switch first, as on screen');
      await page.focus('[data-rm="call-toggle"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-rm="widget"]:not([data-rm-call])');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.rm), 'call-toggle', 'and back, focus still on the toggle');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('hidden filters in a call link show as chips; each is removable, also from the empty state', async () => {
    const { page, errors, close } = await open('#o=hyper-v&shared=1&dom=network&call=1', '[data-rm="widget"][data-rm-call="true"]');
    try {
      await page.waitForSelector('[data-rm="empty"]');
      assert.equal(await page.inputValue('[data-rm="search"]'), '', 'nothing typed');
      assert.equal(await page.isVisible('[data-rm="domain-filter"]'), false, 'no domain control in call mode');
      const chips = page.locator('[data-rm="active-filters"] li[data-rm-filter]');
      assert.deepEqual(await chips.evaluateAll((li) => li.map((l) => l.querySelector('.rm-filter-chip__label').textContent)), ['Domain: Network', 'Shared with the customer only']);
      assert.equal(await page.isVisible('[data-rm="active-filters"]'), true);
      const offers = await page.locator('[data-rm="empty"] [data-rm="remove-filter"]').allTextContents();
      assert.deepEqual(offers, ['Remove “Domain: Network”', 'Remove “Shared with the customer only”']);
      // Remove one from the empty state: only that one goes, and the link follows.
      await page.click('[data-rm="empty"] [data-rm="remove-filter"][data-rm-filter="shared"]');
      await page.waitForFunction(() => !location.hash.includes('shared=1'));
      assert.match(page.url(), /dom=network/);
      assert.match(page.url(), /call=1/);
      assert.deepEqual(await chips.evaluateAll((li) => li.map((l) => l.dataset.rmFilter)), ['dom']);
      assert.ok((await page.locator('[data-rm-row]').count()) > 0, 'network rows are shown');
      // The chip's own remove button, named for a screen reader.
      const remove = page.locator('[data-rm="active-filters"] [data-rm-filter="dom"] button');
      assert.equal(await remove.getAttribute('aria-label'), 'Remove filter Domain: Network');
      await remove.click();
      await page.waitForSelector('[data-rm="active-filters"]', { state: 'detached' });
      assert.match(await page.textContent('[data-rm="count"]'), /^(\d+) of \1 services$/);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
    test(`call mode at ${viewport.width}×${viewport.height}: the table starts in the first third, the widget uses the width, type scales`, async () => {
      const base = await open('#o=vmware&v=unsupported-os', '[data-rm="matrix"] [data-rm-row]', { viewport });
      const sizes = (page) => page.evaluate(() => {
        const px = (sel) => parseFloat(getComputedStyle(document.querySelector(sel)).fontSize);
        return { text: px('[data-rm="widget"]'), badge: px('.rm-badge'), head: px('[data-rm="matrix"] thead th'), title: px('.rm-title') };
      });
      const normal = await sizes(base.page);
      await base.close();
      const { page, context, errors, close } = await open('#o=vmware&v=unsupported-os&call=1', '[data-rm="matrix"] [data-rm-row]', { viewport });
      try {
        const table = await page.locator('[data-rm="matrix"]').boundingBox();
        assert.ok(table.y <= viewport.height / 3, `the table starts at ${Math.round(table.y)} px of ${viewport.height}`);
        const firstRow = await page.locator('[data-rm-row]').first().boundingBox();
        assert.ok(firstRow.y <= viewport.height / 2, `the first row starts in the top half of the screen (${Math.round(firstRow.y)} px)`);
        const widget = await page.locator('[data-rm="widget"]').boundingBox();
        assert.ok(widget.width >= viewport.width * 0.9, `the widget is ${Math.round(widget.width)} px of ${viewport.width}`);
        const call = await sizes(page);
        for (const part of ['badge', 'head', 'title']) {
          assert.ok(call[part] / normal[part] >= (call.text / normal.text) * 0.95, `${part} scales with the text: ${normal[part]} → ${call[part]} px (text ${normal.text} → ${call.text})`);
        }
        // Copy link is there, and the copied link reopens call mode.
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
        await page.click('[data-rm="copy-link"]');
        await page.waitForFunction(() => document.querySelector('[data-rm="copy-status"]').textContent.length > 0);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.match(copied, /[#&]call=1(&|$)/);
        // What the customer reads: the source, never our file names or how we transcribed it.
        const text = await page.locator('[data-rm="widget"]').innerText();
        assert.doesNotMatch(text, /\.txt\b|How the source was read|Transcribed from|reStructuredText|GitHub-flavoured/i);
        assert.match(await page.locator('[data-rm="provenance"]').innerText(), /Title[\s\S]*Understanding roles and responsibilities[\s\S]*Publisher[\s\S]*Rackspace Technology/);
        assert.equal(await page.locator('[data-rm="about-data"]').getAttribute('open'), null, 'About this data is closed');
        await page.click('[data-rm="about-data"] summary');
        assert.match(await page.locator('[data-rm="about-data"]').innerText(), /How the source was read/);
        if (viewport.width === 1920) await screenshot(page, 'call-mode-1920.png');
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }

  test('/, c, ?, Escape act; typing and modifiers are left alone', async () => {
    const { page, errors, close } = await open('#o=vmware', '[data-rm="matrix"]');
    try {
      const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-rm') ?? document.activeElement?.tagName);
      // Nothing focused: the document listener of the standalone page handles it.
      await page.keyboard.press('/');
      assert.equal(await active(), 'search');
      await page.keyboard.type('cp?');
      assert.equal(await page.inputValue('[data-rm="search"]'), 'cp?', 'typed, not shortcuts');
      assert.equal(await page.locator('[data-rm="compare"]').count(), 0);
      await page.fill('[data-rm="search"]', '');
      await page.evaluate(() => document.activeElement.blur());

      await page.keyboard.press('Control+c');
      assert.equal(await page.locator('[data-rm="compare"]').count(), 0, 'Ctrl+C is the browser’s');
      await page.keyboard.press('c');
      await page.waitForSelector('[data-rm="compare"]');
      assert.match(page.url(), /view=compare/);
      await page.keyboard.press('c');
      await page.waitForSelector('[data-rm="matrix"]');

      // ? from a focused button: a dialog, focus inside, Tab stays, Escape closes, focus returns.
      await page.focus('[data-rm="copy-link"]');
      await page.keyboard.press('?');
      await page.waitForSelector('[data-rm="help"][role="dialog"][aria-modal="true"]');
      const inDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('[data-rm="help"]')));
      assert.equal(await inDialog(), true);
      await page.keyboard.press('Tab');
      assert.equal(await inDialog(), true, 'focus stays in the dialog');
      const help = await page.textContent('[data-rm="help"]');
      for (const k of ['/', 'c', 'p', '?', 'Esc']) assert.ok(help.includes(k), k);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      await page.keyboard.press('c');
      assert.equal(await page.locator('[data-rm="compare"]').count(), 0, 'shortcuts wait while the dialog is open');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-rm="help"]', { state: 'detached' });
      assert.equal(await active(), 'copy-link', 'focus returned');
      // The Shortcuts button opens it too.
      await page.click('[data-rm="help-open"]');
      await page.waitForSelector('[data-rm="help"]');
      await page.click('[data-rm="help-close"]');
      await page.waitForSelector('[data-rm="help"]', { state: 'detached' });
      assert.equal(await active(), 'help-open');
      assert.deepEqual(errors, []);
    } catch (err) {
      err.message += ` (screenshot: ${await saveArtifacts(page, 'views-shortcuts')})`;
      throw err;
    } finally {
      await close();
    }
  });
});

test('URL round trip: a link reopens the same view; reload, back and forward', async () => {
  const hash = '#o=vmware&v=supported-os&view=compare&cmp=unsupported-os&changes=1';
  const { page, errors, close } = await open(hash, '[data-rm="compare-table"]');
  try {
    const state = async () => ({
      rows: await attrs(page, '[data-rm-cmp-row]', 'data-rm-cmp-row'),
      changesOnly: await page.isChecked('[data-rm="changes-only"]'),
      with: await page.inputValue('[data-rm="compare-with"]'),
      pressed: await page.getAttribute('[data-rm-view="compare"]', 'aria-pressed'),
    });
    const first = await state();
    assert.deepEqual(first, { rows: VMWARE_CHANGES, changesOnly: true, with: 'unsupported-os', pressed: 'true' });
    assert.ok(page.url().endsWith(hash));
    await page.reload();
    await page.waitForSelector('[data-rm="compare-table"]');
    assert.deepEqual(await state(), first);
    await page.click('[data-rm-view="coverage"]');
    await page.waitForSelector('[data-rm="coverage"]');
    assert.match(page.url(), /view=coverage/);
    await page.goBack();
    await page.waitForSelector('[data-rm="compare-table"]');
    assert.deepEqual(await state(), first);
    await page.goForward();
    await page.waitForSelector('[data-rm="coverage"]');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a link with bad view values: quiet notices and the table', async () => {
  const { page, errors, close } = await open('#o=vmware&view=pie&cmp=nope&call=maybe', '[data-rm="matrix"]');
  try {
    const notice = await page.textContent('[data-rm="notice"]');
    assert.match(notice, /Unknown view “pie”/);
    assert.match(notice, /cmp=nope/);
    assert.match(notice, /call=maybe/);
    assert.equal(await page.getAttribute('[data-rm="widget"]', 'data-rm-call'), null);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

describe('accessibility (axe-core): zero violations on the new views', () => {
  const views = [
    ['compare variants', '#o=vmware&v=supported-os&view=compare', '[data-rm="compare-table"]'],
    ['compare offerings', '#o=vmware&view=compare&cmp=hyper-v', '[data-rm="compare-offerings"]'],
    ['checklist', '#o=hyper-v&v=managed-vm&view=own&own=rackspace', '[data-rm="checklist"]'],
    ['coverage', '#o=rackspace-kubernetes&view=coverage', '[data-rm="coverage"]'],
    ['call mode, compare', '#o=vmware&view=compare&call=1', '[data-rm="compare-table"]'],
  ];
  for (const scheme of ['light', 'dark']) {
    for (const [name, hash, selector] of views) {
      test(`${name}, ${scheme} theme`, async () => {
        const { page, errors, close } = await open(hash, selector);
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
  }
});

test('phone width: every offering and view scrolls inside its regions, never the page', async () => {
  for (const [hash, selector] of [
    // Every offering's table, with its source notes and reference tables under it.
    ...readOfferings().map((o) => [`#o=${o.id}`, '[data-rm="matrix"]']),
    ['#o=vmware&view=compare', '[data-rm="compare-table"]'],
    ['#o=vmware&view=compare&cmp=hyper-v', '[data-rm="compare-offerings"]'],
    ['#o=rackspace-kubernetes&view=compare', '[data-rm="compare-table"]'],
    ['#o=vmware&v=unsupported-os&view=own', '[data-rm="checklist"]'],
    ['#o=hyper-v&view=coverage', '[data-rm="coverage"]'],
    ['#o=rackspace-kubernetes&view=coverage', '[data-rm="coverage"]'],
    ['#o=vmware&call=1', '[data-rm="matrix"]'],
  ]) {
    const { page, errors, close } = await open(hash, selector, { viewport: { width: 360, height: 800 } });
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${hash}: the page overflows by ${overflow}px`);
      assert.deepEqual(errors, []);
    } catch (err) {
      err.message += ` (screenshot: ${await saveArtifacts(page, `views-phone-${hash}`)})`;
      throw err;
    } finally {
      await close();
    }
  }
});
