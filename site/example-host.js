// Host side of the iframe embed: size each frame to the height it reports.
// (This is the README's "Embed as an iframe" snippet, in a file so the page
// can keep a strict Content-Security-Policy without 'unsafe-inline'.)
addEventListener('message', (event) => {
  if (event.data?.type !== 'responsibility-matrix:height') return;
  for (const frame of document.querySelectorAll('iframe.rm-frame')) {
    if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
  }
});
