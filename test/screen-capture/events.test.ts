import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ScreenCaptureElement, ScreenCaptureStopEvent } from '../../src/index.js';
import { noticed, once, part, unplug } from '../fixtures/index.js';
import { clickPart, recordScreen, shareFromClick, useScreen } from './screen.js';

const screen = () => fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);

describe('<screen-capture>', () => {
  beforeEach(useScreen);

  describe('events', () => {
    it('a trusted click on the start button shares: statechange ×2, stream-change, start', async () => {
      const el = await screen();
      const { seen, texts } = recordScreen(el);
      const stream = await shareFromClick(el);
      expect(texts).to.deep.equal([
        'statechange idle→requesting',
        'statechange requesting→live',
        'stream-change stream',
        'start',
      ]);
      expect(seen[0].state).to.equal('requesting');
      expect(seen.slice(1).every((s) => s.state === 'live')).to.be.true;
      expect((seen[2].event as Event & { stream: unknown }).stream).to.equal(stream);
      expect(seen.every((s) => s.event.bubbles && s.event.composed)).to.be.true;
      expect(el.stream).to.equal(stream);
      expect(el.getAttribute('state')).to.equal('live');
      expect(el.matches(':state(live)')).to.be.true;
      const [video] = stream.getVideoTracks();
      expect(video.readyState).to.equal('live');
      expect(video.getSettings().displaySurface).to.equal('monitor');
      expect(part(el, 'stop-button')!.textContent!.trim()).to.equal('Stop sharing');
    });

    it('the stop button: statechange, stop (stop), stream-change null; the tracks end', async () => {
      const el = await screen();
      const stream = await shareFromClick(el);
      const { seen, texts } = recordScreen(el);
      await clickPart(el, 'stop-button');
      await el.updateComplete;
      expect(texts).to.deep.equal(['statechange live→idle', 'stop stop', 'stream-change null']);
      const stop = seen[1].event as ScreenCaptureStopEvent;
      expect(stop.stream).to.equal(stream);
      expect(stream.getTracks().every((t) => t.readyState === 'ended')).to.be.true;
      expect(el.state).to.equal('idle');
      expect(part(el, 'start-button')).to.exist;
    });

    it('the user\'s own "Stop sharing" ends with reason ended, state idle, no error', async () => {
      const el = await screen();
      const stream = await shareFromClick(el);
      const { texts } = recordScreen(el);
      const stopped = once(el, 'screen-capture-stop');
      // No fake UI can press the browser's "Stop sharing": it ends every track, firing `ended`,
      // which unplug() stands in for.
      const restore = stream.getTracks().map((track) => unplug(track));
      const { reason } = await stopped;
      restore.forEach((r) => r());
      await el.updateComplete;
      expect(reason).to.equal('ended');
      expect(texts).to.deep.equal(['statechange live→idle', 'stop ended', 'stream-change null']);
      expect(el.state).to.equal('idle');
      expect(el.error).to.equal(null);
      expect(stream.getTracks().every((t) => t.readyState === 'ended')).to.be.true;
      expect(part(el, 'start-button')).to.exist;
    });

    it('app code stopping every track is noticed too (no `ended` fires): ended, idle', async () => {
      const el = await screen();
      const stream = await shareFromClick(el);
      const stopped = once(el, 'screen-capture-stop');
      stream.getTracks().forEach((track) => track.stop());
      await noticed(() => el.state === 'idle', 'the ended capture noticed');
      expect((await stopped).reason).to.equal('ended');
      expect(el.error).to.equal(null);
    });

    it('shares again after a stop, and after the user ended it: events in order each time', async function () {
      this.timeout(30000); // WebKit's WebDriver takes about a second a click
      const el = await screen();
      const { texts } = recordScreen(el);
      const first = await shareFromClick(el);
      el.stop();
      const second = await shareFromClick(el);
      const restore = second.getTracks().map((track) => unplug(track));
      await once(el, 'screen-capture-stop');
      restore.forEach((r) => r());
      const third = await shareFromClick(el);
      expect(new Set([first, second, third]).size).to.equal(3);
      const share = [
        'statechange idle→requesting',
        'statechange requesting→live',
        'stream-change stream',
        'start',
      ];
      expect(texts).to.deep.equal([
        ...share,
        'statechange live→idle',
        'stop stop',
        'stream-change null',
        ...share,
        'statechange live→idle',
        'stop ended',
        'stream-change null',
        ...share,
      ]);
      el.stop();
    });

    it('start() while live resolves with the current stream and asks nothing', async () => {
      const el = await screen();
      const stream = await shareFromClick(el);
      const { texts } = recordScreen(el);
      expect(await el.start()).to.equal(stream);
      expect(texts).to.deep.equal([]);
    });
  });
});
