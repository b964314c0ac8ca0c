// Runs the spreadsheet module (XLSX, ODS): a separate WebAssembly file the
// widget loads the first time a spreadsheet is opened, so the core stays
// small. It is fetched from this site with its integrity hash and has no
// imports: it gets the file's bytes and answers JSON (a grid, or errors).

let exports = null;

async function load(url, integrity) {
  const response = await fetch(url, { integrity, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the module could not be loaded (${response.status})`);
  const { instance } = await WebAssembly.instantiate(await response.arrayBuffer(), {});
  return instance.exports;
}

/** Copies `bytes` into the module's memory; returns the address. */
function put(x, bytes) {
  const at = x.rm_alloc(bytes.length);
  new Uint8Array(x.memory.buffer, at, bytes.length).set(bytes);
  return at;
}

export async function readSheet(url, integrity, name, bytes) {
  exports ??= load(url, integrity);
  let x;
  try {
    x = await exports;
  } catch (error) {
    exports = null;
    throw error;
  }
  try {
    const nameBytes = new TextEncoder().encode(name);
    const namePtr = put(x, nameBytes);
    const bytesPtr = put(x, bytes);
    const at = x.rm_import_sheet(namePtr, nameBytes.length, bytesPtr, bytes.length);
    const length = x.rm_answer_len();
    const answer = new TextDecoder().decode(new Uint8Array(x.memory.buffer, at, length));
    x.rm_free(at, length);
    return answer;
  } catch (error) {
    // A trapped module may have lost its memory's order: start a fresh one next time.
    exports = null;
    throw error;
  }
}
