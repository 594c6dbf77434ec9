// demo/stream-recorder.html as a user meets it, in an iframe of the test page. The iframe is a
// page of its own: the fixtures' spies do not see its tracks, so each test stops its camera.
import { expect } from '@open-wc/testing';
import type { MediaCaptureElement, StreamRecorderElement } from '../../src/index.js';
import { openDemo } from '../fixtures/demo.js';
import { once } from '../fixtures/index.js';
import { recordable, sleep } from './recorder.js';

let opened: HTMLIFrameElement | undefined;

async function openRecorderDemo() {
  const { frame, doc } = await openDemo('/demo/stream-recorder.html', 'stream-recorder', 1000, 800);
  opened = frame;
  const camera = doc.getElementById('camera') as MediaCaptureElement;
  const recorder = doc.getElementById('video-recorder') as StreamRecorderElement;
  return { frame, doc, camera, recorder };
}

describe('demo/stream-recorder.html', function () {
  this.timeout(30000);

  afterEach(() => {
    (opened?.contentDocument?.getElementById('camera') as MediaCaptureElement | null)?.stop();
    opened?.remove();
    opened = undefined;
  });

  if (recordable) {
    it('logs each recorder event once', async () => {
      const { doc, camera, recorder } = await openRecorderDemo();
      const log = doc.getElementById('log')!;
      await camera.start();
      await recorder.updateComplete;
      const fired: string[] = [];
      for (const type of ['start', 'data', 'stop']) {
        doc.addEventListener(`stream-recorder-${type}`, () => fired.push(type));
      }
      const stopped = once(recorder, 'stream-recorder-stop');
      await recorder.start();
      await sleep(300);
      await recorder.stop();
      await stopped;
      const lines = [...log.children].map((item) => item.textContent!);
      const logged = (type: string) =>
        lines.filter((line) => new RegExp(`\\sstream-recorder-${type}(\\s|$)`).test(line)).length;
      expect(['start', 'data', 'stop'].map(logged)).to.deep.equal(
        ['start', 'data', 'stop'].map((type) => fired.filter((t) => t === type).length),
      );
      expect(logged('start')).to.equal(1);
      expect(logged('stop')).to.equal(1);
    });
  }

  it('Remove and Put back hand keyboard focus to each other as they swap', async () => {
    const { doc, camera } = await openRecorderDemo();
    const remove = doc.getElementById('remove') as HTMLButtonElement;
    const restore = doc.getElementById('restore') as HTMLButtonElement;
    remove.focus();
    remove.click();
    expect(remove.hidden).to.equal(true);
    expect(doc.activeElement?.id, 'focused').to.equal('restore');
    restore.click();
    expect(restore.hidden).to.equal(true);
    expect(doc.activeElement?.id, 'focused').to.equal('remove');
    expect(doc.getElementById('video-recorder')!.parentElement === camera, 'put back').to.equal(
      true,
    );
  });
});
