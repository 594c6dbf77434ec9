// cdn/mediastream-elements.js: one minified ESM file, Lit inside, defines every element; the
// translations beside it in cdn/translations/<lang>.js, each loaded when a page's language asks,
// and in cdn/lazy/ what an element loads when first used (native capture, the WebM fix).
// cdn/autoloader.js + cdn/chunks/: the autoloader (src/autoloader.mts), one chunk per element
// (`chunks/<tag>.js`, loaded when the tag first appears) and `chunks/shared.js` (Lit, @lit/context
// and every module more than one element imports), one copy for all, but the chunks apart
// (`chunks/constraints.js`, `chunks/audio.js`: see `apart`); `chunks/<lang>.js` for each
// translation. Elements from scripts/elements.mjs.
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { elements } from './scripts/elements.mjs';

// TypeScript's decorator helper reads top-level `this`; undefined there is expected.
const onwarn = (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning);
const plugins = () => [
  // Lit's production build: no dev-mode warnings in the CDN files.
  nodeResolve({ exportConditions: ['production'] }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

const root = dirname(fileURLToPath(import.meta.url));
/** Each element's define module (`<tag>.js`, next to the class module the manifest names). */
const defines = new Map(
  elements.map(({ tag, module }) => [tag, resolve(root, dirname(module), `${tag}.js`)]),
);
const SHARED = 'chunks/shared.js';
/**
 * Code some elements import that most pages never use: a chunk of its own each, which the
 * autoloader requests together with the chunk of every element that imports it (the build fails
 * when an element chunk imports another chunk than these and the shared one). The checks of
 * constraint dictionaries (dist/constraints/ but `unmet` and `loaded`): <media-capture> loads them
 * once its `constraints` property is set, <screen-capture> checks its options always. The level
 * and speech probes: <audio-meter>'s, and those of <track-toggle>'s speaking-while-muted warning.
 */
const apart = {
  constraints: {
    test: (id) => /[\\/]dist[\\/]constraints[\\/](?!unmet\.js$|loaded\.js$)/.test(id),
    module: 'dist/constraints/validate.js',
    with: ['screen-capture'],
  },
  audio: {
    test: (id) => /[\\/]dist[\\/]components[\\/]audio-meter[\\/]audio-meter\.audio\.js$/.test(id),
    module: 'dist/components/audio-meter/audio-meter.audio.js',
    with: ['audio-meter', 'track-toggle'],
  },
};
/** The chunks requested with `tag`'s: `[chunk file, module]` each. */
const alongside = (tag) =>
  Object.entries(apart)
    .filter(([, part]) => part.with.includes(tag))
    .map(([name, part]) => [`chunks/${name}.js`, resolve(root, part.module)]);
const ENTRY = '\0autoloader-entry';
const loader = (tag, file) => {
  const imports = [file, ...alongside(tag).map(([, module]) => module)];
  const calls = imports.map((module) => `import(${JSON.stringify(module)})`);
  return calls.length > 1 ? `() => Promise.all([${calls.join(', ')}])` : `() => ${calls[0]}`;
};
const entry = `import { autoload } from ${JSON.stringify(resolve(root, 'dist/autoloader.mjs'))};
export const discover = autoload({
${[...defines].map(([tag, file]) => `  ${JSON.stringify(tag)}: ${loader(tag, file)},`).join('\n')}
}, new URL(${JSON.stringify(SHARED)}, import.meta.url).href);
`;

/** The modules each define module imports, directly or not (static imports only). */
function reach(getModuleInfo) {
  return [...defines.values()].map((define) => {
    const seen = new Set();
    const stack = [define];
    while (stack.length) {
      const id = stack.pop();
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  });
}

let reached;
/** The autoloader build alone (scripts/test.mjs builds it for the autoloader test). */
export const autoloader = {
  input: ENTRY,
  output: {
    dir: 'cdn',
    format: 'esm',
    sourcemap: true,
    entryFileNames: 'autoloader.js',
    chunkFileNames: 'chunks/[name].js',
    // A module two or more elements import goes to the shared chunk (but the chunks apart, above);
    // the rest stays with its element.
    manualChunks(id, { getModuleInfo }) {
      const part = Object.keys(apart).find((name) => apart[name].test(id));
      if (part) return part;
      reached ??= reach(getModuleInfo);
      if (reached.filter((modules) => modules.has(id)).length > 1) return 'shared';
    },
  },
  onwarn,
  plugins: [
    {
      name: 'autoloader',
      buildStart() {
        reached = undefined;
      },
      resolveId: (id) => (id === ENTRY ? id : null),
      load: (id) => (id === ENTRY ? entry : null),
      // No waterfall: an element's chunk imports nothing but the shared chunk and its chunks apart,
      // which the autoloader requests alongside it (a chunk a component imports dynamically loads
      // when it asks).
      generateBundle(_, bundle) {
        const tags = [...defines.keys()];
        const parts = Object.keys(apart).map((name) => `chunks/${name}.js`);
        const expected = [SHARED, ...parts, ...tags.map((tag) => `chunks/${tag}.js`)];
        const missing = expected.filter((file) => bundle[file]?.type !== 'chunk');
        if (missing.length) this.error(`autoloader: no ${missing.join(', ')}`);
        // A chunk an element loads later (native capture, the WebM fix) may import its element's.
        for (const chunk of expected.map((file) => bundle[file])) {
          const tag = tags.find((name) => chunk.fileName === `chunks/${name}.js`);
          const allowed = [SHARED, ...(tag ? alongside(tag).map(([file]) => file) : [])];
          const extra = chunk.imports.filter((f) => !allowed.includes(f));
          if (extra.length) this.error(`autoloader: ${chunk.fileName} imports ${extra.join(', ')}`);
        }
      },
      // Chunks of an earlier build that this one did not write (an element renamed or removed) go,
      // after the write, so a page loading the previous build meanwhile finds its files.
      writeBundle({ dir }, bundle) {
        for (const file of readdirSync(join(dir, 'chunks'))) {
          if (!bundle[`chunks/${file.replace(/\.map$/, '')}`]) rmSync(join(dir, 'chunks', file));
        }
      },
    },
    ...plugins(),
  ],
};

export default [
  {
    input: 'dist/index.js',
    // Translations stay separate files (cdn/translations/<lang>.js), loaded for a page's language;
    // so do the parts a page may never use (cdn/lazy/: the native capture element, the WebM fix).
    output: {
      dir: 'cdn',
      format: 'esm',
      sourcemap: true,
      entryFileNames: 'mediastream-elements.js',
      chunkFileNames: ({ name }) =>
        `${/^[a-z]{2}$/.test(name) ? 'translations' : 'lazy'}/[name].js`,
    },
    // What a lazy part shares with the file is imported from it: no facade, no extra chunk.
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    plugins: plugins(),
  },
  autoloader,
];
