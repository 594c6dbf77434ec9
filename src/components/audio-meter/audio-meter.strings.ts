/** Every built-in text of `<audio-meter>`: visible, accessible names and announcements. */
export interface AudioMeterStrings {
  /** TODO: the element's visible text. */
  label: string;
}

export const audioMeterStrings: AudioMeterStrings = {
  label: 'Audio meter',
};
