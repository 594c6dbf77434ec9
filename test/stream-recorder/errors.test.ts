// Nothing recorded is ever lost: every way a take can end delivers the whole recording, playable,
// with the reason, and the recorder's clones stopped.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { StreamRecorderElement } from '../../src/index.js';
import { noticed, once, place, stub, unplug } from '../fixtures/index.js';
import { liveRecorder, load, recordable, take } from './recorder.js';

/** Asserts `blob` plays as the fake camera's video with a finite duration close to `ms`. */
async function assertPlayable(blob: Blob, ms: number) {
  const media = await load(blob);
  expect([media.width, media.height]).to.deep.equal([640, 480]);
  expect(media.duration).to.be.finite;
  expect(media.duration * 1000).to.be.closeTo(ms, 500);
  media.release();
}

if (recordable) {
  describe('<stream-recorder>', function () {
    this.timeout(30000);

    describe('errors: nothing recorded is lost', () => {
      it('the source stopping ends the take with reason ended, and delivers it', async () => {
        const { capture, recorder } = await liveRecorder();
        let clones: MediaStreamTrack[] = [];
        recorder.addEventListener('stream-recorder-start', () => (clones = recorder.tracks));
        const stop = await take(recorder, 1500, () => capture.stop());
        expect(stop.reason).to.equal('ended');
        expect(recorder.state).to.equal('inactive');
        expect(recorder.blob).to.equal(stop.blob);
        expect(clones.map((track) => track.readyState)).to.deep.equal(['ended', 'ended']);
        await assertPlayable(stop.blob, stop.duration);
      });

      it('a source track ending (unplugged) ends the take with reason ended', async () => {
        const { recorder, stream } = await liveRecorder();
        const stop = await take(recorder, 1500, () => unplug(stream.getAudioTracks()[0]));
        expect(stop.reason).to.equal('ended');
        expect(stream.getVideoTracks()[0].readyState).to.equal('live');
        await assertPlayable(stop.blob, stop.duration);
      });

      it('app code stopping a source track is noticed within a second: reason ended', async () => {
        const { recorder, stream } = await liveRecorder();
        const stop = await take(recorder, 1500, () => stream.getVideoTracks()[0].stop());
        expect(stop.reason).to.equal('ended');
        await assertPlayable(stop.blob, stop.duration);
      });

      it('another stream set through the stream property ends the take with reason stream-change', async () => {
        const { recorder, stream } = await liveRecorder();
        const stop = await take(recorder, 1500, () => (recorder.stream = stream.clone()));
        expect(stop.reason).to.equal('stream-change');
        (recorder.stream as MediaStream).getTracks().forEach((track) => track.stop());
        await assertPlayable(stop.blob, stop.duration);
      });

      it('for= naming another source ends the take with reason stream-change', async () => {
        const root = await fixture<HTMLElement>(
          html`<div>
            <media-capture id="a" video audio></media-capture>
            <media-capture id="b" video audio></media-capture>
            <stream-recorder for="a"></stream-recorder>
          </div>`,
        );
        const [a, b] = root.querySelectorAll('media-capture');
        await Promise.all([a.start(), b.start()]);
        const recorder = root.querySelector('stream-recorder')!;
        await recorder.updateComplete;
        const stop = await take(recorder, 1500, () => (recorder.for = 'b'));
        expect(stop.reason).to.equal('stream-change');
        await assertPlayable(stop.blob, stop.duration);
      });

      it('removal ends the take with reason disconnect, and still delivers it', async () => {
        const { recorder } = await liveRecorder();
        let clones: MediaStreamTrack[] = [];
        recorder.addEventListener('stream-recorder-start', () => (clones = recorder.tracks));
        const stop = await take(recorder, 1500, () => recorder.remove());
        expect(stop.reason).to.equal('disconnect');
        expect(clones.map((track) => track.readyState)).to.deep.equal(['ended', 'ended']);
        await assertPlayable(stop.blob, stop.duration);
      });

      it('a move within the same task is not a removal: the take goes on', async () => {
        const { recorder } = await liveRecorder();
        const stopped: string[] = [];
        recorder.addEventListener('stream-recorder-stop', (event) => stopped.push(event.reason));
        const other = place(document.createElement('div'));
        await recorder.start();
        other.append(recorder.parentElement!); // the capture and its recorder move together
        await noticed(() => recorder.duration > 600, 'still recording');
        expect(recorder.state).to.equal('recording');
        expect(stopped).to.deep.equal([]);
        await recorder.stop();
        expect(stopped).to.deep.equal(['stop']);
      });

      it('a recorder error is reported, then the take stops with reason error and is delivered', async () => {
        // No fake device makes MediaRecorder fail: the error event is dispatched on the real recorder.
        const recorders: MediaRecorder[] = [];
        const Real = MediaRecorder;
        stub(
          window,
          'MediaRecorder',
          class extends Real {
            constructor(stream: MediaStream, options?: MediaRecorderOptions) {
              super(stream, options);
              recorders.push(this);
            }
          },
        );
        const { recorder } = await liveRecorder();
        const failed = once(recorder, 'stream-recorder-error');
        const cause = new DOMException('The encoder failed.', 'UnknownError');
        const stop = await take(recorder, 1500, () =>
          recorders[0].dispatchEvent(new ErrorEvent('error', { error: cause })),
        );
        const { error } = await failed;
        expect(error.code).to.equal('recorder');
        expect(error.cause).to.equal(cause);
        expect(recorder.error).to.equal(error);
        expect(stop.reason).to.equal('error');
        await assertPlayable(stop.blob, stop.duration);
      });

      it('stop() during a stop for another reason resolves with the same recording', async () => {
        const { capture, recorder } = await liveRecorder();
        const stop = await take(recorder, 800, () => {
          capture.stop();
          void recorder.stop().then((blob) => expect(blob).to.equal(recorder.blob));
        });
        expect(stop.reason).to.equal('ended');
        expect(await recorder.stop()).to.equal(stop.blob);
      });
    });
  });
}

if (!recordable) {
  describe('<stream-recorder>', () => {
    describe('errors where the browser cannot record', () => {
      it('shows why, offers no record button, and start() rejects with unsupported', async () => {
        const { recorder } = await liveRecorder();
        const el = recorder as StreamRecorderElement;
        expect(el.shadowRoot!.querySelector('[part~="record-button"]')).to.equal(null);
        expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent!.trim()).to.equal(
          'This browser cannot record video or sound.',
        );
        const failed = once(el, 'stream-recorder-error');
        const error = await el.start().then(
          () => expect.fail('start() resolved'),
          (e: { code: string }) => e,
        );
        expect(error.code).to.equal('unsupported');
        expect((await failed).error).to.equal(error);
        expect(el.tracks).to.deep.equal([]);
      });
    });
  });
}
