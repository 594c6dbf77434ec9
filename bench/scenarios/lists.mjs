// Upgrade and first render of many <track-list>s of one stream, against plain <ul> lists; and
// (when the Lit floor bundle was built) minimal Lit elements rendering the same markup with the
// kit's styles: what any Lit-based list pays before the kit's own code.
import { ok, values } from '../lib/stats.mjs';

export const name = 'lists';
export const pairs = 10;
export const heading = ({ D }) => `${D.lists} track lists`;
export const needs = ['track-list'];
export const pages = ({ floor }) => ({
  kit: 'lists.kit.html',
  base: 'lists.base.html',
  ...(floor && { floor: 'lists.floor.html' }),
});

export async function measure({ page }, { D }) {
  const { items, ...r } = await page.evaluate((n) => window.__bench.render(n), D.lists);
  // The per-list counts would make the raw results large: only how many lists were complete.
  return { ...r, msPerList: r.ms / r.lists, rendered: items.filter((n) => n === r.tracks).length };
}

export function report(samples, { compare, figure, check, pairs, D }) {
  compare(
    samples,
    'msPerList',
    `upgrade + first render of ${D.lists} <track-list>s, per element`,
    'ms',
    undefined,
    `baseline: ${D.lists} plain <ul> lists of the tracks`,
  );
  if (samples.floor) {
    figure(
      `upgrade + first render of ${D.lists} minimal Lit lists, same markup and styles (the floor)`,
      'ms',
      values(samples.floor, 'msPerList'),
      values(samples.base, 'msPerList'),
      undefined,
      'kit column: the floor page; what any Lit-based list with these styles pays',
    );
  }
  for (const side of Object.keys(samples)) {
    const good = ok(samples[side]);
    check(
      `lists: ${side} rendered ${D.lists} lists of every track`,
      good.length === pairs && good.every((s) => s.rendered === D.lists),
      good.map((s) => s.rendered).join(' '),
    );
  }
}
