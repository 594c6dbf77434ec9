/** Every built-in text of `<screen-capture>`: visible, accessible names and announcements. */
export interface ScreenCaptureStrings {
  /** TODO: the element's visible text. */
  label: string;
}

export const screenCaptureStrings: ScreenCaptureStrings = {
  label: 'Screen capture',
};
