import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { StreamRecorderStopEvent } from '../../src/index.js';
import { engine, once, part, stub } from '../fixtures/index.js';
import { liveRecorder, load, recordable, sleep, take } from './recorder.js';

if (recordable) {
  describe('<stream-recorder>', function () {
    this.timeout(30000);

    describe('a take of the fake camera', () => {
      it('decodes in a <video>: 640×480, a finite duration of about 2 s, seekable', async () => {
        const { recorder } = await liveRecorder();
        let started = 0;
        let stopped = 0;
        recorder.addEventListener('stream-recorder-start', () => (started = performance.now()));
        const stop = await take(recorder, 2000, () => {
          stopped = performance.now();
          return recorder.stop();
        });
        expect(stop.reason).to.equal('stop');
        expect(stop.duration).to.be.at.least(2000);
        // A loaded machine may wait long for the first chunk: the take lasts what the clock says.
        expect(stop.duration).to.be.closeTo(stopped - started, 100);
        const media = await load(stop.blob);
        expect([media.width, media.height]).to.deep.equal([640, 480]);
        expect(media.duration).to.be.finite;
        expect(media.duration * 1000).to.be.closeTo(stop.duration, 400);
        expect(await media.seek(1)).to.be.closeTo(1, 0.25);
        media.release();
      });

      it('writes the duration a raw MediaRecorder WebM lacks (with a timeslice the raw file says Infinity)', async () => {
        const { recorder } = await liveRecorder();
        const chunks: Blob[] = [];
        recorder.addEventListener('stream-recorder-data', (event) => chunks.push(event.blob));
        const stop = await take(recorder, 2000);
        expect(stop.mimeType).to.match(/^video\/webm/);
        const raw = new Blob(chunks, { type: stop.mimeType });
        const rawMedia = await load(raw);
        const fixed = await load(stop.blob);
        if (engine === 'chromium') expect(rawMedia.duration).to.equal(Infinity);
        expect(fixed.duration).to.be.finite;
        expect(fixed.duration * 1000).to.be.closeTo(stop.duration, 400);
        rawMedia.release();
        fixed.release();
      });

      it('leaves paused time out of the file and of duration', async () => {
        const { recorder } = await liveRecorder();
        let started = 0;
        let paused = 0;
        let wall = 0;
        recorder.addEventListener('stream-recorder-start', () => (started = performance.now()));
        const stop = await take(recorder, 1000, async () => {
          const pausedAt = performance.now();
          recorder.pause();
          await sleep(1500);
          paused = performance.now() - pausedAt;
          recorder.resume();
          await sleep(1000);
          wall = performance.now() - started;
          void recorder.stop();
        });
        expect(paused).to.be.at.least(1500);
        expect(stop.duration).to.be.below(wall - 1400);
        expect(stop.duration).to.be.closeTo(wall - paused, 100);
        const media = await load(stop.blob);
        expect(media.duration * 1000).to.be.closeTo(stop.duration, 400);
        media.release();
      });
    });

    describe('attributes', () => {
      it('kind="audio" records the microphone only, in an audio container', async () => {
        const { recorder } = await liveRecorder(
          html`<media-capture video audio
            ><stream-recorder kind="audio"></stream-recorder
          ></media-capture>`,
        );
        expect(recorder.mimeType).to.match(/^audio\//);
        const stop = await take(recorder, 1000);
        expect(stop.mimeType).to.match(/^audio\/(webm|ogg)/);
        const media = await load(stop.blob);
        expect(media.width).to.equal(0);
        expect(media.duration).to.be.finite;
        media.release();
      });

      it('type: the first format this browser records wins, commas inside codecs kept', async () => {
        const { recorder } = await liveRecorder(
          html`<media-capture video audio
            ><stream-recorder
              type="video/x-unknown, video/webm;codecs=vp8,opus video/mp4"
            ></stream-recorder
          ></media-capture>`,
        );
        expect(recorder.mimeType).to.equal('video/webm;codecs=vp8,opus');
        const started = once(recorder, 'stream-recorder-start');
        await recorder.start();
        expect((await started).mimeType).to.match(/^video\/webm;\s*codecs="?vp8/);
        await recorder.stop();
      });

      it('Record again while the last take is being delivered: that take stops first, whole', async () => {
        const { recorder } = await liveRecorder();
        const order: string[] = [];
        const stops: StreamRecorderStopEvent[] = [];
        recorder.addEventListener('stream-recorder-start', () => order.push('start'));
        recorder.addEventListener('stream-recorder-stop', (event) => {
          order.push('stop');
          stops.push(event);
        });
        await recorder.start();
        await sleep(500);
        const first = recorder.stop(); // delivering: inactive, Record enabled again
        expect(recorder.state).to.equal('inactive');
        await recorder.start();
        expect(recorder.state).to.equal('recording');
        expect((await first).size).to.be.above(0);
        expect(order).to.deep.equal(['start', 'stop', 'start']);
        expect(stops[0].duration).to.be.at.least(400);
        await recorder.stop();
        expect(order).to.deep.equal(['start', 'stop', 'start', 'stop']);
      });

      it('max-duration stops the take with reason max-duration', async () => {
        const { recorder } = await liveRecorder(
          html`<media-capture video audio
            ><stream-recorder max-duration="1200"></stream-recorder
          ></media-capture>`,
        );
        const stopped = once(recorder, 'stream-recorder-stop');
        await recorder.start();
        const stop = await stopped;
        expect(stop.reason).to.equal('max-duration');
        expect(stop.duration).to.be.at.least(1190);
        expect(recorder.tracks).to.deep.equal([]);
        expect(recorder.state).to.equal('inactive');
      });

      it('a max-duration longer than a timer holds (2^31 ms) neither fires at once nor spins', async () => {
        const { recorder } = await liveRecorder(
          html`<media-capture video audio
            ><stream-recorder max-duration="3000000000"></stream-recorder
          ></media-capture>`,
        );
        // A spy that calls through (it stubs nothing): the delays of the timers the page sets.
        // A delay over 2^31 - 1 ms fires at once (HTML's timers take a 32-bit signed integer).
        const delays: number[] = [];
        const setTimer = window.setTimeout;
        const restore = stub(window, 'setTimeout', ((
          handler: TimerHandler,
          delay?: number,
          ...rest: unknown[]
        ) => {
          delays.push(Number(delay ?? 0));
          return setTimer(handler, delay, ...rest);
        }) as typeof setTimeout);
        await recorder.start();
        await sleep(1500);
        restore();
        expect(recorder.state).to.equal('recording');
        const beyond = delays.filter((delay) => delay > 2 ** 31 - 1);
        expect(beyond.length, 'timers set beyond 2^31 - 1 ms').to.equal(0);
        // Re-armed every few ms, the limit timer would have set hundreds.
        expect(delays.length, 'timers set in 1.5 s of recording').to.be.below(50);
        // The running time moves (the limit timer re-arming kept cancelling its tick).
        const moved = () => part(recorder, 'time')!.textContent !== '0:00';
        await waitUntil(moved, 'the running time stuck at 0:00', { timeout: 2000 });
        const stop = once(recorder, 'stream-recorder-stop');
        await recorder.stop();
        expect((await stop).reason).to.equal('stop');
      });

      it('timeslice: the chunks together are the recording', async () => {
        const { recorder } = await liveRecorder(
          html`<media-capture video audio
            ><stream-recorder timeslice="300"></stream-recorder
          ></media-capture>`,
        );
        const chunks: Blob[] = [];
        recorder.addEventListener('stream-recorder-data', (event) => chunks.push(event.blob));
        const stop = await take(recorder, 1500);
        expect(chunks.length).to.be.above(1);
        const total = chunks.reduce((sum, chunk) => sum + chunk.size, 0);
        // The header rewrite adds a Duration element (11 bytes) or overwrites Firefox's in place.
        expect(stop.blob.size - total).to.be.within(0, 11);
      });
    });
  });
}
