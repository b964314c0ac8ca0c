// Runs the spreadsheet module (XLSX, ODS): its own small WebAssembly file,
// imported the first time a spreadsheet is opened so the core stays small.
// Both files come from this site; the WebAssembly is fetched with its
// integrity hash. The module answers JSON: a grid, or errors.

let loading = null;

async function load(jsUrl, wasmUrl, integrity) {
  const module = await import(jsUrl);
  await module.default({ module_or_path: fetch(wasmUrl, { integrity, credentials: 'same-origin' }) });
  return module;
}

export async function readSheet(jsUrl, wasmUrl, integrity, name, bytes) {
  loading ??= load(jsUrl, wasmUrl, integrity);
  let module;
  try {
    module = await loading;
  } catch (error) {
    // A failed load is tried again next time.
    loading = null;
    throw error;
  }
  return module.import_sheet(name, bytes);
}
