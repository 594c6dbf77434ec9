import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement, StreamMirrorElement } from '../../src/index.js';
import { calls, ready } from '../fixtures/index.js';

// Preact (and some templating libraries) clear a property by assigning '' instead of undefined.
describe("a property cleared to ''", () => {
  it('constraints: the attributes apply again', async () => {
    const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
    (el as unknown as { constraints: string }).constraints = '';
    const stream = await el.start();
    expect(el.error).to.equal(null);
    expect(calls.at(-1)).to.deep.equal({ video: true, audio: false });
    expect(stream.getTracks().map((track) => track.kind)).to.deep.equal(['video']);
    el.stop();
  });

  it('stream: the consumer links to its ancestor source again', async () => {
    const root = await fixture<MediaCaptureElement>(
      html`<media-capture video><stream-mirror></stream-mirror></media-capture>`,
    );
    const mirror = root.querySelector<StreamMirrorElement>('stream-mirror')!;
    (mirror as unknown as { stream: string }).stream = '';
    const shown = ready(mirror);
    const stream = await root.start();
    await shown;
    expect(mirror.tracks.map((track) => track.kind)).to.deep.equal(['video']);
    expect(mirror.tracks[0].id).not.to.equal(stream.getVideoTracks()[0].id);
    root.stop();
  });
});
