// Opening bench pages in one Chromium, a fresh browser context each, and alternating kit and
// baseline runs; plus the CDP readings the scenarios take inside a run.
import os from 'node:os';
import { installSpies } from './spies.mjs';

const READY_TIMEOUT = 20000;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Metric name → value (CDP Performance.getMetrics; durations in seconds). */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/** Main-thread milliseconds between two metric snapshots. */
function mainThread(before, after) {
  const d = (name) => (after[name] - before[name]) * 1000;
  return {
    task: d('TaskDuration'),
    scriptLayoutStyle: d('ScriptDuration') + d('LayoutDuration') + d('RecalcStyleDuration'),
    script: d('ScriptDuration'),
    layout: d('LayoutDuration'),
    style: d('RecalcStyleDuration'),
  };
}

/** `work()`'s result (an object) with the main-thread milliseconds it took added. */
export async function withMainThread(cdp, work) {
  const before = await metrics(cdp);
  const result = await work();
  const after = await metrics(cdp);
  return { ...mainThread(before, after), ...result };
}

export async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * `{ run, alternate, timed }` on `browser`, pages from `origin`. `load` collects the 1-minute
 * load average at both ends of each scenario (other work on the machine skews its figures).
 */
export function session({ browser, origin, pairs, log, load }) {
  /**
   * Opens `file` in a fresh browser context with the spies installed, waits for the page's
   * `__done`, runs `measure`, closes everything. Returns the measurement or `{ error }`.
   */
  async function run(file, measure, { marks = false } = {}) {
    const context = await browser.createBrowserContext();
    const pageErrors = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      await page.evaluateOnNewDocument(installSpies, { marks });
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await page.goto(`${origin}/${file}`, { waitUntil: 'domcontentloaded' });
      const ready = await withTimeout(
        page.evaluate(() => window.__done),
        READY_TIMEOUT,
        `not ready after ${READY_TIMEOUT} ms`,
      );
      if (ready?.error) throw new Error(ready.error);
      const result = await measure({ page, cdp, ready });
      return pageErrors.length ? { ...result, pageErrors } : result;
    } catch (error) {
      return { error: `${file}: ${error.message}`, pageErrors };
    } finally {
      await context.close();
    }
  }

  /** `work()`'s result, with the load average before and after kept under `name`. */
  async function timed(name, work) {
    const before = os.loadavg()[0];
    const result = await work();
    load[name] = { before, after: os.loadavg()[0] };
    return result;
  }

  /**
   * Alternates kit and baseline runs (kit first in even pairs, baseline first in odd ones), a
   * fresh page each, after one unrecorded warm-up pair. Gives up on a side after two failed runs
   * in a row; `kitMissing` (the kit elements the bundle lacks) skips the kit side altogether, so
   * the bench itself stays checkable.
   */
  async function alternate(name, files, measure, runOptions, { kitMissing = [], pairs: n } = {}) {
    const count = n ?? pairs;
    const sides = Object.keys(files);
    const samples = Object.fromEntries(sides.map((side) => [side, []]));
    const failures = Object.fromEntries(sides.map((side) => [side, 0]));
    if (kitMissing.length) failures.kit = 2;
    const once = async (side, label) => {
      const t = Date.now();
      const sample = await run(files[side], measure, runOptions);
      samples[side].push(sample);
      failures[side] = sample.error ? failures[side] + 1 : 0;
      if (sample.error) log(`  ${name} ${side} #${label}: ${sample.error}`);
      else if (sample.pageErrors)
        log(`  ${name} ${side} #${label}: page said ${sample.pageErrors}`);
      if (failures[side] === 2) log(`  ${name} ${side}: two failures in a row, giving up`);
      process.stderr.write(`  ${name} ${label}/${count} ${side} ${Date.now() - t} ms\r`);
    };
    await timed(name, async () => {
      // The browser's first pages pay its own start-up: one round first, not recorded.
      for (const side of sides) {
        if (failures[side] < 2) await run(files[side], measure, runOptions);
      }
      for (let i = 0; i < count; i++) {
        // Any third side runs last.
        const order = i % 2 ? [sides[1], sides[0], ...sides.slice(2)] : sides;
        for (const side of order) if (failures[side] < 2) await once(side, i + 1);
      }
    });
    log('');
    return samples;
  }

  return { run, alternate, timed };
}
