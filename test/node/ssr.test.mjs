// SSR safety: the published package imports in Node (no DOM, no navigator) and renders the idle
// UI with @lit-labs/ssr, without asking for any device. Every element of custom-elements.json
// (scripts/elements.mjs) is checked; the idle and empty states of the first three in detail.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { elements } from '../../scripts/elements.mjs';

// Every read of `navigator` is counted: no import, constructor or server render may touch it.
let navigatorReads = 0;
Object.defineProperty(globalThis, 'navigator', {
  configurable: true,
  get: () => void navigatorReads++,
});

test('importing the package defines every element without touching navigator', async () => {
  const kit = await import('mediastream-elements');
  assert.ok(elements.length >= 3, 'custom-elements.json lists the elements');
  for (const { tag, className } of elements) {
    assert.equal(typeof kit[className], 'function', `${className} is exported`);
    assert.equal(customElements.get(tag), kit[className], `<${tag}> is ${className}`);
  }
  assert.equal(navigatorReads, 0);
});

test("each element's own entry point (mediastream-elements/<tag>.js) exports its class", async () => {
  const kit = await import('mediastream-elements');
  for (const { tag, className } of elements) {
    const module = await import(`mediastream-elements/${tag}.js`);
    assert.equal(module[className], kit[className], `${tag}.js exports ${className}`);
    assert.equal(module.default, kit[className], `${tag}.js exports ${className} as default`);
  }
});

test('the classes entry point exports every class, each with define()', async () => {
  const classes = await import('mediastream-elements/classes.js');
  for (const { className } of elements) {
    assert.equal(typeof classes[className]?.define, 'function', `${className}.define`);
  }
  assert.equal(typeof classes.MediaCaptureError, 'function');
});

test('every element renders a declarative shadow root on the server', async () => {
  await import('mediastream-elements');
  for (const { tag } of elements) {
    const name = unsafeStatic(tag);
    const out = collectResultSync(render(staticHtml`<${name}></${name}>`));
    assert.match(out, /<template shadowroot(mode)?="open"/, `<${tag}>`);
  }
  assert.equal(navigatorReads, 0);
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
