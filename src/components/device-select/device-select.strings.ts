/**
 * Every built-in text of `<device-select>`: visible, accessible names and announcements. `{device}`
 * is the kind's noun (`camera`), `{devices}` its plural, `{label}` a device's label, `{number}`
 * its place in the list.
 */
export interface DeviceSelectStrings {
  /** The label of a camera list, and its one entry before access is allowed. */
  videoinput: string;
  /** The label of a microphone list, and its one entry before access is allowed. */
  audioinput: string;
  /** The label of a speaker list, and its one entry before access is allowed. */
  audiooutput: string;
  videoinputNoun: string;
  audioinputNoun: string;
  audiooutputNoun: string;
  videoinputPlural: string;
  audioinputPlural: string;
  audiooutputPlural: string;
  /** A device the browser gives no label. */
  unnamed: string;
  /** Before access is allowed, under the list. */
  needsPermission: string;
  /** No device of the kind. */
  empty: string;
  /** This browser cannot list devices. */
  unsupported: string;
  /** This browser cannot choose where sound plays. */
  unsupportedOutput: string;
  /** Why the list is disabled: it is linked to no capture. */
  noSource: string;
  /** Why the list is disabled: its capture cannot change devices. */
  cannotSwitch: string;
  /** Announced when devices of the kind were plugged in. */
  added: string;
  /** Announced when devices of the kind were unplugged. */
  removed: string;
  /** Announced when the chosen device is gone and the default is used instead. */
  fallback: string;
  /** Announced when the chosen device could not be used. */
  failed: string;
}

export const deviceSelectStrings: DeviceSelectStrings = {
  videoinput: 'Camera',
  audioinput: 'Microphone',
  audiooutput: 'Speaker',
  videoinputNoun: 'camera',
  audioinputNoun: 'microphone',
  audiooutputNoun: 'speaker',
  videoinputPlural: 'cameras',
  audioinputPlural: 'microphones',
  audiooutputPlural: 'speakers',
  unnamed: '{device} {number}',
  needsPermission: 'Your {devices} are listed once you allow access.',
  empty: 'No {device} found. Plug one in to use it.',
  unsupported: 'This browser cannot list your {devices}.',
  unsupportedOutput:
    'This browser cannot choose the speaker here: sound plays through the one set in your system.',
  noSource: 'There is nothing on this page to use the {device} for yet.',
  cannotSwitch: 'This page cannot change the {device}.',
  added: 'Connected: {label}.',
  removed: 'Disconnected: {label}.',
  fallback: '{label} is no longer available. Now using {fallback}.',
  failed: 'Could not use {label}.',
};
