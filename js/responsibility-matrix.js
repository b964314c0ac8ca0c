// Responsibility Matrix: the one script a page loads, with a stable name.
//
// It loads the WebAssembly module, then defines <responsibility-matrix>:
//
//   <script type="module" src=".../responsibility-matrix.js"></script>
//   <responsibility-matrix offering="vmware" variant="unsupported-os"></responsibility-matrix>
//
// This file is a template: scripts/post-build.mjs fills in the hashed names
// (and the stylesheet's integrity hash) of this build's assets, so the
// browser can cache those forever while this entry point keeps its name.
// Every URL is resolved against this script's own URL, so the widget works
// from any directory and any origin (a sub-path on GitHub Pages, a CDN).
//
// The standalone page (index.html, `<main id="app">`) is mounted by the
// wasm module's start function; pages without #app get only the element.

import init, { MatrixElement } from './__RM_BINDGEN_JS__';

const asset = (name) => new URL(name, import.meta.url).href;
const STYLESHEET = asset('__RM_CSS__');
const STYLESHEET_INTEGRITY = '__RM_CSS_INTEGRITY__';
/** The widget's own page: "Copy link" in an embed opens the view there. */
const OWN_PAGE = asset('index.html');
/** Same limit as the Rust side (embed::MAX_MATRIX_BYTES): refuse before downloading. */
const MAX_MATRIX_BYTES = 2 * 1024 * 1024;

const wasm = await init({ module_or_path: asset('__RM_WASM__') });
dispatchEvent(new CustomEvent('responsibility-matrix:loaded', { detail: { wasm } }));

/**
 * The embedder's own matrix: a `<script type="application/json">` child, or
 * the same-origin URL in `src`. Returns `null` (none), `{ source, json }` or
 * `{ source, problem }`; the Rust side validates the JSON.
 */
async function readMatrix(element) {
  const inline = element.querySelector(':scope > script[type="application/json"]');
  if (inline) {
    return { source: inline.id ? `#${inline.id}` : 'inline JSON', json: inline.textContent ?? '' };
  }
  const src = element.getAttribute('src');
  if (src === null || src.trim() === '') return null;
  let url;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return { source: src, problem: 'src is not a valid URL' };
  }
  if (url.origin !== location.origin) {
    return {
      source: src,
      problem: `src must be on this site (${location.origin}); ${url.origin} is another origin`,
    };
  }
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      return { source: src, problem: `the server answered ${response.status} ${response.statusText}`.trim() };
    }
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_MATRIX_BYTES) {
      return {
        source: src,
        problem: `the matrix is ${length} bytes; the limit is ${MAX_MATRIX_BYTES} bytes (2 MB)`,
      };
    }
    return { source: src, json: await response.text() };
  } catch (error) {
    return { source: src, problem: `could not be fetched (${error?.message ?? error})` };
  }
}

/** Resolves once a stylesheet `<link>` has loaded (or failed), to avoid a flash of unstyled content. */
function loaded(link) {
  return new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
}

/**
 * `<responsibility-matrix>`: an independent widget in an open shadow root.
 *
 * Shadow DOM, not class-name scoping: the host page's selectors cannot reach
 * the widget's markup, the widget's styles cannot reach the page, and ids
 * stay unique per widget. Hosts theme it with the documented `--rm-*`
 * custom properties, which do cross the shadow boundary.
 */
class ResponsibilityMatrixElement extends HTMLElement {
  static get observedAttributes() {
    return MatrixElement.observedAttributes();
  }

  #handle = null;
  /** Bumped on every (re)start and stop, so a slow fetch cannot mount a stale widget. */
  #generation = 0;

  connectedCallback() {
    this.#start();
  }

  disconnectedCallback() {
    this.#stop();
  }

  attributeChangedCallback(name, previous, value) {
    if (previous === value || !this.isConnected) return;
    if (name === 'src') {
      this.#stop();
      this.#start();
    } else if (this.#handle) {
      this.#handle.attributeChanged(name, value);
    }
  }

  async #start() {
    const generation = ++this.#generation;
    this.dataset.rmState = 'loading';
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLESHEET;
    if (STYLESHEET_INTEGRITY) {
      link.integrity = STYLESHEET_INTEGRITY;
      link.crossOrigin = 'anonymous';
    }
    const container = document.createElement('div');
    container.className = 'rm-host';
    root.replaceChildren(link, container);
    const [matrix] = await Promise.all([readMatrix(this), loaded(link)]);
    if (generation !== this.#generation || !this.isConnected) return;
    const attributes = this.getAttributeNames()
      .filter((name) => !name.startsWith('data-'))
      .flatMap((name) => [name, this.getAttribute(name) ?? '']);
    this.#handle = new MatrixElement(
      container,
      attributes,
      matrix?.source,
      matrix?.json,
      matrix?.problem,
      OWN_PAGE,
    );
    this.dataset.rmState = 'ready';
    this.dispatchEvent(new CustomEvent('responsibility-matrix:ready', { bubbles: true, composed: true }));
  }

  #stop() {
    this.#generation++;
    if (this.#handle) {
      this.#handle.unmount();
      this.#handle.free();
      this.#handle = null;
    }
  }
}

if (!customElements.get('responsibility-matrix')) {
  customElements.define('responsibility-matrix', ResponsibilityMatrixElement);
}

export { ResponsibilityMatrixElement, MatrixElement };
