/** Every built-in text of `<track-toggle>`: visible, accessible names and announcements. */
export interface TrackToggleStrings {
  /** TODO: the element's visible text. */
  label: string;
}

export const trackToggleStrings: TrackToggleStrings = {
  label: 'Track toggle',
};
