import type { MediaCaptureErrorCode } from '../../errors.js';

/**
 * Every built-in text of `<screen-capture>`: visible, accessible names and announcements. Error
 * codes name the text shown for that error; `{message}` is the error's own message (a diagnostic
 * for developers: the defaults leave it out); `{browser}` the browser's name (or `yourBrowser`).
 */
export interface ScreenCaptureStrings extends Record<MediaCaptureErrorCode, string> {
  start: string;
  stop: string;
  retry: string;
  requesting: string;
  live: string;
  stopped: string;
  /** After a cancelled or refused picker: how to try again. */
  deniedHelp: string;
  /** `system-denied` on a Mac: where the Screen Recording setting is. */
  systemHelpMacos: string;
  /** `system-denied` elsewhere. */
  systemHelp: string;
  yourBrowser: string;
}

export const screenCaptureStrings: ScreenCaptureStrings = {
  start: 'Share your screen',
  stop: 'Stop sharing',
  retry: 'Choose again',
  requesting: 'Choose a screen, window or tab to share…',
  live: 'Now sharing your screen.',
  stopped: 'Stopped sharing your screen.',
  deniedHelp: 'Nothing is shared until you choose a screen, window or tab and select Share.',
  systemHelpMacos:
    'To allow it, open System Settings › Privacy & Security › Screen & System Audio Recording, turn on {browser}, then try again.',
  systemHelp:
    'To allow it, open your system’s privacy settings, allow {browser} to record the screen, then try again.',
  yourBrowser: 'your browser',
  unsupported: 'This browser cannot share a screen.',
  'insecure-context': 'Screen sharing works only on a secure (https) page.',
  'permission-denied': 'Screen sharing was cancelled or blocked.',
  'permission-dismissed': 'The screen picker was closed without choosing anything.',
  'system-denied': 'Your system settings block this browser from recording the screen.',
  'policy-blocked': 'This page is not allowed to share a screen.',
  'not-found': 'There is no screen, window or tab to share.',
  'device-in-use':
    'The screen could not be captured. Another app may be blocking it: close it, then try again.',
  overconstrained: 'The screen cannot be shared with the requested settings.',
  'invalid-constraints':
    'This page is set up wrongly, so it cannot share a screen. Let the site’s owner know.',
  timeout: 'Screen sharing did not start in time.',
  'track-ended': 'Screen sharing stopped unexpectedly.',
  'gesture-required': 'Select the button to choose what to share.',
  aborted: 'The request was cancelled.',
  unknown: 'Screen sharing could not start.',
};
