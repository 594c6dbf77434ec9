// No click or key press in this file: the page never has transient activation here, so every
// start() below is one made without a user gesture (Chromium's fake UI would share anyway: the
// element itself must refuse).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { MediaCaptureError, ScreenCaptureElement } from '../../src/index.js';
import { part, stub } from '../fixtures/index.js';
import { displayCalls, recordScreen, statusText, useScreen } from './screen.js';

const screen = () => fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);

describe('<screen-capture>', () => {
  describe('defaults', () => {
    it('is accessible when idle', async () => {
      await expect(await screen()).to.be.accessible();
    });

    it('is defined once, as ScreenCaptureElement, by the kit', () => {
      expect(customElements.get('screen-capture')).to.equal(ScreenCaptureElement);
      expect(() => ScreenCaptureElement.define()).not.to.throw();
    });

    it('is idle with a start button, no stream and no error', async () => {
      const el = await screen();
      expect(el.state).to.equal('idle');
      expect(el.getAttribute('state')).to.equal('idle');
      expect(el.matches(':state(idle)')).to.be.true;
      expect(el.stream).to.equal(null);
      expect(el.error).to.equal(null);
      const start = part<HTMLButtonElement>(el, 'start-button')!;
      expect(start.textContent!.trim()).to.equal('Share your screen');
      expect(start.disabled).to.be.false;
      expect(statusText(el)).to.equal('');
    });

    it('start() without a user gesture rejects gesture-required, asks nothing, stays idle', async () => {
      useScreen();
      const el = await screen();
      expect((navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive).to
        .be.false;
      const { texts } = recordScreen(el);
      const warn = stub(console, 'warn', () => {});
      const error = (await el.start().then(
        () => expect.fail('start() resolved'),
        (e: unknown) => e,
      )) as MediaCaptureError;
      warn();
      expect(error).to.be.instanceOf(MediaCaptureError);
      expect(error.code).to.equal('gesture-required');
      expect(error.recoverable).to.be.true;
      expect(error.message).to.match(/user gesture/);
      expect(displayCalls).to.deep.equal([]);
      await el.updateComplete;
      expect(texts).to.deep.equal([]);
      expect(el.state).to.equal('idle');
      expect(el.error).to.equal(null);
      expect(part(el, 'start-button')).to.exist;
      expect(part(el, 'message')).to.equal(null);
      expect(statusText(el)).to.equal('');
    });

    it('says gesture-required to the console, naming the element', async () => {
      const el = await screen();
      const warnings: unknown[] = [];
      stub(console, 'warn', (...args: unknown[]) => void warnings.push(args.join(' ')));
      await el.start().catch(() => {});
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^<screen-capture>: .*user gesture/);
    });

    it('replaces its built-in texts through strings, inserted literally', async () => {
      const el = await screen();
      el.strings = { start: 'Partager $& {x}' };
      await el.updateComplete;
      expect(part(el, 'start-button')!.textContent!.trim()).to.equal('Partager $& {x}');
    });

    it('is unsupported, once, where the browser has no getDisplayMedia (mobile browsers)', async () => {
      stub(navigator.mediaDevices, 'getDisplayMedia', undefined as never);
      const el = document.createElement('screen-capture');
      const { texts } = recordScreen(el);
      await fixture(html`${el}`);
      expect(el.state).to.equal('unsupported');
      expect(el.matches(':state(unsupported)')).to.be.true;
      expect(texts).to.deep.equal(['statechange idle→unsupported', 'error unsupported']);
      expect(el.error!.message).to.match(/getDisplayMedia/);
      expect(part(el, 'message')!.textContent!.trim()).to.equal(
        'This browser cannot share a screen.',
      );
      expect(part(el, 'start-button')).to.equal(null);
      await expect(el).to.be.accessible();
      const error = await el.start().catch((e: MediaCaptureError) => e);
      expect((error as MediaCaptureError).code).to.equal('unsupported');
    });
  });
});
