import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaCapturePermission, PermissionHint } from '../events.js';

export type Device = keyof MediaCapturePermission;

/** The permissions a request needs: `camera` for video, `microphone` for audio. */
export function devicesOf(constraints: MediaStreamConstraints): Device[] {
  const devices: Device[] = [];
  if (constraints.video) devices.push('camera');
  if (constraints.audio) devices.push('microphone');
  return devices;
}

const UNKNOWN: MediaCapturePermission = Object.freeze({ camera: 'unknown', microphone: 'unknown' });

/**
 * Follows the Permissions API hint for camera and microphone. A hint, never a gate: where the
 * API is missing or throws (Firefox before 131 for these names, some WebViews), `unknown`.
 * Re-read on demand and on `visibilitychange`, because Safari never fires `change`.
 */
export class PermissionController implements ReactiveController {
  value: MediaCapturePermission = UNKNOWN;
  #connection?: AbortController;
  #statuses: Partial<Record<Device, PermissionStatus>> = {};

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly onChange: (permission: MediaCapturePermission) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    document.addEventListener('visibilitychange', () => void this.refresh(), { signal });
    // After the rest of the connection: an autostart's request goes out first (the hints only
    // bound it with a timeout, armed whenever they arrive).
    queueMicrotask(() => signal.aborted || void this.refresh());
  }

  hostDisconnected(): void {
    this.#connection?.abort();
    this.#statuses = {};
  }

  /** Whether no prompt can be showing for `devices`: every hint is `granted`. */
  granted(devices: Device[]): boolean {
    return devices.length > 0 && devices.every((device) => this.value[device] === 'granted');
  }

  /** Reads the hints again; whether some device of `devices` is now denied. */
  async denied(devices: Device[]): Promise<boolean> {
    await this.refresh();
    return devices.some((device) => this.value[device] === 'denied');
  }

  /** Reads both hints again; resolves with the (possibly changed) value. */
  async refresh(): Promise<MediaCapturePermission> {
    const signal = this.#connection?.signal;
    const [camera, microphone] = await Promise.all([
      this.#read('camera'),
      this.#read('microphone'),
    ]);
    if (signal && !signal.aborted) this.#set({ camera, microphone });
    return this.value;
  }

  /**
   * Queries afresh every time: a status object Safari hands out keeps the state it had when it was
   * queried and never fires `change`. The first status of a connection is followed for `change`.
   */
  async #read(device: Device): Promise<PermissionHint> {
    const signal = this.#connection?.signal;
    try {
      const status = await navigator.permissions.query({ name: device as PermissionName });
      if (signal?.aborted) return 'unknown';
      if (!this.#statuses[device]) {
        this.#statuses[device] = status;
        status.addEventListener(
          'change',
          () => this.#set({ ...this.value, [device]: status.state as PermissionHint }),
          { signal },
        );
      }
      return status.state as PermissionHint;
    } catch {
      return 'unknown';
    }
  }

  #set(next: MediaCapturePermission): void {
    if (next.camera === this.value.camera && next.microphone === this.value.microphone) return;
    this.value = Object.freeze(next);
    this.host.requestUpdate();
    this.onChange(this.value);
  }
}
