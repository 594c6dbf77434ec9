// <audio-meter> placed in or beside a <media-capture>, read the way a user and a theme meet it.
import { html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { AudioMeterElement } from '../../src/index.js';
import { createdTracks, hidePage, liveCapture, part, stub } from '../fixtures/index.js';
import { total, type Reads } from './analyser-reads.js';

/** A started microphone capture with a meter inside (or as `template` says). */
export async function liveMeter(
  template: TemplateResult = html`<media-capture audio><audio-meter></audio-meter></media-capture>`,
) {
  const { root, capture, stream } = await liveCapture(template);
  const meters = [...root.querySelectorAll('audio-meter')];
  await Promise.all(meters.map((meter) => meter.updateComplete));
  return { root, capture, stream, meter: meters[0], meters };
}

/** The meter's `role="meter"` element. */
export const meterOf = (meter: AudioMeterElement) =>
  meter.shadowRoot!.querySelector<HTMLElement>('[role="meter"]')!;

/** What a theme reads: `--audio-meter-level` on the host. */
export const cssLevel = (meter: AudioMeterElement) =>
  Number(getComputedStyle(meter).getPropertyValue('--audio-meter-level') || 0);

/** The visible message, or null. */
export const message = (meter: AudioMeterElement) =>
  part(meter, 'message')?.textContent?.trim() ?? null;

/** The tracks created besides `stream`'s own: the meters' clones. */
export const clonesBeside = (stream: MediaStream) =>
  createdTracks().filter((track) => !stream.getTracks().includes(track));

/** Every AudioContext the page creates from now on (a spy: the real constructor runs). */
export function contextsCreated() {
  const contexts: AudioContext[] = [];
  const Real = window.AudioContext;
  stub(
    window,
    'AudioContext',
    class extends Real {
      constructor(options?: AudioContextOptions) {
        super(options);
        contexts.push(this);
      }
    },
  );
  return contexts;
}

/** Whether `:state(name)` matches. */
export const inState = (el: Element, name: string) => {
  try {
    return el.matches(`:state(${name})`);
  } catch {
    return el.matches(`:--${name}`);
  }
};

/** Resolves after `count` animation frames: time for the readings a frame loop would make. */
export function animationFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = () => (--count > 0 ? requestAnimationFrame(step) : resolve());
    requestAnimationFrame(step);
  });
}

/**
 * Hides the page for 20 animation frames, then shows it again: resolves, once reading has resumed,
 * with how many readings `reads` counted while it was hidden.
 */
export async function readingsWhileHidden(reads: Map<AnalyserNode, Reads>): Promise<number> {
  const show = hidePage();
  const hiddenAt = total(reads).count;
  await animationFrames(20);
  const whileHidden = total(reads).count - hiddenAt;
  show();
  await waitUntil(() => total(reads).count > hiddenAt + whileHidden, 'reading never resumed', {
    timeout: 8000,
  });
  return whileHidden;
}
