import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { StreamMirrorElement } from '../../src/index.js';
import { canvasTrack, decode, nestedMirror, ready } from '../fixtures/index.js';

describe('<stream-mirror>', () => {
  describe('snapshot()', () => {
    it('is a still at the track’s real resolution', async () => {
      const { mirror } = await nestedMirror();
      const blob = await mirror.snapshot();
      expect(blob.type).to.equal('image/png');
      const still = await decode(blob);
      expect([still.width, still.height]).to.deep.equal([640, 480]);
    });

    it('takes null for its options as it takes none (a framework passing an unset value)', async () => {
      const { mirror } = await nestedMirror();
      const blob = await mirror.snapshot(null);
      expect(blob.type).to.equal('image/png');
      expect((await decode(blob)).width).to.equal(640);
    });

    it('is unmirrored unless asked, and honours type', async () => {
      const track = canvasTrack('rgb(255, 0, 0)', 'rgb(0, 0, 255)');
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      const shown = ready(mirror);
      mirror.stream = new MediaStream([track]);
      await shown;
      const plain = await decode(await mirror.snapshot());
      expect([plain.width, plain.height]).to.deep.equal([160, 120]);
      expect(plain.pixel(10, 60)).to.deep.equal([255, 0, 0]);
      const flipped = await mirror.snapshot({ mirrored: true, type: 'image/jpeg', quality: 0.9 });
      expect(flipped.type).to.equal('image/jpeg');
      const [r, , b] = (await decode(flipped)).pixel(10, 60);
      expect(b).to.be.above(200);
      expect(r).to.be.below(60);
    });

    it('rejects when nothing is shown', async () => {
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      const error = await mirror.snapshot().catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('InvalidStateError');
      expect((error as DOMException).message).to.match(/no video frame/);
    });

    it('says to wait for stream-mirror-ready when the video has no frame yet', async () => {
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      mirror.stream = new MediaStream([canvasTrack('rgb(255, 0, 0)', 'rgb(0, 0, 255)')]);
      await mirror.updateComplete; // the clone is shown; the <video> has not loaded a frame yet
      const error = await mirror.snapshot().catch((e: unknown) => e);
      expect((error as DOMException).name).to.equal('InvalidStateError');
      expect((error as DOMException).message).to.match(/no video frame to snapshot yet: wait for/);
    });
  });
});
