import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { engine, once, part } from '../fixtures/index.js';
import { liveRecorder, recordable, sleep, take } from './recorder.js';

if (recordable) {
  describe('<stream-recorder>', function () {
    this.timeout(20000);

    describe('events', () => {
      it('fires start, data, stop in order, each bubbling and composed, with its fields', async () => {
        const { capture, recorder } = await liveRecorder();
        const seen: string[] = [];
        for (const type of ['start', 'pause', 'resume', 'data', 'stop', 'error'] as const) {
          capture.addEventListener(`stream-recorder-${type}`, (event) => {
            expect(event.bubbles && event.composed).to.equal(true);
            if (seen.at(-1) !== type) seen.push(type);
          });
        }
        const started = once(recorder, 'stream-recorder-start');
        const stop = await take(recorder, 600);
        expect((await started).mimeType).to.equal(stop.mimeType);
        expect(seen).to.deep.equal(['start', 'data', 'stop']);
        expect(stop.blob).to.be.instanceOf(Blob);
        expect(stop.blob.type).to.equal(stop.mimeType);
        expect(stop.mimeType).to.equal(recorder.mimeType);
        expect(stop.duration).to.equal(recorder.duration);
        expect(recorder.size).to.equal(stop.blob.size);
      });

      it('pause and resume fire with the state already changed; paused time does not count', async () => {
        const { recorder } = await liveRecorder();
        await recorder.start();
        const states: string[] = [];
        recorder.addEventListener('stream-recorder-pause', () => states.push(recorder.state));
        recorder.addEventListener('stream-recorder-resume', () => states.push(recorder.state));
        await sleep(300);
        recorder.pause();
        const frozen = recorder.duration;
        await sleep(400);
        expect(recorder.duration).to.equal(frozen);
        expect(recorder.getAttribute('state')).to.equal('paused');
        expect(recorder.matches(':state(paused)')).to.equal(true);
        recorder.resume();
        expect(states).to.deep.equal(['paused', 'recording']);
        await recorder.stop();
        expect(recorder.matches(':state(recorded)')).to.equal(true);
      });

      it('offers the take as a download named with its container’s extension', async () => {
        const { recorder } = await liveRecorder();
        const stop = await take(recorder, 300);
        await recorder.updateComplete;
        const link = part<HTMLAnchorElement>(recorder, 'download')!;
        expect(link.download).to.match(/^recording \d{4}-\d\d-\d\d \d\d-\d\d-\d\d\.webm$/);
        expect(link.href).to.match(/^blob:/);
        const fetched = await (await fetch(link.href)).blob();
        expect(fetched.size).to.equal(stop.blob.size);
        expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.match(
          /^Download the recording \(0:0\d, [\d.]+ kB\)$/,
        );
      });

      it('names MP4 and Ogg takes .mp4, .m4a and .ogg', async () => {
        const type = engine === 'chromium' ? 'video/mp4' : 'audio/ogg;codecs=opus';
        const kind = engine === 'chromium' ? 'video' : 'audio';
        const { recorder } = await liveRecorder(
          html`<media-capture video audio
            ><stream-recorder type=${type} kind=${kind}></stream-recorder
          ></media-capture>`,
        );
        await take(recorder, 300);
        await recorder.updateComplete;
        expect(part<HTMLAnchorElement>(recorder, 'download')!.download).to.match(
          engine === 'chromium' ? /\.mp4$/ : /\.ogg$/,
        );
      });

      it('a second take replaces the first, and the running time counts from zero', async () => {
        const { recorder } = await liveRecorder();
        const first = await take(recorder, 300);
        const second = await take(recorder, 300);
        expect(second.blob).not.to.equal(first.blob);
        expect(recorder.blob).to.equal(second.blob);
        await recorder.start();
        expect(recorder.duration).to.be.below(100);
        await recorder.updateComplete;
        expect(part(recorder, 'time')!.textContent).to.equal('0:00');
        await recorder.stop();
      });
    });
  });
}
