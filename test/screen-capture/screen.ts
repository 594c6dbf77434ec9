// What <screen-capture>'s suites share. getDisplayMedia is spied on (the fixtures spy on
// getUserMedia only): every call and every track it hands out is recorded, and after each test no
// display track may be left live. Headless Firefox ESR has no screen to share (getDisplayMedia
// rejects NotFoundError even from a trusted click, measured): there `useScreen()` STUBS
// getDisplayMedia with a canvas "monitor" that keeps Firefox's own gesture rule. Chromium (fake UI:
// an 800×600 monitor) and WebKitGTK (a 1920×1080 "Mock screen device 1", from a trusted click
// only) share for real.
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { ScreenCaptureElement } from '../../src/index.js';
import { engine, once, part, place, stub } from '../fixtures/index.js';

/** The options of every getDisplayMedia call made during this test, in order. */
export const displayCalls: DisplayMediaStreamOptions[] = [];
const created: MediaStreamTrack[] = [];

const realGetDisplayMedia = MediaDevices.prototype.getDisplayMedia;
MediaDevices.prototype.getDisplayMedia = function (options?: DisplayMediaStreamOptions) {
  displayCalls.push(options ?? {});
  return realGetDisplayMedia.call(this, options).then((stream) => {
    created.push(...stream.getTracks());
    return stream;
  });
};

/** The engine shares a real (fake-device) screen; Firefox's is stubbed by `useScreen()`. */
export const realScreen = engine !== 'firefox';

const hasActivation = () =>
  (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive !== false;

/** A live canvas track that reports itself as a shared monitor, as a display track does. */
function canvasMonitor(): MediaStreamTrack {
  const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 240 });
  const context = canvas.getContext('2d')!;
  const timer = setInterval(() => {
    context.fillStyle = `hsl(${Date.now() % 360} 60% 50%)`;
    context.fillRect(0, 0, 320, 240);
  }, 100);
  const track = canvas.captureStream(10).getVideoTracks()[0];
  const settings = track.getSettings.bind(track);
  track.getSettings = () => ({ ...settings(), displaySurface: 'monitor' });
  const stop = track.stop.bind(track);
  track.stop = () => {
    clearInterval(timer);
    stop();
  };
  return track;
}

/**
 * getDisplayMedia STUBBED with a canvas monitor (and, with `audio`, an oscillator), rejecting
 * like Firefox without transient activation. For engines with no screen to share, or for one test
 * that needs a stand-in (`force`). Its tracks are recorded like real ones.
 */
export function fakeScreen() {
  return stub(navigator.mediaDevices, 'getDisplayMedia', (options?: DisplayMediaStreamOptions) => {
    displayCalls.push(options ?? {});
    if (!hasActivation()) {
      const message = 'getDisplayMedia requires transient activation from a user gesture.';
      return Promise.reject(new DOMException(message, 'InvalidStateError'));
    }
    const tracks = [canvasMonitor()];
    if (options?.audio) {
      const audio = new AudioContext();
      const destination = audio.createMediaStreamDestination();
      audio.createOscillator().connect(destination);
      const track = destination.stream.getAudioTracks()[0];
      track.addEventListener('ended', () => void audio.close());
      tracks.push(track);
    }
    created.push(...tracks);
    return Promise.resolve(new MediaStream(tracks));
  });
}

/**
 * Where the engine has no screen to share (Firefox headless), stub one. Returns what puts the real
 * one back: call it before stubbing getDisplayMedia again in the same test (the fixtures restore
 * stubs first to last, so a second stub of the same member would outlive the test).
 */
export function useScreen(): () => void {
  return realScreen ? () => {} : fakeScreen();
}

/** getDisplayMedia rejects with `error` (a failure no fake screen produces; say which). */
export function rejectingDisplayMedia(error: unknown) {
  return stub(navigator.mediaDevices, 'getDisplayMedia', (options?: DisplayMediaStreamOptions) => {
    displayCalls.push(options ?? {});
    return Promise.reject(error);
  });
}

/** getDisplayMedia never settles: the picker is open and the user has not chosen yet. */
export function openPicker() {
  let choose!: () => void;
  stub(navigator.mediaDevices, 'getDisplayMedia', (options?: DisplayMediaStreamOptions) => {
    displayCalls.push(options ?? {});
    return new Promise<MediaStream>((resolve) => {
      choose = () => {
        const track = canvasMonitor();
        created.push(track);
        resolve(new MediaStream([track]));
      };
    });
  });
  /** The user picks a screen now. */
  return () => choose();
}

/** A trusted click (real input, so the page gets transient activation) on `el`'s part `name`. */
export async function clickPart(el: Element, name: string): Promise<void> {
  await (el as Partial<ScreenCaptureElement>).updateComplete;
  const box = part(el, name)!.getBoundingClientRect();
  const position: [number, number] = [
    Math.round(box.x + box.width / 2),
    Math.round(box.y + box.height / 2),
  ];
  await sendMouse({ type: 'click', position });
}

/**
 * Runs `action` inside the handler of a trusted click on a button of the test's own (a user
 * gesture, as an app's own "Share" button gives), and resolves with what it returned.
 */
export async function withGesture<T>(action: () => T): Promise<T> {
  const button = place(document.createElement('button'));
  button.textContent = 'Go';
  button.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 80px; height: 30px';
  let result!: T;
  button.addEventListener('click', () => (result = action()), { once: true });
  await sendMouse({ type: 'click', position: [40, 15] });
  button.remove();
  return result;
}

/** Shares through the start button, clicked for real; resolves with the stream once rendered. */
export async function shareFromClick(el: ScreenCaptureElement): Promise<MediaStream> {
  const started = once(el, 'screen-capture-start');
  await clickPart(el, 'start-button');
  const { stream } = await started;
  await el.updateComplete;
  return stream;
}

/** Records `<screen-capture>`'s events as short descriptions, with the state at dispatch time. */
export function recordScreen(el: ScreenCaptureElement) {
  const seen: { text: string; state: string; event: Event }[] = [];
  const texts: string[] = [];
  const describe = (event: Event & Record<string, unknown>) => {
    switch (event.type) {
      case 'screen-capture-statechange':
        return `statechange ${event.previous}→${event.state}`;
      case 'screen-capture-stop':
        return `stop ${event.reason}`;
      case 'screen-capture-error':
        return `error ${(event.error as { code: string }).code}`;
      case 'stream-change':
        return `stream-change ${event.stream ? 'stream' : 'null'}`;
      default:
        return event.type.replace('screen-capture-', '');
    }
  };
  for (const type of [
    'screen-capture-statechange',
    'screen-capture-start',
    'screen-capture-stop',
    'screen-capture-error',
    'stream-change',
  ]) {
    el.addEventListener(type, (event) => {
      const text = describe(event as Event & Record<string, unknown>);
      texts.push(text);
      seen.push({ text, state: el.state, event });
    });
  }
  return { seen, texts };
}

export const statusText = (el: Element) => part(el, 'status')!.textContent!.trim();

afterEach(() => {
  const live = created.filter((track) => track.readyState === 'live');
  created.splice(0).forEach((track) => track.stop());
  displayCalls.length = 0;
  expect(
    live.map((track) => `${track.kind} ${track.label}`),
    'display tracks left live',
  ).to.deep.equal([]);
});
