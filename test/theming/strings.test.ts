// Every built-in text — visible, accessible names, announcements — can be replaced through the
// `strings` property: with every key replaced, no English default is left in any shadow root.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mediaCaptureStrings } from '../../src/components/media-capture/media-capture.strings.js';
import { streamMirrorStrings } from '../../src/components/stream-mirror/stream-mirror.strings.js';
import { trackListStrings } from '../../src/components/track-list/track-list.strings.js';
import '../../src/index.js';
import type {
  MediaCaptureElement,
  StreamMirrorElement,
  TrackListElement,
} from '../../src/index.js';

/** Each key's replacement keeps its placeholders, so the element can still fill them in. */
const replaced = <T extends object>(defaults: T) =>
  Object.fromEntries(
    Object.entries(defaults).map(([key, text]) => [
      key,
      `⟦${key}${(String(text).match(/\{\w+\}/g) ?? []).join('')}⟧`,
    ]),
  ) as T;

/** The literal words of the English defaults (the parts between placeholders), 4+ characters. */
const english = (...sets: object[]) =>
  sets
    .flatMap((set) => Object.values(set).flatMap((text) => String(text).split(/\{\w+\}/)))
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length >= 4);

/** Every text and accessible name a user or a screen reader meets in `el`'s shadow root. */
function shown(el: Element): string[] {
  const root = el.shadowRoot!;
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent!.trim();
    if (text && walker.currentNode.parentElement?.localName !== 'style') texts.push(text);
  }
  for (const labelled of root.querySelectorAll('[aria-label]')) {
    texts.push(labelled.getAttribute('aria-label')!);
  }
  return texts;
}

function expectNoEnglish(el: Element, defaults: object, data: string[] = []) {
  const words = english(defaults);
  for (let text of shown(el)) {
    for (const value of data) text = text.replaceAll(value, '');
    // Drop the replacements themselves (nested where one fills another's placeholder).
    while (/⟦[^⟦⟧]*⟧/.test(text)) text = text.replace(/⟦[^⟦⟧]*⟧/g, '');
    for (const word of words) expect(text, `"${word}" in ${el.localName}`).not.to.contain(word);
  }
}

describe('every built-in text is replaceable through `strings`', () => {
  it('<media-capture>: idle, live, error', async () => {
    const el = await fixture<MediaCaptureElement>(
      html`<media-capture video .strings=${replaced(mediaCaptureStrings)}></media-capture>`,
    );
    expectNoEnglish(el, mediaCaptureStrings);
    await el.start();
    await el.updateComplete;
    expectNoEnglish(el, mediaCaptureStrings);
    el.setAttribute('width', 'wide');
    await waitUntil(() => el.state === 'error', 'no error state');
    await el.updateComplete;
    // The error's own message (`{message}`) is data, in English by design.
    expectNoEnglish(el, mediaCaptureStrings, [el.error!.message]);
    el.stop();
  });

  it('<stream-mirror> and <track-list>: empty, then a live stream', async () => {
    const strings = { mirror: replaced(streamMirrorStrings), list: replaced(trackListStrings) };
    const root = await fixture<HTMLElement>(
      html`<div>
        <stream-mirror .strings=${strings.mirror} .stream=${null}></stream-mirror>
        <track-list .strings=${strings.list} .stream=${null}></track-list>
      </div>`,
    );
    const mirror = root.querySelector('stream-mirror') as StreamMirrorElement;
    const list = root.querySelector('track-list') as TrackListElement;
    await Promise.all([mirror.updateComplete, list.updateComplete]);
    expectNoEnglish(mirror, streamMirrorStrings);
    expectNoEnglish(list, trackListStrings);

    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    mirror.stream = stream;
    list.stream = stream;
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[part~="item"]').length === 2);
    const labels = stream.getTracks().map((t) => t.label);
    expectNoEnglish(mirror, streamMirrorStrings);
    expectNoEnglish(list, trackListStrings, labels);
    stream.getVideoTracks()[0].enabled = false;
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await list.updateComplete;
    expectNoEnglish(list, trackListStrings, labels);
    for (const track of stream.getTracks()) track.stop();
  });
});
