import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement, StreamMirrorElement } from '../../src/index.js';
import { buttonShown, dark, nestedMirror, noticed, stub, videoOf } from '../fixtures/index.js';

describe('<stream-mirror>', () => {
  describe('accessibility', () => {
    it('is accessible with nothing to show', async () => {
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      expect(dark(mirror)).to.equal(true);
      await expect(mirror).to.be.accessible();
    });

    it('is accessible while showing and while dark', async () => {
      const { mirror, stream } = await nestedMirror();
      await expect(mirror).to.be.accessible();
      stream.getVideoTracks()[0].enabled = false;
      await noticed(() => dark(mirror), 'dark');
      await expect(mirror).to.be.accessible();
      stream.getVideoTracks()[0].enabled = true;
    });

    it('is accessible while offering the play button', async () => {
      const root = await fixture<MediaCaptureElement>(
        html`<media-capture video><stream-mirror></stream-mirror></media-capture>`,
      );
      const mirror = root.querySelector('stream-mirror')!;
      // Autoplay refusal, simulated as in the play-button test below.
      videoOf(mirror).autoplay = false;
      stub(HTMLMediaElement.prototype, 'play', () =>
        Promise.reject(new DOMException('autoplay refused', 'NotAllowedError')),
      );
      const offered = buttonShown(mirror);
      await root.start();
      await offered;
      await expect(mirror).to.be.accessible();
    });
  });
});
