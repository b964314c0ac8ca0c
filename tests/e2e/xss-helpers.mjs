// XSS detection for the end-to-end tests, shared by every way untrusted text
// reaches the widget: the URL hash today; custom-element attributes and
// bring-your-own matrices next.
//
// - loadXssPayloads(): tests/e2e/xss-payloads.json, [{ id, payload }]; every
//   payload that could execute calls window.__xss('<its id>').
// - trapXss(page): before any page script runs, defines window.__xss (records
//   the ids that ran in window.__xssRan) and records every dialog (alert,
//   confirm, prompt, print is not a dialog) on the Node side, dismissing it.
//   Call it before page.goto().
// - findXss(page, options): everything that suggests a payload escaped, as a
//   list of readable strings (empty when clean).
// - assertNoXss(page, label, options): throws, naming `label`, when findXss
//   finds anything.
// - snapshotXss(page, options): the counts to pass back as `baseline`.
// - percentEncode(text), hashFor(payload, keys): links exactly as the widget
//   writes them (src/io/url_state.rs percent_encode).
// - expectedSearchValue(payload): what the search box must show for `q`.
//
// `root` (a CSS selector, default the widget) limits the element checks to
// the widget; open shadow roots below it are searched too, so a
// <responsibility-matrix> element with a shadow root can be checked as is:
// findXss(page, { root: 'responsibility-matrix' }). `root` may pierce shadow
// roots with ' >>> ': '#m >>> .rm-host' is the .rm-host inside #m's shadow
// root (the element's own stylesheet <link> beside it is then not reported).
// `page` may also be a Playwright Frame (an iframe's document); dialogs are
// recorded per page, so check the page too.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const XSS_PAYLOADS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'xss-payloads.json');
export const WIDGET_ROOT = '[data-rm="widget"]';

/** Elements that must never appear inside the widget. */
export const FORBIDDEN_TAGS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'template', 'portal'];

/** Attributes that take a URL: none may use a scripting or data scheme. */
export const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc', 'srcset'];

/** Every key of the URL hash (README, "URL state"). */
export const HASH_KEYS = ['o', 'v', 'q', 'sec', 'dom', 'party', 'shared', 'cols', 'legend', 'row'];

/** The corpus, [{ id, payload }]. */
export function loadXssPayloads(file = XSS_PAYLOADS_FILE) {
  const corpus = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.ok(Array.isArray(corpus) && corpus.length > 0, `${file}: not a non-empty array`);
  return corpus;
}

/** Percent-encodes as src/io/url_state.rs does: UTF-8 bytes, RFC 3986 unreserved kept. */
export function percentEncode(text) {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A hash (without '#') giving `payload` to every key in `keys`. */
export function hashFor(payload, keys = HASH_KEYS) {
  return keys.map((k) => `${k}=${percentEncode(payload)}`).join('&');
}

/**
 * The search box's value for `q=payload`: the first 200 characters (Unicode
 * scalar values, as Rust counts them), without line breaks (an <input>'s
 * value sanitisation strips them).
 */
export function expectedSearchValue(payload) {
  return Array.from(payload).slice(0, 200).join('').replace(/[\r\n]/g, '');
}

const dialogsByPage = new WeakMap();

/** Installs the traps; call before the first navigation. Resolves to { dialogs }. */
export async function trapXss(page) {
  await page.addInitScript(() => {
    window.__xssRan = [];
    window.__xss = (id) => window.__xssRan.push(String(id));
  });
  const dialogs = [];
  dialogsByPage.set(page, dialogs);
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return { dialogs };
}

/** Counts of what findXss compares with: forbidden elements in the whole document. */
export async function snapshotXss(page) {
  return page.evaluate((tags) => {
    const counts = {};
    for (const tag of tags) counts[tag] = document.getElementsByTagName(tag).length;
    return counts;
  }, FORBIDDEN_TAGS);
}

/**
 * Everything that suggests a payload escaped, as readable strings:
 * - ids recorded by window.__xss, and dialogs that opened;
 * - forbidden elements inside `root` (and its open shadow roots);
 * - any on* attribute inside `root`;
 * - a URL attribute inside `root` with a javascript:, vbscript: or data: URL;
 * - with `baseline` (from snapshotXss), more forbidden elements anywhere in
 *   the document than at that point.
 * A missing `root` is itself a finding (the widget must still be there).
 */
export async function findXss(page, { root = WIDGET_ROOT, baseline = null } = {}) {
  const found = await page.evaluate(
    ({ root, tags, urlAttributes, baseline }) => {
      const out = [];
      for (const id of window.__xssRan ?? []) out.push(`__xss ran: ${id}`);
      if (!window.__xss) out.push('window.__xss is missing: trapXss() was not installed');
      // 'a >>> b': b inside the shadow root of a.
      let top = null;
      for (const [i, part] of root.split('>>>').entries()) {
        const scope = i === 0 ? document : top?.shadowRoot;
        top = scope?.querySelector(part.trim()) ?? null;
      }
      if (!top) {
        out.push(`${root} is missing from the page`);
      } else {
        const describe = (el) => {
          const html = el.outerHTML;
          return html.length > 120 ? `${html.slice(0, 120)}…` : html;
        };
        // Every element under `top`, descending into open shadow roots.
        const elements = [];
        const walk = (node) => {
          for (const el of node.querySelectorAll('*')) {
            elements.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        elements.push(top);
        if (top.shadowRoot) walk(top.shadowRoot);
        walk(top);
        for (const el of elements) {
          const tag = el.localName;
          if (tags.includes(tag)) out.push(`<${tag}> inside the widget: ${describe(el)}`);
          for (const attr of el.attributes) {
            const name = attr.name.toLowerCase();
            if (name.startsWith('on')) out.push(`${name} attribute inside the widget: ${describe(el)}`);
            if (urlAttributes.includes(name)) {
              const value = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
              if (/^(javascript|vbscript|data):/.test(value) || name === 'srcdoc') {
                out.push(`${name}="${attr.value.slice(0, 60)}" inside the widget: ${describe(el)}`);
              }
            }
          }
        }
      }
      if (baseline) {
        for (const tag of tags) {
          const now = document.getElementsByTagName(tag).length;
          if (now > (baseline[tag] ?? 0)) out.push(`${now - (baseline[tag] ?? 0)} new <${tag}> in the document`);
        }
      }
      return out;
    },
    { root, tags: FORBIDDEN_TAGS, urlAttributes: URL_ATTRIBUTES, baseline },
  );
  for (const d of dialogsByPage.get(page) ?? []) found.push(`dialog opened: ${d}`);
  return found;
}

/** Fails with every finding, prefixed by `label` (e.g. the payload id and the input used). */
export async function assertNoXss(page, label, options = {}) {
  const found = await findXss(page, options);
  assert.deepEqual(found, [], `${label}: possible XSS:\n  ${found.join('\n  ')}`);
}
