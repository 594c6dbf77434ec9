// `npm run analyze`: custom-elements.json (top level, committed) from the JSDoc in src/, with
// module paths pointing at the published dist/*.js files, and every editor and framework
// integration generated from it into dist/ (built, not committed): dist/types/{jsx,vue,svelte}.d.ts,
// dist/vscode.{html,css}-custom-data.json, dist/web-types.json. package.json `exports` publishes
// them under their short names (mediastream-elements/types/jsx, …).
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import {
  jsxFixesPlugin,
  svelteTypesPlugin,
  vueTypesPlugin,
} from './scripts/cem/framework-types.mjs';

// dist/types/*.d.ts import the classes and events from the built package next to them.
const from = '../index.js';
const types = 'dist/types';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer lists modules in the order the file system returns them, which differs
      // between checkouts: sorted, the generated files are the same on every machine.
      name: 'sorted-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
    {
      // `#private` members are no one's API: listed, they only make the manifest go stale on
      // every internal change.
      name: 'no-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members) decl.members = decl.members.filter((m) => !m.name.startsWith('#'));
          }
        }
      },
    },
    {
      name: 'dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
        for (const mod of customElementsManifest.modules) {
          mod.path = toDist(mod.path);
          for (const exp of mod.exports ?? []) {
            if (exp.declaration?.module) exp.declaration.module = toDist(exp.declaration.module);
          }
          for (const decl of mod.declarations ?? []) {
            if (decl.superclass?.module) decl.superclass.module = toDist(decl.superclass.module);
          }
        }
      },
    },
    customElementVsCodePlugin({ outdir: 'dist', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', hideLogs: true }),
    // React 19, Preact and Solid (`on:` props) from one file: two JSX generators clash (TS2320).
    jsxTypesPlugin({
      outdir: types,
      fileName: 'jsx.d.ts',
      globalTypePath: from,
      stronglyTypedEvents: true,
      hideLogs: true,
    }),
    jsxFixesPlugin({ file: `${types}/jsx.d.ts`, from }),
    vueTypesPlugin({ outdir: types, fileName: 'vue.d.ts', from }),
    svelteTypesPlugin({ outdir: types, fileName: 'svelte.d.ts', from }),
  ],
};
