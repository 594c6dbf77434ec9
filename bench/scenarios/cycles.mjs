// Mount → start → remove, many times in one page: no track may stay live and the heap may not
// grow, against a raw page that does the same by hand.
import { heapAfterGc } from '../lib/session.mjs';
import { ok } from '../lib/stats.mjs';

export const name = 'cycles';
export const heading = ({ D }) => `${D.cycles} cycles of mount → start → remove`;
export const needs = ['stream-mirror', 'track-list'];
export const pages = { kit: 'cycles.kit.html', base: 'cycles.base.html' };

export async function measure({ page, cdp }, { D }) {
  await page.evaluate((n) => window.__bench.cycles(n), D.warmup);
  const heapBefore = await heapAfterGc(cdp);
  const statsBefore = await page.evaluate(() => window.__spies.stats());
  const { ms, elements } = await page.evaluate((n) => window.__bench.cycles(n), D.cycles);
  const heapAfter = await heapAfterGc(cdp);
  const stats = await page.evaluate(() => window.__spies.stats());
  return {
    heapBefore,
    heapAfter,
    heapGrowth: heapAfter - heapBefore,
    msPerCycle: ms / D.cycles,
    elements,
    created: stats.created - statsBefore.created,
    gumCalls: stats.gumCalls - statsBefore.gumCalls,
    liveTracks: stats.live,
  };
}

/** A round is long already (hundreds of captures): one or two of them, not `pairs`. */
const rounds = ({ smoke }) => (smoke ? 1 : 2);

export async function collect(bench, absent) {
  const { run, timed, log } = bench;
  const once = (side) => run(pages[side], (tab) => measure(tab, bench));
  const samples = { kit: [], base: [] };
  await timed(name, async () => {
    for (let i = 0; i < rounds(bench); i++) {
      if (!absent.length) samples.kit.push(await once('kit'));
      samples.base.push(await once('base'));
    }
  });
  for (const side of ['kit', 'base'])
    for (const s of samples[side]) if (s.error) log(`  ${side}: ${s.error}`);
  return samples;
}

export function report(samples, bench) {
  const { compare, check, D } = bench;
  compare(
    samples,
    'liveTracks',
    `${D.cycles} cycles: live tracks at the end`,
    'tracks',
    { on: 'kit', op: '<=', value: 0 },
    'counted by the getUserMedia / clone / stop spies',
  );
  compare(
    samples,
    (s) => s.heapGrowth / 2 ** 20,
    `${D.cycles} cycles: JS heap growth after GC`,
    'MB',
    { on: 'kit', op: '<', value: 1 },
    `after ${D.warmup} warm-up cycles`,
  );
  compare(samples, 'msPerCycle', 'one cycle (mount → start → remove)', 'ms');
  for (const side of ['kit', 'base']) {
    const good = ok(samples[side]);
    check(
      `cycles: ${side} spies counted the tracks`,
      good.length === rounds(bench) &&
        good.every((s) => s.gumCalls === D.cycles && s.created >= D.cycles),
      good.map((s) => `${s.gumCalls} requests, ${s.created} tracks`).join('; '),
    );
    check(
      `cycles: ${side} removed every element`,
      good.length === rounds(bench) && good.every((s) => s.elements === 0),
    );
  }
}
