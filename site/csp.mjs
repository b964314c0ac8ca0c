// The Content-Security-Policy every page of the site runs under, stated once:
// scripts/post-build.mjs writes it into each page as a <meta> tag (static hosts
// like GitHub Pages cannot send headers), and tests/e2e/security.test.mjs
// checks the built pages carry it and run under it without a violation.
// Only the built pages are copied to dist/ (index.html lists them), not this file.

/** The policy every page of the site runs under. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self'",
].join('; ');
