// The phone layout on the release build: at 375 px every row of every
// offering and type is a card, and every party of every offering is visible —
// inside the screen, not clipped, and without a sideways scroll.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS_DIR, launchBrowser, openPage, readOfferings, REPO_ROOT, requireDist, saveArtifacts, serveDir } from './harness.mjs';

const PHONE = { width: 375, height: 800 };
let server;
let browser;

before(async () => {
  requireDist();
  server = await serveDir();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What the page shows at phone width: overflow, and where each party appears. */
async function measure(page, partyNames) {
  return page.evaluate((names) => {
    const width = document.documentElement.clientWidth;
    const inside = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.left >= -0.5 && r.right <= width + 0.5;
    };
    const cells = [...document.querySelectorAll('[data-rm-row] > :is(th, td)')];
    const outside = cells.filter((el) => !inside(el)).map((el) => `${el.closest('[data-rm-row]').dataset.rmRow}/${el.dataset.rmCol ?? 'service'}`);
    const clipped = cells.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => `${el.closest('[data-rm-row]').dataset.rmRow}/${el.dataset.rmCol ?? 'service'}`);
    const scrollers = [...document.querySelectorAll('.rm-scroll')].filter((el) => el.scrollWidth > el.clientWidth + 1).length;
    // A party is seen where a cell is labelled with it (split columns) or a badge names it.
    const seen = {};
    for (const name of names) {
      const labelled = cells.filter((el) => (el.dataset.label ?? '').includes(name) && inside(el));
      const badges = [...document.querySelectorAll('[data-rm-row] .rm-badge')].filter((el) => el.textContent.includes(name) && inside(el));
      const before = labelled.filter((el) => getComputedStyle(el, '::before').content.includes(name));
      seen[name] = { labelled: before.length, badges: badges.length };
    }
    return {
      rows: document.querySelectorAll('[data-rm-row]').length,
      pageScroll: document.documentElement.scrollWidth > width + 1,
      scrollers,
      outside,
      clipped,
      seen,
    };
  }, partyNames);
}

test('at 375 px every party of every offering and type is visible, without a sideways scroll', async () => {
  for (const offering of readOfferings()) {
    const variants = [null, ...(offering.variants?.options ?? []).map((v) => v.id)];
    for (const variant of variants) {
      const name = `${offering.id}/${variant ?? 'all'}`;
      const hash = `#o=${offering.id}${variant ? `&v=${variant}` : ''}`;
      const { page, errors, close } = await openPage(browser, `${server.url}${hash}`, { viewport: PHONE });
      try {
        await page.waitForSelector('[data-rm-row]');
        const m = await measure(page, offering.parties.map((p) => p.name));
        assert.ok(m.rows > 0, `${name}: rows shown`);
        assert.equal(m.pageScroll, false, `${name}: the page does not scroll sideways`);
        assert.equal(m.scrollers, 0, `${name}: no table scrolls sideways`);
        assert.deepEqual(m.outside, [], `${name}: every cell lies within the screen`);
        assert.deepEqual(m.clipped, [], `${name}: no cell clips its content`);
        for (const party of offering.parties) {
          const s = m.seen[party.name];
          assert.ok(s.labelled + s.badges > 0, `${name}: ${party.name} is visible (${JSON.stringify(s)})`);
        }
        assert.deepEqual(errors, [], `${name}: no errors`);
        if (offering.id === 'hyper-v' && variant === 'unmanaged-vm') {
          const docs = path.join(REPO_ROOT, 'docs', 'phone-cards.png');
          const target = process.env.UPDATE_SCREENSHOTS === '1' || !fs.existsSync(docs) ? docs : path.join(ARTIFACTS_DIR, 'phone-cards.png');
          fs.mkdirSync(path.dirname(target), { recursive: true });
          await page.screenshot({ path: target });
        }
      } catch (err) {
        console.error(`artifacts: ${await saveArtifacts(page, `phone-${name}`)}`);
        throw err;
      } finally {
        await close();
      }
    }
  }
});
