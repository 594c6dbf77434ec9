import { type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatList } from '../../base/fill.js';
import { moveFocusTo } from '../../base/focus.js';
import { KitElement } from '../../base/kit-element.js';
import { StreamLinkController } from '../../controllers/stream-link-controller.js';
import { claim } from '../../controllers/told.js';
import { DeviceChoice } from './device-select.choice.js';
import {
  canChooseOutput,
  canList,
  diffDevices,
  isGranted,
  type Device,
} from './device-select.devices.js';
import type { DeviceSelectKind } from './device-select.events.js';
import { DeviceListController } from './device-select.list.js';
import { blockedReason } from './device-select.source.js';
import { deviceSelectStrings, type DeviceSelectStrings } from './device-select.strings.js';
import { renderList, renderUnsupported } from './device-select.view.js';
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
  #choice = new DeviceChoice(this, () => this.#kind, this.#link, this.#list, {
    fallback: (previousLabel, fallback) => this.#fallbackText(previousLabel, fallback),
    failed: (deviceId) => this.#failedText(deviceId),
    say: (text) => this.announce(text),
  });

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
    return this.#choice.value;
  }

  set value(deviceId: string) {
    if (typeof deviceId === 'string') void this.#choice.choose(deviceId, false);
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
      this.#choice.reset();
      this.#list.reset();
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    super.update(changed);
    if (focused) this.#keepFocus(focused);
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

  /**
   * The focused list became disabled (no device left, its source gone) or was replaced (the
   * browser cannot choose a speaker): focus moves to the message saying why; the focused message
   * gone (a device plugged back in), to the list — never to `<body>`.
   */
  #keepFocus(focused: HTMLElement): void {
    const select = this.renderRoot.querySelector('select');
    if (focused.isConnected && !(focused === select && select.disabled)) return;
    if (select && !select.disabled) return select.focus();
    const message = this.renderRoot.querySelector<HTMLElement>('[part~="message"]');
    if (message) moveFocusTo(message);
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
    const fallback = this.#choice.listArrived(before);
    if (!this.#granted) return;
    // One announcement for one change in the world: what was plugged, and what that changed.
    const said = [isGranted(before) ? this.#changes(before) : '', fallback];
    const text = said.filter(Boolean).join(' ');
    if (text) this.announce(text);
  }

  /**
   * What was plugged in and out since `before`, in words; nothing when another kit element told
   * it just now (a headset plugged in is a microphone and a speaker, in two lists).
   */
  #changes(before: readonly Device[]): string {
    const { added, removed } = diffDevices(before, this.#devices);
    const event = (device: Device, what: string) =>
      `device ${device.groupId || `${device.kind} ${device.deviceId}`} ${what}`;
    const events = [
      ...added.map((device) => event(device, 'added')),
      ...removed.map((device) => event(device, 'removed')),
    ];
    if (!claim(this, events)) return '';
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

  #fallbackText(previousLabel: string, fallback: Device | undefined): string {
    const label = previousLabel || this.text(this.#kind);
    return this.text('fallback', { label, fallback: this.#label(fallback) });
  }

  #failedText(deviceId: string): string {
    const index = this.#devices.findIndex((d) => d.deviceId === deviceId);
    return this.text('failed', { label: this.#label(this.#devices[index], Math.max(index, 0)) });
  }

  #handleChange = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    if (this.state === 'ready') void this.#choice.choose(select.value, true);
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
