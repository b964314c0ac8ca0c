// embed.html: one <responsibility-matrix> built from the page's query string,
// e.g. embed.html?offering=vmware&variant=unsupported-os&theme=dark&hide-controls
// (the element's attribute names; a boolean attribute needs no value).
//
// The page tells its parent its height whenever it changes, so the host can
// size the iframe without scrollbars:
//   { type: 'responsibility-matrix:height', height: <CSS px>, frame: <the `frame` option> }
// The message carries nothing but the height and the frame name, so it is sent
// to any parent origin ('*'); hosts must check `event.source` (see README).
import { ResponsibilityMatrixElement, ready } from './responsibility-matrix.js';

const options = new URLSearchParams(location.search);
// Runs at once, before the WebAssembly module: the element shows its
// offering's static fragment (static/*.html) until the widget takes over.
// (A build without prerendering knows the attribute names only from the module.)
const known = new Set(await attributeNames());
async function attributeNames() {
  try {
    return ResponsibilityMatrixElement.observedAttributes;
  } catch {
    await ready;
    return ResponsibilityMatrixElement.observedAttributes;
  }
}
const element = document.createElement('responsibility-matrix');
for (const [name, value] of options) {
  if (known.has(name)) element.setAttribute(name, value);
  else if (name !== 'frame') console.warn(`embed.html: unknown option “${name}” ignored`);
}
// The page's own language follows the widget's (unknown values: the widget says so, in English).
if (/^(en|fr)\b/i.test(options.get('lang') ?? '')) document.documentElement.lang = options.get('lang').slice(0, 2).toLowerCase();
document.body.append(element);

let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'responsibility-matrix:height', height, frame: options.get('frame') }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
element.addEventListener('responsibility-matrix:ready', report);
