/**
 * Every built-in text of `<track-toggle>`: visible, accessible names and announcements. The
 * button's accessible name is its visible label; its description says the state (or why it cannot
 * act).
 */
export interface TrackToggleStrings {
  /** Visible label of a microphone toggle while the microphone is on. */
  mute: string;
  /** Visible label of a microphone toggle while the microphone is off. */
  unmute: string;
  /** Visible label of a camera toggle while the camera is on. */
  stopVideo: string;
  /** Visible label of a camera toggle while the camera is off. */
  startVideo: string;
  /** Description and announcement: the microphone is on. */
  microphoneOn: string;
  /** Description and announcement: the microphone is off. */
  microphoneOff: string;
  /** Description and announcement: the camera is on. */
  cameraOn: string;
  /** Description and announcement: the camera is off. */
  cameraOff: string;
  /** Why the button cannot act: it is linked to no camera or microphone. */
  noSource: string;
  /** Why a microphone toggle cannot act: no microphone is on. */
  noMicrophone: string;
  /** Why a camera toggle cannot act: no camera is on. */
  noCamera: string;
  /** Why the button cannot switch its kind back on: the source cannot add a track or start. */
  cannotRestart: string;
  /** Announced when the microphone could not be switched back on. */
  microphoneFailed: string;
  /** Announced when the camera could not be switched back on. */
  cameraFailed: string;
  /** The hint shown (and announced) when someone speaks while muted (`warn-while-muted`). */
  speakingWhileMuted: string;
}

export const trackToggleStrings: TrackToggleStrings = {
  mute: 'Mute',
  unmute: 'Unmute',
  stopVideo: 'Stop video',
  startVideo: 'Start video',
  microphoneOn: 'Microphone on',
  microphoneOff: 'Microphone off',
  cameraOn: 'Camera on',
  cameraOff: 'Camera off',
  noSource: 'Not connected to a camera or microphone.',
  noMicrophone: 'No microphone is on.',
  noCamera: 'No camera is on.',
  cannotRestart: 'This page cannot switch it back on.',
  microphoneFailed: 'The microphone could not be switched back on.',
  cameraFailed: 'The camera could not be switched back on.',
  speakingWhileMuted: 'You are muted. Unmute to be heard.',
};
