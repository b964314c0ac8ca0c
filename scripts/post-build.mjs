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
// The policy itself is in site/csp.mjs, shared with the security tests.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from '../site/csp.mjs';

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
  const one = (test, what) => {
    const found = files.filter(test);
    if (found.length !== 1) {
      console.error(`post-build.mjs: expected one ${what} in ${staging}, found ${found.length}: ${found.join(', ')}`);
      process.exit(1);
    }
    return found[0];
  };
  const bindgenJs = one((f) => /^responsibility-matrix-[0-9a-f]+\.js$/.test(f), 'wasm-bindgen JS file');
  const wasm = one((f) => /^responsibility-matrix-[0-9a-f]+_bg\.wasm$/.test(f), 'wasm file');
  const css = one((f) => /^main-[0-9a-f]+\.css$/.test(f), 'stylesheet');

  const template = readFileSync(join(root, 'js', 'responsibility-matrix.js'), 'utf8');
  const loader = template
    .replaceAll('__RM_BINDGEN_JS__', bindgenJs)
    .replaceAll('__RM_WASM__', wasm)
    .replaceAll('__RM_CSS__', css)
    .replaceAll('__RM_CSS_INTEGRITY__', sri(readFileSync(join(staging, css))));
  if (/__RM_[A-Z_]+__/.test(loader)) {
    console.error('post-build.mjs: a placeholder in js/responsibility-matrix.js was not filled in');
    process.exit(1);
  }
  writeFileSync(join(staging, 'responsibility-matrix.js'), loader);
  const loaderTag = `<script type="module" src="${publicUrl}responsibility-matrix.js" integrity="${sri(loader)}" crossorigin="anonymous"></script>`;

  for (const page of files.filter((f) => f.endsWith('.html'))) {
    const path = join(staging, page);
    let html = readFileSync(path, 'utf8');
    // Trunk's loader: `<script type="module">import init, * as bindings from …</script>`.
    html = html.replace(/<script type="module">\s*import init, \* as bindings[\s\S]*?<\/script>/, loaderTag);
    // Subresource Integrity for the site's own scripts and stylesheets that lack it
    // (the hand-written pages copied as they are: embed.html, example.html).
    html = html.replace(/<(script|link)\b([^>]*?)\s(src|href)="([\w.-]+\.(?:js|css))"([^>]*?)\s*\/?>/g, (tag, name, before, attr, file, after) => {
      if (/\bintegrity=/.test(tag) || !existsSync(join(staging, file))) return tag;
      const hash = sri(readFileSync(join(staging, file)));
      return `<${name}${before} ${attr}="${file}"${after} integrity="${hash}" crossorigin="anonymous">`;
    });
    if (release && !html.includes('http-equiv="Content-Security-Policy"')) {
      html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    }
    writeFileSync(path, html);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
