// The boot every bench page runs first: `window.__done` resolves with what the page passes to
// `window.__finish(result)`, or with `{ error }` as soon as anything on the page fails, so the
// runner never waits out its timeout on a page that already broke. bench/lib/server.mjs inlines
// this file where a page asks for /boot.js, so no page pays a blocking request before its own
// scripts (the first-frame figures start counting at navigation).
window.__done = new Promise((resolve) => (window.__finish = resolve));
addEventListener('error', (e) => __finish({ error: String(e.message) }));
addEventListener('unhandledrejection', (e) => __finish({ error: String(e.reason) }));
addEventListener('media-capture-error', (e) => __finish({ error: e.error.code }));
