import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ScreenCaptureElement } from '../../src/index.js';
import { once, part, unplug } from '../fixtures/index.js';
import {
  clickPart,
  openPicker,
  rejectingDisplayMedia,
  shareFromClick,
  statusText,
  useScreen,
} from './screen.js';

const screen = () => fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);
const panelText = (el: ScreenCaptureElement) =>
  part(el, 'panel')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<screen-capture>', () => {
  describe('accessibility', () => {
    it('is accessible while the picker is open', async () => {
      openPicker(); // a picker nobody answers: the fake UI answers at once
      const el = await screen();
      await clickPart(el, 'start-button');
      await el.updateComplete;
      expect(el.state).to.equal('requesting');
      expect(panelText(el)).to.equal('Choose a screen, window or tab to share…');
      await expect(el).to.be.accessible();
      el.stop();
    });

    it('is accessible when live', async () => {
      useScreen();
      const el = await screen();
      await shareFromClick(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible when denied (the picker cancelled)', async () => {
      // No fake UI can cancel the picker: NotAllowedError is what a cancel gives.
      rejectingDisplayMedia(new DOMException('Permission denied', 'NotAllowedError'));
      const el = await screen();
      const failed = once(el, 'screen-capture-error');
      await clickPart(el, 'start-button');
      await failed;
      await el.updateComplete;
      expect(el.state).to.equal('denied');
      await expect(el).to.be.accessible();
    });

    it('is accessible in error', async () => {
      // Fake screens are always there: NotReadableError is what a capture that failed gives.
      rejectingDisplayMedia(new DOMException('Could not start video source', 'NotReadableError'));
      const el = await screen();
      const failed = once(el, 'screen-capture-error');
      await clickPart(el, 'start-button');
      await failed;
      await el.updateComplete;
      expect(el.state).to.equal('error');
      await expect(el).to.be.accessible();
    });

    it('shares from the keyboard; focus moves to the stop button, then back to start', async () => {
      useScreen();
      const el = await screen();
      part(el, 'start-button')!.focus();
      const started = once(el, 'screen-capture-start');
      await sendKeys({ press: 'Enter' });
      await started;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'stop-button'));
      const stopped = once(el, 'screen-capture-stop');
      await sendKeys({ press: 'Enter' });
      await stopped;
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'start-button'));
    });

    it('when the user stops sharing, focus on the stop button moves to the start button', async () => {
      useScreen();
      const el = await screen();
      const stream = await shareFromClick(el);
      part(el, 'stop-button')!.focus();
      const stopped = once(el, 'screen-capture-stop');
      const restore = stream.getTracks().map((track) => unplug(track));
      await stopped;
      restore.forEach((r) => r());
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'start-button'));
    });

    it('announces each state change once, in one polite live region', async () => {
      useScreen();
      const el = await screen();
      const status = part(el, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      const texts: string[] = [];
      const observer = new MutationObserver(() => texts.push(statusText(el)));
      observer.observe(status, { subtree: true, childList: true, characterData: true });
      const stream = await shareFromClick(el);
      const stopped = once(el, 'screen-capture-stop');
      const restore = stream.getTracks().map((track) => unplug(track));
      await stopped;
      restore.forEach((r) => r());
      await el.updateComplete;
      await shareFromClick(el);
      el.stop();
      await el.updateComplete;
      observer.disconnect();
      const share = ['Choose a screen, window or tab to share…', 'Now sharing your screen.'];
      const stop = 'Stopped sharing your screen.';
      expect(texts).to.deep.equal([...share, stop, ...share, stop]);
    });

    it('takes every built-in text from strings', async () => {
      const real = useScreen();
      const el = await fixture<ScreenCaptureElement>(
        html`<screen-capture
          .strings=${{
            start: 'Partager l’écran',
            stop: 'Arrêter',
            live: 'Écran partagé.',
            'device-in-use': 'Capture impossible.',
            retry: 'Réessayer',
          }}
        ></screen-capture>`,
      );
      expect(part(el, 'start-button')!.textContent!.trim()).to.equal('Partager l’écran');
      await shareFromClick(el);
      expect(statusText(el)).to.equal('Écran partagé.');
      expect(part(el, 'stop-button')!.textContent!.trim()).to.equal('Arrêter');
      el.stop();
      real();
      rejectingDisplayMedia(new DOMException('Could not start video source', 'NotReadableError'));
      const failed = once(el, 'screen-capture-error');
      await clickPart(el, 'start-button');
      await failed;
      await el.updateComplete;
      expect(part(el, 'message')!.textContent!.trim()).to.equal('Capture impossible.');
      expect(part(el, 'retry-button')!.textContent!.trim()).to.equal('Réessayer');
    });
  });
});
