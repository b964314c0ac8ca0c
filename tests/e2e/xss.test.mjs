// Every payload of tests/e2e/xss-payloads.json, given to every key of the URL
// hash, stays inert text in the release build: nothing runs (window.__xss is
// never called, no dialog opens), no script, frame or plugin element and no
// on* attribute appears in the widget, the search box shows the payload as
// typed, and the notices quote it literally.
//
// Most payloads go through one page (set location.hash, the widget reads it on
// popstate); every PAGE_LOAD_EVERYth payload is opened as a fresh page load,
// the other way a link is read (url_state::decode at mount).
//
// To extend to another input (custom-element attributes, a bring-your-own
// matrix): trapXss(page) before loading, put each payload in, then
// assertNoXss(page, label, { root: '<the element>' }) (see xss-helpers.mjs).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { saveArtifacts, useSite } from './harness.mjs';
import {
  assertNoXss,
  expectedSearchValue,
  findXss,
  hashFor,
  loadXssPayloads,
  snapshotXss,
  trapXss,
  WIDGET_ROOT,
} from './xss-helpers.mjs';

const PAYLOADS = loadXssPayloads();
// Each payload shows a different search text, so waiting for it proves the
// widget has read that payload's link (not the previous one).
assert.equal(new Set(PAYLOADS.map((p) => expectedSearchValue(p.payload))).size, PAYLOADS.length);
const PAGE_LOAD_EVERY = 10;
/** Hash keys whose unknown value produces a notice quoting it (all but q and legend). */
const QUOTING_KEYS = ['o', 'v', 'sec', 'dom', 'party', 'shared', 'cols', 'row'];

const site = useSite();

/** A page with the traps installed and page errors recorded. */
async function trappedPage() {
  // bypassCSP: the site's CSP would block inline handlers on its own; this test
  // proves the widget never creates live markup in the first place (a host page
  // may have no CSP at all). security.test.mjs checks the CSP separately.
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`);
  });
  await trapXss(page);
  return { page, context, errors };
}

/** What the widget shows now: the search box's value and the notices' text. */
const shown = (page) =>
  page.evaluate(() => ({
    search: document.querySelector('[data-rm="search"]')?.value,
    notices: [...document.querySelectorAll('[data-rm="notice"] li')].map((li) => li.textContent),
  }));

/** Waits until the widget shows `q` in the search box (it has read the hash). */
async function waitForSearch(page, expected) {
  await page.waitForFunction(
    (value) => document.querySelector('[data-rm="search"]')?.value === value,
    expected,
    { timeout: 5_000 },
  );
}

/** Checks what the widget shows for one payload; throws with its id. */
async function checkShown(page, { id, payload }, baseline) {
  const label = `payload ${id}`;
  await assertNoXss(page, label, { baseline });
  const { search, notices } = await shown(page);
  assert.equal(search, expectedSearchValue(payload), `${label}: the search box shows the payload as text`);
  assert.ok(notices.length >= 1, `${label}: the unknown values produce a notice`);
  // Each notice quotes the value as text: whole up to 40 characters, else its
  // first 40 and "…" (url_state::truncate).
  const quote = expectedNoticeQuote(payload);
  const quoting = notices.filter((n) => n.includes(`${quote}”`));
  assert.ok(
    quoting.length >= QUOTING_KEYS.length,
    `${label}: ${QUOTING_KEYS.length} notices should quote ${JSON.stringify(quote)} literally; got ${JSON.stringify(notices)}`,
  );
  if (Array.from(payload).length <= 40) {
    assert.ok(notices.some((n) => n.includes(payload)), `${label}: a short payload is quoted whole`);
  }
}

/** How a notice quotes a value: at most 40 characters, then "…". */
function expectedNoticeQuote(payload) {
  const chars = Array.from(payload);
  return chars.length <= 40 ? payload : `${chars.slice(0, 40).join('')}…`;
}

describe('XSS through the URL hash', () => {
  test('the detector itself catches a payload that runs, a dialog and an injected handler', async () => {
    const { page, context } = await trappedPage();
    try {
      await page.goto(site.server.url, { waitUntil: 'load' });
      await page.waitForSelector('[data-rm="matrix"] [data-rm-row]');
      const baseline = await snapshotXss(page);
      assert.deepEqual(await findXss(page, { baseline }), [], 'a fresh page is clean');
      // Simulate a successful injection inside the widget.
      await page.evaluate((root) => {
        document
          .querySelector(root)
          .insertAdjacentHTML('beforeend', `<img src="x:" onerror="window.__xss('control'); alert('control')">`);
      }, WIDGET_ROOT);
      await page.waitForFunction(() => window.__xssRan.includes('control'));
      const found = await findXss(page, { baseline });
      assert.ok(found.includes('__xss ran: control'), found.join('\n'));
      assert.ok(found.some((f) => f.startsWith('onerror attribute inside the widget')), found.join('\n'));
      assert.ok(found.includes('dialog opened: alert: control'), found.join('\n'));
      await assert.rejects(assertNoXss(page, 'control', { baseline }), /control: possible XSS/);
      // A script element anywhere in the document counts against the baseline.
      await page.evaluate(() => document.body.append(document.createElement('script')));
      assert.ok((await findXss(page, { baseline })).includes('1 new <script> in the document'));
    } finally {
      await context.close();
    }
  });

  test(`all ${PAYLOADS.length} payloads in every hash key stay inert text`, async () => {
    const started = Date.now();
    const { page, context, errors } = await trappedPage();
    let current = null;
    try {
      await page.goto(site.server.url, { waitUntil: 'load' });
      await page.waitForSelector('[data-rm="matrix"] [data-rm-row]');
      const baseline = await snapshotXss(page);
      let loads = 0;
      for (const [i, entry] of PAYLOADS.entries()) {
        current = entry;
        const hash = hashFor(entry.payload);
        if (i % PAGE_LOAD_EVERY === 0) {
          // A fresh load of the link: read once, at mount.
          await page.goto('about:blank');
          await page.goto(`${site.server.url}#${hash}`, { waitUntil: 'load' });
          loads += 1;
        } else {
          // Same page, new hash: read on popstate (as on Back/Forward). Setting
          // the hash fires popstate in Chromium; the explicit event makes the
          // test independent of that.
          await page.evaluate((h) => {
            window.location.hash = h;
            window.dispatchEvent(new PopStateEvent('popstate'));
          }, hash);
        }
        await waitForSearch(page, expectedSearchValue(entry.payload));
        await checkShown(page, entry, baseline);
      }
      // Handlers that would fire late (image errors, focus, animations).
      current = null;
      await page.waitForTimeout(500);
      await assertNoXss(page, 'after every payload', { baseline });
      assert.deepEqual(errors, [], 'no page or console errors');
      assert.ok(loads >= Math.floor(PAYLOADS.length / PAGE_LOAD_EVERY));
      console.log(`# ${PAYLOADS.length} payloads (${loads} as fresh loads) in ${Date.now() - started} ms`);
    } catch (err) {
      const where = await saveArtifacts(page, `xss-${current?.id ?? 'end'}`);
      err.message += `\n(last payload: ${current ? JSON.stringify(current) : 'none'}; artifacts: ${where})`;
      throw err;
    } finally {
      await context.close();
    }
  });
});
