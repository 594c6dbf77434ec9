// Choosing a microphone on a live capture: from the select's change to the new track live in the
// stream, through <device-select> + <media-capture>.switchDevice() against a raw getUserMedia
// with the same deviceId (exact). Chromium's fake devices: 3 microphones; the switches alternate
// between the two that are not "default". Each switch starts from a settled page, 100 ms after two
// frames, as a person's choice does: back to back, a getUserMedia waited on the browser closing
// the device the switch before released, from 8 to 48 ms (measured on both sides), which buried
// the figure in noise (page medians 17–32 ms; spaced out, 12–18 ms).
import { median, ok, values } from '../lib/stats.mjs';

export const name = 'device-switch';
/** Full-run pairs: the switches of a page are spaced out, so they are steady (see the pages). */
export const pairs = 12;
export const heading = ({ smoke }) => `choose a microphone, ${switches(smoke)} switches a page`;
export const needs = ['media-capture', 'device-select'];
export const pages = { kit: 'device-switch.kit.html', base: 'device-switch.base.html' };

const switches = (smoke) => (smoke ? 4 : 10);
/** Switches made before the timed ones (the first opens each device once). */
const WARMUP = 2;

export async function measure({ page }, { smoke }) {
  await page.evaluate((n) => window.__bench.switches(n), WARMUP);
  const { times, live } = await page.evaluate((n) => window.__bench.switches(n), switches(smoke));
  await page.evaluate(() => window.__bench.stop());
  return { switchMs: median(times), times, live };
}

export function report(samples, { compare, check, pairs, smoke }) {
  compare(
    samples,
    'switchMs',
    'choose a microphone → new track live (median of a page)',
    'ms',
    { on: 'ratio', op: '<=', value: 1.1 },
    'kit: native select change → media-capture-devicechange; baseline: change → getUserMedia({ exact }) resolved, old track stopped',
  );
  for (const side of ['kit', 'base']) {
    const good = ok(samples[side]);
    check(
      `device-switch: ${side} switched every time, one microphone live`,
      good.length === pairs &&
        good.every((s) => s.times.length === switches(smoke) && s.live === 1),
      values(good, 'switchMs')
        .map((ms) => ms.toFixed(1))
        .join(' '),
    );
  }
}
