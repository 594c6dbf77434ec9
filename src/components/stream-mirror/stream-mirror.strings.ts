/** Every built-in text of `<stream-mirror>`. */
export interface StreamMirrorStrings {
  /** Shown whenever there is no live, enabled, unmuted video. */
  placeholder: string;
  /** The button shown when the browser refuses to start the preview on its own (autoplay policy). */
  play: string;
  /** Accessible name of the video. */
  video: string;
}

export const streamMirrorStrings: StreamMirrorStrings = {
  placeholder: 'No video',
  play: 'Show the preview',
  video: 'Camera preview',
};
