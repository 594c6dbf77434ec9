// Builds each app under test/frameworks/ with its framework's own compiler into one bundle the
// conformance tests load: esbuild's JSX transform (React 19, Preact), @vue/compiler-sfc (SFC,
// ahead of time) and Vue's runtime compiler (in-DOM template), svelte/compiler (Svelte 5).
// Angular: ngc compiles the component ahead of time (strictTemplates: it type-checks too), and
// the Angular linker (a Babel plugin shipped with @angular/compiler-cli) finishes the framework's
// own partially compiled packages while esbuild bundles them.
// The apps do not import the kit: each test decides whether the elements are defined first.
import { transformAsync } from '@babel/core';
import angularLinker from '@angular/compiler-cli/linker/babel';
import { parse, compileScript } from '@vue/compiler-sfc';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { compile } from 'svelte/compiler';

export const OUT_DIR = 'node_modules/.cache/mediastream-elements/frameworks';
const isCustomElement = (tag) => ['media-capture', 'stream-mirror', 'track-list'].includes(tag);

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
  react: { entry: 'test/frameworks/react/app.jsx', jsxImportSource: 'react' },
  preact: { entry: 'test/frameworks/preact/app.jsx', jsxImportSource: 'preact' },
  vue: { entry: 'test/frameworks/vue/mount.ts', plugins: [vuePlugin] },
  'vue-in-dom': { entry: 'test/frameworks/vue/in-dom.ts', alias: { vue: vueFullBuild } },
  svelte: { entry: 'test/frameworks/svelte/mount.ts', plugins: [sveltePlugin] },
  angular: { entry: `${ANGULAR_OUT}/angular/mount.js`, plugins: [angularLinkerPlugin] },
};

export async function buildApps() {
  const started = performance.now();
  // The tests load the kit as published: dist/ for the apps, the CDN file for plain HTML.
  execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync('node_modules/.bin/rollup', ['-c', '--silent'], { stdio: 'inherit' });
  execFileSync('node_modules/.bin/ngc', ['-p', 'test/frameworks/angular/tsconfig.json'], {
    stdio: 'inherit',
  });
  await Promise.all(
    Object.entries(apps).map(([name, { entry, ...options }]) =>
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
        },
        ...options,
      }),
    ),
  );
  console.log(
    `Built dist/, cdn/ and the apps ${Object.keys(apps).join(', ')} into ${OUT_DIR}/ in ${Math.round(performance.now() - started)} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await buildApps();
