/** Every built-in text of `<stream-recorder>`: visible, accessible names and announcements. */
export interface StreamRecorderStrings {
  /** TODO: the element's visible text. */
  label: string;
}

export const streamRecorderStrings: StreamRecorderStrings = {
  label: 'Stream recorder',
};
