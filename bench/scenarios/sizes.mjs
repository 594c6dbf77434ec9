// Bytes: the CDN bundle, the Lit floor under it and each element's own entry; the autoloader, its
// shared chunk, each element's chunk and what a page using the autoloader transfers. No pages.
import { tags } from '../../scripts/elements.mjs';
import { sizes } from '../lib/sizes.mjs';

export const name = 'sizes';
export const heading = () => 'sizes';

export async function collect({ build }) {
  const s = await sizes(build);
  // The floor's code is served to a page; the raw results need only its sizes.
  if (s.litFloor) delete s.litFloor.code;
  return s;
}

export function report(s, { figure, check }) {
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
      { note: 'the Lit exports the kit imports, bundled alone', ...s.litFloor },
    );
  }
  for (const tag of tags) {
    const entry = s.elements[tag];
    if (entry) {
      figure(`${tag} entry, Lit external, gzip`, 'KB', [kb(entry.gzip)], null, undefined, {
        min: entry.min,
        brotli: entry.brotli,
      });
    }
  }
  const a = s.autoloader;
  if (a) {
    const target = (value) => (typeof value === 'number' ? { on: 'kit', op: '<=', value } : null);
    figure(
      'cdn/autoloader.js, gzip',
      'KB',
      [kb(a.autoloader.gzip)],
      null,
      target(a.budget.autoloader),
    );
    figure(
      'autoloader shared chunk (Lit, @lit/context, common kit code), gzip',
      'KB',
      [kb(a.shared.gzip)],
      null,
    );
    for (const [part, size] of Object.entries(a.parts)) {
      figure(
        `${part} chunk (${a.budget.parts[part]?.what ?? 'not in the budget'}), gzip`,
        'KB',
        [kb(size.gzip)],
        null,
        target(a.budget.parts[part]?.limit),
      );
    }
    for (const tag of tags) {
      if (a.elements[tag]) {
        figure(
          `${tag} chunk, over the shared chunk, gzip`,
          'KB',
          [kb(a.elements[tag].gzip)],
          null,
          target(a.budget.elementChunk),
        );
      }
    }
    for (const page of a.pages) {
      const name = `page with ${page.tags.map((tag) => `<${tag}>`).join(' + ')} through the autoloader, gzip`;
      figure(name, 'KB', [kb(page.gzip)], null, target(page.limit), { files: page.files });
    }
  }
  check(
    'sizes: autoloader measured',
    !!a,
    a ? `${a.autoloader.gzip} B gzip` : 'no cdn/autoloader.js',
  );
  check('sizes: cdn bundle measured', s.cdn.gzip > 0, `${s.cdn.gzip} B gzip`);
  for (const tag of tags) {
    check(
      `sizes: ${tag} entry bundled`,
      !!s.elements[tag],
      s.elements[tag] ? `${s.elements[tag].gzip} B gzip` : 'no dist entry',
    );
  }
}
