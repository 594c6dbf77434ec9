import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { StreamMirrorElement } from '../../src/index.js';
import { dark, nestedMirror, videoOf } from '../fixtures/index.js';

describe('<stream-mirror>', () => {
  describe('defaults', () => {
    it('plays a muted, inline, autoplaying clone of the video only', async () => {
      const { mirror, stream, size } = await nestedMirror();
      const video = videoOf(mirror);
      expect([size.width, size.height]).to.deep.equal([640, 480]);
      expect(video.muted).to.equal(true);
      expect(video.autoplay).to.equal(true);
      expect(video.hasAttribute('playsinline')).to.equal(true);
      expect(mirror.tracks.map((track) => track.kind)).to.deep.equal(['video']);
      expect(mirror.tracks[0].id).not.to.equal(stream.getVideoTracks()[0].id);
      expect((video.srcObject as MediaStream).getTracks()).to.deep.equal(mirror.tracks);
      expect(getComputedStyle(video).objectFit).to.equal('contain');
      expect(getComputedStyle(video).transform).to.equal('none');
      expect(dark(mirror)).to.equal(false);
    });

    it('shows the placeholder text, replaceable through strings and the slot', async () => {
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      expect(mirror.shadowRoot!.querySelector('[part="placeholder"]')!.textContent).to.equal(
        'No video',
      );
      mirror.strings = { placeholder: 'Caméra éteinte' };
      await mirror.updateComplete;
      expect(mirror.shadowRoot!.querySelector('[part="placeholder"]')!.textContent).to.equal(
        'Caméra éteinte',
      );
      const own = await fixture<StreamMirrorElement>(
        html`<stream-mirror><span slot="placeholder">Say cheese</span></stream-mirror>`,
      );
      const slot = own.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="placeholder"]')!;
      expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal([
        'Say cheese',
      ]);
    });
  });
});
