import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement } from '../../src/index.js';
import {
  buttonShown,
  nestedMirror,
  noticed,
  once,
  ready,
  stub,
  videoOf,
} from '../fixtures/index.js';

describe('<stream-mirror>', () => {
  describe('events', () => {
    it('stream-mirror-resize reports a new intrinsic size after a restart', async () => {
      const { capture, mirror } = await nestedMirror();
      const resized = once(mirror, 'stream-mirror-resize');
      const shown = ready(mirror);
      capture.width = 320;
      capture.height = 240;
      const { width, height } = await resized;
      expect(width).to.equal(320);
      const again = await shown;
      expect([again.width, again.height]).to.deep.equal([width, height]);
      const video = videoOf(mirror);
      expect([video.videoWidth, video.videoHeight]).to.deep.equal([width, height]);
    });

    it('the play button starts a preview the browser refused to autoplay', async () => {
      const root = await fixture<MediaCaptureElement>(
        html`<media-capture video><stream-mirror></stream-mirror></media-capture>`,
      );
      const mirror = root.querySelector('stream-mirror')!;
      const video = videoOf(mirror);
      // Autoplay refusal: this group's browsers allow autoplay, so the refusal is simulated: the
      // autoplay attribute is taken away and play() rejects as a refusing browser's does.
      video.autoplay = false;
      const restore = stub(HTMLMediaElement.prototype, 'play', () =>
        Promise.reject(new DOMException('autoplay refused', 'NotAllowedError')),
      );
      const offered = buttonShown(mirror);
      await root.start();
      const button = await offered;
      restore();
      // WebKit may start a MediaStream preview on its own meanwhile; the button then goes by itself.
      if (button.isConnected) button.click();
      await noticed(
        () => !mirror.shadowRoot!.querySelector('[part~="play-button"]'),
        'button gone',
      );
      expect(video.paused).to.equal(false);
    });
  });
});
