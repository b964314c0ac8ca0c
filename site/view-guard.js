// index.html: when the URL names a view other than the prerendered one (its
// `<meta name="rm-static-view">`), the prerendered matrix would be the wrong
// view: it is kept out of sight and out of the DOM (whose `data-rm-*` contract
// headless readers rely on) until the widget mounts the named view. A classic
// script in <head>, so it runs before anything is painted. If the module
// cannot load, the static matrix comes back (with the entry point's notice).
(() => {
  const meta = document.querySelector('meta[name="rm-static-view"]');
  const hash = location.hash.replace(/^#/, '');
  if (!meta || hash === '' || hash === meta.content) return;
  const root = document.documentElement;
  root.setAttribute('data-rm-pending', '');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('html[data-rm-pending] #app:not([data-rm-live]) > * { visibility: hidden; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let parked = [];
  document.addEventListener('DOMContentLoaded', () => {
    const app = document.getElementById('app');
    if (!app || app.hasAttribute('data-rm-live')) return;
    parked = [...app.childNodes];
    app.replaceChildren();
    root.removeAttribute('data-rm-pending');
  });
  addEventListener('responsibility-matrix:failed', () => {
    root.removeAttribute('data-rm-pending');
    document.getElementById('app')?.append(...parked);
  });
})();
