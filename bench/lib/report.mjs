// The bench's figures and checks, the table it prints and the short summary it commits
// (bench/results.json); every sample goes to the raw file next to it, which git ignores.
import { summary, values } from './stats.mjs';

/** Collects figures and checks; `log` says each check as it is made. */
export function recorder(log) {
  const figures = [];
  const checks = [];
  /**
   * One table row. `kit` and `base` are sample arrays (numbers); `target` is `{ on, op, value }`
   * on the ratio (`on: 'ratio'`) or on the kit's median (`on: 'kit'`).
   */
  function figure(name, unit, kit, base, target, note) {
    const k = summary(kit);
    const b = base ? summary(base) : null;
    const ratio = b && b.median > 0 ? k.median / b.median : b ? NaN : null;
    // Kit and baseline runs of a pair are neighbours in time, so the median of the per-pair
    // ratios shrugs off load that comes and goes during a scenario.
    const paired =
      base && kit.length > 1 && kit.length === base.length && base.every((v) => v > 0)
        ? summary(kit.map((v, i) => v / base[i]))
        : null;
    const row = { name, unit, kit: k, base: b, ratio, pairRatio: paired, target: target ?? null };
    row.pass = target ? meets(target.on === 'ratio' ? ratio : k.median, target) && k.n > 0 : null;
    if (note !== undefined) row.note = note;
    figures.push(row);
    return row;
  }
  /** A kit-vs-baseline figure of `key` (see `values`) in each side's samples. */
  function compare(samples, key, name, unit, target, note) {
    return figure(name, unit, values(samples.kit, key), values(samples.base, key), target, note);
  }
  function check(name, ok, detail = '') {
    checks.push({ name, ok: !!ok, detail });
    log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
  }
  return { figures, checks, figure, compare, check };
}

function meets(subject, { op, value }) {
  if (!Number.isFinite(subject)) return false;
  return op === '<=' ? subject <= value : op === '<' ? subject < value : subject >= value;
}

const targetText = (t) => (t ? `${t.on === 'ratio' ? 'ratio' : 'kit'} ${t.op} ${t.value}` : '');

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

function table(figures) {
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
    ...figures.map((f) => [
      f.name,
      f.unit,
      cell(f.kit),
      f.base ? cell(f.base) : '',
      f.ratio === null ? '' : fmt(f.ratio),
      f.pairRatio ? fmt(f.pairRatio.median) : '',
      targetText(f.target),
      f.pass === null ? '' : f.pass ? 'pass' : 'MISS',
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((c, i) => c.padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)];
}

/** What a run found, for a person: the table, the first-frame steps, the size breakdown, load. */
export function print(results) {
  const out = (text = '') => console.log(text);
  out();
  out(
    `${results.chromium} · ${results.date} · ${results.mode === 'smoke' ? 'SMOKE, ' : ''}` +
      `${results.pairs} pairs at most · ${results.seconds} s`,
  );
  table(results.figures).forEach((row) => out(row));
  if (results.firstFrameSteps) {
    out('\nfirst-frame steps, medians in ms from navigation start (spies):');
    for (const [side, marks] of Object.entries(results.firstFrameSteps)) {
      const steps = Object.entries(marks)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(' · ');
      out(`  ${side.padEnd(10)} ${steps}`);
    }
  }
  const breakdown = results.samples.sizes?.breakdown;
  if (breakdown) {
    const { litAndContextMin, kitMin, bySource } = breakdown;
    const largest = bySource
      .filter((b) => !b.file.startsWith('node_modules/'))
      .slice(0, 5)
      .map((b) => `${b.file.replace(/^dist\//, '')} ${b.min}`);
    out(
      `\ncdn bundle, minified bytes by origin: Lit + @lit/context ${litAndContextMin}, ` +
        `kit ${kitMin}; largest kit modules: ${largest.join(', ')}`,
    );
  }
  const { cpus } = results.loadAverage;
  const busy = Object.entries(results.load).filter(
    ([, { before, after }]) => Math.max(before, after) > cpus,
  );
  if (busy.length) {
    const during = busy.map(
      ([name, l]) => `${name} (${l.before.toFixed(1)} → ${l.after.toFixed(1)})`,
    );
    out(
      `\nthe machine was busy (1-min load above ${cpus}) during: ${during.join(', ')}; ` +
        'their ratios are unreliable, run them again with --only',
    );
  }
  const targets = results.figures.filter((f) => f.pass !== null && f.pass !== undefined);
  const met = targets.filter((f) => f.pass).length;
  out(`\ntargets: ${met} met, ${targets.length - met} missed`);
}

/** The checks' verdict, last (CI reads the closing `N passed, N failed` line); true when all passed. */
export function verdict(checks) {
  const failed = checks.filter((c) => !c.ok);
  for (const c of failed) console.log(`check failed: ${c.name}${c.detail ? ` (${c.detail})` : ''}`);
  console.log(`${checks.length - failed.length} passed, ${failed.length} failed`);
  return failed.length === 0;
}

const round = (n) =>
  typeof n === 'number' && Number.isFinite(n) ? Number(n.toPrecision(3)) : null;

/**
 * The committed summary of a run's raw results: when and where it ran, then one line per figure
 * (medians, ratios, target, verdict), so a later run's diff reads figure by figure.
 */
export function summaryText(results, rawPath) {
  const targets = results.figures.filter((f) => typeof f.pass === 'boolean');
  const head = {
    date: results.date,
    browser: results.chromium,
    node: results.node,
    machine: results.machine ?? { cpus: results.loadAverage?.cpus },
    loadAverage: { before: results.loadAverage?.before, after: results.loadAverage?.after },
    commit: results.commit,
    uncommittedSrc: results.uncommittedSrc,
    mode: results.mode,
    pairs: results.pairs,
    seconds: results.seconds,
    scenarioSeconds: results.scenarioSeconds,
    targets: {
      met: targets.filter((f) => f.pass).length,
      missed: targets.filter((f) => !f.pass).length,
    },
    failedChecks: results.checks.filter((c) => !c.ok).map((c) => c.name),
    ...(rawPath && { raw: rawPath }),
    figures: null,
  };
  const figures = results.figures.map((f) =>
    JSON.stringify({
      figure: f.name,
      unit: f.unit,
      kit: round(f.kit.median),
      ...(f.base && { base: round(f.base.median), ratio: round(f.ratio) }),
      ...(f.pairRatio && { pairRatio: round(f.pairRatio.median) }),
      ...(f.target && { target: targetText(f.target), pass: f.pass }),
    }),
  );
  return `${JSON.stringify(head, null, 2).replace(
    '"figures": null',
    `"figures": [\n${figures.map((f) => `    ${f}`).join(',\n')}\n  ]`,
  )}\n`;
}
