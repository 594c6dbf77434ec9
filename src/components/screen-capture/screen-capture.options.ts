import { assertValidConstraints, validateConstraints } from '../../constraints/validate.js';
import { MediaCaptureError, toMediaCaptureError } from '../../errors.js';

/** The attributes that map to `getDisplayMedia` options. */
export interface DisplayAttributes {
  readonly audio: boolean;
  readonly displaySurface?: string | null;
  readonly selfBrowserSurface?: string | null;
  readonly surfaceSwitching?: string | null;
  readonly systemAudio?: string | null;
}

const SURFACES = ['monitor', 'window', 'browser'];
const INCLUDE = ['include', 'exclude'];

/** `value` when it is one of `allowed`; `undefined` when absent (or `''`, how frameworks clear it). */
function enumerated(attribute: string, value: unknown, allowed: string[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && allowed.includes(value)) return value;
  throw new MediaCaptureError('invalid-constraints', {
    message: `${attribute}="${String(value)}" is not one of ${allowed.join(', ')}`,
  });
}

/**
 * The `getDisplayMedia` options the attributes ask for, each attribute's value checked. Throws
 * `invalid-constraints` naming the attribute and value.
 */
export function buildDisplayOptions(attributes: DisplayAttributes): Record<string, unknown> {
  const displaySurface = enumerated('display-surface', attributes.displaySurface, SURFACES);
  const options: Record<string, unknown> = {
    video: displaySurface ? { displaySurface } : true,
    audio: !!attributes.audio,
  };
  const selfBrowserSurface = enumerated(
    'self-browser-surface',
    attributes.selfBrowserSurface,
    INCLUDE,
  );
  const surfaceSwitching = enumerated('surface-switching', attributes.surfaceSwitching, INCLUDE);
  const systemAudio = enumerated('system-audio', attributes.systemAudio, INCLUDE);
  if (selfBrowserSurface) options.selfBrowserSurface = selfBrowserSurface;
  if (surfaceSwitching) options.surfaceSwitching = surfaceSwitching;
  if (systemAudio) options.systemAudio = systemAudio;
  return options;
}

/**
 * {@link buildDisplayOptions}, then the whole object checked against DisplayMediaStreamOptions
 * (members this browser ignores are console warnings).
 */
export function displayOptions(attributes: DisplayAttributes): DisplayMediaStreamOptions {
  return assertValidConstraints(buildDisplayOptions(attributes), { api: 'getDisplayMedia' });
}

/** Whether the attributes make options that can be requested (nothing written to the console). */
export function requestable(attributes: DisplayAttributes): boolean {
  try {
    return validateConstraints(buildDisplayOptions(attributes), { api: 'getDisplayMedia' }).ok;
  } catch {
    return false;
  }
}

interface PolicyDocument {
  featurePolicy?: { allowsFeature(feature: string): boolean };
  permissionsPolicy?: { allowsFeature(feature: string): boolean };
}

/** Whether a Permissions Policy forbids screen capture in this document. */
function displayCaptureBlocked(): boolean {
  const policy =
    (document as PolicyDocument).permissionsPolicy ?? (document as PolicyDocument).featurePolicy;
  try {
    return !!policy && !policy.allowsFeature('display-capture');
  } catch {
    return false;
  }
}

/**
 * Maps what `getDisplayMedia` rejected with: `InvalidStateError` is the platform's own "no user
 * gesture" (Firefox, Safari: the spec's transient-activation check); a `NotAllowedError` is the
 * picker cancelled or refused, the system's screen-recording setting, or the `display-capture`
 * policy (the camera and microphone policies do not apply here).
 */
export function toScreenCaptureError(cause: unknown): MediaCaptureError {
  if (cause instanceof MediaCaptureError) return cause;
  const { name = '', message = '' } = (cause ?? {}) as { name?: string; message?: string };
  if (name === 'InvalidStateError') return new MediaCaptureError('gesture-required', { cause });
  if (name !== 'NotAllowedError') return toMediaCaptureError(cause);
  const code = /by system/i.test(message)
    ? 'system-denied'
    : /policy/i.test(message) || displayCaptureBlocked()
      ? 'policy-blocked'
      : 'permission-denied';
  return new MediaCaptureError(code, { cause, message: MESSAGES[code] });
}

const MESSAGES = {
  'system-denied':
    'The operating system blocks this browser from recording the screen: allow it in the system privacy settings (macOS: Screen & System Audio Recording).',
  'policy-blocked':
    'A Permissions Policy blocks screen capture here: the embedding page must allow it (allow="display-capture").',
  'permission-denied':
    'Screen capture was cancelled or refused in the picker: call start() from a click to ask again.',
} as const;
