// What the <stream-recorder> suites share: a recorder linked to a started capture, a take of a
// given length, and a recording decoded the way a player meets it.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type {
  MediaCaptureElement,
  StreamRecorderElement,
  StreamRecorderStopEvent,
} from '../../src/index.js';
import { canRecord } from '../../src/components/stream-recorder/stream-recorder.formats.js';
import { once } from '../fixtures/index.js';

/** Whether this engine records at all (WebKitGTK's MediaRecorder records no format: measured). */
export const recordable = canRecord();

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A started camera-and-microphone capture with a `<stream-recorder>` inside. */
export async function liveRecorder(
  template: TemplateResult = html`<media-capture video audio
    ><stream-recorder></stream-recorder
  ></media-capture>`,
) {
  const capture = await fixture<MediaCaptureElement>(template);
  const recorder = capture.querySelector('stream-recorder')!;
  const stream = await capture.start();
  await recorder.updateComplete;
  return { capture, recorder, stream };
}

/**
 * Records for `ms` once data flows (a loaded machine may start the encoder late: the first
 * chunk says recording is under way), then runs `end` (default: `stop()`); resolves with the
 * stop event.
 */
export async function take(
  recorder: StreamRecorderElement,
  ms: number,
  end: () => unknown = () => recorder.stop(),
): Promise<StreamRecorderStopEvent> {
  if (!recorder.timeslice) recorder.timeslice = 250;
  await recorder.updateComplete;
  const firstData = once(recorder, 'stream-recorder-data');
  await recorder.start();
  await within(firstData, 10000, 'first stream-recorder-data');
  await sleep(ms);
  const stopped = once(recorder, 'stream-recorder-stop');
  end();
  return within(stopped, 10000, 'stream-recorder-stop');
}

/** `promise`, or a rejection naming `what` after `ms`: a hang says where it hung. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no ${what} in ${ms} ms`)), ms),
    ),
  ]);
}

/** A recording as a `<video>` meets it: metadata loaded (size, duration). */
export async function load(blob: Blob) {
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  const url = URL.createObjectURL(blob);
  video.src = url;
  const loaded = new Promise((resolve, reject) => {
    video.addEventListener('loadedmetadata', resolve, { once: true });
    video.addEventListener(
      'error',
      () => reject(new Error(`cannot decode: ${video.error?.message}`)),
      {
        once: true,
      },
    );
  });
  await within(loaded, 10000, 'loadedmetadata');
  return {
    video,
    duration: video.duration,
    width: video.videoWidth,
    height: video.videoHeight,
    /**
     * Seeks to `time` (s) and resolves with where the video is once `seeked` fired. A recorder's
     * WebM has no Cues: Firefox then seeks only inside what it has buffered, which on a loaded
     * machine is still nothing at `loadedmetadata`, and drops a seek made then without a
     * `seeking` event (TESTING.md). So this seeks the way a player does, once the data is there,
     * and fails if `time` is still not seekable.
     */
    async seek(time: number) {
      if (video.readyState < HTMLMediaElement.HAVE_ENOUGH_DATA) {
        await within(once(video, 'canplaythrough'), 10000, 'canplaythrough');
      }
      const { seekable } = video;
      const ranges = Array.from({ length: seekable.length }, (_, i) => [
        seekable.start(i),
        seekable.end(i),
      ]);
      if (!ranges.some(([start, end]) => start <= time && time <= end)) {
        throw new Error(`${time} s is not seekable: seekable ${JSON.stringify(ranges)}`);
      }
      const seeked = once(video, 'seeked');
      video.currentTime = time;
      await within(seeked, 10000, 'seeked');
      return video.currentTime;
    },
    release: () => URL.revokeObjectURL(url),
  };
}

/** Whether `blob` decodes as a video of the fake camera's size with a finite duration. */
export async function playable(blob: Blob) {
  const media = await load(blob);
  media.release();
  return { duration: media.duration, width: media.width, height: media.height };
}

/** The focused element, looked up through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every text added to the element's live region (what a screen reader would say), in order. */
export function announcements(el: Element) {
  const said: string[] = [];
  const region = () => el.shadowRoot!.querySelector('[role="status"]')!;
  const record = (records: MutationRecord[]) => {
    for (const { addedNodes } of records) {
      for (const node of addedNodes) {
        if (region().contains(node) && node.textContent?.trim()) said.push(node.textContent.trim());
      }
    }
  };
  const observer = new MutationObserver(record);
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  return {
    said: () => {
      record(observer.takeRecords());
      return said;
    },
    stop: () => observer.disconnect(),
  };
}
