import type { MediaCaptureErrorCode } from '../../errors.js';

/**
 * Every built-in text of `<media-capture>`. `{devices}` is replaced by `camera`, `microphone` or
 * `cameraAndMicrophone`; `{message}` by the error's own message (a diagnostic for developers: the defaults leave it out).
 * In the help texts (`deniedHelp*`, `systemHelp*`), `{browser}` is the browser's name (or
 * `yourBrowser`) and `{setting}` the system settings page: `cameraSetting`, `microphoneSetting` or
 * `cameraAndMicrophoneSetting`.
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
  /**
   * How to re-allow access where the browser is not known. Given in `strings`, it also stands for
   * every browser's text not given there (one generic translation); `systemHelp` likewise.
   */
  deniedHelp: string;
  /** Chrome, Edge and other Chromium browsers: the icon left of the address. */
  deniedHelpChromium: string;
  /** Firefox: the permissions icon in the address bar. */
  deniedHelpFirefox: string;
  /** Safari on a Mac: Safari › Settings for This Website. */
  deniedHelpSafari: string;
  /** Safari on iPhone and iPad: the page menu. */
  deniedHelpSafariIos: string;
  /** `system-denied` where the operating system is not known. */
  systemHelp: string;
  systemHelpMacos: string;
  systemHelpWindows: string;
  systemHelpIos: string;
  systemHelpAndroid: string;
  yourBrowser: string;
  cameraSetting: string;
  microphoneSetting: string;
  cameraAndMicrophoneSetting: string;
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
  deniedHelpChromium:
    'To allow it, select the icon at the left of the address bar, allow the {devices} (or open Site settings), then try again.',
  deniedHelpFirefox:
    'To allow it, select the permissions icon in the address bar, clear the block on the {devices}, then try again.',
  deniedHelpSafari:
    'To allow it, choose Safari › Settings for This Website, set the {devices} to Allow, then try again.',
  deniedHelpSafariIos:
    'To allow it, tap the page menu (aA) in the address bar, choose Website Settings, set the {devices} to Allow, then try again.',
  systemHelp:
    'To allow it, open your system’s privacy settings, allow {browser} to use the {devices}, then try again.',
  systemHelpMacos:
    'To allow it, open System Settings › Privacy & Security › {setting}, turn on {browser}, then try again.',
  systemHelpWindows:
    'To allow it, open Settings › Privacy & security › {setting}, turn on access for apps and for desktop apps, then try again.',
  systemHelpIos:
    'To allow it, open Settings › {browser} › {setting}, choose Allow, then try again.',
  systemHelpAndroid:
    'To allow it, open Settings › Apps › {browser} › Permissions, allow the {devices}, then try again.',
  yourBrowser: 'your browser',
  cameraSetting: 'Camera',
  microphoneSetting: 'Microphone',
  cameraAndMicrophoneSetting: 'Camera (and Microphone)',
  unsupported: 'This browser cannot use a camera or microphone.',
  'insecure-context': 'The camera and microphone work only on a secure (https) page.',
  'permission-denied': 'Access to the {devices} is blocked.',
  'permission-dismissed': 'The request for the {devices} was dismissed.',
  'system-denied': 'Your system settings block this browser from the {devices}.',
  'policy-blocked': 'This page is not allowed to use the {devices}.',
  'not-found': 'No {devices} was found. Connect one, then try again.',
  'device-in-use':
    'The {devices} could not start. It may be in use by another app: close it, then try again.',
  overconstrained: 'No {devices} supports the requested settings.',
  'invalid-constraints':
    'This page is set up wrongly, so it cannot use the {devices}. Let the site’s owner know.',
  timeout: 'The {devices} did not start in time.',
  'track-ended': 'The {devices} stopped unexpectedly.',
  'gesture-required': 'Select the button to turn on the {devices}.',
  aborted: 'The request was cancelled.',
  unknown: 'The {devices} could not start.',
};
