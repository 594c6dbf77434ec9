/** Stable codes of {@link MediaCaptureError}. */
export type MediaCaptureErrorCode =
  | 'unsupported'
  | 'insecure-context'
  | 'permission-denied'
  | 'permission-dismissed'
  | 'system-denied'
  | 'policy-blocked'
  | 'not-found'
  | 'device-in-use'
  | 'overconstrained'
  | 'invalid-constraints'
  | 'timeout'
  | 'track-ended'
  | 'gesture-required'
  | 'aborted'
  | 'unknown';

/** Codes a user action (retry, unblocking, plugging in, closing another app) can fix. */
const RECOVERABLE = new Set<MediaCaptureErrorCode>([
  'permission-denied',
  'permission-dismissed',
  'system-denied',
  'not-found',
  'device-in-use',
  'timeout',
  'track-ended',
  'gesture-required',
  'aborted',
  'unknown',
]);

const MESSAGES: Record<MediaCaptureErrorCode, string> = {
  unsupported: 'This browser has no navigator.mediaDevices.getUserMedia: use a current browser.',
  'insecure-context':
    'Camera and microphone need a secure context: serve the page over https or from localhost.',
  'permission-denied':
    'Permission to use the camera or microphone was denied: allow it in the site settings and retry.',
  'permission-dismissed': 'The permission prompt was dismissed: retry to see it again.',
  'system-denied':
    'The operating system blocks this browser from the camera or microphone: allow it in the system privacy settings.',
  'policy-blocked':
    'A Permissions Policy blocks the camera or microphone here: the embedding page must allow it (allow="camera; microphone").',
  'not-found':
    'No camera or microphone matches the request: plug one in or change the constraints.',
  'device-in-use':
    'The camera or microphone is in use or failed to start: close the other app using it and retry.',
  overconstrained: 'No device can satisfy the constraints: loosen them (prefer ideal to exact).',
  'invalid-constraints': 'The capture constraints are invalid.',
  timeout:
    'The device did not start in time: check that it is connected and not in use, then retry.',
  'track-ended': 'The capture ended unexpectedly (device unplugged or access revoked): retry.',
  'gesture-required':
    'Screen capture needs a user gesture: call start() from a click or key press handler (or use the start button).',
  aborted: 'The request was superseded by stop() or a newer request.',
  unknown: 'Capture failed for an unknown reason: retry.',
};

export interface MediaCaptureErrorOptions {
  cause?: unknown;
  constraint?: string;
  message?: string;
}

/** What went wrong with a capture, with a stable `code` to branch on. */
export class MediaCaptureError extends Error {
  override name = 'MediaCaptureError';
  readonly code: MediaCaptureErrorCode;
  /** The constraint no device could satisfy (`overconstrained` only). */
  readonly constraint: string | undefined;
  /** A user action (retry, unblocking, plugging in, closing another app) can fix it without a reload. */
  readonly recoverable: boolean;

  constructor(code: MediaCaptureErrorCode, options: MediaCaptureErrorOptions = {}) {
    super(options.message ?? MESSAGES[code], { cause: options.cause });
    this.code = code;
    this.constraint = options.constraint;
    this.recoverable = RECOVERABLE.has(code);
  }
}

/** Chrome tells these NotAllowedError causes apart only by message. */
function notAllowedCode(message: string, features: readonly string[]): MediaCaptureErrorCode {
  if (/dismissed/i.test(message)) return 'permission-dismissed';
  if (/by system/i.test(message)) return 'system-denied';
  if (policyBlocks(features)) return 'policy-blocked';
  return 'permission-denied';
}

interface PolicyDocument {
  featurePolicy?: { allowsFeature(feature: string): boolean };
  permissionsPolicy?: { allowsFeature(feature: string): boolean };
}

/** Whether the page's Permissions Policy forbids one of `features` (`camera`, `microphone`). */
function policyBlocks(features: readonly string[]): boolean {
  const policy =
    (document as PolicyDocument).permissionsPolicy ?? (document as PolicyDocument).featurePolicy;
  try {
    return !!policy && features.some((feature) => !policy.allowsFeature(feature));
  } catch {
    return false;
  }
}

const BY_NAME: Record<string, MediaCaptureErrorCode> = {
  NotFoundError: 'not-found',
  DevicesNotFoundError: 'not-found',
  NotReadableError: 'device-in-use',
  TrackStartError: 'device-in-use',
  // Firefox reports a camera that failed to start in hardware as AbortError.
  AbortError: 'device-in-use',
  OverconstrainedError: 'overconstrained',
  ConstraintNotSatisfiedError: 'overconstrained',
  PermissionDeniedError: 'permission-denied',
  SecurityError: 'permission-denied',
  TypeError: 'invalid-constraints',
};

/**
 * Maps whatever getUserMedia rejected with to a MediaCaptureError; `features` are the permissions
 * the request needed (a refusal is `policy-blocked` only when the page's policy forbids one of them).
 */
export function toMediaCaptureError(
  cause: unknown,
  features: readonly string[] = ['camera', 'microphone'],
): MediaCaptureError {
  if (cause instanceof MediaCaptureError) return cause;
  const { name = '', message = '' } = (cause ?? {}) as { name?: string; message?: string };
  const code =
    name === 'NotAllowedError' ? notAllowedCode(message, features) : (BY_NAME[name] ?? 'unknown');
  const constraint = (cause as { constraint?: string } | null)?.constraint || undefined;
  const detail =
    code === 'overconstrained' && constraint
      ? `No device can satisfy the "${constraint}" constraint: loosen it (prefer ideal to exact).`
      : code === 'invalid-constraints' && message
        ? `The capture request is invalid (${message}): ask for video or audio with valid values.`
        : undefined;
  return new MediaCaptureError(code, { cause, constraint, message: detail });
}
