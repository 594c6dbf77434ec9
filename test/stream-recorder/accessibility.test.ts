import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { StreamRecorderElement } from '../../src/index.js';
import { part, stub } from '../fixtures/index.js';
import { announcements, deepActiveElement, liveRecorder, recordable, sleep } from './recorder.js';

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
