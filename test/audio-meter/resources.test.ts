import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { AudioMeterElement, MediaCaptureElement } from '../../src/index.js';
import { setTrackEnabled } from '../../src/controllers/track-registry.js';
import { stub } from '../fixtures/index.js';
import { countAnalyserReads, total } from './analyser-reads.js';
import { clonesBeside, contextsCreated, liveMeter, readingsWhileHidden } from './meter.js';

/** Counts animation frames (a spy: the real requestAnimationFrame runs). */
function countFrames() {
  const frames = { count: 0 };
  const real = window.requestAnimationFrame.bind(window);
  stub(window, 'requestAnimationFrame', (callback: FrameRequestCallback) =>
    real((now) => {
      frames.count++;
      callback(now);
    }),
  );
  return frames;
}

describe('<audio-meter>', () => {
  describe('resources', () => {
    it('does nothing while hidden — no clone, no reading — and measures once shown', async () => {
      const reads = countAnalyserReads();
      const { stream, meters } = await liveMeter(
        html`<media-capture audio
          ><audio-meter></audio-meter><audio-meter hidden></audio-meter
          ><audio-meter style="position: fixed; top: 300vh"></audio-meter
        ></media-capture>`,
      );
      await waitUntil(() => total(reads).count >= 30, 'the visible meter never read', {
        timeout: 8000,
      });
      expect([reads.size, clonesBeside(stream).length]).to.deep.equal([1, 1]);
      meters[1].hidden = false;
      meters[2].style.top = '0';
      await waitUntil(() => reads.size === 3, 'the shown meters never read', { timeout: 8000 });
    });

    it('hidden while measuring, its level is 0 and it does not speak: nothing is measured', async () => {
      const { meters } = await liveMeter(
        html`<media-capture audio><audio-meter threshold="-100"></audio-meter></media-capture>`,
      );
      const [meter] = meters;
      await waitUntil(() => meter.level > 0 && meter.speaking, 'the meter never measured', {
        timeout: 8000,
      });
      meter.hidden = true;
      await waitUntil(() => meter.level === 0, 'the level stayed as last measured', {
        timeout: 4000,
      });
      expect(meter.speaking).to.equal(false);
      await meter.updateComplete;
      expect(
        meter.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuenow'),
      ).to.equal('0');
    });

    it('does nothing while its track is switched off', async () => {
      const reads = countAnalyserReads();
      const root = await fixture(
        html`<div>
          <media-capture id="a" audio><audio-meter></audio-meter></media-capture>
          <media-capture id="b" audio><audio-meter></audio-meter></media-capture>
        </div>`,
      );
      const [a, b] = root.querySelectorAll<MediaCaptureElement>('media-capture');
      const [off, on] = root.querySelectorAll<AudioMeterElement>('audio-meter');
      const [muted] = (await a.start()).getAudioTracks();
      await b.start();
      await waitUntil(() => reads.size === 2, 'both meters should read', { timeout: 8000 });
      setTrackEnabled(muted, false);
      const [readsOff, readsOn] = [...reads.values()].map((entry) => ({ ...entry }));
      const analysers = [...reads.keys()];
      await waitUntil(() => reads.get(analysers[1])!.count >= readsOn.count + 15, 'b stopped', {
        timeout: 8000,
      });
      expect(reads.get(analysers[0])!.count).to.equal(readsOff.count);
      expect(off.level).to.equal(0);
      expect(on.isConnected).to.equal(true);
    });

    it('reads nothing while the page is hidden, and reads again once it is shown', async () => {
      const reads = countAnalyserReads();
      await liveMeter();
      await waitUntil(() => total(reads).count >= 5, 'the meter never read', { timeout: 8000 });
      // Headless runs never hide the page: readingsWhileHidden() stubs what a hidden tab reads,
      // and fires the event switching tabs fires.
      expect(await readingsWhileHidden(reads), 'readings while hidden').to.equal(0);
    });

    it('reads each analyser at most once per animation frame', async () => {
      const reads = countAnalyserReads();
      const frames = countFrames();
      await liveMeter(
        html`<media-capture audio
          ><audio-meter></audio-meter><audio-meter></audio-meter><audio-meter></audio-meter
        ></media-capture>`,
      );
      await waitUntil(() => total(reads).count >= 90, 'too few readings', { timeout: 8000 });
      for (const { count } of reads.values()) expect(count).to.be.at.most(frames.count);
      expect(reads.size).to.equal(3);
    });

    it('measures on one audio context for every meter, closed when the last meter goes', async () => {
      const contexts = contextsCreated();
      const { stream, meters } = await liveMeter(
        html`<media-capture audio
          ><audio-meter></audio-meter><audio-meter></audio-meter
        ></media-capture>`,
      );
      await waitUntil(() => clonesBeside(stream).length === 2, 'each meter clones the track');
      expect(contexts.length).to.equal(1);
      meters[0].remove();
      expect(contexts[0].state).not.to.equal('closed');
      meters[1].remove();
      await waitUntil(() => contexts[0].state === 'closed', 'the context stayed open');
    });

    it('stops its clone, never the source, when removed', async () => {
      const { stream, meter } = await liveMeter();
      await waitUntil(() => clonesBeside(stream).length === 1, 'the meter made no clone');
      const [clone] = clonesBeside(stream);
      meter.remove();
      expect(clone.readyState).to.equal('ended');
      expect(stream.getAudioTracks()[0].readyState).to.equal('live');
    });

    it('stops its clone when the source stops', async () => {
      const { stream, capture } = await liveMeter();
      await waitUntil(() => clonesBeside(stream).length === 1, 'the meter made no clone');
      capture.stop();
      expect(clonesBeside(stream)[0].readyState).to.equal('ended');
    });
  });
});
