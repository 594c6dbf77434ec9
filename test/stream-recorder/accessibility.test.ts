import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { StreamRecorderElement } from '../../src/index.js';
import { once, part, stub } from '../fixtures/index.js';
import { announcements, deepActiveElement, liveRecorder, recordable, sleep } from './recorder.js';

/** The focused element shows the kit's focus ring (an outline), whatever moved focus there. */
const ringShown = (element: Element | null) =>
  !!element && getComputedStyle(element).outlineStyle !== 'none';

/**
 * The focused element as a selector (`p[part=message]#no-stream`, `body`): a failure names it
 * instead of printing a whole element.
 */
function focusedName(): string {
  const element = deepActiveElement();
  if (!element) return 'nothing';
  const partName = element.getAttribute('part');
  return `${element.localName}${partName ? `[part=${partName}]` : ''}${element.id ? `#${element.id}` : ''}`;
}

describe('<stream-recorder>', function () {
  this.timeout(20000);

  describe('accessibility', () => {
    it('is accessible with nothing to record: the disabled button says why', async () => {
      const el = await fixture<StreamRecorderElement>(html`<stream-recorder></stream-recorder>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible where the browser cannot record, saying so in plain words', async () => {
      // WebKitGTK's real behaviour (no format supported), stood in for in the other engines.
      stub(MediaRecorder, 'isTypeSupported', () => false);
      const el = await fixture<StreamRecorderElement>(html`<stream-recorder></stream-recorder>`);
      expect(part(el, 'message')!.textContent!.trim()).to.equal(
        'This browser cannot record video or sound.',
      );
      expect(part(el, 'record-button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    if (!recordable) return;

    it('is accessible in every state: ready, recording, paused, recorded', async () => {
      const { recorder } = await liveRecorder();
      await expect(recorder).to.be.accessible();
      await recorder.start();
      await recorder.updateComplete;
      await expect(recorder).to.be.accessible();
      recorder.pause();
      await recorder.updateComplete;
      await expect(recorder).to.be.accessible();
      await recorder.stop();
      await recorder.updateComplete;
      expect(part(recorder, 'download')).to.exist;
      await expect(recorder).to.be.accessible();
    });

    it('keeps focus on the control that replaces the one pressed, never <body>', async () => {
      const { recorder } = await liveRecorder();
      part(recorder, 'record-button')!.focus();
      part(recorder, 'record-button')!.click();
      await waitUntil(() => recorder.state === 'recording');
      await recorder.updateComplete;
      expect(deepActiveElement()).to.equal(part(recorder, 'stop-button'));
      const pause = part(recorder, 'pause-button')!;
      pause.focus();
      pause.click();
      await recorder.updateComplete;
      expect(deepActiveElement()).to.equal(pause);
      part(recorder, 'stop-button')!.focus();
      part(recorder, 'stop-button')!.click();
      await recorder.updateComplete;
      expect(deepActiveElement()).to.equal(part(recorder, 'record-button'));
      await recorder.stop();
    });

    it('Record focused when the source stops: focus moves to why it is disabled, visibly, never <body>', async () => {
      const { capture, recorder } = await liveRecorder();
      const record = part<HTMLButtonElement>(recorder, 'record-button')!;
      record.focus();
      capture.stop();
      await recorder.updateComplete;
      await nextFrame(); // where a browser moves focus off a disabled control (Chromium, Firefox)
      expect(record.disabled).to.equal(true);
      const message = recorder.shadowRoot!.getElementById('no-stream');
      expect(focusedName()).to.equal('p[part=message]#no-stream');
      expect(ringShown(message), 'a focus ring on the message').to.equal(true);
      await expect(recorder).to.be.accessible();
      // The camera back: the record button it replaces takes focus again.
      await capture.start();
      await recorder.updateComplete;
      expect(focusedName()).to.equal('button[part=record-button]');
      capture.stop();
    });

    it('Record focused with a take to download when the source stops: focus moves to the download link', async () => {
      const { capture, recorder } = await liveRecorder();
      await recorder.start();
      await sleep(300);
      await recorder.stop();
      await recorder.updateComplete;
      part(recorder, 'record-button')!.focus();
      capture.stop();
      await recorder.updateComplete;
      await nextFrame();
      const download = part(recorder, 'download');
      expect(focusedName()).to.equal('a[part=download]');
      expect(ringShown(download), 'a focus ring on the link').to.equal(true);
    });

    it('Stop focused when the source stops mid-take: focus on the message, visibly, then on the download link', async () => {
      const { capture, recorder } = await liveRecorder();
      await recorder.start();
      await sleep(300);
      await recorder.updateComplete;
      part(recorder, 'stop-button')!.focus();
      const stopped = once(recorder, 'stream-recorder-stop');
      capture.stop();
      await recorder.updateComplete;
      // The stop button went and the record button cannot work: the message saying why, ringed,
      // while the take is being delivered.
      const message = recorder.shadowRoot!.getElementById('no-stream');
      expect(focusedName()).to.equal('p[part=message]#no-stream');
      expect(ringShown(message), 'a focus ring on the message').to.equal(true);
      expect((await stopped).reason).to.equal('ended');
      await recorder.updateComplete;
      const download = part(recorder, 'download');
      expect(focusedName()).to.equal('a[part=download]');
      expect(ringShown(download), 'a focus ring on the link').to.equal(true);
      // The message, no longer focused, is not left focusable.
      expect(message!.hasAttribute('tabindex')).to.equal(false);
    });

    it('writes the download link’s size in the nearest language, across shadow roots', async () => {
      // lang="fr" on an ancestor of the shadow host: French writes kilobytes "ko" (and bytes "o",
      // megabytes "Mo"), so the size reads differently from English whatever it is.
      const page = await fixture<HTMLElement>(html`<div lang="fr"><div></div></div>`);
      const shadow = page.firstElementChild!.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<media-capture video audio><stream-recorder></stream-recorder></media-capture>`;
      const capture = shadow.querySelector('media-capture')!;
      const recorder = shadow.querySelector('stream-recorder')!;
      await capture.start();
      await recorder.start();
      await sleep(300);
      const blob = await recorder.stop();
      await recorder.updateComplete;
      const [value, unit] =
        blob.size >= 1e6
          ? [blob.size / 1e6, 'megabyte']
          : blob.size >= 1e3
            ? [blob.size / 1e3, 'kilobyte']
            : [blob.size, 'byte'];
      const french = new Intl.NumberFormat('fr', {
        style: 'unit',
        unit,
        maximumFractionDigits: 1,
      }).format(value);
      const sizeShown = part(recorder, 'download')!.querySelectorAll('bdi')[1].textContent;
      expect(sizeShown).to.equal(french);
      capture.stop();
    });

    it('announces each change once: start, pause, resume, stop with the time recorded', async () => {
      const { recorder } = await liveRecorder();
      const region = announcements(recorder);
      await recorder.start();
      await sleep(50);
      recorder.pause();
      await sleep(50);
      recorder.resume();
      await sleep(50);
      await recorder.stop();
      await recorder.updateComplete;
      expect(region.said()).to.deep.equal([
        'Recording.',
        'Recording paused.',
        'Recording resumed.',
        'Recording stopped: 0:00 recorded, ready to download.',
      ]);
      region.stop();
    });

    it('shows recording and paused without colour: its words and the pause button’s label change', async () => {
      const { recorder } = await liveRecorder();
      await recorder.start();
      await recorder.updateComplete;
      const texts = () =>
        ['indicator', 'pause-button'].map((name) => part(recorder, name)!.textContent!.trim());
      expect(texts()).to.deep.equal(['Recording', 'Pause']);
      recorder.pause();
      await recorder.updateComplete;
      expect(texts()).to.deep.equal(['Paused', 'Resume']);
      await recorder.stop();
    });

    it('isolates the running time and the download link’s numbers for right-to-left pages', async () => {
      const { recorder } = await liveRecorder(
        html`<media-capture video audio dir="rtl" lang="ar"
          ><stream-recorder></stream-recorder
        ></media-capture>`,
      );
      await recorder.start();
      await recorder.updateComplete;
      const time = part(recorder, 'time')!;
      expect(getComputedStyle(time).direction).to.equal('ltr');
      expect(getComputedStyle(time).unicodeBidi).to.equal('isolate');
      expect(time.textContent).to.match(/^\d+:\d\d$/);
      await recorder.stop();
      await recorder.updateComplete;
      const values = [...part(recorder, 'download')!.querySelectorAll('bdi')];
      expect(values.map((bdi) => bdi.getAttribute('dir'))).to.deep.equal(['ltr', null]);
    });
  });
});
