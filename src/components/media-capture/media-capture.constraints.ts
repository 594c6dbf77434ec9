import { assertValidConstraints } from '../../constraints/validate.js';
import { MediaCaptureError } from '../../errors.js';

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

/** A positive finite number, or the error naming the attribute and the value. */
function positive(attribute: string, value: number | string, unit: string): number {
  const number = typeof value === 'number' ? value : Number(value.trim() || NaN);
  if (!Number.isFinite(number) || number <= 0) {
    throw invalid(`${attribute}="${value}" is not a ${unit}`);
  }
  return number;
}

/** The longest delay `setTimeout` keeps: a longer one fires at once. */
const MAX_TIMER_MS = 2147483647;

/** Milliseconds for the `timeout` attribute; 0 means never. */
export function parseTimeout(value: number | string | null | undefined): number {
  if (!present(value)) return 10000;
  const number = typeof value === 'number' ? value : Number(value.trim() || NaN);
  if (!Number.isFinite(number) || number < 0) {
    throw invalid(`timeout="${value}" is not a number of milliseconds (0 = never)`);
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

/** The request `element` makes now; throws `invalid-constraints` for values that cannot be asked. */
export function buildConstraints(element: CaptureRequestSource): MediaStreamConstraints {
  parseTimeout(element.timeout);
  // '' is how Preact and some templating libraries clear a property: the attributes apply.
  return element.constraints !== undefined && (element.constraints as unknown) !== ''
    ? checkConstraints(element.constraints)
    : constraintsFromAttributes(element);
}

/** Whether `element`'s attributes, `constraints` and `timeout` make a request that can be made. */
export function requestable(element: CaptureRequestSource): boolean {
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
  return assertValidConstraints(value);
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
