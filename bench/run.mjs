// `npm run bench [-- --pairs N] [-- --smoke] [-- --only a,b]`: the kit's cost, measured against
// hand-written raw-API baseline pages in the same Chromium run (fake camera and microphone).
// Kit and baseline runs alternate, a fresh page (and browser context) each. Each figure is a
// scenario in bench/scenarios/. Prints a table; a full run of every scenario writes the short
// summary bench/results.json (committed), every run writes its raw samples to
// bench/results/<mode>.raw.json (ignored), and smoke or partial runs their summary next to it.
// `--smoke` is a fast self-check of the bench (2 pairs, short windows): it fails when a
// measurement found nothing. Never part of `npm test` or CI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tags } from '../scripts/elements.mjs';
import { launchChromium } from '../scripts/launch.mjs';
import { print, recorder, summaryText, verdict } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { session } from './lib/session.mjs';
import { litFloor } from './lib/sizes.mjs';
import * as cycles from './scenarios/cycles.mjs';
import * as firstFrame from './scenarios/first-frame.mjs';
import * as lists from './scenarios/lists.mjs';
import * as live from './scenarios/live.mjs';
import * as mirrors from './scenarios/mirrors.mjs';
import * as recording from './scenarios/recorder.mjs';
import * as sizes from './scenarios/sizes.mjs';
import * as validate from './scenarios/validate.mjs';

const scenarios = [sizes, firstFrame, live, mirrors, cycles, lists, validate, recording];
scenarios.push(await import('./scenarios/device-switch.mjs'));
scenarios.push(await import('./scenarios/meters.mjs'));
scenarios.push(await import('./scenarios/recorder-memory.mjs'));
const names = scenarios.map((scenario) => scenario.name);
const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    pairs: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    // The raw results (default bench/results/<mode>.raw.json).
    out: { type: 'string' },
    // The summary (default bench/results.json for a full run of every scenario).
    summary: { type: 'string' },
    chromium: { type: 'string' },
    // The folder holding the dist/ and cdn/ to measure (default: this checkout's).
    build: { type: 'string', default: root },
  },
});
const smoke = options.smoke;
const mode = smoke ? 'smoke' : 'full';
const pairs = Number(options.pairs ?? (smoke ? 2 : 20));
if (!Number.isInteger(pairs) || pairs < 1) throw new Error(`--pairs ${options.pairs}: not a count`);
const only = options.only ? options.only.split(',') : names;
for (const name of only) {
  if (!names.includes(name)) throw new Error(`--only ${name}: one of ${names.join(', ')}`);
}
const rawPath = options.out ?? `${root}bench/results/${mode}.raw.json`;
const summaryPath =
  options.summary ??
  (smoke || options.only
    ? `${root}bench/results/${mode}.summary.json`
    : `${root}bench/results.json`);
/** Durations in ms and counts. */
const D = smoke
  ? {
      ...{ settle: 300, live: 1500, meters: 1500, mirrors: 1500 },
      ...{ cycles: 10, warmup: 2, lists: 200, memory: 3000 },
    }
  : {
      settle: 1000,
      live: 10000,
      meters: 5000,
      mirrors: 3000,
      cycles: 200,
      warmup: 5,
      lists: 1000,
      memory: 60000,
    };

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trimEnd();
  } catch {
    return '';
  }
}
const log = (...args) => console.error(...args);

// The Lit floor bundle is served to the "Lit floor" pages (first frame, lists) as /lit-floor.js.
const floor = await litFloor(options.build).catch(() => null);
const server = await startServer(options.build, floor ? { '/lit-floor.js': floor.code } : {});
const browser = await launchChromium({
  executablePath: options.chromium,
  protocolTimeout: 900_000,
});
const started = Date.now();
const loadBefore = os.loadavg();
const chromium = await browser.version();
log(`${chromium}, ${mode} run, ${pairs} pairs, pages at ${server.origin}`);

const { figures, checks, figure, compare, check } = recorder(log);
const results = {
  date: new Date().toISOString(),
  chromium,
  node: process.version,
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, os: `${os.type()} ${os.release()}` },
  // What was measured: the build of this commit plus any uncommitted changes under src/.
  commit: git('rev-parse', 'HEAD'),
  uncommittedSrc: git('status', '--short', '--', 'src').split('\n').filter(Boolean),
  mode,
  pairs,
  durations: D,
  mainThreadMetric:
    'CDP Performance.getMetrics TaskDuration (all main-thread tasks); ScriptDuration + LayoutDuration + RecalcStyleDuration kept alongside',
  defined: {},
  /** 1-minute load average at the start and end of each scenario (other work skews figures). */
  load: {},
  figures,
  samples: {},
  checks,
};
const common = {
  ...session({ browser, origin: server.origin, pairs, log, load: results.load }),
  ...{ figure, compare, check, results, log },
  ...{ D, pairs, smoke, floor: !!floor, build: options.build },
};

/** Which kit elements the CDN bundle defines. */
async function definedTags() {
  const result = await common.run('lists.base.html', ({ page }) =>
    page.evaluate(async (tags) => {
      await import('/cdn/mediastream-elements.js');
      return Object.fromEntries(tags.map((tag) => [tag, !!customElements.get(tag)]));
    }, tags),
  );
  return result.error ? Object.fromEntries(tags.map((tag) => [tag, false])) : result;
}

/** The kit elements a scenario needs that the bundle lacks; says so (a failed check). */
function kitMissing(heading, needs) {
  const absent = needs.filter((tag) => !results.defined[tag]);
  if (absent.length) {
    log(`\n${heading}: kit side skipped, the bundle does not define ${absent.join(', ')} yet`);
    check(`${heading}: kit elements present`, false, `missing ${absent.join(', ')}`);
  }
  return absent;
}

results.defined = await definedTags();
log(
  `kit bundle defines: ${tags.map((tag) => `${tag} ${results.defined[tag] ? 'yes' : 'NO'}`).join(', ')}`,
);
results.scenarioSeconds = {};
for (const scenario of scenarios.filter(({ name }) => only.includes(name))) {
  // A scenario's own count of pairs (its windows are long) unless --pairs or --smoke says one.
  const n = smoke || options.pairs ? pairs : (scenario.pairs ?? pairs);
  const bench = { ...common, pairs: n };
  const begun = Date.now();
  const heading = scenario.heading(bench);
  const absent = kitMissing(heading, scenario.needs ?? []);
  log(`\n${heading}`);
  const pages = typeof scenario.pages === 'function' ? scenario.pages(bench) : scenario.pages;
  results.samples[scenario.name] = scenario.collect
    ? await scenario.collect(bench, absent)
    : await bench.alternate(
        scenario.name,
        pages,
        (tab) => scenario.measure(tab, bench),
        scenario.runOptions,
        { kitMissing: absent, pairs: n },
      );
  scenario.report(results.samples[scenario.name], bench);
  results.scenarioSeconds[scenario.name] = Math.round((Date.now() - begun) / 1000);
}

await browser.close();
await server.close();
results.seconds = Math.round((Date.now() - started) / 1000);
results.loadAverage = { before: loadBefore[0], after: os.loadavg()[0], cpus: os.cpus().length };

print(results);
for (const [path, text] of [
  [rawPath, `${JSON.stringify(results, null, 2)}\n`],
  [summaryPath, summaryText(results, relative(root, rawPath))],
]) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
console.log(
  `summary: ${relative(process.cwd(), summaryPath)}, raw: ${relative(process.cwd(), rawPath)}`,
);
process.exitCode = verdict(checks) ? 0 : 1;
