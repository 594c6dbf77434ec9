import { html, nothing, type TemplateResult } from 'lit';
import type { Device } from './device-select.devices.js';

/** What the list shows, read from the element by its `render()`. */
export interface DeviceSelectView {
  label: string;
  /** The devices to offer, or `null` for the one generic entry (`label`). */
  devices: readonly Device[] | null;
  value: string;
  /** The visible name of the device at `index`. */
  name(device: Device, index: number): string;
  disabled: boolean;
  /** Why the list is short, disabled or missing; its accessible description. */
  message: string | null;
  onChange(event: Event): void;
  liveRegion: TemplateResult;
}

/** Where there is nothing to choose from (no list, no setSinkId): the label and why, no dead list. */
export function renderUnsupported(label: string, message: string): TemplateResult {
  return html`<div part="base">
    <span part="label">${label}</span>
    <p part="message">${message}</p>
  </div>`;
}

/** The labelled native select, its options, and the message it is described by. */
export function renderList(view: DeviceSelectView): TemplateResult {
  const { devices, value, message } = view;
  const options = devices
    ? devices.map(
        (device, index) =>
          html`<option value=${device.deviceId} dir="auto" .selected=${device.deviceId === value}>
            ${view.name(device, index)}
          </option>`,
      )
    : html`<option value="" selected>${view.label}</option>`;
  return html`<div part="base">
    ${view.liveRegion}
    <label part="label" for="select">${view.label}</label>
    <select
      part="select"
      id="select"
      ?disabled=${view.disabled}
      aria-describedby=${message ? 'message' : nothing}
      @change=${view.onChange}
    >
      ${options}
    </select>
    ${message ? html`<p part="message" id="message">${message}</p>` : nothing}
  </div>`;
}
