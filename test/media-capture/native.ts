// The browser's own capture elements (`<usermedia>`, `<camera>`, `<microphone>`: Chromium 151+),
// found in a `<media-capture native="auto">` and clicked for real: they act on trusted clicks only
// (`sendMouse`: CDP input events in Chromium; `element.click()` does nothing).
import { sendMouse } from '@web/test-runner-commands';
import type { MediaCaptureElement } from '../../src/index.js';

const CLASSES = {
  usermedia: 'HTMLUserMediaElement',
  camera: 'HTMLCameraElement',
  microphone: 'HTMLMicrophoneElement',
} as const;

/** Whether this browser has the native element `tag`. */
export const hasNative = (tag: keyof typeof CLASSES) =>
  typeof (window as unknown as Record<string, unknown>)[CLASSES[tag]] === 'function';

/** The native element `el` shows, or `null`. */
export const nativeOf = (el: MediaCaptureElement) =>
  el.shadowRoot!.querySelector<HTMLElement & { error?: DOMException | null }>(
    'usermedia, camera, microphone',
  );

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether this browser has any native capture element. */
export const hasAnyNative = () =>
  (Object.keys(CLASSES) as (keyof typeof CLASSES)[]).some((tag) => hasNative(tag));

/**
 * Resolves once `el` (native="auto", connected) shows what it will: its native element's module
 * loads the first time it asks, where the browser has one. This import of the same module
 * settles when the element's does, in either order: a task later the element has it.
 */
export async function nativeSettled(el: MediaCaptureElement) {
  if (hasAnyNative()) {
    await import('../../src/components/media-capture/media-capture.native.js');
    await sleep(0);
  }
  await el.updateComplete;
}

/** A trusted click at the centre of `target`. */
export async function clickCentre(target: Element) {
  const box = target.getBoundingClientRect();
  const position: [number, number] = [
    Math.round(box.x + box.width / 2),
    Math.round(box.y + box.height / 2),
  ];
  await sendMouse({ type: 'click', position });
}

/**
 * Clicks `el`'s native element for real. Chromium refuses activation for 500 ms after insertion or
 * a move and exposes no readable validity (measured: an unreadable `validationstatuschange`, and an
 * `error` after a refused click): wait that out, and click again after such a refusal, or when the
 * click changed nothing within 2 s (on a loaded machine the refusal's `error` can come late or a
 * click land before the element is ready). A click that counts starts a request: a statechange.
 */
export async function clickNative(el: MediaCaptureElement) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await sleep(650);
    const native = nativeOf(el);
    if (!native) return; // the kit's button is back: the element refused a click for good
    const outcome = new Promise<DOMException | null | undefined | 'state'>((resolve) => {
      native.addEventListener('error', () => resolve(native.error), { once: true });
      el.addEventListener('media-capture-statechange', () => resolve('state'), { once: true });
      setTimeout(() => resolve(null), 2000);
    });
    await clickCentre(native);
    const result = await outcome;
    if (result === 'state') return;
    if (result && !/recently attached/.test(result.message)) return; // refused for good
  }
}
