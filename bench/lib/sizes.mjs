// Size figures: the CDN bundle (min, gzip -9, brotli) and each element's own entry bundled with
// Lit and @lit/context external, plus where the CDN bundle's minified bytes come from (its
// source map); and the autoloader's files (gzip -9, as scripts/size-check.mjs measures them for
// size-budget.json, with the pages listed there).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { elements } from '../../scripts/elements.mjs';
import { cdnSizes } from '../../scripts/size-check.mjs';
import { decodeSegment } from './sourcemap.mjs';

export function measure(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

const isLit = (id) =>
  id === 'lit' || id.startsWith('lit/') || id === '@lit/context' || id.startsWith('@lit/context/');

/**
 * An element's define module (the manifest names its class module, `<tag>.component.js`; the
 * define module sits next to it as `<tag>.js`) bundled and minified with Lit and @lit/context
 * external.
 */
async function elementEntry(build, { tag, module }) {
  const input = join(build, dirname(module), `${tag}.js`);
  if (!existsSync(input)) return null;
  const bundle = await rollup({
    input,
    external: isLit,
    // What a lazily loaded part (native capture, the WebM fix) shares stays in the entry.
    preserveEntrySignatures: 'allow-extension',
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  return { ...measure(output[0].code), modules: Object.keys(output[0].modules).length };
}

/**
 * The floor under the bundle: exactly the Lit and @lit/context exports the kit's dist/ imports,
 * bundled and minified alone (what any Lit kit with these features pays before its own code).
 * `code` is served to the first-frame "Lit floor" page, which imports them by their own names.
 */
export async function litFloor(build) {
  const dist = join(build, 'dist');
  const imports = new Map();
  for (const file of readdirSync(dist, { recursive: true })) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, names, from] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
      if (!isLit(from)) continue;
      const set = imports.get(from) ?? new Set();
      names.split(',').forEach((name) => name.trim() && set.add(name.trim().split(/\s+as\s+/)[0]));
      imports.set(from, set);
    }
  }
  const exported = new Set();
  const entry = [...imports]
    .map(([from, names], i) => {
      const list = [...names].map((n) => (exported.has(n) ? `${n} as m${i}_${n}` : n));
      names.forEach((n) => exported.add(n));
      return `export { ${list.join(', ')} } from '${from}';`;
    })
    .join('\n');
  const bundle = await rollup({
    input: 'floor',
    plugins: [
      {
        name: 'floor',
        resolveId: (id) => (id === 'floor' ? id : null),
        load: (id) => (id === 'floor' ? entry : null),
      },
      nodeResolve({ exportConditions: ['production'], rootDir: build }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  return {
    ...measure(output[0].code),
    code: output[0].code,
    imports: Object.fromEntries([...imports].map(([k, v]) => [k, [...v]])),
  };
}

/**
 * Minified bytes of `code` attributed to each source, from its source map. Bytes before a line's
 * first mapping (the rest of a multi-line template literal: CSS, HTML) belong to the segment
 * before them.
 */
function attribute(code, map) {
  const bytes = new Map();
  const lines = code.split('\n');
  const mappings = map.mappings.split(';');
  let source = 0;
  let current = -1;
  const count = (src, text) => {
    const name = src < 0 ? '(unmapped)' : map.sources[src];
    bytes.set(name, (bytes.get(name) ?? 0) + Buffer.byteLength(text));
  };
  lines.forEach((text, index) => {
    const line = mappings[index] ?? '';
    let column = 0;
    const starts = (line ? line.split(',') : []).map((field) => {
      const segment = decodeSegment(field);
      column += segment[0];
      if (segment.length > 1) source += segment[1];
      return [column, segment.length > 1 ? source : -1];
    });
    count(current, text.slice(0, starts[0]?.[0] ?? text.length) + (index ? '\n' : ''));
    starts.forEach(([start, src], i) => {
      count(src, text.slice(start, i + 1 < starts.length ? starts[i + 1][0] : text.length));
      current = src;
    });
  });
  return [...bytes]
    .map(([file, min]) => ({ file: file.replace(/^(\.\.\/)+/, ''), min }))
    .sort((a, b) => b.min - a.min);
}

/** cdn/autoloader.js, its shared chunk, each element chunk and each budgeted page (with budgets). */
function autoloaderSizes(build) {
  if (!existsSync(join(build, 'cdn', 'autoloader.js'))) return null;
  const budget = JSON.parse(
    readFileSync(new URL('../../size-budget.json', import.meta.url), 'utf8'),
  );
  const { page, ...files } = cdnSizes(build);
  return {
    ...files,
    pages: budget.pages.map(({ tags, limit }) => ({ ...page(tags), limit })),
    budget,
  };
}

export async function sizes(build) {
  const cdnFile = join(build, 'cdn', 'mediastream-elements.js');
  const code = readFileSync(cdnFile, 'utf8');
  const mapFile = `${cdnFile}.map`;
  const breakdown = existsSync(mapFile)
    ? attribute(code, JSON.parse(readFileSync(mapFile, 'utf8')))
    : [];
  const litBytes = breakdown
    .filter((b) => b.file.startsWith('node_modules/'))
    .reduce((sum, b) => sum + b.min, 0);
  const entries = {};
  for (const element of elements) entries[element.tag] = await elementEntry(build, element);
  return {
    cdn: measure(code),
    cdnDefines: elements
      .map(({ tag }) => tag)
      .filter((tag) => code.includes(`"${tag}"`) || code.includes(`'${tag}'`)),
    elements: entries,
    autoloader: autoloaderSizes(build),
    litFloor: existsSync(join(build, 'dist')) ? await litFloor(build) : null,
    breakdown: { litAndContextMin: litBytes, kitMin: code.length - litBytes, bySource: breakdown },
  };
}
