// Embedding, end to end against the release build (dist/):
// - every embedding snippet of docs/embedding.md, extracted from it and run as a host page;
// - the example documentation page (site/example.html): independent widgets, unique ids,
//   the iframe's reported height, zero CSP violations, no request outside the site;
// - attribute changes at run time, host CSS isolation both ways, export inside an element;
// - bring-your-own matrices: valid, invalid, too big, cross-origin, missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { openPage, openMoreFilters, saveArtifacts, axeViolations, mimeType, DIST_DIR, REPO_ROOT, useSite } from './harness.mjs';

const README_BASE = 'https://example.github.io/responsibility-matrix/';
const EXAMPLE_MATRIX = fs.readFileSync(path.join(REPO_ROOT, 'site', 'acme-managed-vps.json'), 'utf8');

/** docs/embedding.md's `<!-- snippet: NAME -->` html blocks, by name. */
function embeddingSnippets() {
  const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'embedding.md'), 'utf8');
  const snippets = {};
  for (const [, body] of doc.matchAll(/```html\n([\s\S]*?)```/g)) {
    const name = body.match(/^<!-- snippet: ([\w-]+) -->/)?.[1];
    if (name) snippets[name] = body;
  }
  return snippets;
}

const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>${head}</head><body><main>${body}</main></body></html>`;

const snippets = embeddingSnippets();
const hostile = `<style>
  * { color: #ff0000 !important; font-family: "Comic Sans MS", cursive !important; letter-spacing: 4px !important; }
  body { font-size: 28px; line-height: 3; text-transform: uppercase; }
  table, td, th { border: 9px solid #00ff00 !important; padding: 40px !important; }
  button, select, input { display: none !important; }
  .rm, .rm-matrix, [data-rm] { display: none !important; }
</style>`;
const element = '<script type="module" src="responsibility-matrix.js"></script><responsibility-matrix id="m" offering="vmware"></responsibility-matrix>';
const badMatrix = EXAMPLE_MATRIX.replace('"domain": "monitoring"', '"domain": "weather"').replaceAll('"party": "customer"', '"party": "nobody"');

const site = useSite({
  pages: () => {
    const pages = {};
    for (const [name, body] of Object.entries(snippets)) {
      pages[`snippet-${name}.html`] = { body: page(body.replaceAll(README_BASE, '/')) };
    }
    pages['plain.html'] = { body: page(element) };
    pages['hostile.html'] = { body: page(`${element}<table><tr><td class="rm-title">host cell</td></tr></table><button class="rm-button">host button</button>`, hostile) };
    pages['host-only.html'] = { body: page('<table><tr><td class="rm-title">host cell</td></tr></table><button class="rm-button">host button</button>', hostile) };
    pages['byo-bad.html'] = { body: page(`<script type="module" src="responsibility-matrix.js"></script><responsibility-matrix id="m"><script type="application/json">${badMatrix}</script></responsibility-matrix>`) };
    pages['byo-malformed.html'] = { body: page('<script type="module" src="responsibility-matrix.js"></script><responsibility-matrix id="m"><script type="application/json">{"id": "x", </script></responsibility-matrix>') };
    pages['big.json'] = { body: JSON.stringify({ id: 'big', title: 'x'.repeat(2 * 1024 * 1024) }) };
    pages['byo-big.html'] = { body: page('<script type="module" src="responsibility-matrix.js"></script><responsibility-matrix id="m" src="big.json"></responsibility-matrix>') };
    pages['byo-missing.html'] = { body: page('<script type="module" src="responsibility-matrix.js"></script><responsibility-matrix id="m" src="no-such-file.json"></responsibility-matrix>') };
    pages['byo-foreign.html'] = { body: page('<script type="module" src="responsibility-matrix.js"></script><responsibility-matrix id="m" src="https://example.com/matrix.json"></responsibility-matrix>') };
    pages['byo-impostor.html'] = { body: page(`<script type="module" src="responsibility-matrix.js"></script><responsibility-matrix id="m"><script type="application/json">${EXAMPLE_MATRIX.replace('"id": "acme-managed-vps"', '"id": "vmware"')}</script></responsibility-matrix>`) };
    pages['byo-mistyped.html'] = { body: page(`<script type="module" src="responsibility-matrix.js"></script><responsibility-matrix id="m"><script type="text/json">${EXAMPLE_MATRIX}</script></responsibility-matrix>`) };
    pages['byo-mistyped-src.html'] = { body: page(`<script type="module" src="responsibility-matrix.js"></script><responsibility-matrix id="m" src="acme-managed-vps.json"><script type="text/json">${EXAMPLE_MATRIX}</script></responsibility-matrix>`) };
    pages['headings.html'] = {
      body: page('<script type="module" src="responsibility-matrix.js"></script><h1>Docs</h1><h2>Who patches what</h2><responsibility-matrix id="level" offering="vmware" heading-level="3"></responsibility-matrix><h2>Our VMware service</h2><responsibility-matrix id="hidden" offering="vmware" hide-title></responsibility-matrix>'),
    };
    pages['slow.html'] = { body: page('<script type="module" src="responsibility-matrix.js"></script><responsibility-matrix id="m" offering="vmware" search="patch"></responsibility-matrix><p>After the widget.</p>') };
    return pages;
  },
});

/** Opens a page and waits until every <responsibility-matrix> on it is ready. */
async function open(file, options) {
  const opened = await openPage(site.browser, site.server.url + file, options);
  await opened.page.waitForFunction(() =>
    [...document.querySelectorAll('responsibility-matrix')].every((e) => e.dataset.rmState === 'ready'),
  );
  return opened;
}

const count = (page, scope) => page.locator(`${scope} [data-rm="count"]`).textContent();

test('docs/embedding.md has every embedding snippet this test exercises', () => {
  assert.deepEqual(Object.keys(snippets).sort(), ['attributes', 'byo-inline', 'byo-src', 'element', 'events', 'iframe', 'parts', 'sync-url', 'theming']);
});

test('docs/embedding.md snippet "element": the tag shows VMware for an unsupported guest OS', async () => {
  const { page, errors, close } = await open('snippet-element.html');
  try {
    await assert.doesNotReject(page.locator('responsibility-matrix [data-rm-row]').first().waitFor());
    assert.equal(await page.locator('responsibility-matrix [data-rm="offering-picker"]').inputValue(), 'vmware');
    assert.equal(await page.locator('responsibility-matrix [data-rm="variant-picker"]').inputValue(), 'unsupported-os');
    assert.equal(await page.locator('responsibility-matrix [data-rm-row]').count(), 26);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('docs/embedding.md snippet "attributes": changing an attribute re-renders that part and keeps the search', async () => {
  const { page, errors, close } = await open('snippet-attributes.html');
  try {
    const search = page.locator('#matrix [data-rm="search"]');
    await search.fill('patch');
    const before = await count(page, '#matrix');
    await page.click('#unmanaged');
    await page.waitForFunction(() => document.querySelector('#matrix').shadowRoot.querySelector('[data-rm="variant-picker"]').value === 'unmanaged-vm');
    assert.equal(await search.inputValue(), 'patch', 'the reader’s search survives');
    assert.notEqual(await count(page, '#matrix'), before, 'the unmanaged VM tables apply');
    // More attribute changes: offering, theme, compact, hide-controls, removal.
    await page.evaluate(() => document.querySelector('#matrix').setAttribute('offering', 'goss'));
    await page.waitForFunction(() => document.querySelector('#matrix').shadowRoot.querySelector('.rm-title').textContent.includes('GOSS'));
    assert.equal(await search.inputValue(), '', 'a new offering starts its default view');
    await page.evaluate(() => {
      const m = document.querySelector('#matrix');
      m.setAttribute('theme', 'dark');
      m.setAttribute('compact', '');
      m.setAttribute('search', 'vCenter');
    });
    const root = page.locator('#matrix [data-rm="widget"]');
    assert.equal(await root.getAttribute('data-theme'), 'dark');
    assert.equal(await root.getAttribute('data-density'), 'compact');
    assert.equal(await search.inputValue(), 'vCenter');
    const dark = await root.evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(dark, 'rgb(15, 20, 26)', 'the dark theme’s background');
    await page.evaluate(() => document.querySelector('#matrix').setAttribute('hide-controls', ''));
    await page.locator('#matrix [data-rm="search"]').waitFor({ state: 'detached' });
    assert.equal(await page.locator('#matrix [data-rm="export"]').count(), 0, 'read-only: no export either');
    await page.evaluate(() => document.querySelector('#matrix').removeAttribute('hide-controls'));
    await page.locator('#matrix [data-rm="search"]').waitFor();
    await page.evaluate(() => document.querySelector('#matrix').setAttribute('party', 'nobody'));
    await assert.doesNotReject(page.locator('#matrix [data-rm="notice"]', { hasText: 'nobody' }).waitFor());
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('docs/embedding.md snippet "theming": custom properties set on the element reach the widget', async () => {
  const { page, errors, close } = await open('snippet-theming.html');
  try {
    const styles = await page.locator('responsibility-matrix [data-rm="widget"]').evaluate((e) => {
      const s = getComputedStyle(e);
      return { font: s.fontFamily, accent: s.getPropertyValue('--rm-accent').trim() };
    });
    assert.match(styles.font, /Georgia/);
    assert.match(styles.accent, /6d28d9/);
    const radius = await page.locator('responsibility-matrix .rm-scroll').evaluate((e) => getComputedStyle(e).borderTopLeftRadius);
    assert.equal(radius, '0px');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('docs/embedding.md snippet "iframe": embed.html reports its height and the host sizes the frame', async () => {
  const { page, errors, close } = await openPage(site.browser, `${site.server.url}snippet-iframe.html`);
  try {
    const frame = page.frameLocator('iframe.rm-frame');
    await frame.locator('responsibility-matrix[data-rm-state="ready"]').waitFor();
    await page.waitForFunction(() => parseFloat(document.querySelector('iframe.rm-frame').style.height) > 300);
    const { frameHeight, contentHeight } = await page.evaluate(() => {
      const f = document.querySelector('iframe.rm-frame');
      return {
        frameHeight: parseFloat(f.style.height),
        contentHeight: f.contentDocument.documentElement.getBoundingClientRect().height,
      };
    });
    assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight}px for content ${contentHeight}px`);
    assert.equal(await frame.locator('[data-rm="search"]').count(), 0, 'hide-controls from the URL');
    assert.equal(await frame.locator('[data-rm-row]').count(), 13, 'GOSS from the URL');
    // The frame follows content changes: open a row, the frame grows.
    await frame.locator('[data-rm-row] .rm-row-toggle').first().click();
    await page.waitForFunction((h) => parseFloat(document.querySelector('iframe.rm-frame').style.height) > h, frameHeight);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('docs/embedding.md snippets "byo-inline" and "byo-src": the page’s own matrix is shown first and validated', async () => {
  for (const name of ['byo-inline', 'byo-src']) {
    const { page, errors, close } = await open(`snippet-${name}.html`);
    try {
      assert.equal(await page.locator('responsibility-matrix [data-rm="offering-picker"]').inputValue(), 'acme-managed-vps', name);
      const rows = await page.locator('responsibility-matrix [data-rm-row]').evaluateAll((rs) => rs.map((r) => r.dataset.rmRow));
      assert.ok(rows.includes('patch-os') && rows.includes('restore-backups'), `${name}: ${rows}`);
      assert.equal(await page.locator('responsibility-matrix [data-rm="matrix-errors"]').count(), 0);
      // Qualifiers and the shared rule work on supplied data too.
      // "who" is split by party: the coordinated patching row is shared in both party cells.
      assert.equal(await page.locator('responsibility-matrix [data-rm-row="patch-os"] [data-rm-shared="true"]').count(), 2, name);
      assert.equal(await page.locator('responsibility-matrix [data-rm-row="restore-backups"] [data-rm-shared="true"]').count(), 0, name);
      assert.match(await page.locator('responsibility-matrix [data-rm-row="restore-backups"]').textContent(), /per request/i);
      // Built-in offerings are still there, in their own group.
      const groups = await page.locator('responsibility-matrix [data-rm="offering-picker"] optgroup').evaluateAll((g) => g.map((x) => x.label));
      assert.deepEqual(groups, ['Supplied by this page']);
      await page.locator('responsibility-matrix [data-rm="offering-picker"]').selectOption('hyper-v');
      await page.locator('responsibility-matrix [data-rm-row="dns"], responsibility-matrix [data-rm-row]').first().waitFor();
      assert.match(await page.locator('responsibility-matrix .rm-title').textContent(), /Hyper-V/);
      assert.deepEqual(errors, [], name);
    } finally {
      await close();
    }
  }
});

test('an invalid matrix: one line in the widget’s place, every problem for the editor, never another matrix', async () => {
  const { page, errors, close } = await open('byo-bad.html');
  try {
    const alert = page.locator('#m [data-rm="matrix-errors"]');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.equal(await page.locator('#m .rm-notice__lead').textContent(), 'This responsibility matrix could not be shown.');
    const box = await page.locator('#m [data-rm="matrix-refused"]').boundingBox();
    assert.ok(box.height < 120, `a compact notice (${box.height} px)`);
    // The problems are for the page's editor: folded, every one of them once opened.
    const problem = page.locator('#m [data-rm="matrix-error"]').first();
    assert.equal(await problem.isVisible(), false, 'folded away from the reader');
    await page.locator('#m [data-rm="matrix-errors"] summary').click();
    assert.equal(await problem.isVisible(), true);
    const problems = await page.locator('#m [data-rm="matrix-error"]').allTextContents();
    assert.ok(problems.some((p) => p.startsWith('sections[0].rows[1].domain') && p.includes('weather')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('nobody')), `every problem in one pass: ${problems.join('\n')}`);
    // Nothing of ours under the page's heading: no table, no picker, no VMware.
    for (const part of ['widget', 'matrix', 'offering-picker', 'search']) {
      assert.equal(await page.locator(`#m [data-rm="${part}"]`).count(), 0, part);
    }
    assert.equal(await page.locator('#m [data-rm-row]').count(), 0);
    assert.doesNotMatch(await page.locator('#m').textContent(), /VMware/);
    // WCAG rules (the bare host page has no <h1> of its own).
    const violations = await axeViolations(page, null, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('malformed, oversized, missing, cross-origin, impostor and mistyped matrices are refused readably', async () => {
  const cases = [
    ['byo-malformed.html', /malformed JSON/],
    ['byo-big.html', /limit is 2097152 bytes/],
    ['byo-missing.html', /404/],
    ['byo-foreign.html', /must be on this site/],
    ['byo-impostor.html', /already the id of a built-in offering/],
    ['byo-mistyped.html', /the <script> inside the element has type="text\/json"; a matrix must be in <script type="application\/json">/],
  ];
  for (const [file, reason] of cases) {
    const { page, errors, close } = await open(file);
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    try {
      const text = await page.locator('#m [data-rm="matrix-errors"]').textContent();
      assert.match(text, reason, file);
      assert.equal(await page.locator('#m [data-rm-row]').count(), 0, `${file}: no other matrix in its place`);
      // The only acceptable error is the 404 the missing-file case asks for.
      assert.deepEqual(errors.filter((e) => !(file === 'byo-missing.html' && e.includes('no-such-file.json'))), [], file);
    } finally {
      await close();
    }
  }
});

test('a <script> child with the wrong type: a console warning, and a src still read', async () => {
  const { page, errors, close } = await openPage(site.browser, 'about:blank');
  try {
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(site.server.url + 'byo-mistyped-src.html');
    await page.waitForFunction(() => document.querySelector('#m')?.dataset.rmState === 'ready');
    assert.ok(warnings.some((w) => /type="text\/json".*reading src="acme-managed-vps.json" instead/.test(w)), warnings.join('\n'));
    assert.equal(await page.locator('#m [data-rm="offering-picker"]').inputValue(), 'acme-managed-vps');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('heading-level and hide-title: the title fits under the host’s heading, live and in the static fragment', async () => {
  const { page, errors, close } = await openPage(site.browser, 'about:blank');
  try {
    // The static fragment (before the module runs) already has the host's levels.
    await page.route('**/*.wasm', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(site.server.url + 'headings.html');
    await page.locator('#level [data-rm="static"] .rm-title').waitFor();
    assert.equal(await page.locator('#level [data-rm="static"] .rm-title').evaluate((h) => h.localName), 'h3');
    assert.equal(await page.locator('#level [data-rm="static"] .rm-source__heading').evaluate((h) => h.localName), 'h4');
    assert.equal(await page.locator('#hidden [data-rm="static"] .rm-title').count(), 0);
    await page.waitForFunction(() => [...document.querySelectorAll('responsibility-matrix')].every((e) => e.dataset.rmState === 'ready'));
    const levels = await page.locator('#level').evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName}.${h.className}`));
    assert.equal(levels[0], 'h3.rm-title', levels.join(' '));
    assert.ok(levels.slice(1).every((l) => l.startsWith('h4.')), `sub-headings one below: ${levels.join(' ')}`);
    assert.equal(await page.locator('#hidden .rm-title').count(), 0, 'hide-title: no title');
    assert.match(await page.locator('#hidden [data-rm="count"]').textContent(), /of 26 services/, 'the rest is there');
    // Heading order holds under the host's <h2> (two identical widgets share landmark names: not this test's point).
    const violations = await axeViolations(page, null, { rules: { 'landmark-unique': { enabled: false } } });
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    // Changed at run time, the widget follows.
    await page.locator('#hidden').evaluate((el) => el.removeAttribute('hide-title'));
    assert.equal(await page.locator('#hidden .rm-title').evaluate((h) => h.localName), 'h2');
    // "What do I own?" nests under the title too: its title one below, its sections two below.
    await page.locator('#level [data-rm-view="own"]').click();
    await page.locator('#level [data-rm-own-section]').first().waitFor();
    assert.equal(await page.locator('#level [data-rm="own-title"]').evaluate((h) => h.localName), 'h4');
    assert.equal(await page.locator('#level .rm-own__heading').first().evaluate((h) => h.localName), 'h5');
    await page.locator('#level').evaluate((el) => el.setAttribute('heading-level', '5'));
    assert.equal(await page.locator('#level .rm-title').evaluate((h) => h.localName), 'h5');
    assert.equal(await page.locator('#level [data-rm="own-title"]').evaluate((h) => h.localName), 'h6', 'the view follows a changed level');
    await page.locator('#level [data-rm-view="table"]').click();
    await page.locator('#level [data-rm="matrix"]').waitFor();
    const changed = await page.locator('#level').evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName}.${h.className}`));
    assert.equal(changed[0], 'h5.rm-title', changed.join(' '));
    assert.ok(changed.slice(1).length > 0 && changed.slice(1).every((l) => l.startsWith('h6.')), `sub-headings follow the changed level: ${changed.join(' ')}`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('embed.html passes heading-level and hide-title through', async () => {
  const { page, errors, close } = await openPage(site.browser, `${site.server.url}embed.html?offering=goss&heading-level=4&hide-title=false`);
  try {
    await page.waitForFunction(() => document.querySelector('responsibility-matrix')?.dataset.rmState === 'ready');
    assert.equal(await page.locator('responsibility-matrix .rm-title').evaluate((h) => h.localName), 'h4');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('on a slow connection an element without fallback reserves its space and says it is loading', async () => {
  const { page, errors, close } = await openPage(site.browser, 'about:blank');
  try {
    // No static fragment for this view (a search), and a slow module.
    await page.route('**/*.wasm', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(site.server.url + 'slow.html');
    const loading = page.locator('#m [data-rm="loading"]');
    await loading.waitFor();
    assert.equal(await loading.textContent(), 'Loading the responsibility matrix…');
    assert.equal(await loading.getAttribute('role'), 'status');
    const reserved = await page.locator('#m [data-rm="static"]').boundingBox();
    assert.ok(reserved.height >= 400, `space reserved while loading (${reserved.height} px)`);
    await page.waitForFunction(() => document.querySelector('#m').dataset.rmState === 'ready');
    assert.equal(await page.locator('#m [data-rm="loading"]').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('example page: widgets filter independently, ids are unique, no CSP violation, no foreign request', async () => {
  const requests = [];
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  try {
    await page.goto(`${site.server.url}example.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('responsibility-matrix')].every((e) => e.dataset.rmState === 'ready'));
    assert.equal(await page.locator('responsibility-matrix').count(), 3);
    const vmware = await count(page, '#docs-vmware');
    const kubernetes = await count(page, '#docs-kubernetes');
    await page.locator('#docs-own [data-rm="search"]').fill('firewall');
    await page.waitForFunction(() => document.querySelector('#docs-own').shadowRoot.querySelector('[data-rm="count"]').textContent.startsWith('1 of'));
    assert.equal(await count(page, '#docs-vmware'), vmware, 'the other widgets are untouched');
    assert.equal(await count(page, '#docs-kubernetes'), kubernetes);
    await openMoreFilters(page, '#docs-vmware');
    await page.locator('#docs-vmware [data-rm="shared-only"]').check();
    assert.notEqual(await count(page, '#docs-vmware'), vmware);
    assert.match(await count(page, '#docs-own'), /^1 of/);
    assert.equal(await page.locator('#docs-kubernetes [data-rm="search"]').count(), 0, 'hide-controls');
    // Unique ids in the page and in every shadow root; no widget markup in the light DOM.
    const duplicates = await page.evaluate(() => {
      const scopes = [document, ...[...document.querySelectorAll('responsibility-matrix')].map((e) => e.shadowRoot)];
      return scopes.flatMap((scope) => {
        const ids = [...scope.querySelectorAll('[id]')].map((e) => e.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
    });
    assert.deepEqual(duplicates, []);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-rm]').length), 0);
    // The iframe sized itself.
    await page.waitForFunction(() => parseFloat(document.querySelector('iframe.rm-frame').style.height) > 400);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    const foreign = requests.filter((u) => !u.startsWith(site.server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(foreign, []);
  } catch (err) {
    console.error(await saveArtifacts(page, 'embed-example'));
    throw err;
  } finally {
    await context.close();
  }
});

test('host CSS does not change the widget, and the widget’s CSS does not change the host', async () => {
  const probe = () => {
    const root = document.querySelector('#m').shadowRoot;
    const pick = (sel, props) => {
      const e = root.querySelector(sel);
      const s = getComputedStyle(e);
      return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
    };
    const table = root.querySelector('[data-rm="matrix"]').getBoundingClientRect();
    return {
      widget: pick('[data-rm="widget"]', ['display', 'color', 'font-family', 'font-size', 'letter-spacing', 'text-transform', 'line-height']),
      cell: pick('[data-rm-row] td', ['padding-top', 'border-top-width', 'border-top-color', 'color']),
      button: pick('[data-rm="reset"]', ['display', 'text-transform']),
      search: pick('[data-rm="search"]', ['display']),
      tableWidth: Math.round(table.width),
    };
  };
  const plain = await open('plain.html');
  const attacked = await open('hostile.html');
  try {
    const a = await plain.page.evaluate(probe);
    const b = await attacked.page.evaluate(probe);
    assert.deepEqual(b, a);
    assert.equal(a.widget.display, 'grid');
    // And the other way: the widget's .rm-title/.rm-button rules stay in its shadow root.
    const hostOnly = await openPage(site.browser, `${site.server.url}host-only.html`);
    const hostStyle = (page) =>
      page.evaluate(() => ['.rm-title', '.rm-button'].map((s) => {
        const c = getComputedStyle(document.querySelector(`main > ${s}, main td${s}`));
        return [c.fontSize, c.fontWeight, c.paddingTop, c.borderTopWidth];
      }));
    assert.deepEqual(await hostStyle(attacked.page), await hostStyle(hostOnly.page));
    await hostOnly.close();
    assert.deepEqual([...plain.errors, ...attacked.errors], []);
  } finally {
    await plain.close();
    await attacked.close();
  }
});

test('export inside an element downloads exactly the rows it shows', async () => {
  const { page, context, errors, close } = await open('snippet-byo-inline.html');
  try {
    await page.locator('responsibility-matrix [data-rm="search"]').fill('backup');
    await page.waitForFunction(() => document.querySelector('responsibility-matrix').shadowRoot.querySelector('[data-rm="count"]').textContent.startsWith('1 of'));
    await openMoreFilters(page, 'responsibility-matrix');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('responsibility-matrix [data-rm="export-csv"]').click(),
    ]);
    const file = await download.path();
    const csv = fs.readFileSync(file, 'utf8');
    // The table, then a blank line and the source block.
    const [table, block] = csv.split(/\r\n\r\nSource\r\n/);
    assert.ok(block && block.startsWith('Title,Acme Managed VPS service description'), csv);
    const lines = table.trim().split(/\r?\n/);
    assert.equal(lines.length, 2, csv);
    assert.match(lines[1], /Restore from backup/);
    assert.match(lines[1], /per request/i);
    void context;
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('accessibility (axe-core): the example page with its embedded widgets, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, close } = await open('example.html');
    try {
      await page.emulateMedia({ colorScheme });
      // Every legend the widgets show, opened, so their bodies are checked too: the
      // page's own matrix uses qualifiers, the Kubernetes one RACI letters.
      const toggles = page.locator('responsibility-matrix .rm-legend__toggle');
      for (let i = 0, n = await toggles.count(); i < n; i++) await toggles.nth(i).click();
      for (const legend of ['#docs-own [data-rm="legend-qualifiers"]', '#docs-kubernetes [data-rm="legend-raci"]']) {
        assert.equal(await page.locator(`${legend} button`).getAttribute('aria-expanded'), 'true', `${legend} is open`);
      }
      assert.equal(await page.locator('responsibility-matrix .rm-legend__body[hidden]').count(), 0, 'no legend left closed');
      const violations = await axeViolations(page, null, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
      assert.deepEqual(violations, [], `${colorScheme}: ${JSON.stringify(violations, null, 2)}`);
      void context;
    } finally {
      await close();
    }
  }
});

/**
 * The widget's files from another origin whose server sends CORS headers for
 * the scripts only (a common half-configured host): the module runs, its
 * WebAssembly, stylesheet and fragments are refused by the browser.
 */
async function serveWithoutCors() {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    const file = path.resolve(DIST_DIR, name);
    if (!file.startsWith(DIST_DIR + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const headers = { 'Content-Type': mimeType(file), 'Cache-Control': 'no-store' };
    if (file.endsWith('.js')) headers['Access-Control-Allow-Origin'] = '*';
    res.writeHead(200, headers).end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) };
}

test('served from another origin without CORS headers: the console names the header, the element says it could not load', async () => {
  const widget = await serveWithoutCors();
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other origin</title></head><body><main><script type="module" src="${widget.url}responsibility-matrix.js"></script><responsibility-matrix id="m" offering="vmware" search="dns"></responsibility-matrix></main></body></html>`;
  const server = http.createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(host));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { page, errors, close } = await openPage(site.browser, `http://127.0.0.1:${server.address().port}/`);
  try {
    await page.waitForFunction(() => document.querySelector('#m')?.dataset.rmState === 'failed');
    const notice = await page.locator('#m [data-rm="load-failed"]').textContent();
    assert.equal(notice, `The interactive matrix could not be loaded from ${widget.url.slice(0, -1)}: its server sends no CORS header for this page.`);
    const ours = errors.filter((e) => e.includes('responsibility-matrix:'));
    assert.ok(ours.some((e) => /Access-Control-Allow-Origin: \*/.test(e) && e.includes(widget.url.slice(0, -1))), ours.join('\n'));
  } finally {
    await close();
    await new Promise((r) => { server.closeAllConnections?.(); server.close(r); });
    await widget.close();
  }
});

test('the README and docs/embedding.md name the CORS header, with examples for common hosts', () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const hosting = readme.slice(readme.indexOf('## Hosting'));
  assert.match(hosting, /Access-Control-Allow-Origin/);
  const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'embedding.md'), 'utf8');
  for (const host of ['GitHub Pages', 'Netlify', 'nginx', 'Apache']) assert.ok(doc.includes(`**${host}**`), host);
});
