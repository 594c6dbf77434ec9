import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MediaCaptureElement } from '../../src/index.js';
import {
  goLive,
  hangingGetUserMedia,
  liveTracks,
  once,
  part,
  rejectingGetUserMedia,
  stub,
} from '../fixtures/index.js';

const statusText = (el: MediaCaptureElement) => part(el, 'status')!.textContent!.trim();
const panelText = (el: MediaCaptureElement) =>
  part(el, 'panel')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<media-capture>', () => {
  describe('accessibility', () => {
    it('is accessible when idle', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible while requesting', async () => {
      hangingGetUserMedia();
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      el.start().catch(() => {});
      await el.updateComplete;
      expect(el.state).to.equal('requesting');
      await expect(el).to.be.accessible();
      el.stop();
    });

    it('is accessible when live', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      await goLive(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in error', async () => {
      // Fake devices cannot be busy: a NotReadableError is what another app holding the camera gives.
      rejectingGetUserMedia(new DOMException('Could not start video source', 'NotReadableError'));
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      await el.start().catch(() => {});
      await el.updateComplete;
      expect(el.state).to.equal('error');
      await expect(el).to.be.accessible();
    });

    it('is accessible when unsupported', async () => {
      stub(navigator, 'mediaDevices', undefined as unknown as MediaDevices);
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      expect(el.state).to.equal('unsupported');
      await expect(el).to.be.accessible();
    });

    it('starts from the keyboard and moves focus to the stop button, then back', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
      part(el, 'start-button')!.focus();
      const started = once(el, 'media-capture-start');
      await sendKeys({ press: 'Enter' });
      await started;
      await el.updateComplete;
      expect(el.state).to.equal('live');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'stop-button'));
      expect(part(el, 'stop-button')!.textContent!.trim()).to.equal('Turn off camera');

      const stopped = once(el, 'media-capture-stop');
      await sendKeys({ press: 'Enter' });
      await stopped;
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(liveTracks()).to.deep.equal([]);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'start-button'));
    });

    it('has one polite live region whose text changes once per state change', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      const regions = el.shadowRoot!.querySelectorAll(
        '[aria-live], [role="status"], [role="alert"]',
      );
      expect(regions.length).to.equal(1);
      const status = part(el, 'status')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.getAttribute('role')).to.equal('status');
      expect(statusText(el)).to.equal('');

      const texts: string[] = [];
      const observer = new MutationObserver(() => texts.push(statusText(el)));
      observer.observe(status, { subtree: true, childList: true, characterData: true });
      const announced: string[] = [];
      el.addEventListener('media-capture-statechange', async () => {
        await el.updateComplete;
        announced.push(statusText(el));
      });
      await goLive(el);
      el.stop();
      await el.updateComplete;
      await Promise.resolve();
      observer.disconnect();
      expect(announced).to.deep.equal([
        'Waiting for access to the microphone…',
        'Now using your microphone.',
        'Stopped using your microphone.',
      ]);
      expect(texts).to.deep.equal(announced);
    });

    it('announces the error', async () => {
      // Fake devices are always present: NotFoundError is what a machine without any gives.
      rejectingGetUserMedia(new DOMException('Requested device not found', 'NotFoundError'));
      const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
      await el.start().catch(() => {});
      await el.updateComplete;
      expect(statusText(el)).to.equal('No camera was found. Connect one, then try again.');
      expect(panelText(el)).to.include('No camera was found.');
    });

    it('takes every built-in text from `strings`, {devices} included', async () => {
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture
          video
          .strings=${{
            camera: 'la caméra',
            start: 'Allumer {devices}',
            stop: 'Éteindre {devices}',
            requesting: 'On attend {devices}…',
            live: '{devices} est allumée.',
            stopped: '{devices} est éteinte.',
            'device-in-use': '{devices} est occupée.',
            retry: 'Réessayer',
          }}
        ></media-capture>`,
      );
      expect(part(el, 'start-button')!.textContent!.trim()).to.equal('Allumer la caméra');
      const requesting = once(el, 'media-capture-statechange');
      const started = once(el, 'media-capture-start');
      part(el, 'start-button')!.click();
      await requesting;
      await el.updateComplete;
      expect(statusText(el)).to.equal('On attend la caméra…');
      expect(panelText(el)).to.equal('On attend la caméra…');
      await started;
      await el.updateComplete;
      expect(statusText(el)).to.equal('la caméra est allumée.');
      expect(part(el, 'stop-button')!.textContent!.trim()).to.equal('Éteindre la caméra');
      part(el, 'stop-button')!.click();
      await el.updateComplete;
      expect(statusText(el)).to.equal('la caméra est éteinte.');

      // Fake devices cannot be busy: NotReadableError stands in for another app holding the camera.
      rejectingGetUserMedia(new DOMException('Could not start video source', 'NotReadableError'));
      await el.start().catch(() => {});
      await el.updateComplete;
      expect(statusText(el)).to.equal('la caméra est occupée.');
      expect(part(el, 'message')!.textContent!.trim()).to.equal('la caméra est occupée.');
      expect(part(el, 'retry-button')!.textContent!.trim()).to.equal('Réessayer');
    });

    it('names both devices, or the microphone, in the built-in texts', async () => {
      const both = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      expect(part(both, 'start-button')!.textContent!.trim()).to.equal(
        'Turn on camera and microphone',
      );
      const mic = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      expect(part(mic, 'start-button')!.textContent!.trim()).to.equal('Turn on microphone');
    });

    describe('named slots replace each state’s block', () => {
      const slotted = (el: MediaCaptureElement, name: string, builtIn: string) => {
        const slot = el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!;
        expect(slot, `slot ${name}`).to.exist;
        expect(slot.assignedElements().map((e) => e.id)).to.deep.equal([name]);
        expect(el.querySelector(`#${name}`)!.checkVisibility(), `#${name} shown`).to.be.true;
        const fallback = slot.querySelector(`[part~="${builtIn}"]`);
        expect(fallback, `${builtIn} inside slot ${name}`).to.exist;
        expect(fallback!.checkVisibility(), `built-in ${builtIn} hidden`).to.be.false;
        for (const other of ['idle', 'requesting', 'live', 'denied', 'error', 'unsupported']) {
          if (other !== name) {
            expect(el.querySelector(`#${other}`)?.checkVisibility() ?? false, `#${other}`).to.be
              .false;
          }
        }
        expect(el.querySelector('#consumer')!.checkVisibility(), 'default slot').to.be.true;
      };
      const template = () =>
        html`<media-capture video>
          <p id="consumer">preview</p>
          <button slot="idle" id="idle">Go</button>
          <p slot="requesting" id="requesting">Hold on</p>
          <button slot="live" id="live">Done</button>
          <p slot="denied" id="denied">Blocked</p>
          <p slot="error" id="error">Broken</p>
          <p slot="unsupported" id="unsupported">No</p>
        </media-capture>`;

      it('idle, requesting, live', async () => {
        hangingGetUserMedia();
        const el = await fixture<MediaCaptureElement>(template());
        slotted(el, 'idle', 'start-button');
        el.start().catch(() => {});
        await el.updateComplete;
        slotted(el, 'requesting', 'message');
        el.stop();
      });

      it('live', async () => {
        const el = await fixture<MediaCaptureElement>(template());
        await goLive(el);
        slotted(el, 'live', 'stop-button');
      });

      it('denied and error', async () => {
        // Fake-UI denial lives in its own browser group; a rejected promise is the same to the element.
        const restore = rejectingGetUserMedia(
          new DOMException('Permission denied', 'NotAllowedError'),
        );
        const el = await fixture<MediaCaptureElement>(template());
        await el.start().catch(() => {});
        await el.updateComplete;
        slotted(el, 'denied', 'message');
        restore();
        // Fake devices cannot be busy: NotReadableError stands in for another app holding the camera.
        rejectingGetUserMedia(new DOMException('Could not start video source', 'NotReadableError'));
        await el.start().catch(() => {});
        await el.updateComplete;
        slotted(el, 'error', 'message');
      });

      it('unsupported', async () => {
        stub(navigator, 'mediaDevices', undefined as unknown as MediaDevices);
        const el = await fixture<MediaCaptureElement>(template());
        slotted(el, 'unsupported', 'message');
      });

      it('focus moves into the page’s block, or onto the panel, never to <body>', async () => {
        const el = await fixture<MediaCaptureElement>(
          html`<media-capture video
            ><p slot="requesting">Hold on</p>
            <button slot="live" id="done">Done</button></media-capture
          >`,
        );
        // A prompt nobody answers yet: the page's requesting block has nothing to focus.
        const restore = hangingGetUserMedia();
        part(el, 'start-button')!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.state).to.equal('requesting');
        const panel = part(el, 'panel')!;
        expect(el.shadowRoot!.activeElement, 'the panel holding the page’s text').to.equal(panel);
        expect(panel.matches('[data-focus-moved]'), 'its focus ring').to.equal(true);
        expect(getComputedStyle(panel).outlineStyle).to.not.equal('none');
        el.stop();
        await el.updateComplete;
        restore();
        part(el, 'start-button')!.focus();
        const started = once(el, 'media-capture-start');
        await sendKeys({ press: 'Enter' });
        await started;
        await el.updateComplete;
        expect(document.activeElement, 'the page’s own button of the live block').to.equal(
          el.querySelector('#done'),
        );
      });
    });

    it('an attribute that disables the focused start button moves focus to why', async () => {
      stub(console, 'warn', () => {});
      const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
      part(el, 'start-button')!.focus();
      el.setAttribute('width', 'wide');
      await el.updateComplete;
      // Engines blur a disabled button at their next paint: two frames later focus is still kept.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect((part(el, 'start-button') as HTMLButtonElement).disabled).to.equal(true);
      const message = el.shadowRoot!.activeElement as HTMLElement;
      expect(message).to.equal(part(el, 'message'));
      expect(message.id, 'the reason the button describes').to.equal('misconfigured');
      expect(message.textContent!.trim()).to.contain('set up wrongly');
      expect(getComputedStyle(message).outlineStyle).to.not.equal('none');
    });
  });
});
