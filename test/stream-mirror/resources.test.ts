import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { dark, liveTracks, nestedMirror, noticed, ready } from '../fixtures/index.js';

describe('<stream-mirror>', () => {
  describe('resources', () => {
    it('owns independent clones: the mirror never stops or disables the source', async () => {
      const { mirror, stream } = await nestedMirror();
      const source = stream.getVideoTracks()[0];
      const [clone] = mirror.tracks;
      expect(clone.id).not.to.equal(source.id);
      mirror.stream = null;
      await mirror.updateComplete;
      expect(clone.readyState).to.equal('ended');
      expect(source.readyState).to.equal('live');
      expect(source.enabled).to.equal(true);
    });

    it('after <media-capture>.stop() not one track, original or clone, is live', async () => {
      const { capture, mirror } = await nestedMirror();
      mirror.audible = true;
      await mirror.updateComplete;
      expect(liveTracks()).to.have.length(4);
      capture.stop();
      await mirror.updateComplete;
      expect(liveTracks()).to.deep.equal([]);
      expect(dark(mirror)).to.equal(true);
    });

    it('releases the clones of the old stream on restart', async () => {
      const { capture, mirror } = await nestedMirror();
      const before = mirror.tracks;
      const shown = ready(mirror);
      capture.height = 240;
      await shown;
      expect(before.map((track) => track.readyState)).to.deep.equal(['ended']);
      expect(liveTracks().filter((track) => track.kind === 'video')).to.have.length(2);
    });

    it('notices app code stopping a source track within a second and releases its clone', async () => {
      const { mirror, stream } = await nestedMirror();
      const [clone] = mirror.tracks;
      stream.getVideoTracks()[0].stop();
      const took = await noticed(() => clone.readyState === 'ended', 'clone released');
      await mirror.updateComplete;
      expect(took).to.be.below(1500);
      expect(dark(mirror)).to.equal(true);
    });

    it('goes dark while the source track is switched off by app code, and back', async () => {
      const { mirror, stream } = await nestedMirror();
      const source = stream.getVideoTracks()[0];
      source.enabled = false;
      await noticed(() => dark(mirror), 'dark');
      expect(mirror.tracks[0].enabled).to.equal(false);
      source.enabled = true;
      await noticed(() => !dark(mirror), 'shown again');
      expect(await mirror.snapshot()).to.be.instanceOf(Blob);
    });
  });
});
