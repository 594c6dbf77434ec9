import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ScreenCaptureElement, StreamMirrorElement } from '../../src/index.js';
import { canvasTrack, engine, part, ready, stub, videoOf } from '../fixtures/index.js';
import { displayCalls, shareFromClick, useScreen, withGesture } from './screen.js';

describe('<screen-capture>', () => {
  beforeEach(useScreen);

  describe('attributes', () => {
    it('asks for video only by default', async () => {
      const el = await fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);
      const stream = await shareFromClick(el);
      expect(displayCalls).to.deep.equal([{ video: true, audio: false }]);
      expect(stream.getTracks().map((t) => t.kind)).to.deep.equal(['video']);
    });

    it('maps audio, display-surface, self-browser-surface, surface-switching, system-audio', async () => {
      const el = await fixture<ScreenCaptureElement>(html`
        <screen-capture
          audio
          display-surface="window"
          self-browser-surface="exclude"
          surface-switching="include"
          system-audio="include"
        ></screen-capture>
      `);
      const stream = await shareFromClick(el);
      expect(displayCalls).to.deep.equal([
        {
          video: { displaySurface: 'window' },
          audio: true,
          selfBrowserSurface: 'exclude',
          surfaceSwitching: 'include',
          systemAudio: 'include',
        },
      ]);
      // Measured: Chromium's fake picker honours displaySurface and adds a "Fake audio" track.
      if (engine === 'chromium') {
        expect(stream.getVideoTracks()[0].getSettings().displaySurface).to.equal('window');
        expect(stream.getAudioTracks()).to.have.length(1);
      }
    });

    it('an invalid value disables the start button, with the plain reason', async () => {
      const el = await fixture<ScreenCaptureElement>(
        html`<screen-capture display-surface="tab"></screen-capture>`,
      );
      const start = part<HTMLButtonElement>(el, 'start-button')!;
      expect(start.disabled).to.be.true;
      const reason = el.shadowRoot!.getElementById(start.getAttribute('aria-describedby')!)!;
      expect(reason.textContent!.trim()).to.equal(
        'This page is set up wrongly, so it cannot share a screen. Let the site’s owner know.',
      );
      expect(el.state).to.equal('idle');
      await expect(el).to.be.accessible();
      el.displaySurface = 'browser';
      await el.updateComplete;
      expect(part<HTMLButtonElement>(el, 'start-button')!.disabled).to.be.false;
    });

    it('start() from a gesture with an invalid value: invalid-constraints naming it, no request', async () => {
      const el = await fixture<ScreenCaptureElement>(
        html`<screen-capture system-audio="yes"></screen-capture>`,
      );
      const warnings: string[] = [];
      stub(console, 'warn', (...args: unknown[]) => void warnings.push(args.join(' ')));
      const error = (await withGesture(() => el.start().catch((e: unknown) => e))) as {
        code: string;
        message: string;
      };
      await el.updateComplete;
      expect(error.code).to.equal('invalid-constraints');
      expect(error.message).to.equal('system-audio="yes" is not one of include, exclude');
      expect(el.state).to.equal('error');
      expect(displayCalls).to.deep.equal([]);
      expect(warnings.some((w) => w.includes('system-audio="yes"'))).to.be.true;
      expect(part(el, 'retry-button')).to.equal(null);
      expect(part(el, 'message')!.textContent!.trim()).to.match(/set up wrongly/);
    });

    it('shows in a nested <stream-mirror mirrored>, never flipped', async () => {
      const el = await fixture<ScreenCaptureElement>(
        html`<screen-capture><stream-mirror mirrored></stream-mirror></screen-capture>`,
      );
      const mirror = el.querySelector<StreamMirrorElement>('stream-mirror')!;
      const shown = ready(mirror);
      await shareFromClick(el);
      const size = await shown;
      expect(size.width).to.be.greaterThan(0);
      expect(size.height).to.be.greaterThan(0);
      expect(mirror.tracks).to.have.length(1);
      expect(getComputedStyle(videoOf(mirror)).transform).to.equal('none');

      // The same mirror given a camera-like track (no displaySurface) flips it.
      const camera = await fixture<StreamMirrorElement>(
        html`<stream-mirror mirrored .stream=${new MediaStream([canvasTrack()])}></stream-mirror>`,
      );
      await camera.updateComplete;
      expect(getComputedStyle(videoOf(camera)).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });
  });
});
