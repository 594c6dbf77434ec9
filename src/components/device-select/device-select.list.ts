import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { canList, listDevices, type Device } from './device-select.devices.js';
import type { DeviceSelectKind } from './device-select.events.js';

/** `devicechange` events closer together than this are one refresh (a flapping headset). */
const DEVICECHANGE_DEBOUNCE_MS = 300;

/**
 * The devices of one kind, listed when the host connects, on `refresh()` (a start of the source)
 * and on `devicechange` (debounced); the latest listing wins. Never lists at import, in a
 * constructor or on the server.
 */
export class DeviceListController implements ReactiveController {
  /** The devices of the kind, as the browser gave them. */
  devices: Device[] = [];
  /** A list has arrived since the kind was set. */
  listed = false;
  /** The browser named some device, of any kind, in the last list. */
  named = false;
  #connection?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly kind: () => DeviceSelectKind,
    /** A new list arrived; `before` is the one it replaces. */
    private readonly arrived: (before: Device[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.#connection = new AbortController();
    navigator.mediaDevices?.addEventListener?.(
      'devicechange',
      () => {
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => this.refresh(), DEVICECHANGE_DEBOUNCE_MS);
      },
      { signal: this.#connection.signal },
    );
    this.refresh();
  }

  hostDisconnected(): void {
    this.#connection?.abort();
    clearTimeout(this.#timer);
  }

  /** Forgets the list (the kind changed) and lists again. */
  reset(): void {
    this.devices = [];
    this.listed = false;
    this.refresh();
  }

  /** Lists the devices again. */
  refresh(): void {
    if (isServer || !canList() || !this.#connection || this.#connection.signal.aborted) {
      return this.host.requestUpdate();
    }
    const generation = ++this.#generation;
    listDevices(this.kind()).then(
      ({ devices, named }) => {
        if (generation !== this.#generation) return;
        const before = this.devices;
        this.devices = devices;
        this.named = named;
        this.listed = true;
        this.host.requestUpdate();
        this.arrived(before);
      },
      () => {}, // the list stays as it was; the next devicechange or start tries again
    );
  }
}
