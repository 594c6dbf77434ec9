import { isServer } from 'lit';
import type { DeviceSelectKind } from './device-select.events.js';

/** A device as `<device-select>` shows it: what `enumerateDevices()` said, of one kind. */
export type Device = MediaDeviceInfo;

/** Whether this browser lists devices at all. */
export function canList(): boolean {
  return !isServer && !!navigator.mediaDevices?.enumerateDevices;
}

/** Whether this browser can choose where a media element plays its sound. */
export function canChooseOutput(): boolean {
  return (
    typeof HTMLMediaElement !== 'undefined' &&
    typeof (HTMLMediaElement.prototype as { setSinkId?: unknown }).setSinkId === 'function'
  );
}

/**
 * The devices of `kind`, in the browser's order (the default first), and whether the browser
 * names any device at all (speakers are listed only once a microphone is allowed: none listed
 * before that is not "no speaker").
 */
export async function listDevices(kind: DeviceSelectKind) {
  const all = await navigator.mediaDevices.enumerateDevices();
  return {
    devices: all.filter((device) => device.kind === kind),
    named: all.some((device) => device.deviceId && device.label),
  };
}

/**
 * Whether the list names its devices: before the user allows access the browser gives one entry
 * per kind with an empty label and deviceId, which must never be asked for (`{ exact: '' }`).
 */
export function isGranted(devices: readonly Device[]): boolean {
  return devices.some((device) => device.deviceId && device.label);
}

/** What changed between two granted lists, by deviceId. */
export function diffDevices(before: readonly Device[], after: readonly Device[]) {
  const ids = (list: readonly Device[]) => new Set(list.map((device) => device.deviceId));
  const had = ids(before);
  const has = ids(after);
  return {
    added: after.filter((device) => !had.has(device.deviceId)),
    removed: before.filter((device) => !has.has(device.deviceId)),
  };
}

/** A remembered choice: ids rotate in some browsers (Safari), so the label is kept too. */
export interface Remembered {
  deviceId: string;
  label: string;
}

function readAll(key: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {}; // storage blocked (private mode, sandboxed iframe) or not ours: nothing remembered
  }
}

/**
 * The choice remembered under `key` for `kind`. One key may hold a camera, a microphone and a
 * speaker: the stored value is `{ [kind]: { deviceId, label } }`.
 */
export function recall(key: string, kind: DeviceSelectKind): Remembered | null {
  const entry = readAll(key)[kind] as Partial<Remembered> | undefined;
  return typeof entry?.deviceId === 'string' && typeof entry.label === 'string'
    ? { deviceId: entry.deviceId, label: entry.label }
    : null;
}

/** Remembers `device` under `key` for its kind. */
export function remember(key: string, kind: DeviceSelectKind, device: Remembered): void {
  const all = readAll(key);
  all[kind] = { deviceId: device.deviceId, label: device.label };
  try {
    localStorage.setItem(key, JSON.stringify(all));
  } catch {
    // storage full or blocked: the choice holds for this page only
  }
}

/** The remembered device in `devices`: by deviceId, else by label (ids rotate in Safari). */
export function findRemembered(devices: readonly Device[], remembered: Remembered): Device | null {
  return (
    devices.find((device) => device.deviceId === remembered.deviceId) ??
    (remembered.label ? devices.find((device) => device.label === remembered.label) : null) ??
    null
  );
}

/** An element that plays sound through a chosen output (a `<stream-mirror>`, a media element). */
export interface SinkTarget extends Element {
  setSinkId(deviceId: string): Promise<void>;
}

export function isSinkTarget(element: Element | null): element is SinkTarget {
  return typeof (element as Partial<SinkTarget> | null)?.setSinkId === 'function';
}

/**
 * Where a speaker choice applies: the element `linked` itself when it plays sound (`for` naming a
 * mirror), else every `<stream-mirror>` of that source — inside it, or naming it with `for` in
 * its root. Every mirror, not only the audible ones: one made audible later plays there too.
 */
export function sinkTargets(linked: Element | null): SinkTarget[] {
  if (!linked) return [];
  if (isSinkTarget(linked)) return [linked];
  const mirrors = new Set<Element>(linked.querySelectorAll('stream-mirror'));
  if (linked.id) {
    const root = linked.getRootNode() as Document | ShadowRoot;
    for (const mirror of root.querySelectorAll(`stream-mirror[for="${CSS.escape(linked.id)}"]`)) {
      mirrors.add(mirror);
    }
  }
  return [...mirrors].filter(isSinkTarget);
}
