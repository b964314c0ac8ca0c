// The release build's code splitting, called by scripts/post-build.mjs.
//
// Trunk builds and binds one module; this rebuilds the crate with the `split`
// feature (src/ui/on_demand.rs declares the chunks) and replaces Trunk's
// wasm-bindgen output in the staging directory with the split one:
//
// 1. cargo build --release --features split, with the linker's relocations
//    (--emit-relocs; RUSTFLAGS replaces .cargo/config.toml's flags, so it
//    repeats them), in its own target directory: the relocations would stop
//    wasm-opt from optimising the other builds' modules;
// 2. wasm-split-cli cuts it into the main module, one `split_<chunk>.wasm` per
//    feature, `chunk_<n>.wasm` for code two features share, and the loader
//    `__wasm_split.js`;
// 3. wasm-bindgen --keep-lld-exports (the chunks import the main module's
//    function table and memory), then wasm-opt -Oz on every module;
// 4. every file gets this build's hash in its name; the loader fetches each
//    chunk with its Subresource Integrity hash.
//
// The order is the one that works: splitting wasm-bindgen's output instead
// fails on relocations, and skipping --keep-lld-exports breaks every chunk at
// instantiation.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const NAME = 'responsibility-matrix';
export const WASM_OPT_FLAGS = ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types'];

function run(cmd, args, cwd, env = {}) {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`post-build.mjs: the split build failed (${cmd} ${args.join(' ')}: ${r.error?.message ?? `exit ${r.status}`})`);
    process.exit(1);
  }
}

/**
 * Replaces Trunk's `bindgenJs` and `wasm` in `staging` with the split build.
 * Returns `{ bindgenJs, wasm, chunks: [{ file, holds }] }` (new file names).
 */
export function splitBuild(root, staging, trunkJs, trunkWasm) {
  const target = join(process.env.CARGO_TARGET_DIR || join(root, 'target'), 'split');
  run('cargo', ['build', '--quiet', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '--bin', NAME, '--features', 'split'], root, {
    CARGO_TARGET_DIR: target,
    RUSTFLAGS: '--cfg erase_components -Clink-args=--emit-relocs',
  });
  const raw = join(target, 'wasm32-unknown-unknown', 'release', `${NAME}.wasm`);
  const work = mkdtempSync(join(tmpdir(), 'rm-split-'));
  try {
    const split = join(work, 'split');
    const pkg = join(work, 'pkg');
    run('wasm-split-cli', [raw, split, '--target', 'web', '--out-name', NAME], root);
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', pkg, '--out-name', NAME, join(split, `${NAME}.wasm`)], root);
    run('wasm-opt', [...WASM_OPT_FLAGS, join(pkg, `${NAME}_bg.wasm`), '-o', join(pkg, `${NAME}_bg.wasm`)], root);
    const chunkFiles = readdirSync(split).filter((f) => f.endsWith('.wasm') && f !== `${NAME}.wasm`).sort();
    for (const f of chunkFiles) run('wasm-opt', [...WASM_OPT_FLAGS, join(split, f), '-o', join(pkg, f)], root);

    // One hash for the whole set: the main glue and the loader import each other.
    const hash = createHash('sha256');
    for (const f of [`${NAME}_bg.wasm`, `${NAME}.js`, ...chunkFiles]) hash.update(readFileSync(join(pkg, f)));
    hash.update(readFileSync(join(split, '__wasm_split.js')));
    const h = hash.digest('hex').slice(0, 16);
    const names = {
      bindgenJs: `${NAME}-${h}.js`,
      wasm: `${NAME}-${h}_bg.wasm`,
      loader: `rm-chunks-${h}.js`,
    };
    const chunkName = (f) => `rm-${f.replace(/\.wasm$/, '')}-${h}.wasm`;

    let glue = readFileSync(join(pkg, `${NAME}.js`), 'utf8');
    if (!glue.includes('"./__wasm_split.js"')) fail('the main glue does not import ./__wasm_split.js (no chunk was split off?)');
    // Only the JS imports are renamed: the import object's keys are the wasm's
    // own import module names.
    glue = glue.replace(/^(import \* as \w+ from )"\.\/__wasm_split\.js"/gm, `$1"./${names.loader}"`).replaceAll(`${NAME}_bg.wasm`, names.wasm);
    let loader = readFileSync(join(split, '__wasm_split.js'), 'utf8');
    loader = loader.replaceAll(`"./${NAME}.js"`, `"./${names.bindgenJs}"`);
    const chunks = [];
    for (const f of chunkFiles) {
      const bytes = readFileSync(join(pkg, f));
      const fetchOf = `fetch(new URL("./${f}", import.meta.url))`;
      if (!loader.includes(fetchOf)) fail(`the loader does not fetch ${f}`);
      loader = loader.replace(fetchOf, `fetch(new URL("./${chunkName(f)}", import.meta.url), { integrity: "${sri(bytes)}" })`);
      writeFileSync(join(staging, chunkName(f)), bytes);
      chunks.push({ file: chunkName(f), holds: holds(loader, chunkName(f)) });
    }
    for (const f of [`${NAME}.js`, ...chunkFiles]) if (loader.includes(`"./${f}"`)) fail(`the loader still names ${f}`);

    for (const old of [trunkJs, trunkWasm]) if (existsSync(join(staging, old))) unlinkSync(join(staging, old));
    writeFileSync(join(staging, names.bindgenJs), glue);
    writeFileSync(join(staging, names.loader), loader);
    writeFileSync(join(staging, names.wasm), readFileSync(join(pkg, `${NAME}_bg.wasm`)));
    if (existsSync(join(pkg, 'snippets'))) cpSync(join(pkg, 'snippets'), join(staging, 'snippets'), { recursive: true });
    return { ...names, chunks };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** What a chunk holds: the features named in the loader's comment or export. */
function holds(loader, file) {
  const at = loader.indexOf(file);
  const before = loader.slice(0, at);
  const comment = before.lastIndexOf('/*');
  const exported = before.lastIndexOf('export const __wasm_split_load_');
  if (exported > comment) return before.slice(exported).match(/__wasm_split_load_(\w+)/)[1];
  return before.slice(comment + 2, before.indexOf('*/', comment)).trim();
}

function fail(why) {
  console.error(`post-build.mjs: the split build failed: ${why}`);
  process.exit(1);
}
