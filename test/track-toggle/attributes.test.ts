import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement, TrackToggleElement } from '../../src/index.js';
import { StreamChangeEvent } from '../../src/index.js';
import { liveCapture, once } from '../fixtures/index.js';
import { inState, liveToggle, press, read } from './toggle.js';

/** A third-party source: only `stream` and `stream-change`, no start() or switchDevice(). */
class PlainSource extends HTMLElement {
  #stream: MediaStream | null = null;
  get stream() {
    return this.#stream;
  }
  set stream(stream: MediaStream | null) {
    this.#stream = stream;
    this.dispatchEvent(new StreamChangeEvent(stream));
  }
}
customElements.define('plain-source', PlainSource);

describe('<track-toggle>', () => {
  describe('attributes', () => {
    it('off="disable" (default) switches every track of its kind off and on, the device kept open', async () => {
      const { toggle, stream } = await liveToggle();
      const [audio] = stream.getAudioTracks();
      const [video] = stream.getVideoTracks();
      await press(toggle);
      expect([audio.enabled, audio.readyState]).to.deep.equal([false, 'live']);
      expect([video.enabled, video.readyState]).to.deep.equal([true, 'live']);
      expect([toggle.state, inState(toggle, 'off'), inState(toggle, 'on')]).to.deep.equal([
        'off',
        true,
        false,
      ]);
      await press(toggle);
      expect(audio.enabled).to.equal(true);
      expect([toggle.state, inState(toggle, 'on')]).to.deep.equal(['on', true]);
    });

    it('off="stop" stops the kind (the other keeps running) and asks the source for the same device again', async () => {
      const { toggle, capture, stream } = await liveToggle(
        html`<media-capture video audio><track-toggle off="stop"></track-toggle></media-capture>`,
      );
      const [audio] = stream.getAudioTracks();
      const [video] = stream.getVideoTracks();
      const deviceId = audio.getSettings().deviceId;
      const asked: unknown[][] = [];
      const switchDevice = capture.switchDevice.bind(capture);
      capture.switchDevice = (...args) => (asked.push(args), switchDevice(...args));
      await press(toggle);
      expect([audio.readyState, video.readyState, capture.state]).to.deep.equal([
        'ended',
        'live',
        'live',
      ]);
      expect(read(toggle)).to.include({ label: 'Unmute', pressed: 'false', disabled: false });
      const changed = once(capture, 'media-capture-devicechange');
      await press(toggle);
      const { track } = await changed;
      await toggle.updateComplete;
      expect(asked).to.deep.equal([['audioinput', deviceId]]);
      expect([track.kind, track.readyState, track.getSettings().deviceId]).to.deep.equal([
        'audio',
        'live',
        deviceId,
      ]);
      expect(capture.stream!.getVideoTracks()).to.deep.equal([video]);
      expect(toggle.state).to.equal('on');
    });

    it('off="stop" on the only kind lets the source go idle, and starts it again', async () => {
      const { toggle, capture } = await liveToggle(
        html`<media-capture audio><track-toggle off="stop"></track-toggle></media-capture>`,
      );
      await press(toggle);
      expect(capture.state).to.equal('idle');
      expect(toggle.state).to.equal('off');
      const started = once(capture, 'media-capture-start');
      await press(toggle);
      await started;
      await toggle.updateComplete;
      expect(capture.stream!.getAudioTracks()[0].readyState).to.equal('live');
      expect(toggle.state).to.equal('on');
    });

    it('kind="video" switches the camera only', async () => {
      const { toggle, stream } = await liveToggle(
        html`<media-capture video audio><track-toggle kind="video"></track-toggle></media-capture>`,
      );
      await press(toggle);
      expect(stream.getVideoTracks()[0].enabled).to.equal(false);
      expect(stream.getAudioTracks()[0].enabled).to.equal(true);
    });

    it('for= links to a source by id, wherever it is', async () => {
      const root = await fixture(
        html`<div>
          <track-toggle for="mic"></track-toggle>
          <media-capture id="mic" audio></media-capture>
        </div>`,
      );
      const toggle = root.querySelector<TrackToggleElement>('track-toggle')!;
      const capture = root.querySelector<MediaCaptureElement>('media-capture')!;
      expect(read(toggle).description).to.equal('No microphone is on.');
      const stream = await capture.start();
      await toggle.updateComplete;
      await press(toggle);
      expect(stream.getAudioTracks()[0].enabled).to.equal(false);
    });

    it('with off="stop" says so when its source cannot switch the kind back on', async () => {
      const root = await fixture(
        html`<div>
          <plain-source id="plain"></plain-source>
          <track-toggle for="plain" off="stop"></track-toggle>
        </div>`,
      );
      const { stream } = await liveCapture(html`<media-capture audio video></media-capture>`);
      const toggle = root.querySelector<TrackToggleElement>('track-toggle')!;
      root.querySelector<PlainSource>('plain-source')!.stream = stream;
      await toggle.updateComplete;
      expect(toggle.state).to.equal('on');
      await press(toggle);
      expect(stream.getAudioTracks()[0].readyState).to.equal('ended');
      expect(read(toggle)).to.include({
        disabled: true,
        description: 'This page cannot switch it back on.',
      });
    });
  });
});
