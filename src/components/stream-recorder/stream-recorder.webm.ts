// Writes the duration into a WebM (Matroska) recording's header. MediaRecorder writes the header
// first, before it knows how long the recording will be, so Chromium's files (with a timeslice)
// have no Segment › Info › Duration and Firefox's hold a placeholder 0: players then report an
// infinite duration and cannot seek until they have read the whole file. Only the head of the file
// is read and rewritten; the rest of the blob is reused as it is (Blob.slice copies nothing).
//
// EBML (RFC 8794) and Matroska (RFC 9559): an element is an ID (a variable-length integer kept
// with its length marker), a size (a variable-length integer; all 1 bits = unknown size) and data.

/** How much of the file is read to find Segment › Info (MediaRecorder writes it in the first few hundred bytes). */
const HEAD_BYTES = 64 * 1024;

const ID = {
  ebml: 0x1a45dfa3,
  segment: 0x18538067,
  seekHead: 0x114d9b74,
  seek: 0x4dbb,
  seekId: 0x53ab,
  seekPosition: 0x53ac,
  info: 0x1549a966,
  timestampScale: 0x2ad7b1,
  duration: 0x4489,
  cluster: 0x1f43b675,
  cues: 0x1c53bb6b,
} as const;

/** Matroska's default TimestampScale: one tick is a millisecond. */
const DEFAULT_SCALE_NS = 1_000_000;

interface Element {
  id: number;
  start: number;
  /** Position and length of the size field. */
  sizeAt: number;
  sizeLength: number;
  /** Data size, or `null` when unknown. */
  size: number | null;
  dataStart: number;
  /** End of the data (`Infinity` for an unknown size). */
  end: number;
}

function vintLength(first: number | undefined): number {
  return first ? Math.clz32(first) - 23 : 0; // 1 for 1xxxxxxx … 8 for 00000001
}

function readElement(bytes: Uint8Array, at: number): Element | null {
  const idLength = vintLength(bytes[at]);
  if (idLength < 1 || idLength > 4) return null;
  const sizeAt = at + idLength;
  const sizeLength = vintLength(bytes[sizeAt]);
  if (sizeLength < 1 || sizeAt + sizeLength > bytes.length) return null;
  let id = 0;
  for (let i = 0; i < idLength; i++) id = id * 256 + bytes[at + i];
  const marker = 0xff >> sizeLength;
  let size = bytes[sizeAt] & marker;
  let unknown = size === marker;
  for (let i = 1; i < sizeLength; i++) {
    size = size * 256 + bytes[sizeAt + i];
    unknown &&= bytes[sizeAt + i] === 0xff;
  }
  const dataStart = sizeAt + sizeLength;
  return {
    id,
    start: at,
    sizeAt,
    sizeLength,
    size: unknown ? null : size,
    dataStart,
    end: unknown ? Infinity : dataStart + size,
  };
}

/** The children of `parent` that lie whole within `bytes`. */
function* children(bytes: Uint8Array, parent: Element): Generator<Element> {
  for (let at = parent.dataStart; at < Math.min(parent.end, bytes.length);) {
    const child = readElement(bytes, at);
    if (!child) return;
    yield child;
    if (child.end > bytes.length) return;
    at = child.end;
  }
}

function readUint(bytes: Uint8Array, element: Element): number {
  let value = 0;
  for (let i = element.dataStart; i < element.end; i++) value = value * 256 + bytes[i];
  return value;
}

/** `value` as a size field of `length` bytes, or `null` when it does not fit. */
function encodeSize(value: number, length: number): Uint8Array | null {
  if (value >= 2 ** (7 * length) - 1) return null;
  const out = encodeUint(value, length)!;
  out[0] |= 0x80 >> (length - 1);
  return out;
}

function encodeUint(value: number, length: number): Uint8Array | null {
  if (value >= 2 ** (8 * length)) return null;
  const out = new Uint8Array(length);
  for (let i = length - 1, v = value; i >= 0; i--, v = Math.floor(v / 256)) out[i] = v % 256;
  return out;
}

function minimalSizeLength(value: number): number {
  let length = 1;
  while (value >= 2 ** (7 * length) - 1) length++;
  return length;
}

/** A Duration element (float64) holding `ticks`. */
function durationElement(ticks: number): Uint8Array {
  const out = new Uint8Array(11);
  out.set([0x44, 0x89, 0x88]);
  new DataView(out.buffer).setFloat64(3, ticks);
  return out;
}

function splice(
  bytes: Uint8Array,
  at: number,
  remove: number,
  insert: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at));
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

/**
 * The rewritten start of a WebM file whose head is `head`, with Segment › Info › Duration set to
 * `durationMs`, and how many bytes of the original it replaces — or `null` when the file already
 * has a duration or is not laid out the way a recorder writes it (then it is left as it is).
 */
export function patchDuration(
  head: Uint8Array,
  durationMs: number,
): { head: Uint8Array<ArrayBuffer>; replaces: number } | null {
  const ebml = readElement(head, 0);
  if (ebml?.id !== ID.ebml) return null;
  const segment = readElement(head, ebml.end);
  if (segment?.id !== ID.segment) return null;
  let info: Element | undefined;
  let seekHead: Element | undefined;
  for (const child of children(head, segment)) {
    if (child.id === ID.info) info = child;
    else if (child.id === ID.seekHead) seekHead = child;
    else if (child.id === ID.cluster) break;
    if (info || child.size === null) break;
  }
  if (!info || info.end > head.length || (seekHead && seekHead.end > head.length)) return null;

  let scale = DEFAULT_SCALE_NS;
  let duration: Element | undefined;
  for (const child of children(head, info)) {
    if (child.id === ID.timestampScale) scale = readUint(head, child) || DEFAULT_SCALE_NS;
    else if (child.id === ID.duration) duration = child;
  }
  const ticks = (durationMs * 1e6) / scale;

  if (duration) {
    const view = new DataView(head.buffer, head.byteOffset);
    const size = duration.end - duration.dataStart;
    if (size !== 4 && size !== 8) return null;
    const current =
      size === 8 ? view.getFloat64(duration.dataStart) : view.getFloat32(duration.dataStart);
    if (current > 0 && Number.isFinite(current)) return null; // the browser wrote it
    const out = head.slice(0, info.end);
    const write = new DataView(out.buffer);
    if (size === 8) write.setFloat64(duration.dataStart, ticks);
    else write.setFloat32(duration.dataStart, ticks);
    return { head: out, replaces: info.end };
  }

  // No Duration: add one at the end of Info. Info grows, so the sizes and positions that span it
  // grow too: the Segment's size (unless unknown) and the SeekHead's positions past Info.
  const replaces = Math.max(info.end, seekHead?.end ?? 0);
  let out = head.slice(0, replaces);
  const infoSize = info.size! + 11;
  const sizeLength = Math.max(info.sizeLength, minimalSizeLength(infoSize));
  const grow = 11 + sizeLength - info.sizeLength;
  const edits: { at: number; remove: number; insert: Uint8Array }[] = [
    { at: info.end, remove: 0, insert: durationElement(ticks) },
    { at: info.sizeAt, remove: info.sizeLength, insert: encodeSize(infoSize, sizeLength)! },
  ];
  if (segment.size !== null) {
    const size = encodeSize(segment.size + grow, segment.sizeLength);
    if (!size) return null;
    edits.push({ at: segment.sizeAt, remove: segment.sizeLength, insert: size });
  }
  const infoOffset = info.start - segment.dataStart;
  for (const seek of seekHead ? children(head, seekHead) : []) {
    if (seek.id !== ID.seek) continue;
    for (const field of children(head, seek)) {
      if (field.id === ID.seekId && readUint(head, field) === ID.cues) return null; // Cues hold positions too
      if (field.id !== ID.seekPosition || readUint(head, field) <= infoOffset) continue;
      const position = encodeUint(readUint(head, field) + grow, field.end - field.dataStart);
      if (!position) return null;
      edits.push({ at: field.dataStart, remove: position.length, insert: position });
    }
  }
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    out = splice(out, edit.at, edit.remove, edit.insert);
  }
  return { head: out, replaces };
}

/**
 * `blob` with its WebM header saying it lasts `durationMs`; `blob` itself when it needs no change
 * or cannot be read as a recorder's WebM.
 */
export async function withWebmDuration(blob: Blob, durationMs: number): Promise<Blob> {
  if (!(durationMs > 0) || !Number.isFinite(durationMs) || blob.size === 0) return blob;
  try {
    const head = new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
    const patch = patchDuration(head, durationMs);
    if (!patch) return blob;
    return new Blob([patch.head, blob.slice(patch.replaces)], { type: blob.type });
  } catch {
    return blob; // an unreadable blob is delivered as recorded: nothing is lost
  }
}
