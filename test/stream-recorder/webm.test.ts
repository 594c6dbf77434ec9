// The WebM header rewrite, on the layouts each browser's MediaRecorder writes (measured: Chromium
// 156 leaves Duration out of Segment › Info and writes sizes in one byte; Firefox ESR 153 writes a
// Duration of 0 and eight-byte sizes, after an empty SeekHead), and on files recorded here.
import { expect } from '@open-wc/testing';
import {
  patchDuration,
  withWebmDuration,
} from '../../src/components/stream-recorder/stream-recorder.webm.js';
import '../../src/index.js';
import { liveRecorder, recordable, take } from './recorder.js';

const bytes = (...parts: (number[] | Uint8Array)[]) =>
  Uint8Array.from(parts.flatMap((part) => [...part]));
/** An element with a one-byte size, or an eight-byte one (Firefox's way). */
const el = (id: number[], data: Uint8Array, wide = false) =>
  bytes(id, wide ? [0x01, 0, 0, 0, 0, 0, 0, data.length] : [0x80 | data.length], data);
const float64 = (value: number) => {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setFloat64(0, value);
  return out;
};
const uint = (value: number, length: number) =>
  Uint8Array.from({ length }, (_, i) => Math.floor(value / 256 ** (length - 1 - i)) % 256);

const EBML = el([0x1a, 0x45, 0xdf, 0xa3], el([0x42, 0x82], new TextEncoder().encode('webm')));
const UNKNOWN = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const SCALE = el([0x2a, 0xd7, 0xb1], uint(1_000_000, 3));
const APP = el([0x4d, 0x80], new TextEncoder().encode('Chrome'));
const TRACKS = el([0x16, 0x54, 0xae, 0x6b], bytes([0xae, 0x80]));
const CLUSTER = bytes([0x1f, 0x43, 0xb6, 0x75], UNKNOWN, [0xe7, 0x81, 0x00]);

/** The Duration (ms, at the default scale) in a file's head, read back with a plain search. */
function durationIn(head: Uint8Array): number | null {
  for (let i = 0; i + 11 <= head.length; i++) {
    if (head[i] === 0x44 && head[i + 1] === 0x89 && head[i + 2] === 0x88)
      return new DataView(head.buffer, head.byteOffset + i + 3, 8).getFloat64(0);
  }
  return null;
}

describe('<stream-recorder>', () => {
  describe('WebM duration', () => {
    it('adds Duration to a Chromium-style Info (unknown-size Segment), growing Info', () => {
      const info = el([0x15, 0x49, 0xa9, 0x66], bytes(SCALE, APP));
      const file = bytes(EBML, [0x18, 0x53, 0x80, 0x67], UNKNOWN, info, TRACKS, CLUSTER);
      const patch = patchDuration(file, 2000)!;
      const out = bytes(patch.head, file.subarray(patch.replaces));
      expect(out.length).to.equal(file.length + 11);
      expect(durationIn(out)).to.equal(2000);
      const infoAt = EBML.length + 12;
      expect(out[infoAt + 4]).to.equal(0x80 | (info.length - 5 + 11)); // Info's new size
      expect([...out.subarray(out.length - CLUSTER.length)]).to.deep.equal([...CLUSTER]);
    });

    it('overwrites a Firefox-style Duration of 0 in place', () => {
      const info = el(
        [0x15, 0x49, 0xa9, 0x66],
        bytes(SCALE, [0x44, 0x89, 0x88], float64(0), APP),
        true,
      );
      const seekHead = el([0x11, 0x4d, 0x9b, 0x74], new Uint8Array(0), true);
      const file = bytes(EBML, [0x18, 0x53, 0x80, 0x67], UNKNOWN, seekHead, info, TRACKS);
      const patch = patchDuration(file, 1234.5)!;
      const out = bytes(patch.head, file.subarray(patch.replaces));
      expect(out.length).to.equal(file.length);
      expect(durationIn(out)).to.equal(1234.5);
    });

    it('converts to the file’s TimestampScale', () => {
      const scale = el([0x2a, 0xd7, 0xb1], uint(500_000, 3));
      const info = el([0x15, 0x49, 0xa9, 0x66], scale);
      const file = bytes(EBML, [0x18, 0x53, 0x80, 0x67], UNKNOWN, info, CLUSTER);
      expect(durationIn(patchDuration(file, 1000)!.head)).to.equal(2000);
    });

    it('grows a known Segment size and the SeekHead positions past Info', () => {
      const seek = el(
        [0x4d, 0xbb],
        bytes(el([0x53, 0xab], uint(0x1654ae6b, 4)), el([0x53, 0xac], uint(60, 2))),
      );
      const seekHead = el([0x11, 0x4d, 0x9b, 0x74], seek);
      const info = el([0x15, 0x49, 0xa9, 0x66], SCALE);
      const body = bytes(seekHead, info, TRACKS);
      const file = bytes(
        EBML,
        [0x18, 0x53, 0x80, 0x67, 0x40 | (body.length >> 8), body.length & 0xff],
        body,
      );
      const patch = patchDuration(file, 500)!;
      const out = bytes(patch.head, file.subarray(patch.replaces));
      const segmentSize = ((out[EBML.length + 4] & 0x3f) << 8) | out[EBML.length + 5];
      expect(segmentSize).to.equal(body.length + 11);
      const positionAt = EBML.length + 6 + seekHead.length - 2;
      expect((out[positionAt] << 8) | out[positionAt + 1]).to.equal(71);
      expect(durationIn(out)).to.equal(500);
    });

    it('leaves alone a file that has a duration, one with Cues to move, and what is not WebM', () => {
      const timed = el([0x15, 0x49, 0xa9, 0x66], bytes(SCALE, [0x44, 0x89, 0x88], float64(1950)));
      expect(patchDuration(bytes(EBML, [0x18, 0x53, 0x80, 0x67], UNKNOWN, timed), 2000)).to.equal(
        null,
      );
      const cues = el(
        [0x11, 0x4d, 0x9b, 0x74],
        el(
          [0x4d, 0xbb],
          bytes(el([0x53, 0xab], uint(0x1c53bb6b, 4)), el([0x53, 0xac], uint(90, 2))),
        ),
      );
      const info = el([0x15, 0x49, 0xa9, 0x66], SCALE);
      expect(
        patchDuration(bytes(EBML, [0x18, 0x53, 0x80, 0x67], UNKNOWN, cues, info), 2000),
      ).to.equal(null);
      expect(patchDuration(new TextEncoder().encode('\0\0\0\x24ftypisom'), 2000)).to.equal(null);
      expect(patchDuration(new Uint8Array(0), 2000)).to.equal(null);
    });

    it('reuses the blob past the head and keeps its type', async () => {
      const info = el([0x15, 0x49, 0xa9, 0x66], SCALE);
      const blob = new Blob(
        [bytes(EBML, [0x18, 0x53, 0x80, 0x67], UNKNOWN, info), new Uint8Array(100_000)],
        {
          type: 'video/webm;codecs=vp9,opus',
        },
      );
      const out = await withWebmDuration(blob, 2000);
      expect(out.type).to.equal(blob.type);
      expect(out.size).to.equal(blob.size + 11);
      expect(await withWebmDuration(new Blob([]), 2000)).to.have.property('size', 0);
    });

    if (recordable) {
      it('writes the recorded duration into the files this browser records', async function () {
        this.timeout(20000);
        const { recorder } = await liveRecorder();
        const chunks: Blob[] = [];
        recorder.addEventListener('stream-recorder-data', (event) => chunks.push(event.blob));
        const stop = await take(recorder, 1000);
        const raw = new Uint8Array(await new Blob(chunks).slice(0, 4096).arrayBuffer());
        expect(durationIn(raw) ?? 0).to.equal(0); // the recorder wrote none, or Firefox's 0
        const fixed = new Uint8Array(await stop.blob.slice(0, 4096).arrayBuffer());
        expect(durationIn(fixed)).to.equal(stop.duration);
      });
    }
  });
});
