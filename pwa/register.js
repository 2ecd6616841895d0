// Registered after the page has loaded, so caching never competes with the first start.
// A file rather than an inline script: the Content Security Policy allows no inline code.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => navigator.serviceWorker.register('./sw.js').catch(() => {}));
}
