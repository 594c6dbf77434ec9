// `node bench/profile.mjs <page> [--load | --steady MS | --call EXPR]`: a CPU profile of one bench
// page (bench/pages/<page>), to find out why a figure is missed. Writes
// bench/results/<page>.<mode>.cpuprofile (open it in Chrome DevTools) and prints the functions
// with the most self and total time, with their bundle line:column.
//   --load        from document start (console.profile, installed before any script) to `__done`
//   --steady MS   MS of steady state, one second after `__done` (default mode, 10000 ms)
//   --call EXPR   around `await EXPR` in the page, e.g. --call "__bench.render(1000)"
// Run `npm run build:ts && npm run build:cdn` first, as `npm run bench` does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/launch.mjs';
import { startServer } from './lib/server.mjs';
import { litFloor } from './lib/sizes.mjs';
import { originalPosition } from './lib/sourcemap.mjs';
import { installSpies } from './lib/spies.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    load: { type: 'boolean', default: false },
    steady: { type: 'string' },
    call: { type: 'string' },
    top: { type: 'string', default: '25' },
    interval: { type: 'string', default: '50' },
    build: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    chromium: { type: 'string' },
  },
});
const [file] = positionals;
if (!file)
  throw new Error('usage: node bench/profile.mjs <page.html> [--load | --steady MS | --call EXPR]');
const mode = options.load ? 'load' : options.call ? 'call' : 'steady';

const floor = await litFloor(options.build).catch(() => null);
const server = await startServer(options.build, floor ? { '/lit-floor.js': floor.code } : {});
const browser = await launchChromium({ executablePath: options.chromium });
let profile;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(options.interval) });
  await page.evaluateOnNewDocument(installSpies, { marks: true });
  const finished = new Promise((resolve) =>
    cdp.on('Profiler.consoleProfileFinished', (event) => resolve(event.profile)),
  );
  if (mode === 'load') await page.evaluateOnNewDocument(() => console.profile('load'));
  await page.goto(`${server.origin}/${file}`, { waitUntil: 'domcontentloaded' });
  const ready = await page.evaluate(() => window.__done);
  if (ready?.error) throw new Error(ready.error);
  if (mode === 'load') {
    await page.evaluate(() => console.profileEnd('load'));
    profile = await finished;
    console.log(
      'marks (ms from navigation start):',
      await page.evaluate(() => window.__spies.marks),
    );
  } else {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await cdp.send('Profiler.start');
    if (mode === 'call') {
      const result = await page.evaluate(`(async () => await ${options.call})()`);
      console.log('result:', JSON.stringify(result)?.slice(0, 300));
    } else {
      await new Promise((resolve) => setTimeout(resolve, Number(options.steady ?? 10000)));
    }
    ({ profile } = await cdp.send('Profiler.stop'));
  }
} finally {
  await browser.close();
  await server.close();
}

const dir = fileURLToPath(new URL('results/', import.meta.url));
mkdirSync(dir, { recursive: true });
const out = `${dir}${file}.${mode}.cpuprofile`;
writeFileSync(out, JSON.stringify(profile));

// Self and total time per function.
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parents.set(child, node.id);
const bundle = join(options.build, 'cdn', 'mediastream-elements.js');
const root = fileURLToPath(new URL('..', import.meta.url));
const name = ({ callFrame: f }) => {
  const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
  const source = f.url.endsWith('/cdn/mediastream-elements.js')
    ? originalPosition(bundle, f.lineNumber, f.columnNumber, root)
    : null;
  return `${f.functionName || '(anonymous)'} ${where}${source ? ` (${source})` : ''}`;
};
const self = new Map();
const total = new Map();
let busy = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const leaf = name(nodes.get(id));
  self.set(leaf, (self.get(leaf) ?? 0) + ms);
  if (leaf.startsWith('(idle)')) return;
  busy += ms;
  const seen = new Set();
  for (let node = id; node !== undefined; node = parents.get(node)) {
    const key = name(nodes.get(node));
    if (key.startsWith('(root)') || seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + ms);
  }
});
const top = (map) =>
  [...map]
    .filter(([key]) => !key.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(options.top))
    .map(([key, ms]) => `  ${ms.toFixed(2).padStart(9)} ms  ${key}`)
    .join('\n');
console.log(`${file}, ${mode}: ${busy.toFixed(1)} ms busy (not idle) in the profile; ${out}`);
console.log(`self time:\n${top(self)}`);
console.log(`total time:\n${top(total)}`);
