/** Every built-in text of `<device-select>`: visible, accessible names and announcements. */
export interface DeviceSelectStrings {
  /** TODO: the element's visible text. */
  label: string;
}

export const deviceSelectStrings: DeviceSelectStrings = {
  label: 'Device select',
};
