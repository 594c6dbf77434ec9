import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { liveTracks } from '../fixtures/index.js';
import { liveRecorder, recordable, take } from './recorder.js';

if (recordable) {
  describe('<stream-recorder>', function () {
    this.timeout(20000);

    describe('resources', () => {
      it('records its own clones: stopped after the take, the source untouched', async () => {
        const { recorder, stream } = await liveRecorder();
        await recorder.start();
        const clones = recorder.tracks;
        const ids = stream.getTracks().map((track) => track.id);
        expect(clones).to.have.length(2);
        expect(clones.some((clone) => ids.includes(clone.id))).to.equal(false);
        expect(liveTracks()).to.have.length(4);
        await recorder.stop();
        expect(clones.map((clone) => clone.readyState)).to.deep.equal(['ended', 'ended']);
        expect(recorder.tracks).to.deep.equal([]);
        expect(stream.getTracks().map((track) => [track.readyState, track.enabled])).to.deep.equal([
          ['live', true],
          ['live', true],
        ]);
      });

      it('kind="audio" clones the microphone only', async () => {
        const { recorder } = await liveRecorder();
        recorder.kind = 'audio';
        await recorder.start();
        expect(recorder.tracks.map((track) => track.kind)).to.deep.equal(['audio']);
        await recorder.stop();
      });

      it('after <media-capture>.stop() during a take not one track, original or clone, is live', async () => {
        const { capture, recorder } = await liveRecorder();
        await take(recorder, 300, () => capture.stop());
        expect(liveTracks()).to.deep.equal([]);
      });
    });
  });
}
