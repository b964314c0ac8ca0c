// Print for a customer meeting: the standalone page rendered as print media to
// PDF in headless Chromium (what "Save as PDF" produces), its text read back
// with pdftotext (Debian poppler-utils): a print header naming the search and
// filters, every row of the default offering, the legend after the table, the
// source credit, and the table header on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDir, launchBrowser, openPage, requireDist, readOfferings, legendsInUse } from './harness.mjs';

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

/**
 * The page printed to PDF, as text, one string per page: in content-stream
 * order (pdftotext -raw: each table row's cells together), or with
 * `reading: true` in reading order (top to bottom on each page, as a reader
 * sees it: what comes after the table).
 */
async function printedPages(hash, { reading = false } = {}) {
  const { page, errors, close } = await openPage(browser, `${server.url}index.html${hash}`);
  try {
    await page.locator('[data-rm-row]').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rm-print-')), 'print.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [...(reading ? [] : ['-raw']), file, '-'], { encoding: 'utf8' });
    assert.deepEqual(errors, []);
    return text.split('\f').filter((p) => p.trim() !== '');
  } finally {
    await close();
  }
}

const squash = (s) => s.replace(/\s+/g, ' ');

test('print PDF of the default offering: every row, header on each page, legend after the table, source credit', async () => {
  const vmware = readOfferings().find((o) => o.id === 'vmware');
  const pages = await printedPages('#o=vmware');
  assert.ok(pages.length >= 2, `a whole matrix takes several pages (got ${pages.length})`);
  const all = squash(pages.join(' '));
  for (const section of vmware.sections) {
    for (const row of section.rows) {
      // pdftotext may wrap a long activity across lines: compare its first words.
      const start = squash(row.activity).split(' ').slice(0, 4).join(' ');
      assert.ok(all.includes(start), `row “${row.activity}” is in the PDF`);
    }
  }
  assert.match(squash(pages[0]), /No search or filters: every service/);
  assert.match(squash(pages[0]), /printed \d{4}-\d{2}-\d{2}/);
  for (const [i, p] of pages.entries()) {
    if (i < pages.length - 1 || /Service/.test(p)) assert.match(p, /Service/, `page ${i + 1} repeats the table header`);
  }
  assert.doesNotMatch(all, /Copy link|Reset filters|Download CSV|Dismiss/, 'no controls printed');
  // In reading order: the table, then each legend the offering uses, then the source credit.
  const read = squash((await printedPages('#o=vmware', { reading: true })).join(' '));
  const at = (text, what) => {
    const i = read.lastIndexOf(text);
    assert.ok(i >= 0, `${what} is in the PDF`);
    return i;
  };
  const lastRow = at(squash(vmware.sections.at(-1).rows.at(-1).activity).split(' ').slice(0, 2).join(' '), 'the last row');
  const credit = at(`Source Title ${vmware.source.title}`, 'the source credit');
  const titles = { raci: 'RACI legend', qualifiers: 'Qualifier legend' };
  const legends = legendsInUse(vmware);
  assert.ok(legends.length > 0, 'VMware uses a legend');
  for (const kind of legends) {
    const legend = at(titles[kind], titles[kind]);
    assert.ok(lastRow < legend && legend < credit, `${titles[kind]} comes after the table and before the source credit`);
  }
  for (const [kind, title] of Object.entries(titles)) {
    if (!legends.includes(kind)) assert.ok(!read.includes(title), `${title} is not printed: VMware does not use it`);
  }
});

test('print PDF names the active search and filters', async () => {
  const pages = await printedPages('#o=vmware&v=unsupported-os&q=patch&shared=1');
  const first = squash(pages[0]);
  assert.match(first, /Search: “patch”/);
  assert.match(first, /Shared with the customer only/);
  assert.doesNotMatch(first, /every service/);
});
