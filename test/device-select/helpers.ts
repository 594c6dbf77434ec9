// <device-select> placed, driven and read from outside: its options, its message, its list of
// devices, and the device lists the fake devices cannot produce (hot-plug, a device gone).
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { DeviceSelectElement } from '../../src/index.js';
import { part, stub } from '../fixtures/index.js';

/** A `<device-select>` fixture, or the first one inside `template`, once it has listed its devices. */
export async function deviceSelect(template: TemplateResult) {
  const root = await fixture<HTMLElement>(template);
  const select = (
    root.localName === 'device-select' ? root : root.querySelector('device-select')
  ) as DeviceSelectElement;
  await listed(select);
  return { root, select };
}

/** Resolves once `el` has a list from the browser (it fires no event for that: the platform's list arrives when it does). */
export async function listed(el: DeviceSelectElement, granted?: boolean) {
  await waitUntil(
    () =>
      (el.devices.length > 0 || el.state !== 'needs-permission') &&
      (granted === undefined || el.devices.some((d) => !!d.label) === granted),
    `<device-select kind="${el.kind}"> listed no ${granted ? 'named ' : ''}device`,
    { timeout: 8000, interval: 20 },
  );
  await el.updateComplete;
}

/**
 * Spies on enumerateDevices (calling through to what is there, real or stubbed): `settled()`
 * resolves once a listing made after this call has reached the elements.
 */
export function spyListings() {
  const listings: Promise<unknown>[] = [];
  const through = navigator.mediaDevices.enumerateDevices.bind(navigator.mediaDevices);
  stub(navigator.mediaDevices, 'enumerateDevices', () => {
    const listing = through();
    listings.push(listing);
    return listing;
  });
  return {
    async settled() {
      await waitUntil(() => listings.length > 0, 'nothing listed the devices');
      await Promise.allSettled(listings);
      await new Promise((resolve) => setTimeout(resolve));
    },
  };
}

/** The native select. */
export const nativeSelect = (el: DeviceSelectElement) => part<HTMLSelectElement>(el, 'select')!;

/** The options as a user reads them: value and text. */
export function options(el: DeviceSelectElement) {
  return [...nativeSelect(el).options].map((o) => ({ value: o.value, text: o.text.trim() }));
}

/** The visible message under the list, or `null`. */
export const message = (el: DeviceSelectElement) =>
  part(el, 'message')?.textContent?.trim() ?? null;

/** Chooses `deviceId` the way a user does: the select's value changes and it fires `change`. */
export function pick(el: DeviceSelectElement, deviceId: string) {
  const select = nativeSelect(el);
  select.value = deviceId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A device as enumerateDevices() gives it. */
export function device(kind: MediaDeviceKind, deviceId: string, label: string): MediaDeviceInfo {
  const info = { kind, deviceId, label, groupId: `group-${deviceId}` };
  return { ...info, toJSON: () => info } as MediaDeviceInfo;
}

/**
 * STUBS enumerateDevices: fake devices cannot be plugged in or out during a test. `set(list)`
 * changes what it answers and fires `devicechange` as the browser does on a hot-plug; `calls`
 * counts the enumerations.
 */
export function stubDevices(initial: MediaDeviceInfo[]) {
  let list = initial;
  const state = { calls: 0 };
  stub(navigator.mediaDevices, 'enumerateDevices', async () => {
    state.calls++;
    return list;
  });
  return {
    get calls() {
      return state.calls;
    },
    set(next: MediaDeviceInfo[], fire = true) {
      list = next;
      if (fire) navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
    },
  };
}

/** The real devices of `kind` (the test groups grant access, so they are named). */
export async function realDevices(kind: MediaDeviceKind) {
  return (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === kind);
}
