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

import init, { MatrixElement, setSheetModule } from './__RM_BINDGEN_JS__';

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
/**
 * The spreadsheet module (XLSX, ODS), imported by the widget on first use:
 * `{ js, wasm, integrity }`, or `null` in a build without it.
 */
const SHEET_MODULE = __RM_SHEET_MODULE__;
/** Space an element without fallback content keeps for its table while loading. */
const RESERVED = new CSSStyleSheet();
RESERVED.replaceSync(
  '.rm-host--reserved { min-height: var(--rm-reserved-height, 40rem); }' +
  '.rm-loading { margin: 0; padding: 1rem; font: inherit; color: inherit; }',
);
const LOAD_FAILED = 'The interactive matrix could not be loaded; the table shown is static.';
/** The widget served from another origin than the page's: its files need CORS headers. */
const WIDGET_ORIGIN = new URL(import.meta.url).origin;
const CROSS_ORIGIN = WIDGET_ORIGIN !== location.origin;
const CORS_HINT =
  `The widget is served from ${WIDGET_ORIGIN}, another origin than this page (${location.origin}): ` +
  'that server must send the header "Access-Control-Allow-Origin: *" (or this page\'s origin) with the ' +
  "widget's .js, .wasm, .css and static/*.html files (see the Hosting section of docs/embedding.md).";
const LOAD_FAILED_CROSS_ORIGIN = `The interactive matrix could not be loaded from ${WIDGET_ORIGIN}: its server sends no CORS header for this page.`;

/** Dispatches `rm-error` (bubbling, composed) on `element`. */
function reportError(element, detail) {
  element.dispatchEvent(new CustomEvent('rm-error', { bubbles: true, composed: true, detail }));
}

/** Resolves once the module runs; rejects if it cannot be loaded. */
const ready = init({ module_or_path: asset('__RM_WASM__') });
ready.then(
  (wasm) => {
    if (SHEET_MODULE) setSheetModule(asset(SHEET_MODULE.js), asset(SHEET_MODULE.wasm), SHEET_MODULE.integrity);
    dispatchEvent(new CustomEvent('responsibility-matrix:loaded', { detail: { wasm } }));
  },
  (error) => {
    console.error(`responsibility-matrix: the WebAssembly module could not be loaded${CROSS_ORIGIN ? `. ${CORS_HINT}` : ''}`, error);
    // The module (or a chunk of it) did not load: tell every element's host.
    const problems = [String(error?.message ?? error)];
    if (CROSS_ORIGIN) problems.push(CORS_HINT);
    const detail = { kind: 'load', source: asset('__RM_WASM__'), problems };
    for (const element of document.querySelectorAll('responsibility-matrix')) reportError(element, detail);
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
  notice.textContent = CROSS_ORIGIN ? LOAD_FAILED_CROSS_ORIGIN : LOAD_FAILED;
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
  // A <script> child of another type is never read (and without a type the
  // host page runs it as JavaScript): say so rather than show another matrix.
  const mistyped = element.querySelector(':scope > script');
  if (mistyped) {
    const type = mistyped.getAttribute('type');
    const said = type === null ? 'no type' : `type="${type.slice(0, 60)}"`;
    const problem = `the <script> inside the element has ${said}; a matrix must be in <script type="application/json">`;
    console.warn(`responsibility-matrix: ${problem}${src?.trim() ? `; reading src="${src.slice(0, 200)}" instead` : ''}.`);
    if (src === null || src.trim() === '') return { source: 'inline JSON', problem };
  }
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
    link.addEventListener('error', () => {
      if (CROSS_ORIGIN && !stylesheetWarned) {
        stylesheetWarned = true;
        console.error(`responsibility-matrix: the stylesheet ${link.href} could not be loaded. ${CORS_HINT}`);
      }
      resolve();
    }, { once: true });
  });
}
let stylesheetWarned = false;

/** WCAG relative luminance of a computed `rgb(…)` colour; `null` if unreadable. */
function luminance(color) {
  const m = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?/);
  if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * The colour scheme the host page asks for, for `theme="auto"`: its declared
 * `color-scheme` (on the element's parent, or the `<meta name="color-scheme">`);
 * one that allows both follows the reader's preference (`light dark`); a page
 * that declares none is as light or dark as its background.
 */
function hostScheme(element) {
  const declared = [
    getComputedStyle(element.parentElement ?? document.documentElement).colorScheme,
    document.querySelector('meta[name="color-scheme"]')?.content ?? '',
  ].find((value) => /light|dark/.test(value));
  if (declared) {
    const light = /light/.test(declared);
    const dark = /dark/.test(declared);
    return light && dark ? 'light dark' : light ? 'light' : 'dark';
  }
  for (let node = element.parentElement; node; node = node.parentElement) {
    const l = luminance(getComputedStyle(node).backgroundColor);
    if (l !== null) return l < 0.18 ? 'dark' : 'light';
  }
  return 'light';
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
  #container = null;
  /** The last view state dispatched (the `view` property). */
  #view = null;
  /** Follows the reader's light/dark preference while connected. */
  #schemeQuery = matchMedia('(prefers-color-scheme: dark)');
  #onSchemeChange = () => this.#applyScheme();
  #onHashChange = () => {
    const name = this.getAttribute('sync-url');
    if (this.#handle && name?.trim()) this.#handle.restoreFromHash(location.hash, name);
  };
  /** Bumped on every (re)start and stop, so a slow fetch cannot mount a stale widget. */
  #generation = 0;

  connectedCallback() {
    this.#start();
  }

  disconnectedCallback() {
    this.#stop();
  }

  /** The current view state: the last `rm-ready` / `rm-change` detail. */
  get view() {
    return this.#view;
  }

  /**
   * Colour scheme: `theme="auto"` takes the host's (see hostScheme). Then, if
   * the host's tokens leave text unreadable in that scheme (one token set for
   * both themes, e.g. a light `--rm-bg`), the scheme that matches the host's
   * background is used instead, so the rest of the palette fits it.
   */
  #applyScheme() {
    const container = this.#container;
    const rm = container?.querySelector('.rm');
    if (!container) return;
    container.style.setProperty('--rm-host-scheme', hostScheme(this));
    container.style.removeProperty('--rm-scheme-guard');
    if (!rm) return;
    const style = getComputedStyle(rm);
    const bg = luminance(style.backgroundColor);
    const text = luminance(style.color);
    if (bg !== null && text !== null && contrast(bg, text) < 4.5) {
      container.style.setProperty('--rm-scheme-guard', bg < 0.18 ? 'dark' : 'light');
    }
  }

  #syncUrl(name) {
    if (!this.#handle || !name?.trim()) return;
    const next = this.#handle.hashWithView(location.hash, name);
    if (next !== location.hash && !(next === '' && location.hash === '')) {
      history.replaceState(history.state, '', next === '' ? location.pathname + location.search : next);
    }
  }

  attributeChangedCallback(name, previous, value) {
    if (previous === value || !this.isConnected) return;
    if (name === 'src') {
      this.#stop();
      this.#start();
    } else if (name === 'sync-url') {
      if (this.#handle && value?.trim() && !this.#handle.restoreFromHash(location.hash, value)) this.#syncUrl(value);
    } else if (this.#handle) {
      this.#handle.attributeChanged(name, value);
      if (name === 'theme') this.#applyScheme();
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
    // without a slot): they are the page's content, not the widget's. Only the
    // placeholder is swapped: moving the stylesheet's <link> would unload it
    // until it is fetched again, and the colour check below would read no styles.
    placeholder.replaceWith(container);
    this.#container = container;
    const syncName = () => this.getAttribute('sync-url');
    if (syncName()?.trim()) this.#handle.restoreFromHash(location.hash, syncName());
    this.#view = JSON.parse(this.#handle.viewDetail());
    this.#handle.onChange((json) => {
      this.#view = JSON.parse(json);
      this.#syncUrl(syncName());
      this.dispatchEvent(new CustomEvent('rm-change', { bubbles: true, composed: true, detail: this.#view }));
    });
    this.#schemeQuery.addEventListener('change', this.#onSchemeChange);
    addEventListener('hashchange', this.#onHashChange);
    requestAnimationFrame(() => this.#applyScheme());
    this.#applyScheme();
    this.dataset.rmState = 'ready';
    this.dispatchEvent(new CustomEvent('responsibility-matrix:ready', { bubbles: true, composed: true }));
    this.dispatchEvent(new CustomEvent('rm-ready', { bubbles: true, composed: true, detail: this.#view }));
    const rejected = this.#handle.matrixRejected();
    if (rejected) reportError(this, JSON.parse(rejected));
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
    const loading = document.createElement('p');
    loading.className = 'rm-loading';
    loading.dataset.rm = 'loading';
    loading.setAttribute('role', 'status');
    loading.textContent = 'Loading the responsibility matrix…';
    placeholder.append(loading);
    // How the widget looks (title, heading level, theme) does not change the table the fragment shows.
    const looks = ['offering', 'variant', 'hide-title', 'heading-level', 'theme', 'compact'];
    if (!file || names.some((n) => !looks.includes(n))) return;
    try {
      const response = await fetch(asset(file), { credentials: 'same-origin' });
      if (!response.ok) return;
      // The build's own escaped markup (prerender step), from a file named in FRAGMENTS.
      const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
      if (generation !== this.#generation || !placeholder.isConnected) return;
      placeholder.classList.remove('rm-host--reserved');
      loading.remove();
      this.#fitHeadings(parsed.body);
      placeholder.append(...parsed.body.childNodes);
    } catch {
      // The reserved space stays; the live widget follows.
    }
  }

  /**
   * The fragment's headings as the live widget will have them: no title with
   * `hide-title`, the title at `heading-level` and its sub-headings one below.
   */
  #fitHeadings(body) {
    const title = body.querySelector('.rm-title');
    if (this.hasAttribute('hide-title') && !['false', '0'].includes(this.getAttribute('hide-title').trim().toLowerCase())) {
      title?.remove();
    }
    const level = Number(this.getAttribute('heading-level'));
    if (!Number.isInteger(level) || level < 1 || level > 6 || level === 2) return;
    const rename = (el, n) => {
      const renamed = document.createElement(`h${n}`);
      for (const { name, value } of el.attributes) renamed.setAttribute(name, value);
      renamed.append(...el.childNodes);
      el.replaceWith(renamed);
    };
    if (title?.isConnected) rename(title, level);
    for (const sub of body.querySelectorAll('.rm-legend__heading:is(h3), .rm-about__heading:is(h3), .rm-source__heading:is(h3)')) {
      rename(sub, Math.min(level + 1, 6));
    }
  }

  #stop() {
    this.#generation++;
    this.#schemeQuery.removeEventListener('change', this.#onSchemeChange);
    removeEventListener('hashchange', this.#onHashChange);
    this.#container = null;
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
