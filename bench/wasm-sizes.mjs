// Where the wasm's bytes go, by crate: reads the code section and the "name"
// section of cargo's wasm (before wasm-bindgen and wasm-opt, which drop the
// names) and sums function body sizes by the crate their symbol names, then
// our own crates' code by module. `make bench` runs it on the split build's
// main module (the core) when the core's budget is OVER.
//   node bench/wasm-sizes.mjs [target/wasm32-unknown-unknown/release/responsibility-matrix.wasm]
// Proportions, not shipped bytes: wasm-opt -Oz shrinks everything afterwards.
import fs from 'node:fs';

const file = process.argv[2] ?? 'target/wasm32-unknown-unknown/release/responsibility-matrix.wasm';
const buf = fs.readFileSync(file);
const leb = (p) => {
  let r = 0, sh = 0, b;
  do { b = buf[p++]; r += (b & 0x7f) * 2 ** sh; sh += 7; } while (b & 0x80);
  return [r, p];
};
let p = 8, imports = 0, bodies = [], names = new Map(), dataSize = 0;
while (p < buf.length) {
  const id = buf[p++];
  let size; [size, p] = leb(p);
  const end = p + size;
  if (id === 2) {
    let [n, q] = leb(p);
    for (let i = 0; i < n; i++) {
      let l; [l, q] = leb(q); q += l; [l, q] = leb(q); q += l;
      const kind = buf[q++];
      if (kind === 0) { [, q] = leb(q); imports++; }
      else if (kind === 1) { q++; const [f, q2] = leb(q); q = q2; [, q] = leb(q); if (f & 1) [, q] = leb(q); }
      else if (kind === 2) { const [f, q2] = leb(q); q = q2; [, q] = leb(q); if (f & 1) [, q] = leb(q); }
      else if (kind === 3) { q += 2; }
    }
  } else if (id === 10) {
    let [n, q] = leb(p);
    for (let i = 0; i < n; i++) { let s; [s, q] = leb(q); bodies.push(s); q += s; }
  } else if (id === 11) dataSize = size;
  else if (id === 0) {
    const [l, q] = leb(p);
    if (buf.subarray(q, q + l).toString() === 'name') {
      let r = q + l;
      while (r < end) {
        const sub = buf[r++]; let sz; [sz, r] = leb(r);
        if (sub === 1) {
          let [n, s] = leb(r);
          for (let i = 0; i < n; i++) { let idx, nl; [idx, s] = leb(s); [nl, s] = leb(s); names.set(idx, buf.subarray(s, s + nl).toString()); s += nl; }
        }
        r += sz;
      }
    }
  }
  p = end;
}
if (!names.size) { console.log(`${file}: no name section`); process.exit(0); }
const CRATES = /(?:^|[^A-Za-z_])\d*(tachys|reactive_graph|leptos_macro|leptos|responsibility_matrix|core|alloc|std|js_sys|web_sys|wasm_bindgen_futures|wasm_bindgen|hashbrown|indexmap|serde_json|serde|csv|dlmalloc|gloo_\w+|futures_\w+|slotmap|any_spawner|or_poisoned|send_wrapper|throw_error|itertools|oco_ref|guardian|pin_project\w*|rustc_demangle)(?![A-Za-z])/;
const byCrate = new Map();
const other = [];
const top = [];
bodies.forEach((size, i) => {
  const name = names.get(i + imports) ?? '?';
  // The first crate named in the (mangled) symbol: for an `impl Trait for T`
  // that is the crate of the trait's or type's path, close enough for a tally.
  const m = CRATES.exec(name.replace(/\$LT\$|\$GT\$|\$u20\$|\.\./g, ' '));
  const crate = m ? m[1] : name.startsWith("__wbindgen_describe") ? "(wasm-bindgen descriptors: dropped by wasm-bindgen)" : "(other)";
  if (crate === "(other)") other.push([size, name]);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  top.push([size, name]);
});
const total = bodies.reduce((a, b) => a + b, 0);
console.log(`${file}: ${buf.length.toLocaleString('en')} bytes; code bodies ${total.toLocaleString('en')} (${bodies.length} functions), data ${dataSize.toLocaleString('en')}`);
console.log('code by crate (top 15):');
for (const [c, s] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${c.padEnd(52)}${s.toLocaleString('en').padStart(10)}  ${((100 * s) / total).toFixed(1).padStart(5)}%`);
console.log('largest functions:');
for (const [s, n] of top.sort((a, b) => b[0] - a[0]).slice(0, 10)) console.log(`  ${s.toLocaleString('en').padStart(8)}  ${n.slice(0, 110)}`);
console.log('largest functions of no known crate:');
for (const [s, n] of other.sort((a, b) => b[0] - a[0]).slice(0, 5)) console.log(`  ${s.toLocaleString('en').padStart(8)}  ${n.slice(0, 110)}`);

// Our own code by module (the first three path segments of its symbols),
// read from the mangled `_ZN<len><segment>…` names.
const byModule = new Map();
bodies.forEach((size, i) => {
  const name = names.get(i + imports) ?? '';
  const m = /_ZN((?:\d+[A-Za-z_$][A-Za-z0-9_$.]*)+?)(?:17h[0-9a-f]{16}E|E)/.exec(name);
  if (!m) return;
  const segs = [];
  let rest = m[1];
  while (rest.length) {
    const len = /^\d+/.exec(rest);
    if (!len) break;
    const n = Number(len[0]);
    rest = rest.slice(len[0].length);
    const seg = rest.slice(0, n);
    if (/^h[0-9a-f]{16}$/.test(seg)) break; // the symbol's hash, not a path segment
    segs.push(seg);
    rest = rest.slice(n);
  }
  if (segs[0] !== 'responsibility_matrix' && segs[0] !== 'rm_format') return;
  const key = segs.slice(0, 3).join('::');
  byModule.set(key, (byModule.get(key) ?? 0) + size);
});
console.log('our code by module (top 15; generic framework code a view instantiates is counted under its crate above):');
for (const [k, s] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${k.padEnd(52)}${s.toLocaleString('en').padStart(10)}`);
