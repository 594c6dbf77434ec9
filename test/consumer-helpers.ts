// Fixtures for the consumer suites (<stream-mirror>, <track-list>, linking). Builds on helpers.ts,
// whose afterEach asserts that no getUserMedia track or clone is left live.
import { fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type {
  MediaCaptureElement,
  StreamMirrorElement,
  StreamMirrorReadyEvent,
  TrackListElement,
} from '../src/index.js';

const made: MediaStreamTrack[] = [];

/**
 * A live video track painted from a canvas (left half `left`, right half `right`). Stopped after
 * the test; script `addTrack()` of it fires no event, as for any track.
 */
export function canvasTrack(
  left = 'rgb(255, 0, 0)',
  right = 'rgb(0, 0, 255)',
  width = 160,
  height = 120,
) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  const paint = () => {
    context.fillStyle = left;
    context.fillRect(0, 0, width / 2, height);
    context.fillStyle = right;
    context.fillRect(width / 2, 0, width / 2, height);
  };
  paint();
  const track = canvas.captureStream(10).getVideoTracks()[0];
  // A canvas track produces a frame only when the canvas is painted.
  const timer = setInterval(paint, 100);
  track.addEventListener('ended', () => clearInterval(timer));
  const stop = track.stop.bind(track);
  track.stop = () => {
    clearInterval(timer);
    stop();
  };
  made.push(track);
  return track;
}

afterEach(() => {
  made.splice(0).forEach((track) => track.stop());
});

/** A `<media-capture>` fixture, started; resolves with the element and its stream. */
export async function liveCapture<T extends Element = MediaCaptureElement>(
  template: TemplateResult,
) {
  const root = await fixture<T>(template);
  const capture = (
    root.localName === 'media-capture' ? root : root.querySelector('media-capture')
  ) as MediaCaptureElement | null;
  if (!capture) throw new Error('the fixture has no <media-capture>');
  const stream = await capture.start();
  return { root, capture, stream };
}

/** Resolves with the mirror's next `stream-mirror-ready`. */
export function ready(mirror: StreamMirrorElement) {
  return oneEvent<StreamMirrorReadyEvent>(mirror, 'stream-mirror-ready');
}

/** The next `type` event on `target`, typed from the global event map. */
export const next = <K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K) =>
  oneEvent<GlobalEventHandlersEventMap[K]>(target, type);

/** Whether the mirror shows its placeholder (no live, enabled, unmuted video). */
export function dark(mirror: StreamMirrorElement): boolean {
  return !!mirror.shadowRoot!.querySelector('slot[name="placeholder"]');
}

/** The mirror's `<video>`. */
export function videoOf(mirror: StreamMirrorElement): HTMLVideoElement {
  return mirror.shadowRoot!.querySelector('video')!;
}

/** The list's items, each with its parts. */
export function items(list: TrackListElement) {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')].map((item) => ({
    item,
    kind: item.querySelector('[part~="kind"]')!.textContent!.trim(),
    label: item.querySelector('[part~="label"]')!,
    state: item.querySelector('[part~="state"]')!.textContent!.trim(),
    settings: item.querySelector('[part~="settings"]')?.textContent!.trim() ?? '',
    toggle: item.querySelector<HTMLButtonElement>('[part~="toggle"]')!,
    stop: item.querySelector<HTMLButtonElement>('[part~="stop"]')!,
  }));
}

/** The list's visible empty-state text, or `null`. */
export function emptyText(list: TrackListElement): string | null {
  return list.shadowRoot!.querySelector('[part~="empty"]')?.textContent?.trim() ?? null;
}

/** The list's live-region text. */
export function announcement(list: TrackListElement): string {
  return list.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

/**
 * Waits for a change the platform reports with no event (app code `track.stop()`, script
 * `addTrack()`): the kit's check runs once a second. Resolves with the time it took.
 */
export async function noticed(condition: () => boolean, message: string, timeout = 1600) {
  const start = performance.now();
  await waitUntil(condition, message, { timeout, interval: 50 });
  return performance.now() - start;
}
