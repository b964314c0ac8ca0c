// Performance benchmark of the widget against a hand-written HTML+JS baseline.
// See bench/README.md. Run with `make bench` (scripts/bench.sh), or
//   node bench/bench.mjs [--strict] [--runs N] [--no-build]
//
// 1. Builds the release site (dist/, what ships) and the bench site
//    (target/bench-dist/: the same build plus synthetic 1,000- and 10,000-row
//    offerings, compiled in through RM_EXTRA_DATA_DIR; never shipped), and
//    the floor (bench/floor/: a bare Leptos table of the same data, the
//    stack's own cost; never shipped).
// 2. Sizes: every file in dist/, raw and gzip -9; what a first visit
//    transfers; the floor's files.
// 3. Load: navigation start -> first [data-rm-row] and an enabled search input
//    ("rendered"), and the next task after it ("interactive"), widget,
//    baseline and floor interleaved, with a bootstrap interval of the
//    widget/baseline ratio; JS heap and wasm memory after load.
// 4. Filter: keystroke (keydown, capture) -> last change of the table body's
//    rows, for the keystrokes that change which rows are visible (the same
//    rule for both pages), typing a token char by char and clearing it, on
//    rackspace-kubernetes (100 rows) and synthetic 1,000 / 10,000 rows,
//    interleaved; every keystroke -> last change of anything in the table;
//    long tasks.
// 5. Budgets: PASS/OVER; exit 1 on OVER only with --strict.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, DATA_DIR, DIST_DIR, REPO_ROOT, launchBrowser, serveDir } from '../tests/e2e/harness.mjs';
import { SEARCH_TOKEN, writeSynthetic } from './synthetic.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const BENCH_TARGET = path.join(REPO_ROOT, 'target', 'bench');
const BENCH_DIST = path.join(REPO_ROOT, 'target', 'bench-dist');
const BENCH_DATA = path.join(REPO_ROOT, 'target', 'bench-data');
const FLOOR_DIR = path.join(BENCH_DIR, 'floor');
const FLOOR_DIST = path.join(REPO_ROOT, 'target', 'bench-floor-dist');

const PEER_DIR = path.join(BENCH_DIR, 'datatables');

const BUDGET = {
  visibleRatio: 1.2, // first row painted, vs the baseline
  loadRatio: 1.5, // interactive, vs the baseline
  criticalGzip: 30 * 1024, // HTML + CSS (+ blocking script) before the matrix is visible
  coreGzip: 150 * 1024, // main wasm + JS glue + entry + CSS
  totalGzip: 333 * 1024, // core + every lazy chunk: the split must not grow the whole
  filter10kRatio: 0.8,
  longTaskMs: 50,
};

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
const opt = { strict: false, runs: 10, build: true, capSeconds: 600 };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--strict') opt.strict = true;
  else if (a === '--no-build') opt.build = false;
  else if (a === '--runs') opt.runs = Number(argv[++i]);
  else if (a === '--cap') opt.capSeconds = Number(argv[++i]);
  else if (a === '--help' || a === '-h') {
    console.log('usage: node bench/bench.mjs [--strict] [--runs N (>= 10)] [--no-build] [--cap SECONDS per matrix, default 600]');
    process.exit(0);
  } else {
    console.error(`unknown argument ${a}`);
    process.exit(2);
  }
}
if (!(opt.runs >= 1)) opt.runs = 10;

// ---------------------------------------------------------------- helpers
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x));
  return { n: s.length, median: median(s), min: Math.min(...s), max: Math.max(...s) };
};
/**
 * 95 % bootstrap interval of median(a) / median(b) over paired rounds (a[i]
 * and b[i] were measured back to back): resamples the rounds 2,000 times with
 * a fixed seed, so the same figures give the same interval.
 */
const ratioInterval = (a, b) => {
  let seed = 0x2545f491;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const n = Math.min(a.length, b.length);
  if (n < 2) return [NaN, NaN];
  const out = [];
  for (let k = 0; k < 2000; k++) {
    const ra = [], rb = [];
    for (let i = 0; i < n; i++) {
      const j = Math.floor(rand() * n);
      ra.push(a[j]);
      rb.push(b[j]);
    }
    out.push(median(ra) / median(rb));
  }
  out.sort((x, y) => x - y);
  return [out[Math.floor(0.025 * out.length)], out[Math.floor(0.975 * out.length)]];
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b) => (Number.isFinite(b) ? `${(b / 1048576).toFixed(2)} MB` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const fmtRatio = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}x` : 'n/a');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const statLine = (st) => `${lpad(ms(st.median), 10)}  (min ${ms(st.min)}, max ${ms(st.max)}, n=${st.n})`;
const heading = (t) => console.log(`\n== ${t} ${'='.repeat(Math.max(0, 72 - t.length))}`);

function run(cmd, args, env = {}, cwd = REPO_ROOT) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\nbench: \`${cmd} ${args.join(' ')}\` failed (${r.error?.message ?? `exit ${r.status}`})`);
    process.exit(1);
  }
  return (Date.now() - t0) / 1000;
}

function listFiles(dir, base = dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]))
    .sort();
}

/** Every file under `dir`: its path, raw bytes and gzip -9 bytes. */
function sizesOf(dir) {
  return listFiles(dir).map((f) => {
    const buf = fs.readFileSync(path.join(dir, f));
    return { f, raw: buf.length, gz: zlib.gzipSync(buf, { level: 9 }).length };
  });
}

/** Section sizes of a wasm module (id -> bytes; custom sections by name). */
function wasmSections(buf) {
  const names = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount', 'tag'];
  const leb = (pos) => {
    let result = 0, shift = 0, b;
    do {
      b = buf[pos++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return [result, pos];
  };
  const out = [];
  let p = 8;
  while (p < buf.length) {
    const id = buf[p++];
    let size;
    [size, p] = leb(p);
    let name = names[id] ?? `id${id}`;
    if (id === 0) {
      const [n, q] = leb(p);
      name = `custom "${buf.subarray(q, q + n).toString()}"`;
    }
    let count = '';
    if (id === 10 || id === 11) count = leb(p)[0];
    out.push({ name, size, count, start: p });
    p += size;
  }
  return out;
}

/** Sizes of the data segments' content that are runs of printable text (compiled-in strings). */
function wasmDataText(buf, sections) {
  const data = sections.find((s) => s.name === 'data');
  if (!data) return 0;
  const bytes = buf.subarray(data.start, data.start + data.size);
  let text = 0, run = 0;
  for (const b of bytes) {
    if ((b >= 0x20 && b < 0x7f) || b >= 0x80 || b === 0x0a) run++;
    else {
      if (run >= 8) text += run;
      run = 0;
    }
  }
  return text + (run >= 8 ? run : 0);
}

// ---------------------------------------------------------------- in-page instrumentation
// Installed before any page script (addInitScript) in both widget and baseline.
function pageInit() {
  const b = (window.__bench = { visible: null, rendered: null, interactive: null, started: null, wasm: null, keys: [], longtasks: [], longtaskObserver: false, rowSet: 0, anyChange: 0 });
  addEventListener('responsibility-matrix:loaded', (e) => {
    b.started = performance.now();
    b.wasm = e.detail && e.detail.wasm;
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    b.longtaskObserver = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;
  } catch {}
  addEventListener('keydown', () => b.keys.push(performance.now()), true);
  // "Visible": the first row is in the page (the parser's prerendered one, or
  // a script's) and a frame has been painted with it.
  let seenRow = false;
  const look = () => {
    if (seenRow || !document.querySelector('[data-rm-row]')) return;
    seenRow = true;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (b.visible = performance.now());
      ch.port2.postMessage(0);
    });
  };
  const check = () => {
    look();
    if (b.rendered !== null) return;
    const input = document.querySelector('[data-rm="search"]');
    if (document.querySelector('[data-rm-row]') && input && !input.disabled && !input.readOnly) {
      b.rendered = performance.now();
      mo.disconnect();
      // "Interactive": the main thread is back to the event loop, so a queued
      // keystroke would now be handled.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (b.interactive = performance.now());
      ch.port2.postMessage(0);
    }
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true });
}

/**
 * In page: watch the table body's children (the row set). `rowSet` is the
 * last change; `painted` the end of the first frame after it (a task posted
 * from requestAnimationFrame runs after that frame's style, layout and paint).
 */
function watchRows() {
  const b = window.__bench;
  const tbody = document.querySelector('[data-rm="matrix"] tbody');
  const ch = new MessageChannel();
  ch.port1.onmessage = () => (b.painted = performance.now());
  let pending = false;
  new MutationObserver(() => {
    b.rowSet = performance.now();
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        ch.port2.postMessage(0);
      });
    }
  // Rows come and go as children (the baseline) or are parked with `hidden`
  // (the widget keeps filtered-out rows mounted): either is a row-set change.
  }).observe(tbody, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  // Any change at all in the table, highlighting included (text edits too).
  new MutationObserver(() => (b.anyChange = performance.now()))
    .observe(tbody, { childList: true, subtree: true, attributes: true, characterData: true });
}

/**
 * In page: the rows a reader sees, in order (not parked with `hidden`): a
 * keystroke "narrows the table" when this changes. The same definition for
 * widget and baseline, because the baseline re-attaches its rows on every
 * input even when the result is the same.
 */
function visibleRows() {
  const tbody = document.querySelector('[data-rm="matrix"] tbody');
  let sig = '';
  for (const tr of tbody.rows) if (!tr.hidden && tr.dataset.rmRow) sig += tr.dataset.rmRow + '|';
  return sig;
}

/** In page: resolves once everything the keystroke queued has run, and a frame after it. */
function settle() {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    let n = 0;
    const done = () => {
      const b = window.__bench;
      resolve({ key: b.keys[b.keys.length - 1], rowSet: b.rowSet, anyChange: b.anyChange, painted: b.painted, rows: document.querySelectorAll('[data-rm-row]').length });
    };
    ch.port1.onmessage = () => {
      if (++n < 2) return ch.port2.postMessage(0);
      // One more frame, so that `painted` of this keystroke has been stamped.
      requestAnimationFrame(() => setTimeout(done, 0));
    };
    ch.port2.postMessage(0);
  });
}

async function openInstrumented(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(pageInit);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench && window.__bench.interactive !== null, null, { polling: 50 });
  return { context, page, errors };
}

async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const inPage = await page.evaluate(() => ({
    used: performance.memory ? performance.memory.usedJSHeapSize : null,
    wasm: window.__bench.wasm && window.__bench.wasm.memory ? window.__bench.wasm.memory.buffer.byteLength : null,
  }));
  return { jsHeap: m.JSHeapUsedSize, perfMemory: inPage.used, wasm: inPage.wasm, nodes: m.Nodes };
}

async function measureLoad(browser, url) {
  const { context, page, errors } = await openInstrumented(browser, url);
  const t = await page.evaluate(() => {
    const b = window.__bench;
    const res = performance.getEntriesByType('resource');
    const end = (re) => {
      // NaN when the page fetched no such file (Math.max of NaN and anything is NaN).
      const ends = res.filter((r) => re.test(r.name)).map((r) => r.responseEnd);
      return ends.length ? Math.max(...ends) : NaN;
    };
    return {
      visible: b.visible,
      rendered: b.rendered,
      interactive: b.interactive,
      html: performance.getEntriesByType('navigation')[0]?.responseEnd,
      css: end(/\.css(\?|$)/),
      wasmFetched: end(/\.wasm(\?|$)/),
      started: b.started,
    };
  });
  const mem = await memory(page);
  await context.close();
  return { ...t, ...mem, errors };
}

/**
 * Types `token` char by char and clears it (Ctrl+A, Backspace).
 * Returns, for the keystrokes that changed the visible rows ("narrowing"),
 * keydown -> last row-set change and -> next frame; for every keystroke that
 * changed anything in the table (highlighting included), keydown -> last
 * change; the clears apart; and long tasks.
 */
async function typeToken(session, token) {
  const { page } = session;
  await page.bringToFront();
  const type = [], typePaint = [], every = [];
  const clear = [], clearPaint = [];
  const windows = [];
  await page.focus('[data-rm="search"]');
  // The tab just came to the front (the other page's round ran in front of
  // it): let it repaint and go idle before timing, on both pages alike, so
  // the repaint of a newly shown tab is not counted against the first key.
  await page.evaluate(settle);
  await page.waitForTimeout(100);
  let seen = await page.evaluate(visibleRows);
  for (const ch of token) {
    const before = await page.evaluate(() => window.__bench.anyChange);
    await page.keyboard.press(ch);
    const r = await page.evaluate(settle);
    const now = await page.evaluate(visibleRows);
    windows.push(['type', r.key]);
    if (now !== seen && r.rowSet >= r.key) {
      type.push(r.rowSet - r.key);
      typePaint.push(r.painted - r.key);
    }
    if (r.anyChange > before && r.anyChange >= r.key) every.push(r.anyChange - r.key);
    seen = now;
  }
  await page.keyboard.press('Control+A');
  const before = await page.evaluate(() => window.__bench.rowSet);
  await page.keyboard.press('Backspace');
  const r = await page.evaluate(settle);
  windows.push(['clear', r.key]);
  if (r.rowSet > before && r.rowSet >= r.key) {
    clear.push(r.rowSet - r.key);
    clearPaint.push(r.painted - r.key);
  }
  const end = await page.evaluate(() => performance.now());
  // Long tasks by kind: the keystroke whose keydown ran inside the task, else
  // the keystroke window [keydown, next keydown) the task started in.
  const lt = await page.evaluate(() => window.__bench.longtasks);
  const long = { type: [], clear: [] };
  const first = windows[0][1];
  for (const [s, d] of lt) {
    if (s + d < first - 5 || s >= end) continue; // before this round, or after it
    let kind = windows.find(([, k]) => k >= s && k <= s + d)?.[0];
    if (!kind) kind = [...windows].reverse().find(([, k]) => s >= k)?.[0];
    if (kind) long[kind].push(d);
  }
  return { type, typePaint, every, clear, clearPaint, long, rows: r.rows };
}

/**
 * Sets the search to `token` in one input event (a paste), then clears it.
 * Returns input event -> last row-set change, and the long tasks in between.
 */
async function pasteToken(session, token) {
  const { page } = session;
  await page.bringToFront();
  await page.focus('[data-rm="search"]');
  await page.evaluate(settle);
  await page.waitForTimeout(100);
  const start = await page.evaluate((text) => {
    const input = document.querySelector('[data-rm="search"]');
    const before = window.__bench.rowSet;
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
    return { t0, before };
  }, token);
  const r = await page.evaluate(settle);
  const end = await page.evaluate(() => performance.now());
  const long = (await page.evaluate(() => window.__bench.longtasks))
    .filter(([s, d]) => s + d >= start.t0 && s <= end)
    .map(([, d]) => d);
  await page.evaluate(() => {
    const input = document.querySelector('[data-rm="search"]');
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  });
  await page.evaluate(settle);
  return { paste: r.rowSet > start.before ? r.rowSet - start.t0 : NaN, long };
}

// ---------------------------------------------------------------- main
const t0 = Date.now();
const timings = {};
console.log(`bench: ${new Date().toISOString()}  node ${process.version}  ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}`);
console.log(`bench: ${opt.runs} loads per page, >= ${opt.runs} typing rounds per matrix (cap ${opt.capSeconds} s)${opt.strict ? ', --strict' : ''}`);

if (opt.build) {
  heading('Build');
  console.log('trunk build --release  (dist/, what ships)');
  timings.release = run('trunk', ['build', '--release']);
  console.log(`  took ${timings.release.toFixed(0)} s`);
  writeSynthetic(BENCH_DATA);
  console.log(`trunk build --release --dist target/bench-dist  (+ synthetic offerings from ${path.relative(REPO_ROOT, BENCH_DATA)})`);
  timings.bench = run('trunk', ['build', '--release', '--dist', BENCH_DIST], {
    RM_EXTRA_DATA_DIR: BENCH_DATA,
    CARGO_TARGET_DIR: BENCH_TARGET,
    // The synthetic pages are opened on their own view (#o=synthetic-…), which
    // a prerendered default view would not show; skipping it spares a native
    // build of the synthetic data.
    RM_PRERENDER: '0',
  });
  console.log(`  took ${timings.bench.toFixed(0)} s`);
  console.log('trunk build --release --dist target/bench-floor-dist  (bench/floor: the stack\'s floor, a bare Leptos table)');
  timings.floor = run('trunk', ['build', '--release', '--dist', FLOOR_DIST], { CARGO_TARGET_DIR: BENCH_TARGET }, FLOOR_DIR);
  console.log(`  took ${timings.floor.toFixed(0)} s`);
} else {
  writeSynthetic(BENCH_DATA);
}
for (const d of [DIST_DIR, BENCH_DIST, FLOOR_DIST]) {
  if (!fs.existsSync(path.join(d, 'index.html'))) {
    console.error(`bench: ${d}/index.html missing; run without --no-build`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------- sizes
heading('Size of dist/ (what ships)');
const sizes = sizesOf(DIST_DIR);
console.log(`${pad('file', 52)}${lpad('raw', 12)}${lpad('gzip -9', 12)}`);
for (const s of sizes) console.log(`${pad(s.f, 52)}${lpad(s.raw.toLocaleString('en'), 12)}${lpad(s.gz.toLocaleString('en'), 12)}`);
const totalRaw = sizes.reduce((a, s) => a + s.raw, 0);
const totalGz = sizes.reduce((a, s) => a + s.gz, 0);
console.log(`${pad('total', 52)}${lpad(totalRaw.toLocaleString('en'), 12)}${lpad(totalGz.toLocaleString('en'), 12)}`);

const wasmFile = sizes.find((s) => s.f.endsWith('.wasm'));
if (wasmFile) {
  const buf = fs.readFileSync(path.join(DIST_DIR, wasmFile.f));
  const secs = wasmSections(buf);
  console.log(`\n${wasmFile.f} by section (raw bytes):`);
  for (const s of secs) console.log(`  ${pad(s.name, 28)}${lpad(s.size.toLocaleString('en'), 10)}  ${lpad(((100 * s.size) / buf.length).toFixed(1), 5)}%${s.count !== '' ? `  (${s.count} ${s.name === 'code' ? 'functions' : 'segments'})` : ''}`);
  const text = wasmDataText(buf, secs);
  const dataJson = listFiles(DATA_DIR).filter((f) => f.endsWith('.json') && f !== 'schema.json').reduce((a, f) => a + fs.statSync(path.join(DATA_DIR, f)).size, 0);
  console.log(`  of the data section, ~${text.toLocaleString('en')} bytes are text runs (strings, mostly the compiled-in offerings; data/*.json is ${dataJson.toLocaleString('en')} bytes of JSON)`);
}
const benchWasm = listFiles(BENCH_DIST).find((f) => f.endsWith('.wasm'));
if (benchWasm) {
  const b = fs.statSync(path.join(BENCH_DIST, benchWasm)).size;
  console.log(`  (bench build with synthetic 1,000 + 10,000 rows: ${benchWasm} ${b.toLocaleString('en')} bytes raw; not shipped)`);
}

// The floor: what this stack ships for a bare table of the same data.
const floorSizes = sizesOf(FLOOR_DIST);
const floorGz = floorSizes.reduce((a, s) => a + s.gz, 0);
console.log(`\nfloor (bench/floor: Leptos 0.8 + serde_json + every offering's JSON, a bare table and a search box; not shipped):`);
for (const s of floorSizes) console.log(`  ${pad(s.f, 50)}${lpad(s.raw.toLocaleString('en'), 12)}${lpad(s.gz.toLocaleString('en'), 12)}`);
console.log(`  ${pad('total (its first visit)', 50)}${lpad(floorSizes.reduce((a, s) => a + s.raw, 0).toLocaleString('en'), 12)}${lpad(floorGz.toLocaleString('en'), 12)}`);

// ---------------------------------------------------------------- servers and browser
const baselineDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-bench-baseline-'));
for (const f of ['index.html', 'baseline.js', 'baseline.css']) fs.copyFileSync(path.join(BENCH_DIR, 'baseline', f), path.join(baselineDir, f));
fs.mkdirSync(path.join(baselineDir, 'data'));
for (const f of fs.readdirSync(DATA_DIR).filter((f) => f.endsWith('.json') && f !== 'schema.json')) fs.copyFileSync(path.join(DATA_DIR, f), path.join(baselineDir, 'data', f));
for (const f of fs.readdirSync(BENCH_DATA)) fs.copyFileSync(path.join(BENCH_DATA, f), path.join(baselineDir, 'data', f));

// The DataTables peer: its own page over the same data/ (never shipped).
const peerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-bench-peer-'));
for (const f of ['index.html', 'peer.js']) fs.copyFileSync(path.join(PEER_DIR, f), path.join(peerDir, f));
fs.copyFileSync(path.join(REPO_ROOT, 'node_modules/datatables.net/js/dataTables.min.js'), path.join(peerDir, 'dataTables.min.js'));
fs.copyFileSync(path.join(REPO_ROOT, 'node_modules/datatables.net-dt/css/dataTables.dataTables.min.css'), path.join(peerDir, 'dataTables.dataTables.min.css'));
fs.cpSync(path.join(baselineDir, 'data'), path.join(peerDir, 'data'), { recursive: true });
const largestReal = fs.readdirSync(DATA_DIR).filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((f) => JSON.parse(fs.readFileSync(path.join(DATA_DIR, f), 'utf8')))
  .map((o) => ({ id: o.id, rows: o.sections.reduce((a, s) => a + s.rows.length, 0) }))
  .sort((a, b) => b.rows - a.rows)[0];

const widget = await serveDir(DIST_DIR);
const peer = await serveDir(peerDir);
const widgetBench = await serveDir(BENCH_DIST);
const baseline = await serveDir(baselineDir);
const floor = await serveDir(FLOOR_DIST);
const browser = await launchBrowser({ args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
console.log(`\nbrowser: Chromium ${browser.version()} (headless)`);

const budgets = [];
const sizeBudgets = {};
const timelines = {};
const budget = (name, value, limit, show) => budgets.push({ name, value, limit, show, ok: Number.isFinite(value) && value <= limit });
let pageErrors = [];

try {
  // First visit: what the browser actually fetched, gzip -9 sized.
  {
    const before = widget.requests.length;
    const s = await openInstrumented(browser, widget.url);
    await s.page.waitForLoadState('networkidle');
    pageErrors.push(...s.errors);
    await s.context.close();
    const fetched = widget.requests.slice(before).filter((r) => r.startsWith('200 ')).map((r) => decodeURIComponent(r.slice(4).split('?')[0]));
    // Each file once (Chromium may ask twice for the favicon of a no-store page).
    const files = [...new Set(fetched.map((u) => (u.endsWith('/') ? `${u}index.html` : u).replace(/^\//, '')))];
    const first = files.map((f) => sizes.find((s) => s.f === f)).filter(Boolean);
    const firstGz = first.reduce((a, s) => a + s.gz, 0);
    const firstRaw = first.reduce((a, s) => a + s.raw, 0);
    console.log(`\nfirst visit fetches: ${first.map((s) => s.f).join(', ')}`);
    console.log(`first visit transfer: ${kb(firstGz)} gzip -9 (${firstGz.toLocaleString('en')} bytes; raw ${kb(firstRaw)})`);
    console.log(`  of which over the floor's ${kb(floorGz)}: ${kb(firstGz - floorGz)} (the widget's own code, views and styles)`);
  }

  // What the matrix needs before it is visible, and what the first view's interactivity needs.
  {
    const gz = (re) => sizes.filter((s) => re.test(s.f));
    const sum = (xs) => xs.reduce((a, s) => a + s.gz, 0);
    const html = fs.readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
    const blocking = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1].replace(/^.*\//, ''));
    const critical = [...gz(/^index\.html$/), ...gz(/^main-[0-9a-f]+\.css$/), ...sizes.filter((s) => blocking.includes(s.f))];
    // scripts/split-build.mjs lists the chunks and what each holds.
    const chunkList = fs.existsSync(path.join(DIST_DIR, 'chunks.json')) ? JSON.parse(fs.readFileSync(path.join(DIST_DIR, 'chunks.json'), 'utf8')) : [];
    const chunks = chunkList.map((c) => ({ ...sizes.find((s) => s.f === c.file), f: `${c.file} (${c.holds})` })).filter((c) => Number.isFinite(c.gz));
    // The spreadsheet reader is its own module, fetched on the first XLSX/ODS file.
    const sheet = gz(/^rm-sheet-[0-9a-f]+(_bg\.wasm|\.js)$/);
    const core = [...gz(/^responsibility-matrix-[0-9a-f]+_bg\.wasm$/), ...gz(/^responsibility-matrix-[0-9a-f]+\.js$/), ...gz(/^rm-chunks-[0-9a-f]+\.js$/), ...gz(/^responsibility-matrix\.js$/), ...gz(/^main-[0-9a-f]+\.css$/)];
    const list = (xs) => xs.map((s) => `${s.f} ${kb(s.gz)}`).join(', ');
    console.log(`\ncritical path (before the matrix is visible): ${list(critical)}`);
    console.log(`core (the first view's interactivity): ${list(core)}`);
    console.log(`lazy chunks: ${chunks.length ? list(chunks) : 'none (the core holds every view)'}`);
    console.log(`spreadsheet module (on the first XLSX/ODS file, not in the total): ${sheet.length ? list(sheet) : 'not built'}`);
    sizeBudgets.critical = sum(critical);
    sizeBudgets.core = sum(core);
    sizeBudgets.total = sum(core) + sum(chunks);
    sizeBudgets.chunks = chunks;
    budget('critical path, HTML + CSS (gzip -9)', sizeBudgets.critical, BUDGET.criticalGzip, (v) => `${kb(v)} (budget ${kb(BUDGET.criticalGzip)})`);
    budget('core: wasm + JS glue + CSS (gzip -9)', sizeBudgets.core, BUDGET.coreGzip, (v) => `${kb(v)} (budget ${kb(BUDGET.coreGzip)})`);
    budget('core + lazy chunks (gzip -9)', sizeBudgets.total, BUDGET.totalGzip, (v) => `${kb(v)} = core + ${chunks.length} chunk(s) ${kb(sizeBudgets.total - sizeBudgets.core)} (budget ${kb(BUDGET.totalGzip)})`);
  }

  // ---------------------------------------------------------------- load
  heading(`Load: navigation start -> matrix rendered / interactive (${opt.runs} loads each, interleaved)`);
  const W = [], B = [], F = [];
  await measureLoad(browser, widget.url); // warm-up (browser process, not the page: every load is a fresh context, no-store)
  await measureLoad(browser, `${baseline.url}?o=vmware`);
  await measureLoad(browser, floor.url);
  for (let i = 0; i < opt.runs; i++) {
    W.push(await measureLoad(browser, widget.url));
    B.push(await measureLoad(browser, `${baseline.url}?o=vmware`));
    F.push(await measureLoad(browser, floor.url));
  }
  pageErrors.push(...W.flatMap((x) => x.errors), ...B.flatMap((x) => x.errors), ...F.flatMap((x) => x.errors));
  const row = (label, xs, k) => console.log(`  ${pad(label, 34)}${statLine(stats(xs.map((x) => x[k])))}`);
  console.log('widget (dist/, default view: vmware)');
  row('visible (first row painted)', W, 'visible');
  row('rendered', W, 'rendered');
  row('interactive', W, 'interactive');
  console.log('baseline (bench/baseline/, ?o=vmware)');
  row('visible (first row painted)', B, 'visible');
  row('rendered', B, 'rendered');
  row('interactive', B, 'interactive');
  const visibleRatio = ratio(median(W.map((x) => x.visible)), median(B.map((x) => x.visible)));
  const [loVis, hiVis] = ratioInterval(W.map((x) => x.visible), B.map((x) => x.visible));
  console.log(`  ratio widget/baseline, visible: ${fmtRatio(visibleRatio)}  (95 % bootstrap interval ${fmtRatio(loVis)}–${fmtRatio(hiVis)})`);
  timelines.widget = W;
  timelines.baseline = B;
  const loadRatio = ratio(median(W.map((x) => x.interactive)), median(B.map((x) => x.interactive)));
  const [loLoad, hiLoad] = ratioInterval(W.map((x) => x.interactive), B.map((x) => x.interactive));
  console.log(`  ratio widget/baseline, interactive: ${fmtRatio(loadRatio)}  (95 % bootstrap interval ${fmtRatio(loLoad)}–${fmtRatio(hiLoad)})`);
  console.log('floor (bench/floor/: a bare Leptos table of vmware, same stack; not shipped)');
  row('rendered', F, 'rendered');
  row('interactive', F, 'interactive');
  const floorInteractive = median(F.map((x) => x.interactive));
  console.log(`  ratio floor/baseline, interactive: ${fmtRatio(ratio(floorInteractive, median(B.map((x) => x.interactive))))}; widget/floor: ${fmtRatio(ratio(median(W.map((x) => x.interactive)), floorInteractive))}`);
  budget('matrix visible vs baseline', visibleRatio, BUDGET.visibleRatio, (v) => `${fmtRatio(v)} (budget ${BUDGET.visibleRatio}x; ${ms(median(W.map((x) => x.visible)))} vs ${ms(median(B.map((x) => x.visible)))}; floor ${ms(median(F.map((x) => x.visible)))})`);
  budget('interactive vs baseline', loadRatio, BUDGET.loadRatio, (v) => `${fmtRatio(v)} (budget ${BUDGET.loadRatio}x; ${ms(median(W.map((x) => x.interactive)))} vs ${ms(median(B.map((x) => x.interactive)))}; floor ${ms(floorInteractive)})`);

  heading('Memory after load (after a forced GC; median of the loads)');
  const memLine = (label, xs) =>
    console.log(`  ${pad(label, 34)}JS heap ${lpad(mb(median(xs.map((x) => x.jsHeap))), 9)} (performance.memory ${mb(median(xs.map((x) => x.perfMemory)))})` +
      `  wasm memory ${xs[0].wasm == null ? 'n/a' : mb(median(xs.map((x) => x.wasm)))}  DOM nodes ${median(xs.map((x) => x.nodes))}`);
  memLine('widget (vmware, 26 rows)', W);
  memLine('baseline (vmware)', B);
  memLine('floor (vmware)', F);

  // ---------------------------------------------------------------- filter
  heading(`Filter: keydown -> row set updated in the DOM, and -> next frame (>= ${opt.runs} rounds each, interleaved)`);
  const targets = [
    { label: `${largestReal.id} (${largestReal.rows} rows, the largest real offering)`, token: 'backup', w: `${widget.url}#o=${largestReal.id}`, b: `${baseline.url}?o=${largestReal.id}`, d: `${peer.url}?o=${largestReal.id}`, key: 'rk' },
    { label: 'synthetic-1000', token: SEARCH_TOKEN, w: `${widgetBench.url}#o=synthetic-1000`, b: `${baseline.url}?o=synthetic-1000`, key: '1k' },
    { label: 'synthetic-10000', token: SEARCH_TOKEN, w: `${widgetBench.url}#o=synthetic-10000`, b: `${baseline.url}?o=synthetic-10000`, d: `${peer.url}?o=synthetic-10000`, key: '10k' },
  ];
  const filterRes = {};
  for (const t of targets) {
    // DataTables' load, interleaved with the widget's, at the sizes it is compared at.
    let peerLoad = null;
    if (t.d) {
      const LW = [], LD = [];
      for (let i = 0; i < Math.min(opt.runs, 5); i++) {
        LW.push(await measureLoad(browser, t.w));
        LD.push(await measureLoad(browser, t.d));
      }
      pageErrors.push(...LW.flatMap((x) => x.errors), ...LD.flatMap((x) => x.errors));
      peerLoad = { w: stats(LW.map((x) => x.interactive)), d: stats(LD.map((x) => x.interactive)) };
    }
    const sw = await openInstrumented(browser, t.w);
    const sb = await openInstrumented(browser, t.b);
    const sd = t.d ? await openInstrumented(browser, t.d) : null;
    const pages = [['w', sw], ['b', sb], ...(sd ? [['d', sd]] : [])];
    const openW = await sw.page.evaluate(() => window.__bench.interactive);
    const openB = await sb.page.evaluate(() => window.__bench.interactive);
    const rowsW = await sw.page.$$eval('[data-rm-row]', (x) => x.length);
    const rowsB = await sb.page.$$eval('[data-rm-row]', (x) => x.length);
    const memW = await memory(sw.page);
    // Without a running observer "no long task" would be a guess, not a measurement.
    const longMeasured = await sw.page.evaluate(() => window.__bench.longtaskObserver);
    const memB = await memory(sb.page);
    for (const [, p] of pages) await p.page.evaluate(watchRows);
    const fresh = () => ({ type: [], typePaint: [], every: [], clear: [], clearPaint: [], long: { type: [], clear: [] }, paste: [], pasteLong: [] });
    const acc = { w: fresh(), b: fresh(), d: fresh() };
    // Rounds until both pages have >= --runs row-changing keystrokes and the
    // round count reaches --runs, or the time cap (a 10,000-row round of the
    // widget can take tens of seconds on a slow machine).
    const tStart = Date.now();
    let rounds = 0;
    let capped = false;
    while (rounds < opt.runs || Math.min(acc.w.type.length, acc.b.type.length) < opt.runs) {
      if (rounds >= 3 && (Date.now() - tStart) / 1000 > opt.capSeconds) {
        capped = true;
        break;
      }
      if (rounds >= 4 * opt.runs) break;
      rounds++;
      for (const [k, s] of pages) {
        const r = await typeToken(s, t.token);
        for (const f of ['type', 'typePaint', 'every', 'clear', 'clearPaint']) acc[k][f].push(...r[f]);
        acc[k].long.type.push(...r.long.type);
        acc[k].long.clear.push(...r.long.clear);
      }
    }
    // A pasted query: the whole token in one input event.
    if (sd) {
      for (let i = 0; i < Math.min(opt.runs, 5); i++) {
        for (const [k, s] of [['w', sw], ['d', sd]]) {
          const r = await pasteToken(s, t.token);
          if (Number.isFinite(r.paste)) acc[k].paste.push(r.paste);
          acc[k].pasteLong.push(...r.long);
        }
      }
    }
    for (const [, p] of pages) {
      pageErrors.push(...p.errors);
      await p.context.close();
    }
    filterRes[t.key] = acc;
    console.log(`${t.label}: typing "${t.token}" char by char, then Ctrl+A Backspace; ${rounds} rounds in ${((Date.now() - tStart) / 1000).toFixed(0)} s` +
      (capped ? ` (STOPPED at the ${opt.capSeconds} s cap: fewer samples than asked)` : ''));
    console.log(`  opened with ${rowsW} rows (widget) / ${rowsB} (baseline); interactive after ${ms(openW)} / ${ms(openB)} (one load each)`);
    console.log(`  memory after load: widget JS heap ${mb(memW.jsHeap)} + wasm ${mb(memW.wasm)}, DOM nodes ${memW.nodes}; baseline JS heap ${mb(memB.jsHeap)}, DOM nodes ${memB.nodes}`);
    const sW = stats(acc.w.type), sB = stats(acc.b.type);
    console.log(`  ${pad('widget   narrowing keystroke', 34)}${statLine(sW)}`);
    console.log(`  ${pad('baseline narrowing keystroke', 34)}${statLine(sB)}`);
    console.log(`  ${pad('ratio widget/baseline', 34)}${lpad(fmtRatio(ratio(sW.median, sB.median)), 10)}`);
    const eW = stats(acc.w.every), eB = stats(acc.b.every);
    console.log(`  ${pad('widget   every keystroke', 34)}${statLine(eW)}`);
    console.log(`  ${pad('baseline every keystroke', 34)}${statLine(eB)}`);
    console.log(`  ${pad('ratio widget/baseline', 34)}${lpad(fmtRatio(ratio(eW.median, eB.median)), 10)}`);
    const pW = stats(acc.w.typePaint), pB = stats(acc.b.typePaint);
    console.log(`  ${pad('widget   ... to next frame', 34)}${statLine(pW)}`);
    console.log(`  ${pad('baseline ... to next frame', 34)}${statLine(pB)}`);
    console.log(`  ${pad('ratio widget/baseline', 34)}${lpad(fmtRatio(ratio(pW.median, pB.median)), 10)}`);
    const cW = stats(acc.w.clear), cB = stats(acc.b.clear);
    console.log(`  ${pad('widget   clear (all rows back)', 34)}${statLine(cW)}`);
    console.log(`  ${pad('baseline clear (all rows back)', 34)}${statLine(cB)}`);
    const qW = stats(acc.w.clearPaint), qB = stats(acc.b.clearPaint);
    console.log(`  ${pad('widget   ... to next frame', 34)}${statLine(qW)}`);
    console.log(`  ${pad('baseline ... to next frame', 34)}${statLine(qB)}`);
    const lt = (x) => (longMeasured ? `${x.length} long task(s)${x.length ? `, max ${ms(Math.max(...x))}` : ''}` : 'not measured');
    console.log(`  long tasks, widget:   typing ${lt(acc.w.long.type)}; clearing ${lt(acc.w.long.clear)}`);
    console.log(`  long tasks, baseline: typing ${lt(acc.b.long.type)}; clearing ${lt(acc.b.long.clear)}`);
    if (sd) {
      const dT = stats(acc.d.type), dP = stats(acc.d.paste), wP = stats(acc.w.paste);
      console.log(`  DataTables peer (${t.d.replace(/^.*\?/, '?')}, default paging of 10):`);
      console.log(`  ${pad('  load, widget (interactive)', 34)}${statLine(peerLoad.w)}`);
      console.log(`  ${pad('  load, DataTables (interactive)', 34)}${statLine(peerLoad.d)}`);
      console.log(`  ${pad('  DataTables narrowing keystroke', 34)}${statLine(dT)}`);
      console.log(`  ${pad('  pasted query, widget', 34)}${statLine(wP)}`);
      console.log(`  ${pad('  pasted query, DataTables', 34)}${statLine(dP)}`);
      console.log(`    long tasks: widget typing ${lt(acc.w.long.type)}, pasted ${lt(acc.w.pasteLong)}; DataTables typing ${lt(acc.d.long.type)}, pasted ${lt(acc.d.pasteLong)}`);
      const size = t.key === '10k' ? '10,000 rows' : `${largestReal.rows} rows`;
      const vs = (a, b) => `${fmtRatio(ratio(a.median, b.median))} (${ms(a.median)} vs ${ms(b.median)}; budget 1.00x)`;
      budget(`vs DataTables, load at ${size}`, ratio(peerLoad.w.median, peerLoad.d.median), 1, () => vs(peerLoad.w, peerLoad.d));
      budget(`vs DataTables, typed filter at ${size}`, ratio(sW.median, dT.median), 1, () => vs(sW, dT));
      budget(`vs DataTables, pasted query at ${size}`, ratio(wP.median, dP.median), 1, () => vs(wP, dP));
      if (t.key === '10k') {
        budget('longest task, pasted query at 10,000 rows', acc.w.pasteLong.length ? Math.max(...acc.w.pasteLong) : 0, BUDGET.longTaskMs, (v) => `${v === 0 ? 'none over 50 ms' : ms(v)} (budget ${BUDGET.longTaskMs} ms)`);
      }
    }
    if (t.key === '10k') {
      budget('kept: filter at 10,000 rows vs baseline', ratio(sW.median, sB.median), BUDGET.filter10kRatio, (v) => `${fmtRatio(v)} (budget ${BUDGET.filter10kRatio}x)`);
      const all = [...acc.w.long.type, ...acc.w.long.clear];
      if (longMeasured) budget('kept: longest task typing at 10,000 rows', all.length ? Math.max(...all) : 0, BUDGET.longTaskMs, (v) => `${v === 0 ? 'none over 50 ms' : ms(v)} (budget ${BUDGET.longTaskMs} ms; typing and clearing)`);
      else budgets.push({ name: 'kept: longest task typing at 10,000 rows', value: NaN, limit: BUDGET.longTaskMs, show: () => 'not measured: the long-task observer did not run', ok: null });
    }
  }
} finally {
  await browser.close();
  await widget.close();
  await widgetBench.close();
  await baseline.close();
  await floor.close();
  await peer.close();
  fs.rmSync(baselineDir, { recursive: true, force: true });
  fs.rmSync(peerDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------- budgets
heading('Budgets');
for (const b of budgets) console.log(`  ${b.ok === null ? '----' : b.ok ? 'PASS' : 'OVER'}  ${pad(b.name, 44)}${b.show(b.value)}`);
for (const c of sizeBudgets.chunks ?? []) console.log(`        lazy chunk ${pad(c.f, 33)}${kb(c.gz)}`);

// What holds a line that is OVER: the load timeline, the core's bytes by crate.
const overNames = budgets.filter((b) => b.ok === false).map((b) => b.name);
if (overNames.some((n) => /visible|interactive|load/.test(n)) && timelines.widget) {
  console.log('\nload timeline (medians, ms since navigation start):');
  const keys = ['html', 'css', 'visible', 'wasmFetched', 'started', 'rendered', 'interactive'];
  console.log(`  ${pad('', 10)}${keys.map((k) => lpad(k, 12)).join('')}`);
  for (const [label, xs] of [['widget', timelines.widget], ['baseline', timelines.baseline]]) {
    console.log(`  ${pad(label, 10)}${keys.map((k) => lpad(ms(median(xs.map((x) => x[k]))).replace(' ms', ''), 12)).join('')}`);
  }
  console.log('  (html/css/wasmFetched: responseEnd; started: the wasm module is running; n/a: not on that page)');
}
if (overNames.some((n) => /^core/.test(n))) {
  const targetDir = process.env.CARGO_TARGET_DIR || path.join(REPO_ROOT, 'target');
  // The split build's own wasm, cut again as the release build cuts it, so the
  // breakdown is of the core alone (not of the chunks' code).
  const splitRaw = path.join(targetDir, 'split', 'wasm32-unknown-unknown', 'release', 'responsibility-matrix.wasm');
  const plainRaw = path.join(targetDir, 'wasm32-unknown-unknown', 'release', 'responsibility-matrix.wasm');
  let raw = null;
  let what = '';
  if (fs.existsSync(splitRaw)) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-bench-split-'));
    const r = spawnSync('wasm-split-cli', [splitRaw, out, '--target', 'web', '--out-name', 'responsibility-matrix'], { stdio: 'ignore' });
    const main = path.join(out, 'responsibility-matrix.wasm');
    if (r.status === 0 && fs.existsSync(main)) {
      raw = main;
      what = 'the split main module (the core), before wasm-bindgen and wasm-opt';
    }
  }
  if (!raw && fs.existsSync(plainRaw)) {
    raw = plainRaw;
    what = 'cargo\'s unsplit wasm (core and chunks together), before wasm-bindgen and wasm-opt';
  }
  console.log(`\nwhat the core holds (bench/wasm-sizes.mjs on ${what || 'nothing: no cargo wasm found'}):`);
  if (raw) spawnSync('node', [path.join(BENCH_DIR, 'wasm-sizes.mjs'), raw], { stdio: 'inherit' });
}
if (pageErrors.length) {
  console.log(`\npage errors during the run (${pageErrors.length}):`);
  for (const e of [...new Set(pageErrors)].slice(0, 10)) console.log(`  ${e}`);
}
const over = budgets.filter((b) => b.ok === false).length;
const took = (Date.now() - t0) / 1000;
console.log(`\nbench: ${over ? `${over} budget(s) OVER` : 'all budgets PASS'}; took ${took.toFixed(0)} s` +
  (timings.release !== undefined ? ` (builds ${timings.release.toFixed(0)} s + ${timings.bench.toFixed(0)} s + ${timings.floor.toFixed(0)} s)` : ''));
process.exit(opt.strict && over ? 1 : 0);
