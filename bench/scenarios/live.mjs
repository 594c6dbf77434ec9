// Steady state: main-thread time while one mirror and one track list show a live camera and
// microphone, against a <video> and a plain list.
import { sleep, withMainThread } from '../lib/session.mjs';
import { ok } from '../lib/stats.mjs';

export const name = 'live';
/** Full-run pairs: each run is a 10 s window (its figure averages within it). */
export const pairs = 4;
export const heading = ({ D }) => `live, ${D.live / 1000} s window`;
export const needs = ['stream-mirror', 'track-list'];
export const pages = { kit: 'live.kit.html', base: 'live.base.html' };

export async function measure({ page, cdp }, { D }) {
  const frames = () => page.evaluate(() => window.__bench.frames());
  await sleep(D.settle);
  const frames0 = await frames();
  const busy = await withMainThread(cdp, () => sleep(D.live));
  const frames1 = await frames();
  return {
    ...busy,
    fps: (frames1 - frames0) / (D.live / 1000),
    items: await page.evaluate(() => window.__bench.items()),
  };
}

export function report(samples, { compare, check, pairs, D }) {
  compare(
    samples,
    'task',
    `main thread, ${D.live / 1000} s live (TaskDuration)`,
    'ms',
    { on: 'ratio', op: '<=', value: 1.1 },
    'one mirror + one track list vs video + plain list',
  );
  compare(
    samples,
    'scriptLayoutStyle',
    `main thread, ${D.live / 1000} s live (Script+Layout+RecalcStyle)`,
    'ms',
  );
  compare(samples, 'fps', 'video frames decoded in the window', 'fps');
  for (const side of ['kit', 'base']) {
    const good = ok(samples[side]);
    check(
      `live: ${side} video advanced`,
      good.length === pairs && good.every((s) => s.fps > 0),
      good.map((s) => s.fps.toFixed(1)).join(' '),
    );
    check(
      `live: ${side} list rendered 2 tracks`,
      good.length === pairs && good.every((s) => s.items === 2),
      good.map((s) => s.items).join(' '),
    );
  }
}
