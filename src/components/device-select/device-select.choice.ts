import type { StreamLinkController } from '../../controllers/stream-link-controller.js';
import {
  findRemembered,
  isGranted,
  recall,
  remember,
  sinkTargets,
  type Device,
} from './device-select.devices.js';
import {
  DeviceSelectChangeEvent,
  DeviceSelectFallbackEvent,
  type DeviceSelectKind,
} from './device-select.events.js';
import type { DeviceListController } from './device-select.list.js';
import { liveTrack, nextDevice, setNextDevice, sourceState } from './device-select.source.js';

/** What the choice needs of its `<device-select>`. */
export interface DeviceChoiceHost extends HTMLElement {
  /** The `localStorage` key the choice is kept under, if any. */
  readonly remember?: string;
  requestUpdate(): void;
}

/** How the element words what the choice has to say. */
export interface DeviceChoiceWords {
  /** The device named `previousLabel` is gone; `fallback` is used instead. */
  fallback(previousLabel: string, fallback: Device | undefined): string;
  /** Using `deviceId` failed. */
  failed(deviceId: string): string;
  /** Says `text` through the element's live region. */
  say(text: string): void;
}

/**
 * Which device of one kind is chosen, and making the source use it: switching a live capture,
 * setting the device of its next start, or the speaker of its mirrors; remembering the choice and
 * restoring it; falling back to the default when the chosen or remembered device is gone.
 */
export class DeviceChoice {
  /** A choice not yet seen in use (a switch under way, or the device for the next start). */
  #chosen: string | null = null;
  /** The remembered choice was looked for in a granted list (once per connection). */
  #restored = false;
  #switching = 0;

  constructor(
    private readonly host: DeviceChoiceHost,
    private readonly kind: () => DeviceSelectKind,
    private readonly link: StreamLinkController,
    private readonly list: DeviceListController,
    private readonly words: DeviceChoiceWords,
  ) {}

  /** The chosen `deviceId`: the pending choice, else the device in use. */
  get value(): string {
    return this.#chosen ?? this.current();
  }

  /** Forgets the choice (the kind changed). */
  reset(): void {
    this.#chosen = null;
    this.#restored = false;
  }

  /** The device in use, else the one the source will ask for, else the default. */
  current(devices = this.#devices): string {
    if (!isGranted(devices)) return '';
    const kind = this.kind();
    const source = this.link.source;
    const candidates =
      kind === 'audiooutput'
        ? [(sinkTargets(source)[0] as { sinkId?: unknown } | undefined)?.sinkId]
        : [this.#track()?.getSettings().deviceId, nextDevice(source, kind)];
    const found = candidates.find(
      (id): id is string => typeof id === 'string' && devices.some((d) => d.deviceId === id),
    );
    return found ?? devices[0]?.deviceId ?? '';
  }

  /**
   * A new list arrived (`before` is the one it replaced): restores the remembered device, falls
   * back when the one in use is gone, or uses a pending choice. Returns what to say about it.
   */
  listArrived(before: Device[]): string {
    const inUse = this.#chosen ?? (isGranted(before) ? this.current(before) : '');
    if (!isGranted(this.#devices)) {
      this.#hint();
      return '';
    }
    if (!this.#restored && this.host.remember) return this.#restore();
    const had = before.find((device) => device.deviceId === inUse);
    if (inUse && !this.#has(inUse) && (had || this.#chosen !== null)) {
      return this.#fallBack(inUse, had?.label ?? '');
    }
    this.#reconcile();
    return '';
  }

  /** Uses `deviceId`; `byUser`: the user chose it, so `device-select-change` fires first. */
  async choose(deviceId: string, byUser: boolean): Promise<void> {
    const device = this.#devices.find((d) => d.deviceId === deviceId);
    if (byUser) {
      const event = new DeviceSelectChangeEvent(this.kind(), deviceId, device?.label ?? '');
      /** @ignore */
      if (!this.host.dispatchEvent(event)) return this.host.requestUpdate();
    }
    if (isGranted(this.#devices) && !device) return this.words.say(this.#fallBack(deviceId, ''));
    this.#chosen = deviceId;
    // The native select already shows a user's pick: render after the switch, not while the
    // browser opens the device.
    if (!byUser) this.host.requestUpdate();
    const key = this.host.remember;
    if (key && device?.deviceId && device.label) remember(key, this.kind(), device);
    await this.#apply(deviceId);
    if (byUser) this.host.requestUpdate();
  }

  get #devices(): Device[] {
    return this.list.devices;
  }

  #has(deviceId: string): boolean {
    return this.#devices.some((device) => device.deviceId === deviceId);
  }

  #track(): MediaStreamTrack | undefined {
    return liveTrack(this.link.stream, this.kind());
  }

  #sourceState(): string | undefined {
    return sourceState(this.link.source, this.link.stream);
  }

  /** Before access is allowed: the remembered id as the source's hint for its next start. */
  #hint(): void {
    const remembered = this.host.remember ? recall(this.host.remember, this.kind()) : null;
    if (!remembered?.deviceId || this.#chosen !== null) return;
    const state = this.#sourceState();
    if (state === 'live' || state === 'requesting') return;
    setNextDevice(this.link.source, this.kind(), remembered.deviceId);
  }

  /**
   * Looks for the remembered device in the first granted list and uses it; when it is gone, falls
   * back and returns what to say.
   */
  #restore(): string {
    this.#restored = true;
    const remembered = recall(this.host.remember!, this.kind());
    if (remembered && this.#chosen === null) {
      const found = findRemembered(this.#devices, remembered);
      if (!found) return this.#fallBack(remembered.deviceId, remembered.label, false);
      if (found.deviceId !== this.current()) this.#chosen = found.deviceId;
    }
    this.#reconcile();
    return '';
  }

  /** Uses the pending choice once the source can: switches a live capture that did not take it. */
  #reconcile(): void {
    const chosen = this.#chosen;
    if (chosen === null || this.#switching) return;
    if (this.kind() === 'audiooutput') return void this.#apply(chosen);
    const state = this.#sourceState();
    if (state === 'requesting') return; // a start under way: the next list (after it) reconciles
    if (state === 'live' && this.#track()?.getSettings().deviceId === chosen) {
      this.#chosen = null;
      return this.host.requestUpdate();
    }
    void this.#apply(chosen);
  }

  /**
   * The device `previous` is gone: back to the default; returns what to say. `use`: act on the
   * default (the gone device was in use or chosen); else the device in use stays (a remembered
   * one is gone).
   */
  #fallBack(previous: string, previousLabel: string, use = true): string {
    const fallback = use ? (this.#devices[0]?.deviceId ?? '') : this.current();
    this.#chosen = null;
    if (use && fallback) {
      this.#chosen = fallback;
      void this.#apply(fallback);
    }
    this.host.requestUpdate();
    /** @ignore */
    this.host.dispatchEvent(new DeviceSelectFallbackEvent(this.kind(), previous, fallback));
    if (!fallback) return '';
    const device = this.#devices.find((d) => d.deviceId === fallback);
    return this.words.fallback(previousLabel, device);
  }

  /** Acts on the source: switch the live capture, set its next device, or set the speaker. */
  async #apply(deviceId: string): Promise<void> {
    const kind = this.kind();
    if (kind === 'audiooutput') return this.#applyOutput(deviceId);
    const source = this.link.source;
    if (!source || !deviceId) return;
    if (this.#sourceState() !== 'live') return setNextDevice(source, kind, deviceId);
    if (typeof source.switchDevice !== 'function') return;
    this.#switching++;
    try {
      await source.switchDevice(kind, deviceId);
      if (this.#chosen === deviceId) this.#chosen = null;
    } catch (error) {
      if (this.#chosen !== deviceId) return; // a newer choice superseded this one
      this.#chosen = null;
      const code = (error as { code?: unknown }).code;
      if (code === 'not-found') {
        // Gone since the list was made: the capture kept its device; the list is made again.
        const label = this.#devices.find((d) => d.deviceId === deviceId)?.label ?? '';
        this.words.say(this.#fallBack(deviceId, label, false));
        return this.list.refresh();
      }
      if (code !== 'aborted') this.words.say(this.words.failed(deviceId));
    } finally {
      this.#switching--;
      this.host.requestUpdate();
    }
  }

  async #applyOutput(deviceId: string): Promise<void> {
    const targets = sinkTargets(this.link.source);
    const results = await Promise.allSettled(targets.map((target) => target.setSinkId(deviceId)));
    if (results.some((result) => result.status === 'rejected') && this.#chosen === deviceId) {
      this.words.say(this.words.failed(deviceId));
    }
  }
}
