import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { StreamMirrorElement } from '../../src/index.js';
import { canvasTrack, decode, nestedMirror, ready, videoOf } from '../fixtures/index.js';

describe('<stream-mirror>', () => {
  describe('attributes', () => {
    it('mirrored flips the preview only', async () => {
      const track = canvasTrack();
      const mirror = await fixture<StreamMirrorElement>(
        html`<stream-mirror mirrored></stream-mirror>`,
      );
      const shown = ready(mirror);
      mirror.stream = new MediaStream([track]);
      await shown;
      expect(getComputedStyle(videoOf(mirror)).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      const still = await decode(await mirror.snapshot());
      expect(still.pixel(10, 60)).to.deep.equal([255, 0, 0]);
    });

    it('fit="cover" fills the box', async () => {
      const mirror = await fixture<StreamMirrorElement>(
        html`<stream-mirror fit="cover"></stream-mirror>`,
      );
      expect(getComputedStyle(videoOf(mirror)).objectFit).to.equal('cover');
    });

    it('audible clones and plays the audio too', async () => {
      const { mirror, stream } = await nestedMirror();
      mirror.audible = true;
      await mirror.updateComplete;
      expect(mirror.tracks.map((track) => track.kind).sort()).to.deep.equal(['audio', 'video']);
      expect(mirror.tracks.map((track) => track.id)).not.to.include(stream.getAudioTracks()[0].id);
      expect(videoOf(mirror).muted).to.equal(false);
      const [audio] = mirror.tracks.filter((track) => track.kind === 'audio');
      mirror.audible = false;
      await mirror.updateComplete;
      expect(audio.readyState).to.equal('ended');
      expect(stream.getAudioTracks()[0].readyState).to.equal('live');
    });
  });
});
