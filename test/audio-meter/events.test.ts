import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { AudioMeterElement, AudioMeterSpeakingChangeEvent } from '../../src/index.js';
import { recordAnnouncements } from '../fixtures/a11y.js';
import { countAnalyserReads, total } from './analyser-reads.js';
import { liveCapture, once, stub } from '../fixtures/index.js';
import { cssLevel, inState, liveMeter, message } from './meter.js';

/**
 * A live audio track that carries digital silence: a MediaStreamAudioDestinationNode with nothing
 * connected (no fake microphone sends nothing at all). Stopped with its context by `done()`.
 */
function silentTrack() {
  const context = new AudioContext();
  const [track] = context.createMediaStreamDestination().stream.getAudioTracks();
  return {
    stream: new MediaStream([track]),
    done: () => {
      track.stop();
      return context.close();
    },
  };
}

describe('<audio-meter>', () => {
  describe('events', () => {
    it("moves with the fake microphone's sound: level, --audio-meter-level and aria-valuenow", async () => {
      const { meter } = await liveMeter();
      await waitUntil(() => meter.level > 0.3, 'the level never rose', { timeout: 5000 });
      await waitUntil(() => cssLevel(meter) > 0.3, '--audio-meter-level never rose');
      const role = meter.shadowRoot!.querySelector('[role="meter"]')!;
      await waitUntil(
        () => Number(role.getAttribute('aria-valuenow')) > 30,
        'aria-valuenow stayed',
      );
    });

    it('fires audio-meter-speakingchange (speaking) and shows :state(speaking)', async () => {
      const { meter } = await liveMeter(
        html`<media-capture audio><audio-meter hold="0"></audio-meter></media-capture>`,
      );
      const event = await oneEvent<AudioMeterSpeakingChangeEvent>(
        meter,
        'audio-meter-speakingchange',
      );
      expect([event.speaking, event.bubbles, event.composed]).to.deep.equal([true, true, true]);
      expect([meter.speaking, inState(meter, 'speaking'), inState(meter, 'silent')]).to.deep.equal([
        true,
        true,
        false,
      ]);
    });

    it('never speaks below the threshold, though it measures', async () => {
      const reads = countAnalyserReads();
      const { meter } = await liveMeter(
        html`<media-capture audio><audio-meter threshold="0"></audio-meter></media-capture>`,
      );
      let changes = 0;
      meter.addEventListener('audio-meter-speakingchange', () => changes++);
      await waitUntil(() => total(reads).loud >= 10, 'no sound was measured', { timeout: 8000 });
      expect([changes, meter.speaking, inState(meter, 'silent')]).to.deep.equal([0, false, true]);
      expect(meter.level).to.be.above(0);
    });

    it('says on the console when a number is not one, and keeps its default', async () => {
      const warned: string[] = [];
      stub(console, 'warn', (message: string) => warned.push(message));
      const { meter } = await liveMeter(
        html`<media-capture audio
          ><audio-meter threshold="loud" no-signal-after="soon"></audio-meter
        ></media-capture>`,
      );
      expect(warned).to.deep.equal([
        '<audio-meter>: threshold="loud" is not a number: the default, -50, applies.',
        '<audio-meter>: no-signal-after="soon" is not a number: the default, 5000, applies.',
      ]);
      // The fake microphone's beeps are above -50 dBFS: it speaks, as with the default.
      await waitUntil(() => meter.speaking, 'never spoke with the default threshold', {
        timeout: 8000,
      });
      expect(inState(meter, 'no-signal')).to.equal(false);
    });

    it('fires audio-meter-nosignal after no-signal-after ms of nothing at all, and says so', async () => {
      // WebKit lets a page's audio run without a gesture only while it captures.
      await liveCapture(html`<media-capture audio></media-capture>`);
      const silent = silentTrack();
      try {
        const meter = await fixture<AudioMeterElement>(
          html`<audio-meter no-signal-after="300" .stream=${silent.stream}></audio-meter>`,
        );
        const said = recordAnnouncements(meter);
        const event = await once(meter, 'audio-meter-nosignal');
        expect(event.track).to.equal(silent.stream.getAudioTracks()[0]);
        await meter.updateComplete;
        const text = 'No sound from the microphone. Check that it is not muted or unplugged.';
        expect(message(meter)).to.equal(text);
        expect(inState(meter, 'no-signal')).to.equal(true);
        expect(said.texts()).to.deep.equal([text]);
        said.stop();
        await expect(meter).to.be.accessible();
      } finally {
        await silent.done();
      }
    });

    it('is not no-signal while the microphone sends sound', async () => {
      const reads = countAnalyserReads();
      const { meter } = await liveMeter(
        html`<media-capture audio
          ><audio-meter no-signal-after="1000"></audio-meter
        ></media-capture>`,
      );
      let fired = 0;
      meter.addEventListener('audio-meter-nosignal', () => fired++);
      // Chromium's beep has gaps of digital silence ≈ 420 ms long; Firefox's tone never stops.
      await waitUntil(() => total(reads).count >= 120, 'too few readings', { timeout: 8000 });
      expect([fired, inState(meter, 'no-signal'), message(meter)]).to.deep.equal([0, false, null]);
    });
  });
});
