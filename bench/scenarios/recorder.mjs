// Recording: main-thread time while one <stream-recorder> records a live camera and microphone
// for the window, against a hand-written MediaRecorder page (same format, same timeslice, a
// running time). The encoding itself runs off the main thread in both.
import { sleep, withMainThread } from '../lib/session.mjs';
import { ok } from '../lib/stats.mjs';

export const name = 'recorder';
/** Full-run pairs: each pair is one 10 s window, the kit and the raw page recording side by side. */
export const pairs = 8;
export const heading = ({ D }) => `recorder, ${D.live / 1000} s recording`;
export const needs = ['media-capture', 'stream-recorder'];
export const pages = { kit: 'recorder.kit.html', base: 'recorder.base.html' };

/**
 * Each pair records at the same time, the kit page and the raw page in contexts of their own: both
 * meet the same machine (taken one after the other, 4 pairs of a 10 s window moved 0.95–1.12 in
 * one day, their samples ±10 %), and twice the pairs fit in the time.
 */
export async function collect(bench, absent) {
  const samples = { kit: [], base: [] };
  const sides = absent.length ? ['base'] : ['kit', 'base'];
  await bench.timed(name, async () => {
    for (let i = 0; i < bench.pairs; i++) {
      await Promise.all(
        sides.map(async (side) => {
          const sample = await bench.run(pages[side], (tab) => measure(tab, bench));
          samples[side].push(sample);
          if (sample.error) bench.log(`  ${name} ${side} #${i + 1}: ${sample.error}`);
        }),
      );
      process.stderr.write(`  ${name} ${i + 1}/${bench.pairs}\r`);
    }
  });
  bench.log('');
  return samples;
}

async function measure({ page, cdp }, { D }) {
  const read = () =>
    page.evaluate(() => ({ chunks: window.__bench.chunks(), bytes: window.__bench.bytes() }));
  await sleep(D.settle);
  const before = await read();
  const busy = await withMainThread(cdp, () => sleep(D.live));
  const after = await read();
  return {
    ...busy,
    chunks: after.chunks - before.chunks,
    kbps: ((after.bytes - before.bytes) * 8) / D.live,
    time: await page.evaluate(() => window.__bench.time()),
  };
}

export function report(samples, { compare, check, pairs, D }) {
  compare(
    samples,
    'task',
    `recording ${D.live / 1000} s: main thread (TaskDuration)`,
    'ms',
    { on: 'ratio', op: '<=', value: 1.05 },
    '<stream-recorder> vs a hand-written MediaRecorder page',
  );
  compare(
    samples,
    'scriptLayoutStyle',
    `recording ${D.live / 1000} s: Script+Layout+RecalcStyle`,
    'ms',
  );
  compare(samples, 'kbps', 'recorded bitrate in the window', 'kbit/s');
  for (const side of ['kit', 'base']) {
    const good = ok(samples[side]);
    const expected = Math.floor(D.live / 1000) - 1;
    check(
      `recorder: ${side} delivered a chunk a second`,
      good.length === pairs && good.every((s) => s.chunks >= expected),
      good.map((s) => s.chunks).join(' '),
    );
    check(
      `recorder: ${side} running time shown`,
      good.length === pairs && good.every((s) => /^\d+:\d\d$/.test(s.time)),
      good.map((s) => s.time).join(' '),
    );
  }
}
