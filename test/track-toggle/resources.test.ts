import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { countAnalyserReads, total } from '../audio-meter/analyser-reads.js';
import {
  animationFrames,
  clonesBeside,
  contextsCreated,
  readingsWhileHidden,
} from '../audio-meter/meter.js';
import { liveToggle, press } from './toggle.js';

describe('<track-toggle>', () => {
  describe('resources', () => {
    it('makes no clone and no audio context without warn-while-muted', async () => {
      const contexts = contextsCreated();
      const { toggle, stream } = await liveToggle(
        html`<media-capture audio><track-toggle></track-toggle></media-capture>`,
      );
      await press(toggle);
      expect(clonesBeside(stream)).to.deep.equal([]);
      expect(contexts).to.deep.equal([]);
    });

    it('warn-while-muted listens through one clone, stopped on unmute; the context closes', async () => {
      const contexts = contextsCreated();
      const { toggle, stream } = await liveToggle(
        html`<media-capture audio><track-toggle warn-while-muted></track-toggle></media-capture>`,
      );
      expect(clonesBeside(stream)).to.deep.equal([]);
      await press(toggle);
      const [clone] = clonesBeside(stream);
      expect([clonesBeside(stream).length, clone.readyState, clone.enabled]).to.deep.equal([
        1,
        'live',
        true,
      ]);
      await press(toggle);
      expect(clone.readyState).to.equal('ended');
      expect(stream.getAudioTracks()[0].readyState).to.equal('live');
      expect(contexts.length).to.equal(1);
      await waitUntil(() => contexts[0].state === 'closed', 'the audio context stayed open');
    });

    it('warn-while-muted reads nothing while the page is hidden, and reads again once it is shown', async () => {
      const reads = countAnalyserReads();
      const { toggle } = await liveToggle(
        html`<media-capture audio><track-toggle warn-while-muted></track-toggle></media-capture>`,
      );
      await press(toggle);
      await waitUntil(() => total(reads).count >= 5, 'the muted microphone was never read', {
        timeout: 8000,
      });
      // Headless runs never hide the page: readingsWhileHidden() stubs what a hidden tab reads,
      // and fires the event switching tabs fires.
      expect(await readingsWhileHidden(reads), 'readings while hidden').to.equal(0);
    });

    it('warn-while-muted reads on the meters’ one loop, as often as a meter reads', async () => {
      const reads = countAnalyserReads();
      const root = await fixture(
        html`<div>
          <media-capture audio><track-toggle warn-while-muted></track-toggle></media-capture>
          <media-capture audio><audio-meter></audio-meter></media-capture>
        </div>`,
      );
      await Promise.all([...root.querySelectorAll('media-capture')].map((c) => c.start()));
      await press(root.querySelector('track-toggle')!);
      await waitUntil(() => reads.size === 2, 'the toggle and the meter should both read', {
        timeout: 8000,
      });
      const counts = () => [...reads.values()].map((entry) => entry.count);
      const before = counts();
      await animationFrames(20);
      const [first, second] = counts().map((count, i) => count - before[i]);
      // One loop reads every analyser in the same frames: the toggle once read on every frame,
      // twice as often as the meter.
      expect(first).to.be.greaterThan(0);
      expect(first).to.equal(second);
    });

    it('stops its clone, never the source, when removed while muted', async () => {
      const { toggle, stream } = await liveToggle(
        html`<media-capture audio><track-toggle warn-while-muted></track-toggle></media-capture>`,
      );
      await press(toggle);
      const [clone] = clonesBeside(stream);
      toggle.remove();
      expect(clone.readyState).to.equal('ended');
      expect(stream.getAudioTracks()[0].readyState).to.equal('live');
    });
  });
});
