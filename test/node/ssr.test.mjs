// SSR safety: the published package imports in Node (no DOM, no navigator) and renders the idle
// UI with @lit-labs/ssr, without asking for any device.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('importing the package defines the elements without touching navigator', async () => {
  assert.equal(globalThis.navigator?.mediaDevices, undefined);
  const kit = await import('mediastream-elements');
  assert.equal(typeof kit.MediaCaptureElement, 'function');
  assert.equal(customElements.get('media-capture'), kit.MediaCaptureElement);
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
