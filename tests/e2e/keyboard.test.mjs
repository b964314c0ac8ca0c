// The matrix as a keyboard grid on the release build (the WAI-ARIA grid
// pattern): one tab stop; an arrow-key walk that visits every cell of a whole
// table; Home/End and Ctrl+Home/End; Enter into a row's details and Escape
// back; the focused cell's accessible description (row, column, meaning) as
// Chromium computes it; visible focus; axe; and forced colours (high
// contrast), where shared cells stay distinguishable without colour.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, openPage, readOfferings, saveArtifacts, useSite } from './harness.mjs';

const site = useSite();

async function open(hash) {
  const session = await openPage(site.browser, `${site.server.url}${hash}`);
  await session.page.waitForSelector('[data-rm="matrix"] [data-rm-row]');
  return session;
}

/** Where focus is in the grid: [row, column] over the header row and the shown service rows. */
function position(page) {
  return page.evaluate(() => {
    const table = document.querySelector('[data-rm="matrix"]');
    const rows = [...table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr[data-rm-row]')];
    const cell = document.activeElement?.closest('th, td');
    const row = rows.indexOf(cell?.parentElement);
    return row < 0 ? null : [row, [...cell.parentElement.children].indexOf(cell)];
  });
}

/** Every [row, column] of the grid. */
function allCells(page) {
  return page.evaluate(() => {
    const table = document.querySelector('[data-rm="matrix"]');
    const rows = [...table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr[data-rm-row]')];
    return rows.flatMap((tr, r) => [...tr.children].map((_, c) => [r, c]));
  });
}

/** The focused element's accessible name and description, as Chromium's accessibility tree has them. */
async function accessible(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
    const node = nodes[0];
    return { role: node.role?.value, name: node.name?.value ?? '', description: node.description?.value ?? '' };
  } finally {
    await cdp.detach();
  }
}

const inMatrix = (page) => page.evaluate(() => Boolean(document.activeElement?.closest('[data-rm="matrix"]')));

test('GOSS: one tab stop, an arrow-key walk visits every cell, Enter and Escape', async () => {
  const { page, errors, close } = await open('#o=goss');
  try {
    // Tab from the last legend into the table: the scroll region, then the grid's one stop.
    await page.focus('[data-rm="legend-qualifiers"] button');
    let presses = 0;
    while (!(await inMatrix(page)) && presses < 5) {
      await page.keyboard.press('Tab');
      presses++;
    }
    assert.ok(await inMatrix(page), 'Tab reaches the table');
    assert.deepEqual(await position(page), [0, 0], 'the first cell is the tab stop');
    assert.equal(await page.locator('[data-rm="matrix"] [tabindex="0"]').count(), 1, 'one tab stop');
    const focusVisible = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      });
    assert.ok(await focusVisible(), 'focus is visible');

    // The walk: right to the row's end, then down and Home, until the last row.
    const seen = [await position(page)];
    for (let guard = 0; guard < 1000; guard++) {
      const before = seen[seen.length - 1];
      await page.keyboard.press('ArrowRight');
      let now = await position(page);
      if (now[1] === before[1]) {
        await page.keyboard.press('ArrowDown');
        const down = await position(page);
        if (down[0] === before[0]) break;
        await page.keyboard.press('Home');
        now = await position(page);
        assert.equal(now[1], 0, 'Home goes to the row header');
      }
      seen.push(now);
      assert.equal(await page.locator('[data-rm="matrix"] [tabindex="0"]').count(), 1, `one tab stop at ${now}`);
    }
    const cells = await allCells(page);
    // From the data: the header and every row, a cell per column (per party when split) after the row header.
    const goss = readOfferings().find((o) => o.id === 'goss');
    const perRow = 1 + goss.columns.reduce((n, c) => n + (c.split_by_party ? goss.parties.length : 1), 0);
    const rowCount = goss.sections.reduce((n, s) => n + s.rows.length, 0);
    assert.equal(cells.length, (1 + rowCount) * perRow, `the header and ${rowCount} rows of ${perRow} cells`);
    assert.deepEqual(seen, cells, 'every cell once, in reading order');
    assert.ok(await focusVisible(), 'focus is visible at the end of the walk');

    // Ctrl+Home / Ctrl+End and the cell's announcement.
    await page.keyboard.press('Control+Home');
    assert.deepEqual(await position(page), [0, 0]);
    await page.keyboard.press('ArrowDown');
    const first = await accessible(page);
    assert.equal(first.role, 'button', 'a row header focuses its toggle');
    await page.keyboard.press('End');
    const said = await accessible(page);
    assert.equal(said.role, 'gridcell');
    const [activity, label] = await page.evaluate(() => [
      document.activeElement.closest('tr').querySelector('.rm-row-toggle').textContent.trim(),
      document.activeElement.getAttribute('data-label'),
    ]);
    assert.ok(said.description.startsWith(`${activity}, ${label}: `), JSON.stringify(said));
    await page.keyboard.press('Control+End');
    assert.deepEqual(await position(page), cells[cells.length - 1]);

    // An inferred cell says so when focused, with the source sentence.
    await page.focus('[data-rm-row="ansible"] td[data-rm-col="windows"]');
    const inferred = await accessible(page);
    assert.match(inferred.description, /^Ansible, Windows guest: WinRM\. Source reading: .*Our inference, not the source's words; inferred from “Depending on the OS type/);

    // Enter opens the row's details and moves focus there; Escape returns to the cell.
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-rm-details="ansible"]');
    await page.waitForFunction(() => document.activeElement?.closest('[data-rm-details="ansible"]'));
    assert.match(await page.textContent('[data-rm-details="ansible"] [data-rm="inference"]'), /Inferred from: Depending on the OS type/);
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-rm-details="ansible"]'))), 'arrows stay in the details');
    await page.keyboard.press('Escape');
    assert.deepEqual(
      await page.evaluate(() => [document.activeElement.closest('tr').getAttribute('data-rm-row'), document.activeElement.getAttribute('data-rm-col')]),
      ['ansible', 'windows'],
    );
    // The shortcuts still work from a cell, and arrows never trigger them.
    await page.keyboard.press('p');
    await page.waitForSelector('[data-rm="widget"][data-rm-call="true"]');
    await page.keyboard.press('p');
    await page.waitForSelector('[data-rm="widget"]:not([data-rm-call])');

    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    // One more Tab leaves the table: the grid is one stop.
    await page.focus('[data-rm="matrix"] [tabindex="0"]');
    await page.keyboard.press('Tab');
    assert.equal(await inMatrix(page), false, 'Tab leaves the grid');
    assert.deepEqual(errors, []);
  } catch (err) {
    err.message += ` (screenshot: ${await saveArtifacts(page, 'keyboard-grid')})`;
    throw err;
  } finally {
    await close();
  }
});

test('forced colours: shared cells keep a border of their own, focus stays visible, axe passes', async () => {
  const { page, errors, close } = await open('#o=vmware');
  try {
    await page.emulateMedia({ forcedColors: 'active' });
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    const edges = await page.evaluate(() => {
      const edge = (td) => {
        const s = getComputedStyle(td);
        return `${s.borderLeftStyle} ${s.borderLeftWidth}`;
      };
      const shared = [...document.querySelectorAll('[data-rm-row] td[data-rm-shared="true"]')];
      const plain = [...document.querySelectorAll('[data-rm-row] td.rm-cell[data-rm-shared="false"]')];
      return { shared: [...new Set(shared.map(edge))], plain: [...new Set(plain.map(edge))], counts: [shared.length, plain.length] };
    });
    assert.ok(edges.counts[0] > 0 && edges.counts[1] > 0, JSON.stringify(edges));
    assert.deepEqual(edges.shared, ['solid 4px'], 'every shared cell has the same solid edge');
    assert.ok(!edges.plain.includes('solid 4px'), `no unshared cell has it: ${edges.plain}`);
    // The sharing mark stays as text beside the value.
    assert.equal(await page.locator('[data-rm-row] td[data-rm-shared="true"] .rm-shared-mark').first().textContent(), '⇄');
    await page.focus('[data-rm="matrix"] [tabindex="0"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return [s.outlineStyle, parseFloat(s.outlineWidth)];
    });
    assert.equal(outline[0], 'solid');
    assert.ok(outline[1] >= 2, `outline ${outline}`);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    assert.deepEqual(errors, []);
  } catch (err) {
    err.message += ` (screenshot: ${await saveArtifacts(page, 'forced-colors')})`;
    throw err;
  } finally {
    await close();
  }
});
