#!/usr/bin/env node
// Trunk post-build hook (Trunk.toml [[hooks]]): turns Trunk's output into a
// site that embeds anywhere and runs under a strict Content-Security-Policy.
//
// In Trunk's staging directory it:
// 1. writes `responsibility-matrix.js`, the stable-named entry point, from the
//    template js/responsibility-matrix.js, filling in this build's hashed
//    asset names and the stylesheet's SRI hash;
// 2. in every HTML page (index.html and the copied embed/example pages),
//    replaces Trunk's inline loader script (which a CSP without
//    'unsafe-inline' would block) with `<script type="module" src=…>`
//    carrying an integrity hash, and in release builds adds the CSP as a
//    <meta> tag (static hosts like GitHub Pages cannot send headers).
//
// 3. in release builds, runs the prerender step (src/bin/prerender.rs, a
//    native build of the same components): the default view goes inside
//    index.html's `<main id="app">`, the fragments to static/, and the
//    entry point learns which fragments exist (RM_PRERENDER=0 skips it).
//
// 4. in release builds, builds the spreadsheet module (crates/rm-import-web:
//    XLSX and ODS) as its own WebAssembly file, through wasm-bindgen and
//    wasm-opt, with hashed names; the entry point learns its names and the
//    WebAssembly's SRI hash, and the widget imports it on first use only
//    (RM_SHEET_MODULE=0 skips it: spreadsheets then get a message).
//
// 5. in release builds, cuts the module into a core and lazy chunks
//    (scripts/split-build.mjs; RM_SPLIT=0 ships one module) and lists the
//    chunks in chunks.json for `make bench`.
//
// The policy itself is in site/csp.mjs, shared with the security tests.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from '../site/csp.mjs';
import { splitBuild, WASM_OPT_FLAGS } from './split-build.mjs';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

function main() {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error('post-build.mjs: TRUNK_STAGING_DIR is not set (run through trunk build)');
    process.exit(2);
  }
  const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
  const release = process.env.TRUNK_PROFILE === 'release';
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const files = readdirSync(staging);
  // Trunk's file names that the split build replaced, for the pages' preload links.
  const renamed = new Map();
  const one = (test, what) => {
    const found = files.filter(test);
    if (found.length !== 1) {
      console.error(`post-build.mjs: expected one ${what} in ${staging}, found ${found.length}: ${found.join(', ')}`);
      process.exit(1);
    }
    return found[0];
  };
  let bindgenJs = one((f) => /^responsibility-matrix-[0-9a-f]+\.js$/.test(f), 'wasm-bindgen JS file');
  let wasm = one((f) => /^responsibility-matrix-[0-9a-f]+_bg\.wasm$/.test(f), 'wasm file');
  const split = release && process.env.RM_SPLIT !== '0' ? splitBuild(root, staging, bindgenJs, wasm) : null;
  if (split) {
    for (const [from, to] of [[bindgenJs, split.bindgenJs], [wasm, split.wasm]]) renamed.set(from, to);
    ({ bindgenJs, wasm } = split);
    writeFileSync(join(staging, 'chunks.json'), JSON.stringify(split.chunks, null, 2));
  }
  const css = one((f) => /^main-[0-9a-f]+\.css$/.test(f), 'stylesheet');

  const prerendered = release && process.env.RM_PRERENDER !== '0' ? prerender(root, staging) : null;
  const sheet = release && process.env.RM_SHEET_MODULE !== '0' ? sheetModule(root, staging) : null;

  const template = readFileSync(join(root, 'js', 'responsibility-matrix.js'), 'utf8');
  const loader = template
    .replaceAll('__RM_BINDGEN_JS__', bindgenJs)
    .replaceAll('__RM_WASM__', wasm)
    .replaceAll('__RM_CSS__', css)
    .replaceAll('__RM_CSS_INTEGRITY__', sri(readFileSync(join(staging, css))))
    .replaceAll('__RM_OBSERVED__', JSON.stringify(prerendered?.observed ?? null))
    .replaceAll('__RM_SHEET_MODULE__', JSON.stringify(sheet))
    .replaceAll('__RM_DEFAULT_OFFERING__', JSON.stringify(prerendered?.defaultOffering ?? null))
    .replaceAll('__RM_FRAGMENTS__', JSON.stringify(prerendered
      ? Object.fromEntries(prerendered.fragments.map((f) => [f.variant ? `${f.offering}-${f.variant}` : f.offering, `static/${f.file}`]))
      : null));
  if (/__RM_[A-Z_]+__/.test(loader)) {
    console.error('post-build.mjs: a placeholder in js/responsibility-matrix.js was not filled in');
    process.exit(1);
  }
  writeFileSync(join(staging, 'responsibility-matrix.js'), loader);
  const loaderTag = `<script type="module" src="${publicUrl}responsibility-matrix.js" integrity="${sri(loader)}" crossorigin="anonymous"></script>`;

  for (const page of files.filter((f) => f.endsWith('.html'))) {
    const path = join(staging, page);
    let html = readFileSync(path, 'utf8');
    // Trunk's preload links name the files the split build replaced: new
    // names, and the integrity of what is there now.
    for (const [from, to] of renamed) html = html.replaceAll(from, to);
    html = html.replace(/<link\b[^>]*\bhref="([^"]+)"[^>]*>/g, (tag, href) => {
      const file = join(staging, href.slice(publicUrl.length));
      if (!href.startsWith(publicUrl) || !/\bintegrity="/.test(tag) || !existsSync(file)) return tag;
      return tag.replace(/\bintegrity="[^"]*"/, `integrity="${sri(readFileSync(file))}"`);
    });
    // Trunk's loader: `<script type="module">import init, * as bindings from …</script>`.
    html = html.replace(/<script type="module">\s*import init, \* as bindings[\s\S]*?<\/script>/, loaderTag);
    // Subresource Integrity for the site's own scripts and stylesheets that lack it
    // (the hand-written pages copied as they are: embed.html, example.html).
    html = html.replace(/<(script|link)\b([^>]*?)\s(src|href)="([\w.-]+\.(?:js|css))"([^>]*?)\s*\/?>/g, (tag, name, before, attr, file, after) => {
      if (/\bintegrity=/.test(tag) || !existsSync(join(staging, file))) return tag;
      const hash = sri(readFileSync(join(staging, file)));
      return `<${name}${before} ${attr}="${file}"${after} integrity="${hash}" crossorigin="anonymous">`;
    });
    if (prerendered && page === 'index.html') {
      // The prerendered default view replaces the page's no-script placeholder.
      const app = /(<main id="app"[^>]*>)[\s\S]*?(<\/main>)/;
      if (!app.test(html)) {
        console.error('post-build.mjs: index.html has no <main id="app"> for the prerendered matrix');
        process.exit(1);
      }
      html = html.replace(app, (_, open, close) => `${open}${prerendered.app}${close}`);
      html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta name="rm-static-view" content="${escapeAttribute(prerendered.defaultHash)}" />`);
    }
    if (release && !html.includes('http-equiv="Content-Security-Policy"')) {
      html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    }
    writeFileSync(path, html);
  }
}

/**
 * Runs the native prerender binary into `staging/static/` and returns what it
 * wrote: `{ app, defaultHash, defaultOffering, observed, fragments }`.
 */
function prerender(root, staging) {
  const run = spawnSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender', '--', staging], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) {
    console.error(`post-build.mjs: the prerender step failed (cargo run --bin prerender: ${run.error?.message ?? `exit ${run.status}`})`);
    process.exit(1);
  }
  const dir = join(staging, 'static');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const app = readFileSync(join(dir, 'app.html'), 'utf8');
  unlinkSync(join(dir, 'app.html'));
  return { ...index, app };
}

/**
 * Builds crates/rm-import-web for the browser into `staging`:
 * `rm-sheet-<hash>.js` (wasm-bindgen's glue) and `rm-sheet-<hash>_bg.wasm`
 * (optimised by wasm-opt). Returns `{ js, wasm, integrity }`.
 */
function sheetModule(root, staging) {
  const run = (cmd, args) => {
    const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) {
      console.error(`post-build.mjs: the spreadsheet module failed (${cmd} ${args.join(' ')}: ${r.error?.message ?? `exit ${r.status}`})`);
      process.exit(1);
    }
  };
  run('cargo', ['build', '--quiet', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'rm-import-web']);
  const target = process.env.CARGO_TARGET_DIR || join(root, 'target');
  const built = join(target, 'wasm32-unknown-unknown', 'release', 'rm_import_web.wasm');
  const out = mkdtempSync(join(tmpdir(), 'rm-sheet-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'rm-sheet', built]);
    run('wasm-opt', [...WASM_OPT_FLAGS, join(out, 'rm-sheet_bg.wasm'), '-o', join(out, 'rm-sheet_bg.wasm')]);
    const wasm = readFileSync(join(out, 'rm-sheet_bg.wasm'));
    const glue = readFileSync(join(out, 'rm-sheet.js'));
    const hash = createHash('sha256').update(wasm).update(glue).digest('hex').slice(0, 16);
    const names = { js: `rm-sheet-${hash}.js`, wasm: `rm-sheet-${hash}_bg.wasm` };
    writeFileSync(join(staging, names.js), glue);
    writeFileSync(join(staging, names.wasm), wasm);
    return { ...names, integrity: sri(wasm) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const escapeAttribute = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
