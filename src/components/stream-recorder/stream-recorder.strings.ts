import type { StreamRecorderStopReason } from './stream-recorder.session.js';

/**
 * Every built-in text of `<stream-recorder>`: visible, accessible names and announcements.
 * `{time}` is the time recorded (`1:05`), `{size}` the file's size (`1.2 MB`), `{date}` the
 * moment recording started (`2026-12-01 14-30-05`, safe in a file name).
 */
export interface StreamRecorderStrings {
  /** The record button. */
  record: string;
  /** The pause button while recording. */
  pause: string;
  /** The same button while paused. */
  resume: string;
  /** The stop button. */
  stop: string;
  /** Beside the running time while recording. */
  recording: string;
  /** Beside the running time while paused. */
  paused: string;
  /** The download link after stopping. */
  download: string;
  /** The downloaded file's name, without its extension (added for the container). */
  fileName: string;
  /** Why the record button is disabled: no live stream to record. */
  noStream: string;
  /** Shown instead of the controls where the browser cannot record. */
  unsupported: string;
  /** Shown when recording failed to start. */
  error: string;
  /** Announced when recording starts. */
  started: string;
  /** Announced when recording pauses. */
  pausedAnnouncement: string;
  /** Announced when recording resumes. */
  resumed: string;
  /** Announced after stop() or the stop button. */
  stopped: string;
  /** Announced when `max-duration` was reached. */
  stoppedMaxDuration: string;
  /** Announced when the camera or microphone stopped during the recording. */
  stoppedEnded: string;
  /** Announced when the stream changed during the recording. */
  stoppedStreamChange: string;
  /** Announced when the browser's recorder failed. */
  stoppedError: string;
}

export const streamRecorderStrings: StreamRecorderStrings = {
  record: 'Record',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  recording: 'Recording',
  paused: 'Paused',
  download: 'Download the recording ({time}, {size})',
  fileName: 'recording {date}',
  noStream: 'Start the camera or microphone to record.',
  unsupported: 'This browser cannot record video or sound.',
  error: 'The recording could not start. Try again.',
  started: 'Recording.',
  pausedAnnouncement: 'Recording paused.',
  resumed: 'Recording resumed.',
  stopped: 'Recording stopped: {time} recorded, ready to download.',
  stoppedMaxDuration:
    'Recording stopped at its maximum length: {time} recorded, ready to download.',
  stoppedEnded:
    'Recording stopped because the camera or microphone stopped: {time} recorded, ready to download.',
  stoppedStreamChange:
    'Recording stopped because the camera or microphone changed: {time} recorded, ready to download.',
  stoppedError: 'Recording stopped by an error: {time} recorded, ready to download.',
};

/** What is announced for each reason a recording stopped (nothing when the element was removed). */
export const ANNOUNCED_STOP: Record<StreamRecorderStopReason, keyof StreamRecorderStrings | null> =
  {
    stop: 'stopped',
    'max-duration': 'stoppedMaxDuration',
    ended: 'stoppedEnded',
    'stream-change': 'stoppedStreamChange',
    error: 'stoppedError',
    disconnect: null,
  };
