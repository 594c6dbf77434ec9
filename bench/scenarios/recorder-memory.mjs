// Memory over a long recording: one <stream-recorder> (timeslice 1000) recording a live camera and
// microphone for a minute, against the hand-written MediaRecorder page. Both keep every chunk as
// the Blob MediaRecorder gave (its bytes live in the browser's blob store, outside the JS heap);
// the kit must not copy them (into ArrayBuffers, strings or new Blobs) while recording: its JS
// heap plus array-buffer backing stores, after GC, grow by far less than what was recorded and by
// no more than the baseline's plus 1 MB. One pair, not twenty, both at once: each run records for a minute (issue 15: a 60 s recording).
import { sleep } from '../lib/session.mjs';
import { ok } from '../lib/stats.mjs';

export const name = 'recorder-memory';
export const heading = ({ D }) => `recorder memory, ${D.memory / 1000} s recording`;
export const needs = ['media-capture', 'stream-recorder'];
const pages = { kit: 'recorder.kit.html', base: 'recorder.base.html' };

/** JS heap in use plus ArrayBuffer backing stores, after three full collections. */
async function memory(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

async function measure({ page, cdp }, { D }) {
  const recorded = () => page.evaluate(() => window.__bench.bytes());
  const before = { memory: await memory(cdp), bytes: await recorded() };
  await sleep(D.memory);
  const growth = (await memory(cdp)) - before.memory;
  return { growth, recorded: (await recorded()) - before.bytes };
}

export async function collect(bench, absent) {
  const samples = { kit: [], base: [] };
  // Kit and baseline record at the same time, each in its own context: memory is what is
  // measured, not time, and the full bench stays under 12 minutes.
  const sides = absent.length ? ['base'] : ['kit', 'base'];
  await bench.timed(name, () =>
    Promise.all(
      sides.map(async (side) => {
        const sample = await bench.run(pages[side], (tab) => measure(tab, bench));
        samples[side].push(sample);
        bench.log(`  ${name} ${side}: ${sample.error ?? 'done'}`);
      }),
    ),
  );
  return samples;
}

export function report(samples, { compare, check, D }) {
  const seconds = D.memory / 1000;
  const mb = (bytes) => bytes / 2 ** 20;
  compare(
    samples,
    (s) => mb(s.growth),
    `recording ${seconds} s: JS heap + ArrayBuffers growth after GC`,
    'MB',
    null,
    'the chunks are Blobs the browser holds, not copies in the page',
  );
  compare(samples, (s) => mb(s.recorded), `recording ${seconds} s: bytes recorded`, 'MB');
  const kit = ok(samples.kit);
  const base = ok(samples.base);
  const worstBase = Math.max(...base.map((s) => s.growth));
  check(
    'recorder-memory: the kit copies nothing it records',
    kit.length === 1 &&
      kit.every((s) => s.growth < s.recorded / 4 && s.growth <= worstBase + 2 ** 20),
    kit.map((s) => `${mb(s.growth).toFixed(2)} of ${mb(s.recorded).toFixed(1)} MB`).join('; '),
  );
}
