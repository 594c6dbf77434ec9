// The events <device-select> fires (bubbles, composed). src/events.ts re-exports this module.

/** The kinds of device a `<device-select>` chooses: `MediaDeviceInfo.kind`. */
export type DeviceSelectKind = 'videoinput' | 'audioinput' | 'audiooutput';

/**
 * The user chose a device, before the element acts on it (cancelable: `preventDefault()` keeps
 * the current device).
 */
export class DeviceSelectChangeEvent extends Event {
  constructor(
    readonly kind: DeviceSelectKind,
    /** The chosen device's `deviceId`. */
    readonly deviceId: string,
    /** The chosen device's label (`''` before the user allowed access). */
    readonly label: string,
  ) {
    super('device-select-change', { bubbles: true, composed: true, cancelable: true });
  }
}

/** The remembered or chosen device is gone: the element went back to the default device. */
export class DeviceSelectFallbackEvent extends Event {
  constructor(
    readonly kind: DeviceSelectKind,
    /** The `deviceId` of the device that is gone. */
    readonly previous: string,
    /** The `deviceId` now chosen (the default device; `''` when there is none). */
    readonly deviceId: string,
  ) {
    super('device-select-fallback', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'device-select-change': DeviceSelectChangeEvent;
    'device-select-fallback': DeviceSelectFallbackEvent;
  }
}
