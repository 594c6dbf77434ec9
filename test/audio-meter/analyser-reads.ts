// Counts what the page's AnalyserNodes are asked for: a spy on getFloatTimeDomainData that calls
// through to the real method (nothing is stubbed) and records, per analyser, how many reads there
// were and how many held sound (a peak above `LOUD`). Restored after each test by the fixtures.
import { stub } from '../fixtures/index.js';

/** A peak above this is sound: Chromium's beep peaks ≈ 1.0, Firefox's tone ≈ 0.1. */
const LOUD = 0.05;

export interface Reads {
  count: number;
  loud: number;
}

/** Starts counting reads; the map fills as analysers are read. */
export function countAnalyserReads(): Map<AnalyserNode, Reads> {
  const reads = new Map<AnalyserNode, Reads>();
  const real = AnalyserNode.prototype.getFloatTimeDomainData;
  stub(
    AnalyserNode.prototype,
    'getFloatTimeDomainData',
    function (this: AnalyserNode, array: Float32Array<ArrayBuffer>) {
      real.call(this, array);
      let peak = 0;
      for (const sample of array) peak = Math.max(peak, Math.abs(sample));
      const entry = reads.get(this) ?? { count: 0, loud: 0 };
      entry.count++;
      if (peak > LOUD) entry.loud++;
      reads.set(this, entry);
    },
  );
  return reads;
}

/** Every analyser's reads added up. */
export function total(reads: Map<AnalyserNode, Reads>): Reads {
  let count = 0;
  let loud = 0;
  for (const entry of reads.values()) {
    count += entry.count;
    loud += entry.loud;
  }
  return { count, loud };
}
