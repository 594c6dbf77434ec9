// Builds each app under test/frameworks/ with its framework's own compiler into one bundle the
// conformance tests load: esbuild's JSX transform (React 19, Preact), @vue/compiler-sfc (SFC,
// ahead of time) and Vue's runtime compiler (in-DOM template), svelte/compiler (Svelte 5).
// Angular: ngc compiles the component ahead of time (strictTemplates: it type-checks too), and
// the Angular linker (a Babel plugin shipped with @angular/compiler-cli) finishes the framework's
// own partially compiled packages while esbuild bundles them.
// The apps do not import the kit: each test decides whether the elements are defined first.
// The kit's tags, classes and events come from custom-elements.json (scripts/elements.mjs): the
// compilers learn the tags from it, and the conformance test reads it from elements.js, written
// next to the bundles.
import { transformAsync } from '@babel/core';
import angularLinker from '@angular/compiler-cli/linker/babel';
import { parse, compileScript } from '@vue/compiler-sfc';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'svelte/compiler';
import { elements, tags } from './elements.mjs';

export const OUT_DIR = 'node_modules/.cache/mediastream-elements/frameworks';
const isCustomElement = (tag) => tags.includes(tag);

const vuePlugin = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e) })) };
      const script = compileScript(descriptor, {
        id: basename(path),
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement } },
      });
      return { contents: script.content, loader: 'ts' };
    });
  },
};

const sveltePlugin = {
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { js, warnings } = compile(await readFile(path, 'utf8'), {
        filename: path,
        generate: 'client',
      });
      return {
        contents: js.code,
        loader: 'js',
        warnings: warnings.map((w) => ({ text: w.message })),
      };
    });
  },
};

const angularLinkerPlugin = {
  name: 'angular-linker',
  setup(b) {
    b.onLoad({ filter: /[\\/]@angular[\\/].*\.m?js$/ }, async ({ path }) => {
      const code = await readFile(path, 'utf8');
      if (!code.includes('ɵɵngDeclare')) return { contents: code, loader: 'js' };
      const linked = await transformAsync(code, {
        filename: path,
        plugins: [angularLinker],
        compact: false,
        configFile: false,
        babelrc: false,
        sourceMaps: false,
      });
      return { contents: linked.code, loader: 'js' };
    });
  },
};

const ANGULAR_OUT = `${OUT_DIR}/angular-ngc`;
const vueFullBuild = createRequire(import.meta.url).resolve('vue/dist/vue.esm-bundler.js');
const apps = {
  // One JSX app (test/frameworks/jsx/app.jsx), compiled once for each runtime.
  react: { entry: 'test/frameworks/react/mount.jsx', jsxImportSource: 'react' },
  preact: { entry: 'test/frameworks/preact/mount.jsx', jsxImportSource: 'preact' },
  vue: { entry: 'test/frameworks/vue/mount.ts', plugins: [vuePlugin] },
  // In-DOM templates are compiled in the browser: the tags reach Vue's runtime compiler as a constant.
  'vue-in-dom': {
    entry: 'test/frameworks/vue/in-dom.ts',
    alias: { vue: vueFullBuild },
    define: { __KIT_TAGS__: JSON.stringify(tags) },
  },
  svelte: { entry: 'test/frameworks/svelte/mount.ts', plugins: [sveltePlugin] },
  angular: { entry: `${ANGULAR_OUT}/angular/mount.js`, plugins: [angularLinkerPlugin] },
};

/** The kit as the tests load it, as published: dist/ for the apps, the CDN files for plain HTML. */
export function buildKit() {
  execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync('node_modules/.bin/rollup', ['-c', '--silent'], { stdio: 'inherit' });
}

const STAMP = `${OUT_DIR}/inputs.sha1`;

/** A digest of what the apps are built from: their sources, the kit's types, the packages. */
function inputsDigest() {
  const under = (dir, test) =>
    readdirSync(dir, { recursive: true })
      .map((file) => join(dir, file))
      .filter(test);
  const files = [
    ...under('test/frameworks', (file) => /\.\w+$/.test(file)),
    ...under('dist', (file) => file.endsWith('.d.ts')),
    'custom-elements.json',
    'package-lock.json',
    fileURLToPath(import.meta.url),
  ].sort();
  const hash = createHash('sha1');
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

/** Builds the apps (after buildKit()), unless nothing they are built from changed since. */
export async function buildApps() {
  const started = performance.now();
  const digest = inputsDigest();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest) {
    console.log('Framework apps: unchanged since they were last built.');
    return;
  }
  execFileSync('node_modules/.bin/ngc', ['-p', 'test/frameworks/angular/tsconfig.json'], {
    stdio: 'inherit',
  });
  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(
    `${OUT_DIR}/elements.js`,
    `// Generated by scripts/frameworks-build.mjs from custom-elements.json: do not edit.\n` +
      `export const elements = ${JSON.stringify(elements, null, 2)};\n`,
  );
  await Promise.all(
    Object.entries(apps).map(([name, { entry, define, ...options }]) =>
      build({
        entryPoints: [entry],
        outfile: `${OUT_DIR}/${name}.js`,
        bundle: true,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        conditions: ['browser'],
        logLevel: 'warning',
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          ...define,
        },
        ...options,
      }),
    ),
  );
  await writeFile(STAMP, digest);
  console.log(
    `Built the apps ${Object.keys(apps).join(', ')} into ${OUT_DIR}/ in ${Math.round(performance.now() - started)} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildKit();
  await buildApps();
}
