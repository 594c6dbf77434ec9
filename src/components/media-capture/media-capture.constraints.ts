import { loadedAssert, provideAssert } from '../../constraints/loaded.js';
import { MediaCaptureError } from '../../errors.js';

/**
 * The member-by-member checks of a `constraints` value, a third of the shared code's size, are a
 * chunk of their own through the autoloader: imported the first time an element has a value and
 * the page has not run them yet (most pages never set one).
 */
let loading: Promise<unknown> | undefined;

/** The properties a request is built from: a change while live or requesting restarts. */
export const CONSTRAINT_PROPERTIES = [
  'video',
  'audio',
  'facingMode',
  'width',
  'height',
  'frameRate',
  'videoDevice',
  'audioDevice',
  'constraints',
] as const;

/** The attribute-level description of a request, as `<media-capture>` holds it. */
export interface CaptureAttributes {
  video: boolean;
  audio: boolean;
  facingMode?: string | null;
  width?: number | string | null;
  height?: number | string | null;
  frameRate?: number | string | null;
  videoDevice?: string | null;
  audioDevice?: string | null;
}

function invalid(message: string): MediaCaptureError {
  return new MediaCaptureError('invalid-constraints', { message });
}

function present<T>(value: T | null | undefined | ''): value is T {
  return value !== undefined && value !== null && value !== '';
}

/** A number or a numeric string as a number; anything else (a framework's object) is NaN. */
const numeric = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim() || NaN) : NaN;

/** `value` as an error message names it: an object as JSON where it can be. */
function shown(value: unknown): string {
  try {
    return (typeof value === 'object' && JSON.stringify(value)) || String(value);
  } catch {
    return String(value);
  }
}

/** A positive finite number, or the error naming the attribute and the value. */
function positive(attribute: string, value: number | string, unit: string): number {
  const number = numeric(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw invalid(`${attribute}="${shown(value)}" is not a ${unit}`);
  }
  return number;
}

/** The longest delay `setTimeout` keeps: a longer one fires at once. */
const MAX_TIMER_MS = 2147483647;

/** Milliseconds for the `timeout` attribute; 0 means never. */
export function parseTimeout(value: number | string | null | undefined): number {
  if (!present(value)) return 10000;
  const number = numeric(value);
  if (!Number.isFinite(number) || number < 0) {
    throw invalid(`timeout="${shown(value)}" is not a number of milliseconds (0 = never)`);
  }
  if (number > MAX_TIMER_MS) {
    throw invalid(
      `timeout="${value}" is more than a timer can hold (${MAX_TIMER_MS} ms; 0 = never)`,
    );
  }
  return number;
}

/**
 * Builds `getUserMedia` constraints from attributes: every value an `ideal` hint, so a desktop
 * without a back camera still gets a stream. Neither `video` nor `audio` means both.
 */
export function constraintsFromAttributes(a: CaptureAttributes): MediaStreamConstraints {
  const video: MediaTrackConstraints = {};
  if (present(a.facingMode)) {
    if (a.facingMode !== 'user' && a.facingMode !== 'environment') {
      throw invalid(`facing-mode="${a.facingMode}" is not "user" or "environment"`);
    }
    video.facingMode = { ideal: a.facingMode };
  }
  if (present(a.width)) video.width = { ideal: positive('width', a.width, 'number of pixels') };
  if (present(a.height)) video.height = { ideal: positive('height', a.height, 'number of pixels') };
  if (present(a.frameRate)) {
    video.frameRate = { ideal: positive('frame-rate', a.frameRate, 'number of frames per second') };
  }
  if (present(a.videoDevice)) video.deviceId = { ideal: a.videoDevice };
  const audio: MediaTrackConstraints = present(a.audioDevice)
    ? { deviceId: { ideal: a.audioDevice } }
    : {};
  const both = !a.video && !a.audio;
  return {
    video: a.video || both ? (Object.keys(video).length ? video : true) : false,
    audio: a.audio || both ? (Object.keys(audio).length ? audio : true) : false,
  };
}

/** What the element holds that makes its request: the attributes, `constraints`, `timeout`. */
export interface CaptureRequestSource extends CaptureAttributes {
  constraints?: MediaStreamConstraints;
  timeout?: number | string | null;
}

// '' is how Preact and some templating libraries clear a property: the attributes apply.
const hasConstraints = (element: CaptureRequestSource) =>
  element.constraints !== undefined && (element.constraints as unknown) !== '';

/**
 * While `element`'s `constraints` wait for their checks: the loading (started by the first ask),
 * which rejects with a `MediaCaptureError` if they cannot load. The next ask imports again
 * (Chromium and WebKit fetch the file again; Firefox keeps it failed until the page reloads).
 */
export function checksLoading(element: CaptureRequestSource): Promise<unknown> | undefined {
  if (loadedAssert || !hasConstraints(element)) return undefined;
  return (loading ??= import('../../constraints/validate.js').then(
    (module) => provideAssert(module.assertValidConstraints),
    (cause: unknown) => {
      loading = undefined;
      throw new MediaCaptureError('unknown', {
        cause,
        message: `The checks of the constraints property could not be loaded (${String(cause)}): start() again, or reload the page, to try again.`,
      });
    },
  ));
}

/** The request `element` makes now; throws `invalid-constraints` for values that cannot be asked. */
export function buildConstraints(element: CaptureRequestSource): MediaStreamConstraints {
  parseTimeout(element.timeout);
  return hasConstraints(element)
    ? checkConstraints(element.constraints)
    : constraintsFromAttributes(element);
}

/**
 * Whether `element`'s attributes, `constraints` and `timeout` make a request that can be made
 * (assumed while the checks load: the element renders again when they are here).
 */
export function requestable(element: CaptureRequestSource): boolean {
  if (checksLoading(element)) return true;
  try {
    buildConstraints(element);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a `constraints` property value member by member before it reaches the platform; returns
 * the validated plain copy (each getter read once), safe to hand over and compare.
 */
export function checkConstraints(value: unknown): MediaStreamConstraints {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(
      `constraints=${JSON.stringify(value)} is not a MediaStreamConstraints object ({ video, audio })`,
    );
  }
  // Unreachable by a request: start() waits for checksLoading(); other readers catch this.
  if (!loadedAssert) throw invalid('constraints: their checks are still loading');
  return loadedAssert(value);
}

/**
 * The request for `switchDevice(kind, deviceId)`: that kind's live constraints with the device
 * `exact`. Throws `invalid-constraints` for a kind or id that cannot be asked for.
 */
export function switchRequest(
  kind: unknown,
  deviceId: unknown,
  live: MediaStreamConstraints | undefined,
): MediaStreamConstraints {
  if (
    (kind !== 'audioinput' && kind !== 'videoinput') ||
    typeof deviceId !== 'string' ||
    !deviceId
  ) {
    throw invalid(
      `switchDevice(${JSON.stringify(String(kind))}, ${JSON.stringify(String(deviceId))}): expected "audioinput" or "videoinput" and a deviceId from enumerateDevices()`,
    );
  }
  const member = kind === 'videoinput' ? 'video' : 'audio';
  const current = live?.[member];
  return {
    [member]: { ...(typeof current === 'object' ? current : {}), deviceId: { exact: deviceId } },
  };
}
