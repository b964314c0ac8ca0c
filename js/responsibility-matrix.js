// Responsibility Matrix: the one script a page loads, with a stable name.
//
// It defines <responsibility-matrix> and loads the WebAssembly module:
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
//
// Until the module is running, the reader sees a static matrix: the
// prerendered one in index.html, the element's own fallback children, or
// (for an element without any) the build's fragment for its offering
// (static/*.html). If the module cannot load, that static matrix stays, with
// a notice.

import init, { MatrixElement } from './__RM_BINDGEN_JS__';

const asset = (name) => new URL(name, import.meta.url).href;
const STYLESHEET = asset('__RM_CSS__');
const STYLESHEET_INTEGRITY = '__RM_CSS_INTEGRITY__';
/** The widget's own page: "Copy link" in an embed opens the view there. */
const OWN_PAGE = asset('index.html');
/** Same limit as the Rust side (embed::MAX_MATRIX_BYTES): refuse before downloading. */
const MAX_MATRIX_BYTES = 2 * 1024 * 1024;
/**
 * Written by the build's prerender step: the element's attribute names and the
 * static fragments, `{ "<offering>" | "<offering>-<variant>": "static/<file>" }`.
 * `null` in a build without prerendering (then the element waits for the module).
 */
const OBSERVED = __RM_OBSERVED__;
const FRAGMENTS = __RM_FRAGMENTS__;
const DEFAULT_OFFERING = __RM_DEFAULT_OFFERING__;
/** Space an element without fallback content keeps for its table while loading. */
const RESERVED = new CSSStyleSheet();
RESERVED.replaceSync('.rm-host--reserved { min-height: var(--rm-reserved-height, 40rem); }');
const LOAD_FAILED = 'The interactive matrix could not be loaded; the table shown is static.';

/** Resolves once the module runs; rejects if it cannot be loaded. */
const ready = init({ module_or_path: asset('__RM_WASM__') });
ready.then(
  (wasm) => dispatchEvent(new CustomEvent('responsibility-matrix:loaded', { detail: { wasm } })),
  (error) => {
    console.error('responsibility-matrix: the WebAssembly module could not be loaded', error);
    document.documentElement.removeAttribute('data-rm-pending');
    const app = document.getElementById('app');
    if (app && !app.hasAttribute('data-rm-live')) app.prepend(loadFailedNotice());
    dispatchEvent(new CustomEvent('responsibility-matrix:failed', { detail: { error } }));
  },
);

function loadFailedNotice() {
  const notice = document.createElement('p');
  notice.className = 'rm-notice rm-notice--error';
  notice.dataset.rm = 'load-failed';
  notice.setAttribute('role', 'status');
  notice.textContent = LOAD_FAILED;
  return notice;
}

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
    return OBSERVED ?? MatrixElement.observedAttributes();
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
    root.adoptedStyleSheets = [RESERVED];
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLESHEET;
    if (STYLESHEET_INTEGRITY) {
      link.integrity = STYLESHEET_INTEGRITY;
      link.crossOrigin = 'anonymous';
    }
    // Until the widget mounts: the element's own fallback children (through a
    // slot), or the build's static fragment for this view, or reserved space.
    const placeholder = document.createElement('div');
    placeholder.className = 'rm-host';
    placeholder.dataset.rm = 'static';
    const fallback = this.#fallbackNodes();
    if (fallback.length > 0) placeholder.append(document.createElement('slot'));
    else this.#showFragment(placeholder, generation);
    root.replaceChildren(link, placeholder);
    let matrix;
    try {
      [matrix] = await Promise.all([readMatrix(this), loaded(link), ready]);
    } catch {
      if (generation !== this.#generation) return;
      this.dataset.rmState = 'failed';
      placeholder.prepend(loadFailedNotice());
      return;
    }
    if (generation !== this.#generation || !this.isConnected) return;
    const attributes = this.getAttributeNames()
      .filter((name) => !name.startsWith('data-'))
      .flatMap((name) => [name, this.getAttribute(name) ?? '']);
    // Take-over: built off-page, then swapped in with the static content
    // removed in the same task, so nothing is painted in between.
    const container = document.createElement('div');
    container.className = 'rm-host';
    this.#handle = new MatrixElement(
      container,
      attributes,
      matrix?.source,
      matrix?.json,
      matrix?.problem,
      OWN_PAGE,
    );
    // The embedder's fallback children stay in the light DOM (not rendered
    // without a slot): they are the page's content, not the widget's.
    root.replaceChildren(link, container);
    this.dataset.rmState = 'ready';
    this.dispatchEvent(new CustomEvent('responsibility-matrix:ready', { bubbles: true, composed: true }));
  }

  /** Fallback content the embedder put inside the element (not its inline JSON matrix). */
  #fallbackNodes() {
    return [...this.childNodes].filter((node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? !node.matches('script[type="application/json"]')
        : node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== '');
  }

  /**
   * Shows the build's static fragment when the element asks for nothing but an
   * offering and variant (any other attribute would make it the wrong view).
   */
  async #showFragment(placeholder, generation) {
    const names = this.getAttributeNames().filter((n) => (OBSERVED ?? []).includes(n));
    const offering = this.getAttribute('offering') ?? DEFAULT_OFFERING;
    const variant = this.getAttribute('variant');
    const key = variant ? `${offering}-${variant}` : offering;
    const file = FRAGMENTS?.[key];
    placeholder.classList.add('rm-host--reserved');
    if (!file || names.some((n) => n !== 'offering' && n !== 'variant')) return;
    try {
      const response = await fetch(asset(file), { credentials: 'same-origin' });
      if (!response.ok) return;
      // The build's own escaped markup (prerender step), from a file named in FRAGMENTS.
      const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
      if (generation !== this.#generation || !placeholder.isConnected) return;
      placeholder.classList.remove('rm-host--reserved');
      placeholder.append(...parsed.body.childNodes);
    } catch {
      // The reserved space stays; the live widget follows.
    }
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
  if (OBSERVED) customElements.define('responsibility-matrix', ResponsibilityMatrixElement);
  else ready.then(() => customElements.define('responsibility-matrix', ResponsibilityMatrixElement), () => {});
}

export { ResponsibilityMatrixElement, MatrixElement, ready };
