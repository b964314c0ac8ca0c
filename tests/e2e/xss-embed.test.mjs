// Every payload of tests/e2e/xss-payloads.json stays inert text when an
// embedder hands it to the widget, against the release build (dist/):
// 1. in every <responsibility-matrix> attribute, written into the host page's
//    HTML and set later with setAttribute (`src` included: refused or not
//    found, with a message), on host pages WITHOUT a Content-Security-Policy
//    (the worst case: an embedder with no CSP);
// 2. in every free-text field of a bring-your-own matrix (inline JSON), with
//    every row's details, both legends and the About area open, and in the
//    CSV, Markdown and JSON exports; in every id and enum field (rejected: a
//    readable error list); and the embedder's own bug of a literal
//    `</script>` inside the inline JSON;
// 3. in every embed.html query parameter, known and unknown.
//
// "Inert" is checked three ways for each element: assertNoXss (nothing ran, no
// dialog, no script/frame/plugin element, no on* attribute, no javascript:
// URL inside the element's shadow root); the shadow DOM has exactly the shape
// (element names and attribute names) that a harmless text gives at the same
// step, so no payload added a single element or attribute; and the payload
// shows as text as often as the harmless text does (or in the notice that
// quotes it).
//
// Payloads are batched: one host page holds one element per payload and input
// (BATCH payloads per page), all driven in lockstep.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { REPO_ROOT, saveArtifacts, serveDir, useSite } from './harness.mjs';
import { assertNoXss, expectedSearchValue, findXss, loadXssPayloads, snapshotXss, trapXss } from './xss-helpers.mjs';

const PAYLOADS = loadXssPayloads();
const EXAMPLE = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'site', 'acme-managed-vps.json'), 'utf8'));
/** Payloads per host page: enough to be fast, few enough to keep pages light. */
const BATCH = 40;
/** The harmless text every payload is compared with. */
const BENIGN = 'Harmless benign text';
/** Attributes whose unknown value gives a notice quoting it (url_state::decode_pairs). */
const QUOTING_ATTRIBUTES = ['offering', 'variant', 'section', 'domain', 'party', 'row'];
/** Every observed attribute but `hide-controls` (hides the search box) and `src` (replaces the data). */
const VIEW_ATTRIBUTES = [...QUOTING_ATTRIBUTES, 'search', 'shared-only', 'other-columns', 'theme', 'compact'];
/** What a refused `src` may say (js/responsibility-matrix.js readMatrix, embed::load_matrix). */
const SRC_REFUSED = /must be on this site|the server answered|could not be fetched|not a valid URL|malformed JSON|the matrix is empty/;

const batches = (list, size = BATCH) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

// ---------------------------------------------------------------- host pages

/**
 * Escapes text into a double-quoted HTML attribute value. CR is written as
 * &#13; (a literal CR would be normalised to LF by the HTML parser); NUL
 * cannot survive HTML at all (the parser turns it into U+FFFD), see htmlValue.
 */
const escapeAttribute = (text) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
/** What an attribute written with escapeAttribute reads back as. */
const htmlValue = (text) => text.replace(/\0/g, '\uFFFD');

/**
 * JSON for a `<script type="application/json">` block: every `<` as \u003c
 * (valid JSON, same value), so neither `</script` nor `<!--` can end or
 * confuse the script element. This is the embedder's job; see the test of
 * an embedder who forgot.
 */
const scriptJson = (value) => JSON.stringify(value, null, 1).replace(/</g, '\\u003c');

const ENTRY = '<script type="module" src="responsibility-matrix.js"></script>';
/** A host page with no CSP: no meta tag, and serveDir sends no CSP header. */
const hostPage = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host without CSP</title>${ENTRY}</head><body><main id="elements">${body}</main></body></html>`;

const attributesHtml = (attributes) =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
/**
 * The example matrix as an element's inline JSON: an element with it opens on
 * it when `offering` is unknown (5 rows instead of the built-in default's 26,
 * which keeps pages of many elements light).
 */
const OWN_MATRIX = () => `<script type="application/json">${scriptJson(EXAMPLE)}</script>`;
const elementHtml = (id, attributes = {}, inner = '') =>
  `<responsibility-matrix id="${id}"${attributesHtml(attributes)}>${inner}</responsibility-matrix>`;

// ------------------------------------------------------------ the matrices

/**
 * site/acme-managed-vps.json with every optional free-text field added and
 * every free-text field (the keys below) set to `text`. Ids and enum values
 * stay valid, so the matrix loads: the source link keeps the http(s) start a
 * link must have (the rest of it is `text`), and `checked` (a date) is left out.
 */
function byoMatrix(text) {
  const m = structuredClone(EXAMPLE);
  m.source = { ...m.source, publisher: '', date: '', licence: '', attribution: '', copyright: '', format: '' };
  m.parties[0].roles = [{ id: 'ops', name: '', abbreviation: '', description: '' }];
  for (const c of m.columns) Object.assign(c, { source_label: '', description: '' });
  m.variants = { label: '', options: [{ id: 'standard', label: '', description: '' }] };
  m.definitions = [{ term: '', meaning: '' }];
  m.reference_tables = [{ id: 'sla', title: '', headers: ['', ''], rows: [['', '']], notes: [{ text: '' }] }];
  m.notes = [{ kind: 'reading', text: '' }, { text: '' }];
  for (const s of m.sections) {
    Object.assign(s, { number: '', description: '', notes: [{ text: '' }] });
    for (const r of s.rows) {
      r.owner_role = 'acme/ops';
      r.notes = [{ kind: 'reading', text: '' }, { text: '' }];
      for (const cell of Object.values(r.cells)) {
        Object.assign(cell, { reading: '', note: '' });
        for (const a of cell.assign ?? []) a.note = '';
        // A blank source cell must stay blank; "depends on <text>" carries text instead.
        if (cell.status?.kind === 'not-specified') cell.status = { kind: 'depends', on: '' };
      }
    }
  }
  const filled = fillText(m, text);
  filled.source.url = sourceUrl(text);
  return filled;
}

/** The source link of byoMatrix(text): a link must start with http(s)://. */
const sourceUrl = (text) => `https://example.com/${text}`;

/** Keys whose string values are free text (everything else is an id or an enum). */
const FREE_TEXT = new Set([
  'title', 'provider', 'summary', 'publisher', 'date', 'licence', 'attribution', 'copyright', 'seed_file', 'format', 'name', 'abbreviation', 'description',
  'label', 'source_label', 'number', 'activity', 'text', 'source_text', 'reading', 'note', 'on', 'term', 'meaning',
  'headers', 'rows',
]);

/** Sets every string under a FREE_TEXT key (and in its arrays) to `text`. */
function fillText(value, text, free = false) {
  if (typeof value === 'string') return free ? text : value;
  if (Array.isArray(value)) return value.map((v) => fillText(v, text, free));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillText(v, text, FREE_TEXT.has(k))]));
  }
  return value;
}

/**
 * The example matrix with `text` in every id, id reference and enum value
 * instead: it must be refused, readably. `ids` puts it in ids and references
 * (validation errors); otherwise in enum values (a parse error).
 */
function invalidMatrix(text, ids) {
  const m = structuredClone(EXAMPLE);
  if (ids) {
    m.id = text;
    m.parties[1].id = text;
    m.columns[1].id = text;
    m.sections[0].id = text;
    for (const r of m.sections[0].rows) {
      r.id = text;
      r.owner_role = `${text}/${text}`;
      r.cells = { [text]: r.cells.who, how: r.cells.how };
      for (const a of r.cells[text].assign ?? []) a.party = text;
    }
  } else {
    m.parties[0].kind = text;
    m.columns[0].kind = text;
    m.sections[0].rows[0].domain = text;
    m.sections[0].rows[0].cells.who.assign[0].qualifiers = [text];
    m.sections[0].rows[0].cells.who.assign[0].raci = text;
  }
  return m;
}

// ----------------------------------------------------------- in the browser

const pages = {};
const site = useSite({ pages });

/** Serves `html` as a new page (served from memory) and returns its URL. */
let pageCount = 0;
function addPage(html) {
  const name = `xss-host-${(pageCount += 1)}.html`;
  pages[name] = { body: html };
  return site.server.url + name;
}

/**
 * A fresh page with the XSS traps, recording page errors and console errors.
 * `Failed to load resource` (a payload as `src` is a 404 or 400; an <img> the
 * host page itself parsed) is not counted: those are expected.
 */
async function trappedPage() {
  // bypassCSP: embed.html runs under the site's CSP, which would block inline
  // handlers on its own; the widget must not create them in the first place.
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(`console error: ${msg.text()}`);
  });
  await trapXss(page);
  return { page, context, errors };
}

/** Loads `url` and waits until every <responsibility-matrix> on it is ready. */
async function openHost(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await waitReady(page);
}

const waitReady = (page) =>
  page.waitForFunction(() => {
    const all = [...document.querySelectorAll('responsibility-matrix')];
    // A refused matrix shows its notice in the widget's place.
    return all.length > 0 && all.every((e) => e.dataset.rmState === 'ready' && e.shadowRoot?.querySelector('[data-rm="widget"], [data-rm="matrix-refused"]'));
  });

/**
 * What each element (by id; `ids` may also be CSS selectors) shows, read from
 * its shadow root: its notices, search box, matrix errors, the shape of its
 * DOM, how often `needles[id]` occurs in its text, and what its shadow root
 * holds besides the widget. `target` is a page or a frame.
 */
function inspect(target, ids, needles = {}) {
  return target.evaluate(
    ({ ids, needles }) => {
      // Element and attribute names, in tree order, without text or values.
      const shape = (node) =>
        [...node.children]
          .map((el) => `<${el.localName} ${el.getAttributeNames().sort().join(' ')}>${shape(el)}</>`)
          .join('');
      const occurrences = (text, needle) => (needle ? text.split(needle).length - 1 : 0);
      return Object.fromEntries(
        ids.map((id) => {
          const el = document.getElementById(id) ?? document.querySelector(id);
          const root = el.shadowRoot;
          const host = root.querySelector('.rm-host');
          const all = (sel) => [...host.querySelectorAll(sel)].map((e) => e.textContent);
          return [
            id,
            {
              // The shadow root holds the element's stylesheet and the widget, nothing else.
              shadowChildren: [...root.children].map((e) => `${e.localName}${e.localName === 'link' ? `[${e.rel}]` : `.${e.className}`}`),
              notices: all('[data-rm="notice"] li'),
              search: host.querySelector('[data-rm="search"]')?.value ?? null,
              errorTitle: host.querySelector('[data-rm="matrix-errors"] .rm-notice__title')?.textContent ?? null,
              errors: all('[data-rm="matrix-error"]'),
              rows: host.querySelectorAll('[data-rm-row]').length,
              // Element names inside the matrix-error notice (text only: div, details, summary, p, ul, li).
              errorTags: [...new Set([...host.querySelectorAll('[data-rm="matrix-errors"] *')].map((e) => e.localName))].sort(),
              offering: host.querySelector('[data-rm="offering-picker"]')?.value ?? null,
              shape: shape(host),
              count: occurrences(host.textContent, needles[id]),
            },
          ];
        }),
      );
    },
    { ids, needles },
  );
}

/** assertNoXss inside each element's widget (its shadow root's .rm-host); `ids` as for inspect. */
async function assertInert(target, ids, label, baseline) {
  for (const id of ids) {
    const selector = /^[\w-]+$/.test(id) && id !== 'responsibility-matrix' ? `#${id}` : id;
    await assertNoXss(target, `${label(id)}`, { root: `${selector} >>> .rm-host`, baseline });
  }
}

/** Runs `fn`; on failure saves a screenshot and the HTML, and names them in the error. */
async function withArtifacts(page, name, fn) {
  try {
    return await fn();
  } catch (err) {
    err.message += `\n(artifacts: ${await saveArtifacts(page, name)})`;
    throw err;
  }
}

/** At most 40 characters, then "…" (url_state::truncate); 60 for embed::clip. */
const clipped = (text, max = 40) => {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
};

/**
 * The checks for an element given `value` in every view attribute: each
 * quoting attribute's notice quotes it, the theme notice quotes it, the search
 * box shows it; the widget's shape is the one a harmless value gives.
 */
function checkViewAttributes(label, shown, value, benignShape) {
  const quote = `“${clipped(value)}”`;
  // (The theme notice quotes too, with up to 60 characters: counted apart.)
  const quoting = shown.notices.filter((n) => n.includes(quote) && !n.startsWith('theme='));
  assert.equal(quoting.length, QUOTING_ATTRIBUTES.length, `${label}: ${QUOTING_ATTRIBUTES.length} notices quote ${JSON.stringify(quote)}: ${JSON.stringify(shown.notices)}`);
  assert.ok(shown.notices.some((n) => n.startsWith(`theme=“${clipped(value, 60)}”`)), `${label}: the theme notice quotes it`);
  assert.equal(shown.search, expectedSearchValue(value), `${label}: the search box shows it as typed`);
  assert.equal(shown.shape, benignShape, `${label}: the same elements and attributes as a harmless value`);
}

/** A refused `src`: a readable message quoting it whole, and no other matrix in its place. */
function checkSrcRefused(label, shown, value) {
  assert.ok(shown.errorTitle?.includes(`“${value}”`), `${label}: the message quotes the src: ${shown.errorTitle}`);
  assert.equal(shown.errors.length, 1, `${label}: one reason`);
  assert.match(shown.errors[0], SRC_REFUSED, label);
  assert.equal(shown.rows, 0, `${label}: no built-in matrix is shown instead`);
  assert.equal(shown.offering, null, `${label}: no offering picker`);
}

/** The row ids of the example matrix, in order: each is opened in turn (one at a time). */
const ROW_IDS = EXAMPLE.sections.flatMap((s) => s.rows.map((r) => r.id));
const EXPORTS = ['export-csv', 'export-md', 'export-json'];

/**
 * Records the text of every Blob the page turns into a download URL (the
 * export buttons: Blob -> object URL -> <a download>), in window.__exported,
 * so exports of many widgets can be read without a download each; one real
 * download per batch proves the spy sees the same text.
 */
async function spyOnExports(page) {
  await page.addInitScript(() => {
    window.__exported = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      window.__exported.push(blob.text());
      return create(blob);
    };
  });
}

/** Clicks an export button of one element and resolves to the exported text (from the spy). */
async function exported(page, id, button) {
  return page.evaluate(
    async ({ id, button }) => {
      const before = window.__exported.length;
      document.getElementById(id).shadowRoot.querySelector(`[data-rm="${button}"]`).click();
      // The writers are a chunk: the first export waits for it to arrive.
      for (let i = 0; i < 100 && window.__exported.length === before; i++) await new Promise((r) => setTimeout(r, 50));
      if (window.__exported.length !== before + 1) throw new Error(`${id} ${button}: no export`);
      return window.__exported[before];
    },
    { id, button },
  );
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) to rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.push([...row, field]), (row = []), (field = ''), (i += 1);
    else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** export::markdown_escape, ported: what a Markdown table cell holding `text` says. */
function markdownEscape(text) {
  const body = text.replace(/^ +| +$/g, '');
  const leading = text.length - text.replace(/^ +/, '').length;
  const trailing = body ? text.length - text.replace(/ +$/, '').length : 0;
  const escaped = body.replace(/\r\n|[\r\n]|[\\|*_`[\]<>]/g, (m) => (m === '\r\n' || m === '\r' || m === '\n' ? '<br>' : `\\${m}`));
  return '&#32;'.repeat(leading) + escaped + '&#32;'.repeat(trailing);
}

/** Checks one element's three exports: the payload is there as plain text, nowhere as markup. */
function checkExports(label, [csv, md, json], text) {
  const all = parseCsv(csv);
  // The table, then a blank line and the source block (a one-field "Source" record, then label,value pairs).
  const cut = all.findIndex((r) => r.length === 1 && r[0] === 'Source');
  assert.ok(cut > 0, `${label}: the CSV ends with its source block`);
  const rows = all.slice(0, cut).filter((r) => !(r.length === 1 && r[0] === ''));
  const source = all.slice(cut + 1);
  assert.ok(source.every((r) => r.length === 2), `${label}: the source block is label,value pairs`);
  assert.ok(source.some(([, value]) => value.includes(text)), `${label}: the source block carries the text as text`);
  assert.ok(rows[0].includes(text), `${label}: a CSV header (column label, party name) is the text`);
  assert.deepEqual(rows.slice(1).map((r) => r[1]), ROW_IDS.map(() => text), `${label}: every CSV Service field is the text`);
  assert.ok(rows.slice(1).every((r) => r[0] === `${text} ${text}`), `${label}: the CSV Section is "<number> <title>"`);
  assert.ok(md.includes(`| ${markdownEscape(text)} |`), `${label}: a Markdown cell holds the escaped text`);
  // The Markdown holds no raw HTML: every < is escaped, but for the <br> it writes for line breaks.
  assert.doesNotMatch(md.replace(/<br>/g, ''), /(^|[^\\])</, `${label}: unescaped < in the Markdown`);
  const data = JSON.parse(json);
  for (const [what, value] of [
    ['title', data.title],
    ['source.publisher', data.source.publisher],
    ['parties[0].name', data.parties[0].name],
    ['notes[0].text', data.notes[0].text],
    ['rows[0].activity', data.sections[0].rows[0].activity],
    ['rows[0].cells.who.assign[0].note', data.sections[0].rows[0].cells.who.assign[0].note],
  ]) {
    assert.equal(value, text, `${label}: JSON ${what}`);
  }
  assert.equal(data.source.url, sourceUrl(text), `${label}: JSON source.url`);
}

const READY_SHAPE_IDS = ['benign-view', 'benign-hide', 'benign-src'];

describe('XSS through the <responsibility-matrix> element and embed.html', () => {
  test('the detector catches a payload that runs inside a shadow root, and a changed shape', async () => {
    const { page, context } = await trappedPage();
    try {
      await openHost(page, addPage(hostPage(elementHtml('a', { offering: 'goss' }) + elementHtml('b', { offering: 'goss' }))));
      const baseline = await snapshotXss(page);
      await assertInert(page, ['a', 'b'], (id) => `clean ${id}`, baseline);
      const clean = await inspect(page, ['a', 'b']);
      assert.equal(clean.a.shape, clean.b.shape, 'two clean widgets have the same shape');
      assert.deepEqual(clean.a.shadowChildren, ['link[stylesheet]', 'div.rm-host']);
      // Simulate a successful injection into one widget's shadow DOM.
      await page.evaluate(() => {
        const host = document.getElementById('a').shadowRoot.querySelector('.rm-host');
        host.querySelector('.rm-title').insertAdjacentHTML(
          'beforeend',
          `<img src="x:" onerror="window.__xss('control'); alert('control')"><a href="javascript:void 0">x</a>`,
        );
      });
      await page.waitForFunction(() => window.__xssRan.includes('control'));
      const found = await findXss(page, { root: '#a >>> .rm-host', baseline });
      assert.ok(found.includes('__xss ran: control'), found.join('\n'));
      assert.ok(found.some((f) => f.startsWith('onerror attribute inside the widget')), found.join('\n'));
      assert.ok(found.some((f) => f.startsWith('href="javascript:void 0" inside the widget')), found.join('\n'));
      assert.ok(found.includes('dialog opened: alert: control'), found.join('\n'));
      await assert.rejects(assertInert(page, ['a'], () => 'control', baseline), /control: possible XSS/);
      // The shape check alone catches markup that does nothing.
      await page.evaluate(() => document.getElementById('b').shadowRoot.querySelector('.rm-title').insertAdjacentHTML('beforeend', '<b>bold</b>'));
      const after = await inspect(page, ['a', 'b']);
      assert.notEqual(after.b.shape, clean.b.shape);
      // A widget that is missing is a finding too.
      assert.ok((await findXss(page, { root: '#nope >>> .rm-host' })).includes('#nope >>> .rm-host is missing from the page'));
    } finally {
      await context.close();
    }
  });

  test(`all ${PAYLOADS.length} payloads in every attribute of the host page's HTML (no CSP) stay inert text`, async () => {
    const { page, context, errors } = await trappedPage();
    try {
      for (const [b, batch] of batches(PAYLOADS).entries()) {
        // Per payload: every view attribute on one element, hide-controls and src on others.
        const body = [
          elementHtml('benign-view', Object.fromEntries(VIEW_ATTRIBUTES.map((a) => [a, BENIGN])), OWN_MATRIX()),
          elementHtml('benign-hide', { 'hide-controls': BENIGN }, OWN_MATRIX()),
          elementHtml('benign-src', { offering: 'goss', src: 'benign-missing.json' }),
          ...batch.map(({ payload }, i) => [
            elementHtml(`view-${i}`, Object.fromEntries(VIEW_ATTRIBUTES.map((a) => [a, payload])), OWN_MATRIX()),
            elementHtml(`hide-${i}`, { 'hide-controls': payload }, OWN_MATRIX()),
            elementHtml(`src-${i}`, { offering: 'goss', src: payload }),
          ].join('')),
        ].join('\n');
        await openHost(page, addPage(hostPage(body)));
        await withArtifacts(page, `xss-embed-attributes-${b}`, async () => {
          const baseline = await snapshotXss(page);
          const ids = batch.flatMap((_, i) => [`view-${i}`, `hide-${i}`, `src-${i}`]);
          const shown = await inspect(page, [...READY_SHAPE_IDS, ...ids]);
          assert.equal(shown['benign-hide'].search, null, 'hide-controls hides the search box');
          for (const [i, { id, payload }] of batch.entries()) {
            const label = (what) => `payload ${id} in ${what} (HTML)`;
            const value = htmlValue(payload);
            // The attribute holds exactly the payload: the host page's escaping is right.
            const read = await page.evaluate((i) => ['search', 'src'].map((a) => document.getElementById(a === 'src' ? `src-${i}` : `view-${i}`).getAttribute(a)), i);
            assert.deepEqual(read, [value, value], label('the attributes'));
            checkViewAttributes(label('every view attribute'), shown[`view-${i}`], value, shown['benign-view'].shape);
            assert.equal(shown[`hide-${i}`].search, null, `${label('hide-controls')}: any value but false/0 hides the controls`);
            assert.equal(shown[`hide-${i}`].shape, shown['benign-hide'].shape, label('hide-controls'));
            checkSrcRefused(label('src'), shown[`src-${i}`], value);
            for (const k of ['view', 'hide', 'src']) assert.deepEqual(shown[`${k}-${i}`].shadowChildren, ['link[stylesheet]', 'div.rm-host']);
          }
          await assertInert(page, ids, (el) => `payload ${batch[Number(el.split('-')[1])].id} in ${el} (HTML)`, baseline);
        });
      }
      await page.waitForTimeout(300); // handlers that would fire late (image errors, focus)
      await assertInert(page, ['view-0', 'src-0'], () => 'after every batch', null);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test(`all ${PAYLOADS.length} payloads set with setAttribute after the element is ready stay inert text`, async () => {
    const { page, context, errors } = await trappedPage();
    try {
      for (const [b, batch] of batches(PAYLOADS).entries()) {
        const body = [...READY_SHAPE_IDS, ...batch.flatMap((_, i) => [`view-${i}`, `hide-${i}`, `src-${i}`])]
          // src elements have no inline matrix (it would win over src).
          .map((id) => (id.includes('src') ? elementHtml(id, { offering: 'goss' }) : elementHtml(id, {}, OWN_MATRIX())))
          .join('\n');
        await openHost(page, addPage(hostPage(body)));
        await withArtifacts(page, `xss-embed-setattribute-${b}`, async () => {
          const baseline = await snapshotXss(page);
          // offering first: a new offering starts its default view, the rest then apply to it.
          await page.evaluate(
            ({ values, viewAttributes }) => {
              for (const [key, value] of Object.entries(values)) {
                const set = (id, name) => document.getElementById(`${id}-${key}`).setAttribute(name, value);
                for (const name of viewAttributes) set('view', name);
                set('hide', 'hide-controls');
                set('src', 'src'); // restarts the element: it reads its matrix again
              }
            },
            {
              values: Object.fromEntries(batch.map(({ payload }, i) => [i, payload])),
              viewAttributes: VIEW_ATTRIBUTES,
            },
          );
          await page.evaluate(({ benign, viewAttributes }) => {
            for (const name of viewAttributes) document.getElementById('benign-view').setAttribute(name, benign);
            document.getElementById('benign-hide').setAttribute('hide-controls', benign);
            document.getElementById('benign-src').setAttribute('src', 'benign-missing.json');
          }, { benign: BENIGN, viewAttributes: VIEW_ATTRIBUTES });
          await waitReady(page);
          // The src elements have restarted once their matrix was refused.
          await page.waitForFunction(() =>
            [...document.querySelectorAll('[id^="src-"], #benign-src')].every((e) => e.shadowRoot.querySelector('[data-rm="matrix-errors"]')),
          );
          const ids = batch.flatMap((_, i) => [`view-${i}`, `hide-${i}`, `src-${i}`]);
          const shown = await inspect(page, [...READY_SHAPE_IDS, ...ids]);
          for (const [i, { id, payload }] of batch.entries()) {
            const label = (what) => `payload ${id} in ${what} (setAttribute)`;
            checkViewAttributes(label('every view attribute'), shown[`view-${i}`], payload, shown['benign-view'].shape);
            assert.equal(shown[`hide-${i}`].search, null, label('hide-controls'));
            assert.equal(shown[`hide-${i}`].shape, shown['benign-hide'].shape, label('hide-controls'));
            checkSrcRefused(label('src'), shown[`src-${i}`], payload);
          }
          await assertInert(page, ids, (el) => `payload ${batch[Number(el.split('-')[1])].id} in ${el} (setAttribute)`, baseline);
        });
      }
      await page.waitForTimeout(300);
      await assertInert(page, ['view-0', 'src-0'], () => 'after every batch', null);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
  test(`all ${PAYLOADS.length} payloads in every free-text field of a bring-your-own matrix stay inert text, in the page and in the exports`, async () => {
    const { page, context, errors } = await trappedPage();
    await spyOnExports(page);
    try {
      for (const [b, batch] of batches(PAYLOADS).entries()) {
        const byo = (id, text) => elementHtml(id, {}, `<script type="application/json">${scriptJson(byoMatrix(text))}</script>`);
        const body = [byo('benign', BENIGN), ...batch.map(({ payload }, i) => byo(`byo-${i}`, payload))].join('\n');
        await openHost(page, addPage(hostPage(body)));
        await withArtifacts(page, `xss-embed-byo-${b}`, async () => {
          const baseline = await snapshotXss(page);
          const ids = batch.map((_, i) => `byo-${i}`);
          const needles = { benign: BENIGN, ...Object.fromEntries(batch.map(({ payload }, i) => [`byo-${i}`, payload])) };
          const label = (id) => `payload ${batch[Number(id.split('-')[1])].id} in every text field`;
          /** Every element shows its text as often as the benign one, with the same DOM shape. */
          const check = async (step) => {
            const shown = await inspect(page, ['benign', ...ids], needles);
            assert.ok(shown.benign.count >= 20, `${step}: the benign text shows ${shown.benign.count} times`);
            for (const id of ids) {
              assert.equal(shown[id].errorTitle, null, `${label(id)}: the matrix loads (${shown[id].errors.join('; ')})`);
              assert.equal(shown[id].offering, EXAMPLE.id, `${label(id)}: it is shown`);
              assert.equal(shown[id].shape, shown.benign.shape, `${label(id)} (${step}): the same elements and attributes as harmless text`);
              assert.equal(shown[id].count, shown.benign.count, `${label(id)} (${step}): shown as text as often as harmless text`);
            }
            await assertInert(page, ids, (id) => `${label(id)} (${step})`, baseline);
          };
          // The legends and the About area ("How the source was read", definitions,
          // reference table, source credit): clicked open in every element.
          await page.evaluate(() => {
            for (const el of document.querySelectorAll('responsibility-matrix')) {
              for (const name of ['raci', 'qualifiers']) // Only the legends the matrix uses are there.
                el.shadowRoot.querySelector(`[data-rm="legend-${name}"] button`)?.click();
            }
          });
          await page.waitForFunction(() =>
            [...document.querySelectorAll('responsibility-matrix')].every((el) => !el.shadowRoot.querySelector('.rm-legend__body[hidden]')),
          );
          // How the source was read waits behind "About this data": opened in every element.
          await page.evaluate(() => {
            for (const el of document.querySelectorAll('responsibility-matrix')) {
              const about = el.shadowRoot.querySelector('[data-rm="about-data"]');
              if (about) about.open = true;
            }
          });
          assert.ok(await page.locator('#benign [data-rm="readings"]').isVisible(), 'How the source was read is shown once asked for');
          await check('legends open');
          // Each row's details in turn (one row is open at a time): its toggle clicked in every element.
          for (const [k, row] of ROW_IDS.entries()) {
            await page.evaluate((k) => {
              for (const el of document.querySelectorAll('responsibility-matrix')) el.shadowRoot.querySelectorAll('.rm-row-toggle')[k].click();
            }, k);
            await page.waitForFunction((row) =>
              [...document.querySelectorAll('responsibility-matrix')].every((el) => el.shadowRoot.querySelector(`[data-rm-details="${row}"]`)),
            row);
            await check(`row ${row} open`);
          }
          // Exports: one element's are really downloaded (first: Chromium stops a
          // page's automatic downloads after many), the spy reads every element's.
          if (b === 0) {
            const files = [];
            // The export buttons fold away with the less-used filters.
            await page.locator('#byo-0 [data-rm="more-filters"]').click();
            for (const button of EXPORTS) {
              const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#byo-0 [data-rm="${button}"]`).click()]);
              files.push(fs.readFileSync(await download.path(), 'utf8'));
            }
            checkExports(`${label('byo-0')} (downloaded files)`, files, needles['byo-0']);
          }
          for (const id of ids) {
            const files = [];
            for (const button of EXPORTS) files.push(await exported(page, id, button));
            checkExports(label(id), files, needles[id]);
          }
          await assertInert(page, ids, (id) => `${label(id)} (after the exports)`, baseline);
        });
      }
      await page.waitForTimeout(300);
      await assertInert(page, ['byo-0'], () => 'after every batch', null);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test(`all ${PAYLOADS.length} payloads in the ids and enum values of a matrix are refused with a readable error list`, async () => {
    const { page, context, errors } = await trappedPage();
    try {
      for (const [b, batch] of batches(PAYLOADS).entries()) {
        const byo = (id, matrix) => elementHtml(id, {}, `<script type="application/json">${scriptJson(matrix)}</script>`);
        const body = batch.map(({ payload }, i) => byo(`ids-${i}`, invalidMatrix(payload, true)) + byo(`enum-${i}`, invalidMatrix(payload, false))).join('\n');
        await openHost(page, addPage(hostPage(body)));
        await withArtifacts(page, `xss-embed-invalid-${b}`, async () => {
          const baseline = await snapshotXss(page);
          const ids = batch.flatMap((_, i) => [`ids-${i}`, `enum-${i}`]);
          const shown = await inspect(page, ids);
          const label = (id) => `payload ${batch[Number(id.split('-')[1])].id} in ${id.startsWith('ids') ? 'the ids' : 'the enum values'}`;
          for (const id of ids) {
            const { errorTitle, errors: problems, errorTags, offering, rows } = shown[id];
            assert.match(errorTitle ?? '', /^Your matrix “inline JSON” was not loaded \(\d+ problems?\)/, label(id));
            assert.ok(problems.length >= 1 && problems.every((p) => p.trim().length > 0), `${label(id)}: one readable line per problem`);
            // Each problem names where it is: a JSON path (ids), or serde's reason with its line and column (enums).
            const where = id.startsWith('ids') ? /^(id|parties|columns|sections)\b/ : /unknown variant|line \d+ column \d+/;
            assert.ok(problems.some((p) => where.test(p)), `${label(id)}: ${JSON.stringify(problems)}`);
            assert.deepEqual(errorTags.filter((t) => !['div', 'details', 'summary', 'p', 'ul', 'li'].includes(t)), [], `${label(id)}: the list is text`);
            assert.equal(offering, null, `${label(id)}: no built-in matrix is shown instead`);
            assert.equal(rows, 0);
          }
          await assertInert(page, ids, label, baseline);
        });
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('an embedder who forgets to escape </script> in the inline JSON: the host page runs it, the widget says "malformed JSON"', async () => {
    // The host page's own HTML parser ends the <script type="application/json">
    // at the first "</script", so the rest becomes live markup of the host page,
    // as a light-DOM child of the element: the embedder's bug, which no widget
    // can prevent (the element is defined after the page has been parsed). What
    // the widget must do: show a readable error, not crash, render nothing of it.
    const { page, context, errors } = await trappedPage();
    try {
      const matrix = { ...byoMatrix(BENIGN), title: "</script><img src=x onerror=__xss('breakout')>" };
      const unescaped = JSON.stringify(matrix); // no \u003c: the literal </script> stays
      await openHost(page, addPage(hostPage(elementHtml('m', {}, `<script type="application/json">${unescaped}</script>`))));
      await page.waitForFunction(() => window.__xssRan.includes('breakout'));
      const light = await page.evaluate(() => ({
        img: document.querySelector('#m > img')?.getAttribute('onerror'),
        json: document.querySelector('#m > script[type="application/json"]').textContent,
      }));
      assert.equal(light.img, "__xss('breakout')", 'the host parser made the <img> a light-DOM child of the element');
      assert.ok(light.json.endsWith('"title":"'), `the JSON was cut at </script: ${light.json.slice(-40)}`);
      const shown = (await inspect(page, ['m'])).m;
      assert.match(shown.errorTitle, /Your matrix “inline JSON” was not loaded \(1 problem\)/);
      assert.equal(shown.errors.length, 1);
      assert.match(shown.errors[0], /malformed JSON/);
      assert.equal(shown.offering, null, 'no built-in matrix is shown instead');
      assert.equal(shown.rows, 0);
      // The one finding is the host page's own <img>; nothing inside the widget.
      assert.deepEqual(await findXss(page, { root: '#m >>> .rm-host' }), ['__xss ran: breakout']);
      assert.deepEqual(shown.shadowChildren, ['link[stylesheet]', 'div.rm-host']);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test(`all ${PAYLOADS.length} payloads in every embed.html query parameter, known and unknown, stay inert text`, async () => {
    // embed.html has the site's CSP; it is checked all the same. Frames of one
    // host page load many embeds at once; each frame is checked on its own.
    // One frame per payload, with every option: the view options, hide-controls,
    // src, the frame name, and unknown names (one of them the payload itself).
    const embedQuery = (text) =>
      `embed.html?${new URLSearchParams([
        ...[...VIEW_ATTRIBUTES, 'hide-controls', 'src', 'frame', 'x-unknown'].map((a) => [a, text]),
        [text, text],
      ])}`;
    const { page, context, errors } = await trappedPage();
    try {
      for (const [b, batch] of batches(PAYLOADS).entries()) {
        const frames = [['benign', embedQuery(BENIGN)], ...batch.map(({ payload }, i) => [`embed-${i}`, embedQuery(payload)])];
        const body = frames.map(([name, src]) => `<iframe name="${name}" src="${escapeAttribute(src)}" title="${name}"></iframe>`).join('\n');
        await page.goto(addPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>${body}</body></html>`), { waitUntil: 'load' });
        await withArtifacts(page, `xss-embed-iframe-${b}`, async () => {
          const shown = {};
          for (const [name] of frames) {
            const frame = page.frame({ name });
            await frame.waitForFunction(() => document.querySelector('responsibility-matrix')?.shadowRoot?.querySelector('[data-rm="matrix-errors"]'));
            const read = await frame.evaluate(() => {
              const el = document.querySelector('responsibility-matrix');
              return Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)]));
            });
            shown[name] = { frame, read, ...(await inspect(frame, ['responsibility-matrix']))['responsibility-matrix'] };
          }
          for (const [i, { id, payload }] of batch.entries()) {
            const label = (what) => `payload ${id} in ${what} (embed.html)`;
            const { frame, read, ...embed } = shown[`embed-${i}`];
            // Each known option reached the element exactly; unknown names (and frame) did not.
            const expected = Object.fromEntries([...VIEW_ATTRIBUTES, 'hide-controls', 'src'].map((a) => [a, payload]));
            assert.deepEqual(read, { ...expected, 'data-rm-state': 'ready' }, label('the element’s attributes'));
            const quote = `“${clipped(payload)}”`;
            assert.equal(embed.notices.filter((n) => n.includes(quote) && !n.startsWith('theme=')).length, QUOTING_ATTRIBUTES.length, label('the notices'));
            assert.ok(embed.notices.some((n) => n.startsWith(`theme=“${clipped(payload, 60)}”`)), label('theme'));
            assert.equal(embed.search, null, label('hide-controls'));
            checkSrcRefused(label('src'), embed, payload);
            assert.equal(embed.shape, shown.benign.shape, label('every option: the same elements and attributes as harmless text'));
            await assertNoXss(frame, label('every option'), { root: 'responsibility-matrix >>> .rm-host' });
          }
          // The host page itself: nothing ran, no dialog (its body is iframes, which
          // findXss would report, so only its <title> is walked).
          await assertNoXss(page, `batch ${b}: the host page`, { root: 'title' });
        });
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
