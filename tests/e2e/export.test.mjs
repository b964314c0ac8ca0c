// "Export this view" on the release build: for filtered views, each export
// button downloads a file (captured with playwright) whose content is the
// table on the page — same rows in the same order, same headers, same cell
// text — and nothing goes wrong on the page.
//
// Serves dist/ (or $RM_DIST_DIR), built with `trunk build --release`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { DIST_DIR, openPage, saveArtifacts, useSite, openMoreFilters } from './harness.mjs';

const dist = process.env.RM_DIST_DIR || DIST_DIR;
const site = useSite({ dist });

/** Opens the site at `hash` and waits for the matrix. */
async function open(hash) {
  const session = await openPage(site.browser, `${site.server.url}${hash}`);
  await session.page.waitForSelector('[data-rm="matrix"] [data-rm-row]');
  return session;
}

/** Clicks (or, with `key`, focuses and presses) an export button; resolves to { name, text }. */
async function download(page, which, key = null) {
  const selector = `[data-rm="export-${which}"]`;
  await openMoreFilters(page);
  const act = key ? page.focus(selector).then(() => page.keyboard.press(key)) : page.click(selector);
  const [file] = await Promise.all([page.waitForEvent('download'), act]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

/**
 * The table as a user sees it, read from the page: headers, and per row its
 * id, section, service and cell texts.
 *
 * The table adds text for screen readers only in `.rm-sr` spans ("Shared.",
 * "Yes" after a ✓, "Not assigned", "Has a source reading."). They are hidden
 * by clipping, which `innerText` does not skip, so they are removed from a
 * copy of the table before reading it. The ⇄ and ※ marks (aria-hidden
 * symbols, with their `.rm-sr` words) are marks, not cell text, and the
 * header's " (chosen)" is the chosen variant's emphasis, not its label: both
 * go too. The service is the row toggle's text (its chips are not the name).
 */
function readTable(page) {
  return page.evaluate(() => {
    const table = document.querySelector('[data-rm="matrix"]').cloneNode(true);
    table.querySelectorAll('.rm-sr, .rm-shared-mark, .rm-reading-mark, .rm-chosen').forEach((el) => el.remove());
    const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
    const headers = [...table.querySelectorAll('thead th')].map(text);
    const rows = [];
    let section = '';
    for (const tr of table.querySelectorAll('tbody tr')) {
      if (tr.hasAttribute('data-rm-section')) {
        section = text(tr.querySelector('.rm-section__title'));
      } else if (tr.hasAttribute('data-rm-row')) {
        rows.push({
          id: tr.getAttribute('data-rm-row'),
          section,
          service: text(tr.querySelector('.rm-row-toggle')),
          cells: [...tr.querySelectorAll('td')].map(text),
          cols: [...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-rm-col')),
        });
      }
    }
    return { headers, rows };
  });
}

/** RFC 4180 CSV into records (quoted fields, doubled quotes, CRLF or LF). */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || record.length) records.push([...record, field]);
  return records;
}

/**
 * A CSV export as its table and its source block: the block follows the
 * table after one blank line and a `Source` record, one (label, value)
 * record per line of the About's provenance.
 */
function splitCsv(text) {
  const mark = '\r\n\r\nSource\r\n';
  const at = text.lastIndexOf(mark);
  assert.ok(at > 0, 'a blank line and a Source record after the table');
  return { table: parseCsv(text.slice(0, at + 2)), source: parseCsv(text.slice(at + mark.length)) };
}

/** The About's provenance on the page, as (label, value) pairs. */
function readProvenance(page) {
  return page.$$eval('[data-rm="provenance"] > div', (items) =>
    items.map((d) => [d.querySelector('dt').textContent.trim(), d.querySelector('dd').textContent.trim()]),
  );
}

/** The table lines of a Markdown export, each as its cells (unescaped). */
function parseMarkdownTable(text) {
  return text
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => {
      const cells = [];
      let cell = '';
      const body = line.slice(1, line.endsWith('|') ? -1 : undefined);
      for (let i = 0; i < body.length; i++) {
        if (body[i] === '\\' && i + 1 < body.length) {
          cell += body[++i];
        } else if (body[i] === '|') {
          cells.push(cell);
          cell = '';
        } else {
          cell += body[i];
        }
      }
      cells.push(cell);
      return cells.map((c) => c.trim().replaceAll('<br>', '\n').replaceAll('&#32;', ' '));
    });
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * Cell text compared word for word: the table lays badges out side by side
 * ("Rackspace" "Reactive only"), the export separates them with punctuation
 * ("Rackspace, reactive only"); letters, digits and ✓ must match in order.
 */
const words = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}✓]+/gu, '');

/** Asserts that a grid (header + records) is the table on the page. */
function assertGridIsTable(records, table, what) {
  const [header, ...body] = records;
  assert.deepEqual(header, ['Section', ...table.headers], `${what}: headers`);
  assert.equal(body.length, table.rows.length, `${what}: as many rows as the table`);
  body.forEach((record, i) => {
    const row = table.rows[i];
    assert.equal(squash(record[0]), row.section, `${what}: section of ${row.id}`);
    assert.equal(squash(record[1]), row.service, `${what}: service of ${row.id}`);
    assert.equal(record.length - 2, row.cells.length, `${what}: cells of ${row.id}`);
    record.slice(2).forEach((cell, j) => {
      assert.equal(words(cell), words(row.cells[j]), `${what}: ${row.id} / ${row.cols[j]}: "${cell}" vs "${row.cells[j]}"`);
    });
  });
}

const VIEWS = [
  { hash: '#o=vmware&v=unsupported-os&q=manage', stem: 'vmware-unsupported-os' },
  { hash: '#o=ovhcloud-kubernetes&q=patch', stem: 'ovhcloud-kubernetes-all', headers: ['Service', 'Customer', 'OVHcloud'] },
  { hash: '#o=hyper-v&v=unmanaged-vm&party=customer', stem: 'hyper-v-unmanaged-vm', headers: ['Service', 'Rackspace', 'Customer'] },
];

describe('export this view', () => {
  for (const { hash, stem, headers } of VIEWS) {
    test(`${hash}: CSV, Markdown and JSON are the visible table`, async () => {
      const { page, errors, close } = await open(hash);
      try {
        const table = await readTable(page);
        assert.ok(table.rows.length > 0, 'the view shows rows');
        if (headers) assert.deepEqual(table.headers, headers);
        const all = await page.$$eval('[data-rm-row]', (trs) => trs.length);
        assert.equal(table.rows.length, all);

        const csv = await download(page, 'csv');
        assert.equal(csv.name, `${stem}.csv`);
        assert.match(csv.text, /\r\n$/, 'RFC 4180 line ends');
        const { table: records, source } = splitCsv(csv.text);
        assertGridIsTable(records, table, 'CSV');
        // After the table, the source as the page's About states it.
        const provenance = await readProvenance(page);
        assert.ok(provenance.length >= 4, `the About lists the source: ${JSON.stringify(provenance)}`);
        assert.deepEqual(source, provenance, 'CSV source block is the About provenance');
        const labels = source.map(([label]) => label);
        for (const needed of ['Title', 'Publisher', 'Licence', 'Last checked']) {
          assert.ok(labels.includes(needed), `CSV source block has ${needed}`);
        }
        assert.equal(await page.textContent('[data-rm="export-status"]'), `Downloaded ${stem}.csv.`);

        const md = await download(page, 'md');
        assert.equal(md.name, `${stem}.md`);
        const lines = md.text.trimEnd().split('\n');
        assert.match(lines[0], /^# .+: who is responsible for each service/);
        assert.match(lines.at(-1), /^Source: /);
        const mdTable = parseMarkdownTable(md.text);
        assert.ok(mdTable[1].every((c) => c === '---'), 'delimiter row');
        const mdRecords = [mdTable[0], ...mdTable.slice(2)];
        assertGridIsTable(mdRecords, table, 'Markdown');
        assert.deepEqual(mdRecords, records, 'Markdown has the same cells as CSV');

        const json = await download(page, 'json');
        assert.equal(json.name, `${stem}.json`);
        const data = JSON.parse(json.text);
        const ids = data.sections.flatMap((s) => s.rows.map((r) => r.id));
        assert.deepEqual(ids, table.rows.map((r) => r.id), 'JSON rows are the visible rows');
        assert.equal(data.view.link, new URL(page.url()).hash);
        assert.equal(data.view.rows, table.rows.length);
        const colIds = [...new Set(table.rows[0].cols)];
        for (const row of data.sections.flatMap((s) => s.rows)) {
          for (const col of Object.keys(row.cells)) {
            assert.ok(data.columns.some((c) => c.id === col), `cell ${col} of ${row.id} has its column`);
          }
        }
        for (const c of data.columns.filter((c) => !c.split_by_party)) {
          assert.ok(colIds.includes(c.id), `column ${c.id} is visible`);
        }

        assert.deepEqual(errors, []);
      } catch (err) {
        err.message += ` (screenshot: ${await saveArtifacts(page, `export-${stem}`)})`;
        throw err;
      } finally {
        await close();
      }
    });
  }

  test('keyboard: a labelled group of real buttons; Enter and Space download; a filter change follows', async () => {
    const { page, errors, close } = await open('#o=vmware&v=unsupported-os&q=manage');
    try {
      const group = await page.evaluate(() => {
        const el = document.querySelector('[data-rm="export"]');
        return {
          tag: el.tagName,
          legend: el.querySelector('legend')?.textContent,
          buttons: [...el.querySelectorAll('button')].map((b) => [b.type, b.getAttribute('data-rm'), b.textContent]),
        };
      });
      assert.equal(group.tag, 'FIELDSET');
      assert.equal(group.legend, 'Export this view');
      assert.deepEqual(group.buttons, [
        ['button', 'export-csv', 'CSV'],
        ['button', 'export-md', 'Markdown'],
        ['button', 'export-json', 'JSON'],
      ]);
      const csv = await download(page, 'csv', 'Enter');
      assert.equal(csv.name, 'vmware-unsupported-os.csv');
      const md = await download(page, 'md', 'Space');
      assert.equal(md.name, 'vmware-unsupported-os.md');

      // Narrow the view further: the next export follows it.
      await page.fill('[data-rm="search"]', 'patch');
      await page.waitForFunction(() => location.hash.includes('q=patch') && document.querySelector('[data-rm-row="patching"]'));
      const shown = await page.$$eval('[data-rm-row]', (trs) => trs.map((tr) => tr.getAttribute('data-rm-row')));
      assert.ok(shown.includes('patching'), shown.join(', '));
      const json = JSON.parse((await download(page, 'json')).text);
      assert.deepEqual(json.sections.flatMap((s) => s.rows.map((r) => r.id)), shown);
      assert.equal(json.view.query, 'patch');
      assert.deepEqual(errors, []);
    } catch (err) {
      err.message += ` (screenshot: ${await saveArtifacts(page, 'export-keyboard')})`;
      throw err;
    } finally {
      await close();
    }
  });
});
