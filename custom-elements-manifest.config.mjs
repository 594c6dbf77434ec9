// `npm run analyze`: custom-elements.json (top level, committed) from the JSDoc in src/, with
// module paths pointing at the published dist/*.js files, and every editor and framework
// integration generated from it into dist/ (built, not committed): dist/types/{jsx,vue,svelte}.d.ts,
// dist/vscode.{html,css}-custom-data.json, dist/web-types.json. package.json `exports` publishes
// them under their short names (mediastream-elements/types/jsx, …).
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { posix } from 'node:path';
import {
  jsxFixesPlugin,
  svelteTypesPlugin,
  vueTypesPlugin,
} from './scripts/cem/framework-types.mjs';

// dist/types/*.d.ts import the classes and events from the built package next to them.
const from = '../index.js';
const types = 'dist/types';

// What the analyzer reads but does not record, per module path (src/….ts), for the plugins below:
// each import's local name → `{ module, name }`, the names exported with `export type`, and the
// classes a top-level `<Class>.define(…)` defines (KitElement.define calls customElements.define,
// out of the analyzer's sight).
const imports = new Map();
const typeExports = new Map();
const defines = new Map();
const add = (map, path, value) => map.set(path, [...(map.get(path) ?? []), value]);

/**
 * The manifest as the schema (custom-elements-manifest, `npm run manifest:check`) and the tools
 * reading it want it: every export names a declaration in the module that declares it, tags map
 * to their define modules, no function locals, the readme named.
 */
const schemaFixes = {
  name: 'schema-fixes',
  initialize() {
    // `cem analyze --watch` runs every phase again.
    for (const map of [imports, typeExports, defines]) map.clear();
  },
  analyzePhase({ ts, node, moduleDoc }) {
    const path = moduleDoc.path;
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const module = node.moduleSpecifier.text;
      const clause = node.importClause;
      if (clause?.name) add(imports, path, { local: clause.name.text, module, name: 'default' });
      if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        for (const el of clause.namedBindings.elements) {
          const name = (el.propertyName ?? el.name).text;
          add(imports, path, { local: el.name.text, module, name });
        }
      }
    }
    if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
      for (const el of node.exportClause.elements) {
        if (node.isTypeOnly || el.isTypeOnly) add(typeExports, path, el.name.text);
      }
    }
    // `MediaCaptureElement.define()` or `.define('other-tag')`, a statement of the module itself.
    if (
      ts.isExpressionStatement(node) &&
      ts.isSourceFile(node.parent) &&
      ts.isCallExpression(node.expression) &&
      ts.isPropertyAccessExpression(node.expression.expression) &&
      node.expression.expression.name.text === 'define' &&
      ts.isIdentifier(node.expression.expression.expression)
    ) {
      const [tag] = node.expression.arguments;
      add(defines, path, {
        local: node.expression.expression.expression.text,
        tag: tag && ts.isStringLiteralLike(tag) ? tag.text : undefined,
      });
    }
  },
  packageLinkPhase({ customElementsManifest: manifest }) {
    // The schema's `readme` is the package's readme, next to the manifest (empty by default).
    manifest.readme = 'README.md';

    const modules = new Map(manifest.modules.map((mod) => [mod.path, mod]));
    // './x.js' from src/a/b.ts → src/a/x.ts, the module as the manifest lists it.
    const resolvePath = (from, specifier) => {
      if (!specifier.startsWith('.')) return specifier;
      const path = posix.join(posix.dirname(from), specifier);
      const ts = path.replace(/\.js$/, '.ts');
      return modules.has(ts) ? ts : path;
    };
    const declares = (path, name) =>
      modules.get(path)?.declarations?.some((decl) => decl.name === name);
    // The module that declares what `path` calls `name`: through its imports and re-exports.
    const resolve = (path, name, depth = 0) => {
      if (declares(path, name) || depth > 10) return { name, module: path };
      const imported = imports.get(path)?.find((i) => i.local === name);
      if (imported) return resolve(resolvePath(path, imported.module), imported.name, depth + 1);
      const reexport = modules
        .get(path)
        ?.exports?.find((e) => e.name === name && e.declaration.module && e.declaration.name);
      if (reexport && reexport.declaration.module !== path) {
        return resolve(reexport.declaration.module, reexport.declaration.name, depth + 1);
      }
      return { name, module: path };
    };

    for (const mod of manifest.modules) {
      // Locals the analyzer lifts out of function bodies (`const context = new Context()`),
      // kept because a `{ context, … }` elsewhere names them: only what the module exports.
      const exported = new Set(
        (mod.exports ?? [])
          .filter((e) => !e.declaration.module || e.declaration.module === mod.path)
          .map((e) => e.declaration.name),
      );
      mod.declarations = (mod.declarations ?? []).filter(
        (decl) => exported.has(decl.name) || decl.customElement,
      );
      // `export type { … }` is no JavaScript export of the built module; and `export default [
      // baseStyles, css`…`]` (the styles modules) has no declaration to name.
      const types = new Set(typeExports.get(mod.path));
      mod.exports = (mod.exports ?? []).filter((e) => e.declaration.name && !types.has(e.name));
      // Relative specifiers (`export { X } from './x.js'`) and re-exported imports (`import { X }
      // …; export { X }`) to the module declaring X, as the schema asks of aggregating exports.
      for (const e of mod.exports) {
        if (e.declaration.package || e.declaration.name === '*') {
          if (e.declaration.module)
            e.declaration.module = resolvePath(mod.path, e.declaration.module);
          continue;
        }
        const from = resolvePath(mod.path, e.declaration.module ?? mod.path);
        Object.assign(e.declaration, resolve(from, e.declaration.name));
      }
    }

    // Tag → module: a `custom-element-definition` export in each module calling `<Class>.define()`.
    for (const [path, calls] of defines) {
      const mod = modules.get(path);
      for (const call of calls) {
        const ref = resolve(path, call.local);
        const decl = modules.get(ref.module)?.declarations?.find((d) => d.name === ref.name);
        const name = call.tag ?? decl?.tagName;
        if (!decl?.customElement || !name) {
          throw new Error(`${path}: ${call.local}.define() defines no custom element it can name`);
        }
        mod.exports.push({ kind: 'custom-element-definition', name, declaration: ref });
      }
    }

    // Styles modules are left with nothing to say.
    manifest.modules = manifest.modules.filter(
      (mod) => mod.declarations.length || mod.exports.length,
    );
  },
};

export default {
  globs: ['src/**/*.ts'],
  // Translations are texts, no API: listed, each would copy its whole object into the manifest.
  exclude: ['src/**/*.test.ts', 'src/translations/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    schemaFixes,
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
