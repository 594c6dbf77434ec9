import type { StreamSource } from '../../controllers/stream-link-controller.js';
import type { DeviceSelectKind } from './device-select.events.js';

/** A source as `<device-select>` reads it: the protocol, plus what `<media-capture>` adds. */
type Source = StreamSource & Record<string, unknown>;

/** The source property naming the device for its next start (`<media-capture>`'s `video-device`). */
const deviceProperty = (kind: DeviceSelectKind) =>
  kind === 'videoinput' ? 'videoDevice' : 'audioDevice';

/**
 * The source's state: its own `state` (`<media-capture>`), else `live` while it has a stream (a
 * third-party source with only the protocol).
 */
export function sourceState(source: StreamSource | null, stream: MediaStream | null) {
  const state = (source as Partial<Source> | null)?.state;
  if (typeof state === 'string') return state;
  return stream ? 'live' : undefined;
}

/** The live track of `kind` in `stream`. */
export function liveTrack(stream: MediaStream | null, kind: DeviceSelectKind) {
  const trackKind = kind === 'videoinput' ? 'video' : 'audio';
  return stream?.getTracks().find((t) => t.kind === trackKind && t.readyState === 'live');
}

/** The device the source will ask for at its next start, if it says. */
export function nextDevice(source: StreamSource | null, kind: DeviceSelectKind): unknown {
  return (source as Partial<Source> | null)?.[deviceProperty(kind)];
}

/** Makes `deviceId` the source's device for its next start, where it has such a property. */
export function setNextDevice(
  source: StreamSource | null,
  kind: DeviceSelectKind,
  deviceId: string,
): void {
  const name = deviceProperty(kind);
  if (source && name in source) (source as Source)[name] = deviceId;
}

/** Why a list of `kind` linked to `source` cannot act (a string key), or `null`. */
export function blockedReason(source: StreamSource | null, kind: DeviceSelectKind) {
  if (!source) return 'noSource' as const;
  if (kind !== 'audiooutput' && typeof source.switchDevice !== 'function') {
    return 'cannotSwitch' as const;
  }
  return null;
}
