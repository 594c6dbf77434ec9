import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { StreamRecorderElement, StreamRecorderError } from '../../src/index.js';
import { engine, part } from '../fixtures/index.js';
import { liveRecorder, recordable } from './recorder.js';

describe('<stream-recorder>', () => {
  describe('defaults', () => {
    it('is defined once, as StreamRecorderElement, by the kit', () => {
      expect(customElements.get('stream-recorder')).to.equal(StreamRecorderElement);
      expect(() => StreamRecorderElement.define()).not.to.throw();
    });

    it('starts inactive with nothing recorded', async () => {
      const el = await fixture<StreamRecorderElement>(html`<stream-recorder></stream-recorder>`);
      expect(el.state).to.equal('inactive');
      expect(el.getAttribute('state')).to.equal('inactive');
      expect(el.kind).to.equal('video');
      expect([el.duration, el.size, el.blob, el.tracks]).to.deep.equal([0, 0, null, []]);
      await el.stop().then(
        () => expect.fail('stop() resolved with nothing recorded'),
        (error: DOMException) => expect(error.name).to.equal('InvalidStateError'),
      );
    });

    it('without a stream, start() rejects with no-stream and the record button is disabled', async () => {
      const el = await fixture<StreamRecorderElement>(html`<stream-recorder></stream-recorder>`);
      if (!recordable) return expect(part(el, 'record-button')).to.equal(null);
      const error = await el.start().then(
        () => expect.fail('start() resolved'),
        (e: unknown) => e as StreamRecorderError,
      );
      expect(error).to.be.instanceOf(StreamRecorderError);
      expect(error.code).to.equal('no-stream');
      await el.updateComplete;
      const button = part<HTMLButtonElement>(el, 'record-button')!;
      expect(button.disabled).to.equal(true);
      expect(button.getAttribute('aria-describedby')).to.equal('no-stream');
      expect(el.shadowRoot!.getElementById('no-stream')!.textContent!.trim()).to.equal(
        'Start the camera or microphone to record.',
      );
    });

    it('negotiates the best format this browser records', async () => {
      const { recorder } = await liveRecorder();
      const expected: Record<string, string> = {
        chromium: 'video/webm;codecs=vp9,opus',
        firefox: 'video/webm;codecs=vp8,opus',
        webkit: '', // WebKitGTK records no format (measured: isTypeSupported is false for all)
      };
      expect(recorder.mimeType).to.equal(expected[engine]);
    });

    it('replaces its built-in texts through strings, literally', async () => {
      const { recorder } = await liveRecorder();
      if (!recordable) return;
      recorder.strings = { record: 'Rec $&' };
      await recorder.updateComplete;
      expect(part(recorder, 'record-button')!.textContent!.trim()).to.equal('Rec $&');
    });
  });
});
