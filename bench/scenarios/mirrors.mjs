// 16 mirrors of one stream: does every mirror keep up with the camera, and at what main-thread
// cost, against 16 raw <video>s of 16 clones.
import { sleep, withMainThread } from '../lib/session.mjs';
import { ok } from '../lib/stats.mjs';

/** As many as the pages hold. */
const MIRRORS = 16;

export const name = 'mirrors';
/** Full-run pairs: each run is a 3 s window of 16 mirrors. */
export const pairs = 5;
export const heading = ({ D }) => `${MIRRORS} mirrors, ${D.mirrors / 1000} s window`;
export const needs = ['stream-mirror'];
export const pages = { kit: 'mirrors.kit.html', base: 'mirrors.base.html' };

export async function measure({ page, cdp }, { D }) {
  await sleep(D.settle);
  const { counts, ms, fps, ...busy } = await withMainThread(cdp, () =>
    page.evaluate((ms) => window.__bench.count(ms), D.mirrors),
  );
  const ratios = counts.map((count) => count / (ms / 1000) / fps);
  return {
    ...busy,
    counts,
    fps,
    windowMs: ms,
    minRatio: Math.min(...ratios),
    meanRatio: ratios.reduce((a, b) => a + b, 0) / ratios.length,
  };
}

export function report(samples, { compare, check, pairs, D }) {
  compare(
    samples,
    'minRatio',
    `${MIRRORS} mirrors: frames per mirror ÷ source fps (worst mirror)`,
    '×',
    { on: 'kit', op: '>=', value: 0.95 },
    'baseline column: the same count on 16 raw videos',
  );
  compare(samples, 'meanRatio', `${MIRRORS} mirrors: frames per mirror ÷ source fps (mean)`, '×');
  compare(
    samples,
    'task',
    `${MIRRORS} mirrors: main thread over ${D.mirrors / 1000} s (TaskDuration)`,
    'ms',
    { on: 'ratio', op: '<=', value: 1.2 },
    'vs 16 raw <video>s of 16 clones',
  );
  for (const side of ['kit', 'base']) {
    const good = ok(samples[side]);
    check(
      `mirrors: ${side} found ${MIRRORS} videos presenting frames`,
      good.length === pairs &&
        good.every((s) => s.counts.length === MIRRORS && Math.min(...s.counts) > 0),
      good.map((s) => Math.min(...s.counts)).join(' '),
    );
    check(
      `mirrors: ${side} read the source fps`,
      good.length > 0 && good.every((s) => s.fps > 0),
      String(good[0]?.fps),
    );
  }
}
