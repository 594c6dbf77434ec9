// Page start to the first mirrored frame on screen: the kit's one-file bundle, the kit through the
// autoloader, the raw API, and (when the Lit floor bundle was built) a page with Lit alone and a
// minimal Lit mirror.
import { ok, summary, values } from '../lib/stats.mjs';

export const name = 'first-frame';
/** Full-run pairs: each page is short, but there are four sides. */
export const pairs = 10;
export const heading = () => 'first frame on screen';
export const needs = ['stream-mirror'];
export const pages = ({ floor }) => ({
  kit: 'first-frame.kit.html',
  base: 'first-frame.base.html',
  autoloader: 'first-frame.autoloader.html',
  ...(floor && { floor: 'first-frame.floor.html' }),
});
export const runOptions = { marks: true };

export async function measure({ page, ready }) {
  return {
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
  };
}

/** The spies' marks, in the order "camera to screen" passes them. */
const steps = [
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
];

export function report(samples, { figure, compare, check, pairs, results }) {
  compare(
    samples,
    'firstFrame',
    'first mirrored frame on screen',
    'ms',
    { on: 'ratio', op: '<=', value: 1.1 },
    'kit: stream-mirror-ready; baseline: first requestVideoFrameCallback',
  );
  figure(
    'first mirrored frame on screen, through the autoloader',
    'ms',
    values(samples.autoloader, 'firstFrame'),
    values(samples.base, 'firstFrame'),
    { on: 'ratio', op: '<=', value: 1.15 },
    'kit column: cdn/autoloader.js loading the shared and the two element chunks',
  );
  if (samples.floor) {
    figure(
      'first frame, Lit floor page (Lit alone + a minimal Lit mirror)',
      'ms',
      values(samples.floor, 'firstFrame'),
      values(samples.base, 'firstFrame'),
      undefined,
      'kit column: the floor page; what any Lit-based kit pays before its own code',
    );
  }
  compare(
    samples,
    (sample) => sample.marks.framePresented,
    'first frame presented (rVFC on the video, both)',
    'ms',
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
  const median = (side, mark) => summary(ok(samples[side]).map((s) => s.marks[mark] ?? NaN)).median;
  results.firstFrameSteps = Object.fromEntries(
    ['kit', 'autoloader', 'base', 'floor']
      .filter((side) => samples[side])
      .map((side) => [side, Object.fromEntries(steps.map((mark) => [mark, median(side, mark)]))]),
  );
}
