// The embedder API of <responsibility-matrix> against the release build:
// rm-ready / rm-change / rm-error events and their detail, ::part() styling
// from a host stylesheet, custom-elements.json against the real element,
// sync-url with two widgets, theme="auto" on a light-only host, and a host
// that sets one colour token for both themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDir, launchBrowser, openPage, requireDist } from './harness.mjs';

const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}</head><body><main>${body}</main></body></html>`;
const script = '<script type="module" src="responsibility-matrix.js"></script>';
// Listeners registered before the module runs, on document: events must bubble and be composed.
const recorder = `<script>
  window.events = [];
  for (const type of ['rm-ready', 'rm-change', 'rm-error']) {
    document.addEventListener(type, (e) => window.events.push({ type, id: e.target.id, bubbles: e.bubbles, composed: e.composed, detail: e.detail }));
  }
</script>`;

let server;
let browser;
before(async () => {
  requireDist();
  const pages = {
    'events.html': { body: page(`${recorder}${script}<responsibility-matrix id="m" offering="vmware"></responsibility-matrix>`) },
    'refused.html': { body: page(`${recorder}${script}<responsibility-matrix id="m"><script type="application/json">{"id": "x", </script></responsibility-matrix>`) },
    'parts.html': {
      body: page(`${script}<responsibility-matrix id="m" offering="goss"></responsibility-matrix>`, `<style>
        responsibility-matrix::part(header-cell) { text-transform: uppercase; outline: 3px solid rgb(255, 0, 255); }
        responsibility-matrix::part(cell) { outline: 2px solid rgb(0, 128, 0); }
        responsibility-matrix::part(toolbar) { border-style: dashed; }
        responsibility-matrix::part(table) { outline: 4px solid rgb(1, 2, 3); }
        responsibility-matrix::part(badge) { outline: 1px solid rgb(4, 5, 6); }
        responsibility-matrix::part(legend) { outline: 1px solid rgb(7, 8, 9); }
      </style>`),
    },
    'sync.html': {
      body: page(`${recorder}${script}<responsibility-matrix id="a" sync-url="first" offering="vmware"></responsibility-matrix>
        <responsibility-matrix id="b" sync-url="second" offering="goss"></responsibility-matrix>
        <responsibility-matrix id="c" offering="hyper-v"></responsibility-matrix>`),
    },
    'light-host.html': { body: page(`${script}<responsibility-matrix id="m" offering="goss"></responsibility-matrix>`, '<style>body { background: #ffffff; }</style>') },
    'both-host.html': { body: page(`${script}<responsibility-matrix id="m" offering="goss"></responsibility-matrix>`, '<meta name="color-scheme" content="light dark">') },
    'one-token.html': {
      body: page(`${script}<responsibility-matrix id="m" offering="goss" theme="dark"></responsibility-matrix>`, '<style>responsibility-matrix { --rm-bg: #fbfaf7; }</style>'),
    },
  };
  server = await serveDir(undefined, { pages });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file, options) {
  const opened = await openPage(browser, server.url + file, options);
  await opened.page.waitForFunction(() =>
    [...document.querySelectorAll('responsibility-matrix')].every((e) => e.dataset.rmState === 'ready'),
  );
  return opened;
}

const events = (page, type) => page.evaluate((t) => window.events.filter((e) => e.type === t), type);

test('rm-ready then rm-change on every user change, bubbling and composed, with the view state', async () => {
  const { page, errors, close } = await open('events.html');
  try {
    const [ready] = await events(page, 'rm-ready');
    assert.equal(ready.id, 'm');
    assert.ok(ready.bubbles && ready.composed);
    assert.equal(ready.detail.offering, 'vmware');
    assert.deepEqual(await events(page, 'rm-change'), [], 'no rm-change for the first view');

    await page.locator('#m [data-rm="search"]').fill('patch');
    await page.waitForFunction(() => window.events.some((e) => e.type === 'rm-change' && e.detail.filters.search === 'patch'));
    await page.locator('#m [data-rm="variant-picker"]').selectOption('unsupported-os');
    await page.waitForFunction(() => window.events.at(-1).detail.variant === 'unsupported-os');
    const last = (await events(page, 'rm-change')).at(-1);
    assert.ok(last.bubbles && last.composed);
    assert.equal(last.detail.offering, 'vmware');
    assert.equal(last.detail.filters.search, 'patch');
    assert.equal(last.detail.view, 'table');
    assert.equal(last.detail.row, null);
    assert.match(last.detail.hash, /^o=vmware&v=unsupported-os&q=patch/);
    assert.deepEqual(await page.evaluate(() => document.getElementById('m').view), last.detail, 'element.view is the latest');

    // Opening a row's details reports the row.
    await page.locator('#m [data-rm-row] button').first().click();
    await page.waitForFunction(() => window.events.at(-1).detail.row !== null);
    const row = (await events(page, 'rm-change')).at(-1).detail.row;
    assert.equal(await page.locator(`#m [data-rm-row="${row}"]`).count(), 1, `row ${row} exists`);
    assert.deepEqual(await events(page, 'rm-error'), []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('rm-error for a refused matrix: kind, source and the problems', async () => {
  const { page, close } = await open('refused.html');
  try {
    const [error] = await events(page, 'rm-error');
    assert.ok(error, 'rm-error fired');
    assert.equal(error.detail.kind, 'matrix');
    assert.equal(error.detail.source, 'inline JSON');
    assert.ok(error.detail.problems.length >= 1 && error.detail.problems.every((p) => typeof p === 'string' && p.length > 0));
    assert.equal((await events(page, 'rm-ready')).length, 1, 'the built-in offerings still work');
  } finally {
    await close();
  }
});

test('::part() names are stylable from the host stylesheet', async () => {
  const { page, errors, close } = await open('parts.html');
  try {
    await page.locator('#m [data-rm-row]').first().waitFor();
    const styles = await page.evaluate(() => {
      const root = document.getElementById('m').shadowRoot;
      const css = (sel, prop) => getComputedStyle(root.querySelector(sel))[prop];
      return {
        header: css('[part~="header-cell"]', 'textTransform'),
        headerOutline: css('[part~="header-cell"]', 'outlineColor'),
        cell: css('[part~="cell"]', 'outlineColor'),
        toolbar: css('[part~="toolbar"]', 'borderTopStyle'),
        table: css('[part~="table"]', 'outlineColor'),
        badge: css('[part~="badge"]', 'outlineColor'),
        legend: css('[part~="legend"]', 'outlineColor'),
        headers: root.querySelectorAll('thead [part~="header-cell"]').length,
        ths: root.querySelectorAll('.rm-matrix thead th').length,
        // Badges (party names, ticks, RACI letters) in the cells and the legends.
        badges: root.querySelectorAll(':is(.rm-matrix, .rm-legends) [part~="badge"]').length,
        marks: root.querySelectorAll(':is(.rm-matrix, .rm-legends) :is(.rm-badge, .rm-raci)').length,
        legendBadges: root.querySelectorAll('.rm-legends [part~="badge"]').length,
      };
    });
    assert.equal(styles.header, 'uppercase');
    assert.equal(styles.headerOutline, 'rgb(255, 0, 255)');
    assert.equal(styles.cell, 'rgb(0, 128, 0)');
    assert.equal(styles.toolbar, 'dashed');
    assert.equal(styles.table, 'rgb(1, 2, 3)');
    assert.equal(styles.badge, 'rgb(4, 5, 6)');
    assert.equal(styles.legend, 'rgb(7, 8, 9)');
    assert.equal(styles.headers, styles.ths, 'every header cell is a part');
    assert.ok(styles.badges > 0 && styles.legendBadges > 0, `badges in cells and legends: ${JSON.stringify(styles)}`);
    assert.equal(styles.badges, styles.marks, 'every badge is a part');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('custom-elements.json ships in dist/ and matches the element', async () => {
  const { page, close } = await open('events.html');
  try {
    const manifest = await (await fetch(server.url + 'custom-elements.json')).json();
    const decl = manifest.modules[0].declarations.find((d) => d.tagName === 'responsibility-matrix');
    const observed = await page.evaluate(() => customElements.get('responsibility-matrix').observedAttributes);
    assert.deepEqual(decl.attributes.map((a) => a.name), observed);
    assert.ok(observed.includes('sync-url'));
    const parts = await page.evaluate(() => {
      const names = new Set();
      for (const el of document.getElementById('m').shadowRoot.querySelectorAll('[part]')) {
        for (const p of el.getAttribute('part').split(/\s+/)) names.add(p);
      }
      return [...names];
    });
    const declared = decl.cssParts.map((p) => p.name);
    for (const p of parts) assert.ok(declared.includes(p), `part ${p} is in the manifest`);
    assert.deepEqual(decl.events.map((e) => e.name).sort(), ['rm-change', 'rm-error', 'rm-ready']);
  } finally {
    await close();
  }
});

test('sync-url: two widgets keep their own keys in the host hash, and a reload restores both', async () => {
  const { page, errors, close } = await open('sync.html#install');
  try {
    assert.equal(await page.evaluate(() => location.hash), '#install', 'nothing written before a change');
    await page.locator('#a [data-rm="search"]').fill('patch');
    await page.locator('#b [data-rm="search"]').fill('backup');
    await page.locator('#c [data-rm="search"]').fill('monitor');
    await page.waitForFunction(() => location.hash.includes('rm-second=') && location.hash.includes('backup'));
    const hash = await page.evaluate(() => location.hash);
    assert.match(hash, /^#install&rm-first=[^&]+&rm-second=[^&]+$/, hash);
    assert.doesNotMatch(hash, /monitor/, 'a widget without sync-url stays out of the hash');

    await page.reload();
    await page.waitForFunction(() => [...document.querySelectorAll('responsibility-matrix')].every((e) => e.dataset.rmState === 'ready'));
    assert.equal(await page.locator('#a [data-rm="search"]').inputValue(), 'patch');
    assert.equal(await page.locator('#b [data-rm="search"]').inputValue(), 'backup');
    assert.equal(await page.locator('#c [data-rm="search"]').inputValue(), '');
    assert.equal(await page.evaluate(() => document.getElementById('a').view.offering), 'vmware');

    // A shared link with another view: hashchange applies it.
    await page.evaluate(() => { location.hash = '#install&rm-first=o%3Dvmware%26q%3Dbackup'; });
    await page.waitForFunction(() => document.getElementById('a').shadowRoot.querySelector('[data-rm="search"]').value === 'backup');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

const colours = (page) => page.evaluate(() => {
  const rm = document.getElementById('m').shadowRoot.querySelector('.rm');
  const s = getComputedStyle(rm);
  return { bg: s.backgroundColor, text: s.color, scheme: s.colorScheme };
});

test('theme="auto" on a light-only host stays light for a dark-mode reader; a light dark host follows the reader', async () => {
  for (const [file, expected] of [['light-host.html', 'light'], ['both-host.html', 'dark']]) {
    const { page, context, close } = await open(file);
    try {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForTimeout(50);
      const c = await colours(page);
      assert.equal(c.scheme, expected === 'light' ? 'light' : 'light dark', `${file}: ${JSON.stringify(c)}`);
      assert.equal(c.bg, expected === 'light' ? 'rgb(255, 255, 255)' : 'rgb(15, 20, 26)', `${file}: ${JSON.stringify(c)}`);
      void context;
    } finally {
      await close();
    }
  }
});

const lum = (rgb) => {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

test('one token for both themes (--rm-bg: #fbfaf7 with theme="dark") never leaves unreadable text', async () => {
  const { page, errors, close } = await open('one-token.html');
  try {
    await page.waitForFunction(() => getComputedStyle(document.getElementById('m').shadowRoot.querySelector('.rm')).colorScheme === 'light');
    const c = await colours(page);
    assert.equal(c.bg, 'rgb(251, 250, 247)');
    const [a, b] = [lum(c.bg), lum(c.text)];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    assert.ok(ratio >= 4.5, `contrast ${ratio.toFixed(2)}: ${JSON.stringify(c)}`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
