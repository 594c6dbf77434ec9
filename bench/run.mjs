// `npm run bench [-- --pairs N] [-- --smoke] [-- --only a,b]`: the kit's cost, measured against
// hand-written raw-API baseline pages in the same Chromium run (fake camera and microphone).
// Kit and baseline runs alternate, a fresh page (and browser context) each. Prints a table and
// writes bench/results.json. `--smoke` is a fast self-check of the bench (2 pairs, short windows):
// it fails when a measurement found nothing. Never part of `npm test` or CI.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { startServer } from './lib/server.mjs';
import { litFloor, sizes, TAGS } from './lib/sizes.mjs';
import { installSpies } from './lib/spies.mjs';
import { summary } from './lib/stats.mjs';

const SCENARIOS = ['sizes', 'first-frame', 'live', 'mirrors', 'cycles', 'lists'];
const { values: options } = parseArgs({
  options: {
    pairs: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string', default: new URL('results.json', import.meta.url).pathname },
    chromium: { type: 'string', default: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    // The folder holding the dist/ and cdn/ to measure (default: this checkout's).
    build: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
  },
});
const smoke = options.smoke;
const pairs = Number(options.pairs ?? (smoke ? 2 : 20));
if (!Number.isInteger(pairs) || pairs < 1) throw new Error(`--pairs ${options.pairs}: not a count`);
const only = options.only ? options.only.split(',') : SCENARIOS;
for (const name of only) {
  if (!SCENARIOS.includes(name)) throw new Error(`--only ${name}: one of ${SCENARIOS.join(', ')}`);
}
/** Durations in ms and counts. */
const D = smoke
  ? { settle: 300, live: 1500, mirrors: 1500, cycles: 10, warmup: 2, lists: 200 }
  : { settle: 1000, live: 10000, mirrors: 3000, cycles: 200, warmup: 5, lists: 1000 };
const MIRRORS = 16;
const READY_TIMEOUT = 20000;

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: fileURLToPath(new URL('..', import.meta.url)) })
      .toString()
      .trimEnd();
  } catch {
    return '';
  }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (...args) => console.error(...args);
const checks = [];
const check = (name, ok, detail = '') => {
  checks.push({ name, ok: !!ok, detail });
  log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
};

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms))),
  ]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------

// The Lit floor bundle is served to the first-frame "Lit floor" page as /lit-floor.js.
const floor = await litFloor(options.build).catch(() => null);
const server = await startServer(options.build, floor ? { '/lit-floor.js': floor.code } : {});
const browser = await puppeteer.launch({
  executablePath: options.chromium,
  headless: true,
  protocolTimeout: 900_000,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    '--autoplay-policy=no-user-gesture-required',
  ],
});
const started = Date.now();
const loadBefore = os.loadavg();
const chromium = await browser.version();
log(`${chromium}, ${smoke ? 'smoke' : 'full'} run, ${pairs} pairs, pages at ${server.origin}`);

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

async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

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
    await page.goto(`${server.origin}/${file}`, { waitUntil: 'domcontentloaded' });
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

/** Which kit elements the CDN bundle defines. */
async function definedTags() {
  const result = await run('lists.base.html', ({ page }) =>
    page.evaluate(async (tags) => {
      await import('/cdn/mediastream-elements.js');
      return Object.fromEntries(tags.map((tag) => [tag, !!customElements.get(tag)]));
    }, TAGS),
  );
  return result.error ? Object.fromEntries(TAGS.map((tag) => [tag, false])) : result;
}

/**
 * Alternates kit and baseline runs (kit first in even pairs, baseline first in odd ones), a
 * fresh page each, after one unrecorded warm-up pair. Gives up on a side after two failed runs
 * in a row.
 */
async function alternate(name, files, measure, runOptions, { kitMissing = [] } = {}) {
  const sides = Object.keys(files);
  const samples = Object.fromEntries(sides.map((side) => [side, []]));
  // Without the kit's elements only the baseline runs (so the bench itself stays checkable).
  const failures = Object.fromEntries(sides.map((side) => [side, 0]));
  if (kitMissing.length) failures.kit = 2;
  const loadBefore = os.loadavg()[0];
  // One warm-up round first, not recorded: the browser's first pages pay its own start-up.
  for (const side of sides) {
    if (failures[side] < 2) await run(files[side], measure, runOptions);
  }
  for (let i = 0; i < pairs; i++) {
    // Kit first in even pairs, baseline first in odd ones (any third side last).
    const order = i % 2 ? [sides[1], sides[0], ...sides.slice(2)] : sides;
    for (const side of order) {
      if (failures[side] >= 2) continue;
      const t = Date.now();
      const sample = await run(files[side], measure, runOptions);
      samples[side].push(sample);
      failures[side] = sample.error ? failures[side] + 1 : 0;
      if (sample.error) log(`  ${name} ${side} #${i + 1}: ${sample.error}`);
      else if (sample.pageErrors)
        log(`  ${name} ${side} #${i + 1}: page said ${sample.pageErrors}`);
      if (failures[side] === 2) log(`  ${name} ${side}: two failures in a row, giving up`);
      process.stderr.write(`  ${name} ${i + 1}/${pairs} ${side} ${Date.now() - t} ms\r`);
    }
  }
  log('');
  results.load[name] = { before: loadBefore, after: os.loadavg()[0] };
  return samples;
}

const ok = (samples) => samples.filter((sample) => !sample.error);
const values = (samples, key) => ok(samples).map((sample) => sample[key]);

// ---------------------------------------------------------------------------------------------

const results = {
  date: new Date().toISOString(),
  chromium,
  node: process.version,
  // What was measured: the build of this commit plus any uncommitted changes under src/.
  commit: git('rev-parse', 'HEAD'),
  uncommittedSrc: git('status', '--short', '--', 'src').split('\n').filter(Boolean),
  mode: smoke ? 'smoke' : 'full',
  pairs,
  durations: D,
  mainThreadMetric:
    'CDP Performance.getMetrics TaskDuration (all main-thread tasks); ScriptDuration + LayoutDuration + RecalcStyleDuration kept alongside',
  defined: {},
  /** 1-minute load average at the start and end of each scenario (other work skews figures). */
  load: {},
  figures: [],
  samples: {},
  checks,
};
const figures = results.figures;
/**
 * One table row. `kit` and `base` are sample arrays (numbers); `target` is `{ op, value }` on
 * the ratio (`ratio`) or on the kit's median (`kit`).
 */
function figure(name, unit, kit, base, target, note) {
  const k = summary(kit);
  const b = base ? summary(base) : null;
  const ratio = b && b.median > 0 ? k.median / b.median : b ? NaN : null;
  // Median of the per-pair ratios (kit and baseline runs of a pair are neighbours in time, so
  // this one shrugs off load that comes and goes during a scenario).
  const paired =
    base && kit.length > 1 && kit.length === base.length && base.every((v) => v > 0)
      ? summary(kit.map((v, i) => v / base[i]))
      : null;
  let pass = null;
  if (target) {
    const subject = target.on === 'ratio' ? ratio : k.median;
    pass =
      k.n > 0 && Number.isFinite(subject)
        ? target.op === '<='
          ? subject <= target.value
          : target.op === '<'
            ? subject < target.value
            : subject >= target.value
        : false;
  }
  const row = {
    name,
    unit,
    kit: k,
    base: b,
    ratio,
    pairRatio: paired,
    target: target ?? null,
    pass,
    note,
  };
  figures.push(row);
  return row;
}

const defined = await definedTags();
results.defined = defined;
log(`kit bundle defines: ${TAGS.map((tag) => `${tag} ${defined[tag] ? 'yes' : 'NO'}`).join(', ')}`);
const missing = (tags) => tags.filter((tag) => !defined[tag]);
/** The kit elements a scenario needs that the bundle lacks; says so (a failed check). */
function kitMissing(name, tags) {
  const absent = missing(tags);
  if (absent.length) {
    log(`\n${name}: kit side skipped, the bundle does not define ${absent.join(', ')} yet`);
    check(`${name}: kit elements present`, false, `missing ${absent.join(', ')}`);
  }
  return absent;
}

// --- sizes -----------------------------------------------------------------------------------
if (only.includes('sizes')) {
  log('\nsizes');
  const s = await sizes(options.build);
  results.sizes = s;
  const kb = (bytes) => bytes / 1024;
  figure('cdn bundle, gzip -9', 'KB', [kb(s.cdn.gzip)], null, { on: 'kit', op: '<=', value: 12 });
  figure('cdn bundle, minified', 'KB', [kb(s.cdn.min)], null);
  figure('cdn bundle, brotli', 'KB', [kb(s.cdn.brotli)], null);
  if (s.litFloor) {
    figure(
      'Lit + @lit/context alone (what the kit imports), gzip',
      'KB',
      [kb(s.litFloor.gzip)],
      null,
      undefined,
      {
        note: 'the Lit exports the kit imports, bundled alone',
        ...s.litFloor,
      },
    );
  }
  for (const tag of TAGS) {
    const entry = s.elements[tag];
    if (entry) {
      figure(`${tag} entry, Lit external, gzip`, 'KB', [kb(entry.gzip)], null, undefined, {
        min: entry.min,
        brotli: entry.brotli,
      });
    }
  }
  check('sizes: cdn bundle measured', s.cdn.gzip > 0, `${s.cdn.gzip} B gzip`);
  for (const tag of TAGS) {
    check(
      `sizes: ${tag} entry bundled`,
      !!s.elements[tag],
      s.elements[tag] ? `${s.elements[tag].gzip} B gzip` : 'no dist entry',
    );
  }
}

// --- first frame -----------------------------------------------------------------------------
if (only.includes('first-frame')) {
  const absent = kitMissing('first mirrored frame', ['stream-mirror']);
  log('\nfirst frame on screen');
  const samples = await alternate(
    'first-frame',
    {
      kit: 'first-frame.kit.html',
      base: 'first-frame.base.html',
      ...(floor && { floor: 'first-frame.floor.html' }),
    },
    async ({ page, ready }) => ({
      firstFrame: ready.firstFrame,
      width: ready.width,
      height: ready.height,
      marks: await page.evaluate(() => {
        const [navigation] = performance.getEntriesByType('navigation');
        const script = performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.includes('/cdn/'));
        return {
          htmlReceived: navigation.responseEnd,
          ...(script && { scriptRequested: script.startTime, scriptReceived: script.responseEnd }),
          ...window.__spies.marks,
        };
      }),
    }),
    { marks: true },
    { kitMissing: absent },
  );
  results.samples['first-frame'] = samples;
  figure(
    'first mirrored frame on screen',
    'ms',
    values(samples.kit, 'firstFrame'),
    values(samples.base, 'firstFrame'),
    { on: 'ratio', op: '<=', value: 1.05 },
    'kit: stream-mirror-ready; baseline: first requestVideoFrameCallback',
  );
  if (floor) {
    figure(
      'first frame, Lit floor page (Lit alone + a minimal Lit mirror)',
      'ms',
      values(samples.floor, 'firstFrame'),
      values(samples.base, 'firstFrame'),
      undefined,
      'kit column: the floor page; what any Lit-based kit pays before its own code',
    );
  }
  const presented = (side) => ok(samples[side]).map((sample) => sample.marks.framePresented);
  figure(
    'first frame presented (rVFC on the video, both)',
    'ms',
    presented('kit'),
    presented('base'),
    undefined,
    'the same spy in both pages: rVFC on the video whose srcObject was set',
  );
  for (const side of Object.keys(samples)) {
    const good = ok(samples[side]).filter((s) => s.firstFrame > 0 && s.width > 0);
    check(
      `first frame: ${side} pages saw a frame`,
      good.length === pairs,
      `${good.length}/${pairs}`,
    );
  }
  results.firstFrameSteps = Object.fromEntries(
    ['kit', 'base'].map((side) => [
      side,
      Object.fromEntries(
        [
          'htmlReceived',
          'scriptRequested',
          'scriptReceived',
          'firstDefine',
          'getUserMedia',
          'domContentLoaded',
          'streamResolved',
          'clone',
          'srcObject',
          'framePresented',
        ].map((mark) => [mark, summary(ok(samples[side]).map((s) => s.marks[mark] ?? NaN)).median]),
      ),
    ]),
  );
}

// --- live: one mirror + one list ----------------------------------------------------------------
if (only.includes('live')) {
  const absent = kitMissing('live main thread', ['stream-mirror', 'track-list']);
  log(`\nlive, ${D.live / 1000} s window`);
  const samples = await alternate(
    'live',
    { kit: 'live.kit.html', base: 'live.base.html' },
    async ({ page, cdp }) => {
      await sleep(D.settle);
      const frames0 = await page.evaluate(() => window.__bench.frames());
      const before = await metrics(cdp);
      await sleep(D.live);
      const after = await metrics(cdp);
      const frames1 = await page.evaluate(() => window.__bench.frames());
      return {
        ...mainThread(before, after),
        fps: (frames1 - frames0) / (D.live / 1000),
        items: await page.evaluate(() => window.__bench.items()),
      };
    },
    undefined,
    { kitMissing: absent },
  );
  results.samples.live = samples;
  figure(
    `main thread, ${D.live / 1000} s live (TaskDuration)`,
    'ms',
    values(samples.kit, 'task'),
    values(samples.base, 'task'),
    { on: 'ratio', op: '<=', value: 1.1 },
    'one mirror + one track list vs video + plain list',
  );
  figure(
    `main thread, ${D.live / 1000} s live (Script+Layout+RecalcStyle)`,
    'ms',
    values(samples.kit, 'scriptLayoutStyle'),
    values(samples.base, 'scriptLayoutStyle'),
  );
  figure(
    'video frames decoded in the window',
    'fps',
    values(samples.kit, 'fps'),
    values(samples.base, 'fps'),
  );
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

// --- 16 mirrors of one stream ------------------------------------------------------------------
if (only.includes('mirrors')) {
  const absent = kitMissing('16 mirrors', ['stream-mirror']);
  log(`\n${MIRRORS} mirrors, ${D.mirrors / 1000} s window`);
  const samples = await alternate(
    'mirrors',
    { kit: 'mirrors.kit.html', base: 'mirrors.base.html' },
    async ({ page, cdp }) => {
      await sleep(D.settle);
      const before = await metrics(cdp);
      const { counts, ms, fps } = await page.evaluate((ms) => window.__bench.count(ms), D.mirrors);
      const after = await metrics(cdp);
      const ratios = counts.map((count) => count / (ms / 1000) / fps);
      return {
        ...mainThread(before, after),
        counts,
        fps,
        windowMs: ms,
        minRatio: Math.min(...ratios),
        meanRatio: ratios.reduce((a, b) => a + b, 0) / ratios.length,
      };
    },
    undefined,
    { kitMissing: absent },
  );
  results.samples.mirrors = samples;
  figure(
    `${MIRRORS} mirrors: frames per mirror ÷ source fps (worst mirror)`,
    '×',
    values(samples.kit, 'minRatio'),
    values(samples.base, 'minRatio'),
    { on: 'kit', op: '>=', value: 0.95 },
    'baseline column: the same count on 16 raw videos',
  );
  figure(
    `${MIRRORS} mirrors: frames per mirror ÷ source fps (mean)`,
    '×',
    values(samples.kit, 'meanRatio'),
    values(samples.base, 'meanRatio'),
  );
  figure(
    `${MIRRORS} mirrors: main thread over ${D.mirrors / 1000} s (TaskDuration)`,
    'ms',
    values(samples.kit, 'task'),
    values(samples.base, 'task'),
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

// --- mount → start → remove ----------------------------------------------------------------------
if (only.includes('cycles')) {
  const absent = kitMissing('mount, start, remove', ['stream-mirror', 'track-list']);
  log(`\n${D.cycles} cycles of mount → start → remove`);
  const measure = async ({ page, cdp }) => {
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
  };
  const samples = { kit: [], base: [] };
  const rounds = smoke ? 1 : 2;
  const loadBefore = os.loadavg()[0];
  for (let i = 0; i < rounds; i++) {
    if (!absent.length) samples.kit.push(await run('cycles.kit.html', measure));
    samples.base.push(await run('cycles.base.html', measure));
  }
  for (const side of ['kit', 'base'])
    for (const s of samples[side]) if (s.error) log(`  ${side}: ${s.error}`);
  results.samples.cycles = samples;
  results.load.cycles = { before: loadBefore, after: os.loadavg()[0] };
  const mb = (bytes) => bytes / 2 ** 20;
  figure(
    `${D.cycles} cycles: live tracks at the end`,
    'tracks',
    values(samples.kit, 'liveTracks'),
    values(samples.base, 'liveTracks'),
    { on: 'kit', op: '<=', value: 0 },
    'counted by the getUserMedia / clone / stop spies',
  );
  figure(
    `${D.cycles} cycles: JS heap growth after GC`,
    'MB',
    values(samples.kit, 'heapGrowth').map(mb),
    values(samples.base, 'heapGrowth').map(mb),
    { on: 'kit', op: '<', value: 1 },
    `after ${D.warmup} warm-up cycles`,
  );
  figure(
    'one cycle (mount → start → remove)',
    'ms',
    values(samples.kit, 'msPerCycle'),
    values(samples.base, 'msPerCycle'),
  );
  for (const side of ['kit', 'base']) {
    const good = ok(samples[side]);
    check(
      `cycles: ${side} spies counted the tracks`,
      good.length === rounds && good.every((s) => s.gumCalls === D.cycles && s.created >= D.cycles),
      good.map((s) => `${s.gumCalls} requests, ${s.created} tracks`).join('; '),
    );
    check(
      `cycles: ${side} removed every element`,
      good.length === rounds && good.every((s) => s.elements === 0),
    );
  }
}

// --- 1000 track lists ----------------------------------------------------------------------------
if (only.includes('lists')) {
  const absent = kitMissing(`${D.lists} track lists`, ['track-list']);
  log(`\n${D.lists} track lists`);
  const samples = await alternate(
    'lists',
    { kit: 'lists.kit.html', base: 'lists.base.html' },
    async ({ page }) => {
      const r = await page.evaluate((n) => window.__bench.render(n), D.lists);
      return {
        ...r,
        msPerList: r.ms / r.lists,
        rendered: r.items.filter((n) => n === r.tracks).length,
      };
    },
    undefined,
    { kitMissing: absent },
  );
  results.samples.lists = samples;
  // Raw per-list counts make results.json large; keep the summary only.
  for (const side of ['kit', 'base']) for (const s of samples[side]) delete s.items;
  figure(
    `upgrade + first render of ${D.lists} <track-list>s, per element`,
    'ms',
    values(samples.kit, 'msPerList'),
    values(samples.base, 'msPerList'),
    undefined,
    `baseline: ${D.lists} plain <ul> lists of the tracks`,
  );
  for (const side of ['kit', 'base']) {
    const good = ok(samples[side]);
    check(
      `lists: ${side} rendered ${D.lists} lists of every track`,
      good.length === pairs && good.every((s) => s.rendered === D.lists),
      good.map((s) => s.rendered).join(' '),
    );
  }
}

await browser.close();
await server.close();
results.seconds = Math.round((Date.now() - started) / 1000);
// Other work on the machine skews every figure: keep the 1-minute load average at both ends.
results.loadAverage = { before: loadBefore[0], after: os.loadavg()[0], cpus: os.cpus().length };

// --- report --------------------------------------------------------------------------------------
const fmt = (n) =>
  n === null || n === undefined || Number.isNaN(n)
    ? '—'
    : Math.abs(n) >= 100
      ? n.toFixed(0)
      : Math.abs(n) >= 10
        ? n.toFixed(1)
        : Math.abs(n) >= 1
          ? n.toFixed(2)
          : n.toFixed(3);
const cell = (s) =>
  s && s.n ? (s.n > 1 ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : fmt(s.median)) : '—';
const rows = [
  [
    'figure',
    'unit',
    'kit median (min–max)',
    'baseline median (min–max)',
    'kit ÷ base',
    'pair ratio',
    'target',
    '',
  ],
];
for (const f of figures) {
  if (f.skipped) {
    rows.push([f.name, '', 'skipped', '', '', '', '', f.skipped]);
    continue;
  }
  const target = f.target
    ? `${f.target.on === 'ratio' ? 'ratio' : 'kit'} ${f.target.op} ${f.target.value}`
    : '';
  rows.push([
    f.name,
    f.unit,
    cell(f.kit),
    f.base ? cell(f.base) : '',
    f.ratio === null ? '' : fmt(f.ratio),
    f.pairRatio ? fmt(f.pairRatio.median) : '',
    target,
    f.pass === null ? '' : f.pass ? 'pass' : 'MISS',
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const line = (row) =>
  row
    .map((c, i) => c.padEnd(widths[i]))
    .join(' | ')
    .trimEnd();
console.log('');
console.log(
  `${chromium} · ${results.date} · ${smoke ? 'SMOKE, ' : ''}${pairs} pairs · ${results.seconds} s`,
);
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of rows.slice(1)) console.log(line(row));
if (results.firstFrameSteps) {
  console.log('\nfirst-frame steps, medians in ms from navigation start (spies):');
  for (const side of ['kit', 'base']) {
    const steps = Object.entries(results.firstFrameSteps[side])
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(' · ');
    console.log(`  ${side.padEnd(4)} ${steps}`);
  }
}
if (results.sizes?.breakdown) {
  const { litAndContextMin, kitMin, bySource } = results.sizes.breakdown;
  console.log(
    `\ncdn bundle, minified bytes by origin: Lit + @lit/context ${litAndContextMin}, kit ${kitMin}; largest kit modules: ` +
      bySource
        .filter((b) => !b.file.startsWith('node_modules/'))
        .slice(0, 5)
        .map((b) => `${b.file.replace(/^dist\//, '')} ${b.min}`)
        .join(', '),
  );
}
const busy = Object.entries(results.load).filter(
  ([, { before, after }]) => Math.max(before, after) > results.loadAverage.cpus,
);
if (busy.length) {
  console.log(
    `\nthe machine was busy (1-min load above ${results.loadAverage.cpus}) during: ` +
      busy
        .map(([name, l]) => `${name} (${l.before.toFixed(1)} → ${l.after.toFixed(1)})`)
        .join(', ') +
      '; their ratios are unreliable, run them again with --only',
  );
}
const targets = figures.filter((f) => f.pass !== null && f.pass !== undefined);
console.log(
  `\ntargets: ${targets.filter((f) => f.pass).length} met, ${targets.filter((f) => !f.pass).length} missed`,
);
writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`results: ${options.out}`);
const failed = checks.filter((c) => !c.ok);
for (const c of failed) console.log(`check failed: ${c.name}${c.detail ? ` (${c.detail})` : ''}`);
console.log(`${checks.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length ? 1 : 0;
