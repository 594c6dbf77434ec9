/** Every built-in text of `<audio-meter>`: visible, accessible names and announcements. */
export interface AudioMeterStrings {
  /** Accessible name of the meter. */
  label: string;
  /** Shown (and announced) when the microphone sends nothing at all (`no-signal`). */
  noSignal: string;
  /** Shown while the browser waits for a click or key press before it lets the page hear sound. */
  suspended: string;
  /** Shown where the browser cannot measure sound. */
  unsupported: string;
}

export const audioMeterStrings: AudioMeterStrings = {
  label: 'Microphone level',
  noSignal: 'No sound from the microphone. Check that it is not muted or unplugged.',
  suspended: 'The level shows after you click or press a key on the page.',
  unsupported: 'This browser cannot show the microphone level.',
};
