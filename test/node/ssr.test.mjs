// SSR safety: the published package imports in Node (no DOM, no navigator) and renders the idle
// UI with @lit-labs/ssr, without asking for any device.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import assert from 'node:assert/strict';
import { test } from 'node:test';

// Every read of `navigator` is counted: no import, constructor or server render may touch it.
let navigatorReads = 0;
Object.defineProperty(globalThis, 'navigator', {
  configurable: true,
  get: () => void navigatorReads++,
});

test('importing the package defines the elements without touching navigator', async () => {
  const kit = await import('mediastream-elements');
  assert.equal(typeof kit.MediaCaptureElement, 'function');
  assert.equal(customElements.get('media-capture'), kit.MediaCaptureElement);
  assert.equal(customElements.get('stream-mirror'), kit.StreamMirrorElement);
  assert.equal(customElements.get('track-list'), kit.TrackListElement);
});

test('the classes entry point defines nothing', async () => {
  const classes = await import('mediastream-elements/classes.js');
  assert.equal(typeof classes.MediaCaptureElement.define, 'function');
  assert.equal(typeof classes.MediaCaptureError, 'function');
});

test('<media-capture> renders its idle UI on the server', async () => {
  await import('mediastream-elements');
  const out = collectResultSync(render(html`<media-capture video autostart></media-capture>`));
  assert.match(out, /<template shadowroot(mode)?="open"/);
  assert.match(out, /part="start-button"/);
  assert.match(out, /Turn on camera/);
  assert.match(out, /<slot name="idle"/);
});

test('<stream-mirror> and <track-list> render their empty states on the server', async () => {
  await import('mediastream-elements');
  const out = collectResultSync(
    render(
      html`<media-capture><stream-mirror></stream-mirror><track-list></track-list></media-capture>`,
    ),
  );
  assert.match(out, /<slot name="placeholder"/);
  assert.match(out, /part="empty"/);
  assert.equal(navigatorReads, 0);
});
