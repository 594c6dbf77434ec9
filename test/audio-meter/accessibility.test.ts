import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AudioMeterElement } from '../../src/index.js';
import { emulateForcedColors } from '../fixtures/a11y.js';
import { part } from '../fixtures/index.js';
import { countAnalyserReads, total } from './analyser-reads.js';
import { contextsCreated, liveMeter, message, meterOf } from './meter.js';

describe('<audio-meter>', () => {
  describe('accessibility', () => {
    it('is accessible without a stream and while measuring', async () => {
      const alone = await fixture<AudioMeterElement>(html`<audio-meter></audio-meter>`);
      await expect(alone).to.be.accessible();
      const { meter } = await liveMeter();
      await waitUntil(() => meter.level > 0, 'the level never rose', { timeout: 5000 });
      await expect(meter).to.be.accessible();
    });

    it('is a named role="meter" from 0 to 100', async () => {
      const { meter } = await liveMeter();
      const role = meterOf(meter);
      expect(role.getAttribute('aria-label')).to.equal('Microphone level');
      expect(['aria-valuemin', 'aria-valuemax'].map((a) => role.getAttribute(a))).to.deep.equal([
        '0',
        '100',
      ]);
    });

    it('changes aria-valuenow a few times a second at most', async () => {
      const reads = countAnalyserReads();
      const { meter } = await liveMeter();
      const role = meterOf(meter);
      const changes: number[] = [];
      const observer = new MutationObserver(() => changes.push(performance.now()));
      observer.observe(role, { attributeFilter: ['aria-valuenow'] });
      await waitUntil(() => total(reads).count >= 150, 'too few readings', { timeout: 8000 });
      observer.disconnect();
      expect(changes.length).to.be.above(0);
      const gaps = changes.slice(1).map((at, i) => at - changes[i]);
      // The element allows a change every 250 ms of frame time; observers are called a little late
      // or early under load, so the bound is looser (still far from one change per frame).
      expect(gaps.filter((gap) => gap < 150)).to.deep.equal([]);
    });

    it('says when the browser waits for a gesture, and starts on the first key press', async () => {
      const contexts = contextsCreated();
      const { meter } = await liveMeter();
      // The meter opens its context once it is seen on screen (an IntersectionObserver callback).
      await waitUntil(() => contexts.length === 1, 'the meter opened no audio context');
      const [context] = contexts;
      const resume = context.resume.bind(context);
      // Safari keeps a context suspended until a user gesture; no engine here does: resume() is
      // held back unless the page has transient activation (a real key press from the test).
      context.resume = () =>
        navigator.userActivation?.isActive ? resume() : new Promise<void>(() => {});
      await context.suspend();
      const text = 'The level shows after you click or press a key on the page.';
      await waitUntil(() => message(meter) === text, 'the meter did not say it waits');
      await expect(meter).to.be.accessible();
      await sendKeys({ press: 'a' });
      await waitUntil(() => context.state === 'running', 'the context did not resume');
      await waitUntil(() => message(meter) === null, 'the message stayed');
    });

    it('draws the bar in forced colours, and from the right in right-to-left pages', async () => {
      const { meter, root } = await liveMeter(
        html`<media-capture audio
          ><audio-meter></audio-meter><audio-meter dir="rtl"></audio-meter
        ></media-capture>`,
      );
      const rtl = root.querySelectorAll('audio-meter')[1];
      const origin = (m: AudioMeterElement) =>
        parseFloat(getComputedStyle(part(m, 'bar')!).transformOrigin);
      expect(origin(meter)).to.equal(0);
      expect(origin(rtl)).to.be.above(0);
      if (await emulateForcedColors(true)) {
        try {
          const bar = getComputedStyle(part(meter, 'bar')!).backgroundColor;
          const track = getComputedStyle(part(meter, 'track')!).backgroundColor;
          expect(bar).not.to.equal(track);
          expect(bar).not.to.equal('rgba(0, 0, 0, 0)');
        } finally {
          await emulateForcedColors(false);
        }
      }
    });
  });
});
