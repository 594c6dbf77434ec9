// Audio meters: main-thread time of 4 <audio-meter>s of one microphone against a hand-written
// AnalyserNode + requestAnimationFrame loop per meter doing the same (bar width and aria-valuenow
// each frame); and what 4 hidden meters cost against 4 visible ones, each over the capture alone.
import { sleep, withMainThread } from '../lib/session.mjs';
import { ok, values } from '../lib/stats.mjs';

const METERS = 4;

export const name = 'meters';
/** Full-run pairs, for each of its two rounds (kit/base, then visible/hidden/none). */
export const pairs = 3;
export const heading = ({ D }) => `${METERS} audio meters, ${D.meters / 1000} s window`;
export const needs = ['audio-meter', 'media-capture'];
export const pages = {
  kit: 'meters.kit.html',
  base: 'meters.base.html',
  hidden: 'meters.kit.html?hidden',
  none: 'meters.kit.html?meters=0',
};

export async function measure({ page, cdp }, { D }) {
  await sleep(D.settle);
  const reads0 = await page.evaluate(() => window.__bench.reads());
  const busy = await withMainThread(cdp, () => sleep(D.meters));
  const reads = (await page.evaluate(() => window.__bench.reads())) - reads0;
  return { ...busy, reads, readsPerSecond: reads / (D.meters / 1000) };
}

/** The kit-vs-baseline pairs, then visible, hidden and none (the capture alone) in turns. */
export async function collect(bench, absent) {
  const { alternate } = bench;
  const run = (files) =>
    alternate(name, files, (tab) => measure(tab, bench), undefined, {
      kitMissing: absent,
      pairs: bench.pairs,
    });
  const { kit, base } = await run({ kit: pages.kit, base: pages.base });
  const { visible, hidden, none } = await run({
    visible: pages.kit,
    hidden: pages.hidden,
    none: pages.none,
  });
  return { kit, base, visible, hidden, none };
}

/** Per run of a round, `side`'s main thread minus the capture alone's (the meters' own cost). */
function overNone(samples, side) {
  const own = values(samples[side], 'task');
  const none = values(samples.none, 'task');
  return own.length === none.length ? own.map((task, i) => task - none[i]) : [];
}

export function report(samples, { compare, check, figure, pairs, D }) {
  compare(
    samples,
    'task',
    `${METERS} audio meters: main thread over ${D.meters / 1000} s (TaskDuration)`,
    'ms',
    { on: 'ratio', op: '<=', value: 1.0 },
    'vs a hand-written AnalyserNode + requestAnimationFrame loop per meter',
  );
  compare(samples, 'scriptLayoutStyle', `${METERS} audio meters: Script+Layout+RecalcStyle`, 'ms');
  compare(samples, 'layout', `${METERS} audio meters: Layout`, 'ms');
  compare(samples, 'readsPerSecond', `${METERS} audio meters: analyser reads`, '/s');
  const visible = overNone(samples, 'visible');
  const hidden = overNone(samples, 'hidden');
  figure(
    `${METERS} hidden audio meters ÷ ${METERS} visible: main thread over the capture alone`,
    'ms',
    hidden,
    visible,
    { on: 'ratio', op: '<=', value: 0.01 },
    'each side minus a page with the capture and no meter, run by run',
  );
  figure(
    `${METERS} hidden audio meters: analyser reads`,
    '/s',
    values(samples.hidden, 'readsPerSecond'),
    values(samples.visible, 'readsPerSecond'),
  );
  for (const side of ['kit', 'base', 'visible', 'hidden', 'none']) {
    const good = ok(samples[side] ?? []);
    check(`meters: ${side} ran ${pairs} times`, good.length === pairs, String(good.length));
  }
  for (const side of ['kit', 'base', 'visible']) {
    const good = ok(samples[side] ?? []);
    check(
      `meters: ${side} measured`,
      good.length > 0 && good.every((s) => s.reads > 0),
      good.map((s) => s.reads).join(' '),
    );
  }
  const hiddenRuns = ok(samples.hidden ?? []);
  check(
    'meters: hidden meters read nothing',
    hiddenRuns.length > 0 && hiddenRuns.every((s) => s.reads === 0),
    hiddenRuns.map((s) => s.reads).join(' '),
  );
}
