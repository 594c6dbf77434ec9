import { type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatList } from '../../base/fill.js';
import { KitElement } from '../../base/kit-element.js';
import { StreamLinkController } from '../../controllers/stream-link-controller.js';
import {
  canChooseOutput,
  canList,
  diffDevices,
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
import {
  blockedReason,
  liveTrack,
  nextDevice,
  setNextDevice,
  sourceState,
} from './device-select.source.js';
import { DeviceListController } from './device-select.list.js';
import { renderList, renderUnsupported } from './device-select.view.js';
import { deviceSelectStrings, type DeviceSelectStrings } from './device-select.strings.js';
import styles from './device-select.styles.js';

const KINDS: readonly DeviceSelectKind[] = ['videoinput', 'audioinput', 'audiooutput'];
const STATES = ['needs-permission', 'empty', 'unsupported', 'ready'] as const;
export type DeviceSelectState = (typeof STATES)[number];

/**
 * Chooses the camera, microphone or speaker of a capture: a labelled native `<select>` of the
 * devices of its `kind`. A control: it links to its source element (`for`, else the nearest
 * ancestor source). Choosing a camera or microphone switches the live capture to it
 * (`switchDevice()`), or makes it the source's `video-device`/`audio-device` for the next start;
 * choosing a speaker plays the source's `<stream-mirror>`s through it (`setSinkId()`). Before the
 * user allows access it shows one generic entry; it lists the devices again after every start of
 * its source and when devices are plugged in or out.
 *
 * @summary A camera, microphone or speaker picker for a capture, remembered across visits.
 * @tagname device-select
 *
 * @fires {DeviceSelectChangeEvent} device-select-change - The user chose a device, before it is used (`kind`, `deviceId`, `label`; cancelable: `preventDefault()` keeps the current device).
 * @fires {DeviceSelectFallbackEvent} device-select-fallback - The remembered or chosen device is gone; the default is used (`kind`, `previous`, `deviceId`).
 *
 * @csspart base - The element's box.
 * @csspart label - The list's visible label.
 * @csspart select - The native `<select>`.
 * @csspart message - Why the list is short, disabled or missing (before access, no device, unsupported).
 * @csspart status - The visually hidden live region announcing devices plugged in or out.
 *
 * @cssprop [--device-select-gap=0.25em] - Space between the label, the list and the message.
 * @cssprop [--device-select-padding=0.4em 0.6em] - Padding of the list.
 * @cssprop [--device-select-border=1px solid currentColor] - Border of the list.
 * @cssprop [--device-select-radius=0.4em] - Corner radius of the list.
 * @cssprop [--device-select-background=transparent] - Background of the list.
 * @cssprop [--device-select-focus-ring=2px solid #0b57d0] - Outline of the focused list.
 *
 * @cssstate needs-permission - The browser names no device yet: the user has not allowed access.
 * @cssstate empty - No device of this kind.
 * @cssstate unsupported - This browser cannot list devices, or cannot choose a speaker.
 * @cssstate ready - The devices are listed.
 */
export class DeviceSelectElement extends KitElement<DeviceSelectStrings> {
  static override styles = styles;
  static override tagName = 'device-select';

  protected readonly defaultStrings = deviceSelectStrings;
  #link = new StreamLinkController(this, {
    source: true,
    streamChanged: (stream, previous) => {
      // Every start of the source: the browser may now name the devices.
      if (stream && !previous) this.#list.refresh();
    },
  });
  #list = new DeviceListController(
    this,
    () => this.#kind,
    (before) => this.#listArrived(before),
  );
  /** A choice not yet seen in use (a switch under way, or the device for the next start). */
  #chosen: string | null = null;
  /** The remembered choice was looked for in a granted list (once per connection). */
  #restored = false;
  #switching = 0;

  /** `videoinput` (default): cameras; `audioinput`: microphones; `audiooutput`: speakers. */
  @property() kind: DeviceSelectKind = 'videoinput';
  /** The id of the source (e.g. `<media-capture>`) in the same root; for speakers, or of a `<stream-mirror>`. */
  @property() for?: string;
  /** A `localStorage` key: the choice is kept there (after the user allowed access) and restored. */
  @property() remember?: string;

  /** The devices of this kind, as `enumerateDevices()` gave them (unnamed before access is allowed). */
  get devices(): MediaDeviceInfo[] {
    return [...this.#list.devices];
  }

  /** The chosen `deviceId` (`''` before access is allowed). Setting it uses that device. */
  get value(): string {
    return this.#chosen ?? this.#current();
  }

  set value(deviceId: string) {
    if (typeof deviceId === 'string') void this.#choose(deviceId, false);
  }

  /** `needs-permission`, `empty`, `unsupported` or `ready`. */
  get state(): DeviceSelectState {
    if (!canList() || (this.#kind === 'audiooutput' && !canChooseOutput())) return 'unsupported';
    if (!this.#list.listed) return 'needs-permission';
    // Nothing named and nothing of this kind: no grant yet (speakers, and every kind in some
    // browsers, are listed only after one), not "no device".
    if (!this.#devices.length) return this.#list.named ? 'empty' : 'needs-permission';
    return this.#granted ? 'ready' : 'needs-permission';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind') && changed.get('kind') !== undefined) {
      this.#chosen = null;
      this.#restored = false;
      this.#list.reset();
    }
  }

  protected override updated(): void {
    const state = this.state;
    this.setAttribute('state', state);
    this.setOneState(STATES, state);
    // The native select keeps the user's pick when it is vetoed or fails: show the device in use.
    const select = this.renderRoot.querySelector('select');
    if (select && state === 'ready' && select.value !== this.value) select.value = this.value;
  }

  get #kind(): DeviceSelectKind {
    return KINDS.includes(this.kind) ? this.kind : 'videoinput';
  }

  get #devices(): Device[] {
    return this.#list.devices;
  }

  get #granted(): boolean {
    return isGranted(this.#devices);
  }

  #has(deviceId: string): boolean {
    return this.#devices.some((device) => device.deviceId === deviceId);
  }

  /** The device in use, else the one the source will ask for, else the default. */
  #current(devices = this.#devices): string {
    if (!isGranted(devices)) return '';
    const kind = this.#kind;
    const source = this.#link.source;
    const candidates =
      kind === 'audiooutput'
        ? [(sinkTargets(source)[0] as { sinkId?: unknown } | undefined)?.sinkId]
        : [this.#track()?.getSettings().deviceId, nextDevice(source, kind)];
    const found = candidates.find(
      (id): id is string => typeof id === 'string' && devices.some((d) => d.deviceId === id),
    );
    return found ?? devices[0]?.deviceId ?? '';
  }

  #track(): MediaStreamTrack | undefined {
    return liveTrack(this.#link.stream, this.#kind);
  }

  #sourceState(): string | undefined {
    return sourceState(this.#link.source, this.#link.stream);
  }

  #label(device: Device | undefined, index = 0): string {
    if (device?.label) return device.label;
    const values = { device: this.text(this.#kind), kind: this.#kind, number: index + 1 };
    return this.text('unnamed', values);
  }

  #text(key: keyof DeviceSelectStrings, values: Record<string, string> = {}): string {
    const kind = this.#kind;
    return this.text(key, {
      device: this.text(`${kind}Noun`),
      devices: this.text(`${kind}Plural`),
      kind,
      ...values,
    });
  }

  #listArrived(before: Device[]): void {
    const wasGranted = isGranted(before);
    const inUse = this.#chosen ?? (wasGranted ? this.#current(before) : '');
    if (!this.#granted) return this.#hint();
    // One announcement for one change in the world: what was plugged, and what that changed.
    const said = [wasGranted ? this.#changes(before) : ''];
    const had = before.find((device) => device.deviceId === inUse);
    if (this.#restored || !this.remember) {
      if (inUse && !this.#has(inUse) && (had || this.#chosen !== null)) {
        said.push(this.#fallBack(inUse, had?.label ?? ''));
      } else this.#reconcile();
    } else {
      said.push(this.#restore());
    }
    const text = said.filter(Boolean).join(' ');
    if (text) this.announce(text);
  }

  /** What was plugged in and out since `before`, in words. */
  #changes(before: readonly Device[]): string {
    const { added, removed } = diffDevices(before, this.#devices);
    const labels = (list: Device[]) =>
      formatList(
        list.map((device) => this.#label(device)),
        this.locale,
      );
    const said = [
      added.length ? this.text('added', { label: labels(added) }) : '',
      removed.length ? this.text('removed', { label: labels(removed) }) : '',
    ];
    return said.filter(Boolean).join(' ');
  }

  /** Before access is allowed: the remembered id as the source's hint for its next start. */
  #hint(): void {
    const remembered = this.remember ? recall(this.remember, this.#kind) : null;
    if (!remembered?.deviceId || this.#chosen !== null) return;
    const state = this.#sourceState();
    if (state === 'live' || state === 'requesting') return;
    setNextDevice(this.#link.source, this.#kind, remembered.deviceId);
  }

  /**
   * Looks for the remembered device in the first granted list and uses it; when it is gone, falls
   * back and returns what to say.
   */
  #restore(): string {
    this.#restored = true;
    const remembered = recall(this.remember!, this.#kind);
    if (remembered && this.#chosen === null) {
      const found = findRemembered(this.#devices, remembered);
      if (!found) return this.#fallBack(remembered.deviceId, remembered.label, false);
      if (found.deviceId !== this.#current()) this.#chosen = found.deviceId;
    }
    this.#reconcile();
    return '';
  }

  /** Uses the pending choice once the source can: switches a live capture that did not take it. */
  #reconcile(): void {
    const chosen = this.#chosen;
    if (chosen === null || this.#switching) return;
    if (this.#kind === 'audiooutput') return void this.#apply(chosen);
    const state = this.#sourceState();
    if (state === 'requesting') return; // a start under way: the next list (after it) reconciles
    if (state === 'live' && this.#track()?.getSettings().deviceId === chosen) {
      this.#chosen = null;
      return this.requestUpdate();
    }
    void this.#apply(chosen);
  }

  /**
   * The device `previous` is gone: back to the default; returns what to say. `use`: act on the
   * default (the gone device was in use or chosen); else the device in use stays (a remembered
   * one is gone).
   */
  #fallBack(previous: string, previousLabel: string, use = true): string {
    const fallback = use ? (this.#devices[0]?.deviceId ?? '') : this.#current();
    this.#chosen = null;
    if (use && fallback) {
      this.#chosen = fallback;
      void this.#apply(fallback);
    }
    this.requestUpdate();
    /** @ignore */
    this.dispatchEvent(new DeviceSelectFallbackEvent(this.#kind, previous, fallback));
    if (!fallback) return '';
    const device = this.#devices.find((d) => d.deviceId === fallback);
    const label = previousLabel || this.text(this.#kind);
    return this.text('fallback', { label, fallback: this.#label(device) });
  }

  async #choose(deviceId: string, byUser: boolean): Promise<void> {
    const device = this.#devices.find((d) => d.deviceId === deviceId);
    if (byUser) {
      const event = new DeviceSelectChangeEvent(this.#kind, deviceId, device?.label ?? '');
      /** @ignore */
      if (!this.dispatchEvent(event)) return this.requestUpdate();
    }
    if (this.#granted && !device) return this.announce(this.#fallBack(deviceId, ''));
    this.#chosen = deviceId;
    this.requestUpdate();
    if (this.remember && device?.deviceId && device.label) {
      remember(this.remember, this.#kind, device);
    }
    await this.#apply(deviceId);
  }

  /** Acts on the source: switch the live capture, set its next device, or set the speaker. */
  async #apply(deviceId: string): Promise<void> {
    const kind = this.#kind;
    if (kind === 'audiooutput') return this.#applyOutput(deviceId);
    const source = this.#link.source;
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
        this.announce(this.#fallBack(deviceId, label, false));
        return this.#list.refresh();
      }
      if (code !== 'aborted') this.announce(this.#failed(deviceId));
    } finally {
      this.#switching--;
      this.requestUpdate();
    }
  }

  async #applyOutput(deviceId: string): Promise<void> {
    const targets = sinkTargets(this.#link.source);
    const results = await Promise.allSettled(targets.map((target) => target.setSinkId(deviceId)));
    if (results.some((result) => result.status === 'rejected') && this.#chosen === deviceId) {
      this.announce(this.#failed(deviceId));
    }
  }

  #failed(deviceId: string): string {
    const index = this.#devices.findIndex((d) => d.deviceId === deviceId);
    return this.text('failed', { label: this.#label(this.#devices[index], Math.max(index, 0)) });
  }

  #handleChange = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    if (this.state === 'ready') void this.#choose(select.value, true);
  };

  override render(): TemplateResult {
    const state = this.state;
    const label = this.text(this.#kind);
    if (state === 'unsupported') {
      const output = this.#kind === 'audiooutput' && canList();
      return renderUnsupported(label, this.#text(output ? 'unsupportedOutput' : 'unsupported'));
    }
    const blocked = blockedReason(this.#link.source, this.#kind);
    const reason =
      blocked ??
      (state === 'empty' ? 'empty' : state === 'needs-permission' ? 'needsPermission' : null);
    return renderList({
      label,
      devices: state === 'ready' ? this.#devices : null,
      value: this.value,
      name: (device, index) => this.#label(device, index),
      disabled: !!blocked || state === 'empty',
      message: reason && this.#text(reason),
      onChange: this.#handleChange,
      liveRegion: this.renderLiveRegion(),
    });
  }
}
