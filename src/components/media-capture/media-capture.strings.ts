import type { MediaCaptureErrorCode } from '../../errors.js';

/**
 * Every built-in text of `<media-capture>`. `{devices}` is replaced by `camera`, `microphone` or
 * `cameraAndMicrophone`; `{message}` by the error's own message (a diagnostic for developers: the defaults leave it out).
 */
export interface MediaCaptureStrings extends Record<MediaCaptureErrorCode, string> {
  camera: string;
  microphone: string;
  cameraAndMicrophone: string;
  start: string;
  stop: string;
  retry: string;
  requesting: string;
  live: string;
  stopped: string;
  denied: string;
  deniedHelp: string;
}

export const mediaCaptureStrings: MediaCaptureStrings = {
  camera: 'camera',
  microphone: 'microphone',
  cameraAndMicrophone: 'camera and microphone',
  start: 'Turn on {devices}',
  stop: 'Turn off {devices}',
  retry: 'Try again',
  requesting: 'Waiting for access to the {devices}…',
  live: 'Now using your {devices}.',
  stopped: 'Stopped using your {devices}.',
  denied: 'Access to the {devices} is blocked.',
  deniedHelp:
    'To allow it, open the site settings (the icon next to the address bar), allow the {devices}, then try again.',
  unsupported: 'This browser cannot use a camera or microphone.',
  'insecure-context': 'The camera and microphone work only on a secure (https) page.',
  'permission-denied': 'Access to the {devices} is blocked.',
  'permission-dismissed': 'The request for the {devices} was dismissed.',
  'system-denied':
    'Your system settings block this browser from the {devices}. Allow it in the privacy settings, then try again.',
  'policy-blocked': 'This page is not allowed to use the {devices}.',
  'not-found': 'No {devices} was found. Connect one, then try again.',
  'device-in-use':
    'The {devices} could not start. It may be in use by another app: close it, then try again.',
  overconstrained: 'No {devices} supports the requested settings.',
  'invalid-constraints':
    'This page is set up wrongly, so it cannot use the {devices}. Let the site’s owner know.',
  timeout: 'The {devices} did not start in time.',
  'track-ended': 'The {devices} stopped unexpectedly.',
  aborted: 'The request was cancelled.',
  unknown: 'The {devices} could not start.',
};
