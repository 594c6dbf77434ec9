// custom-elements.json as tools read it (issue 10): valid against the official schema, each tag
// mapped to the module that defines it, each export pointing at a declaration, no function
// locals listed as declarations, the readme named. The fixes are the `schema-fixes` plugin of
// custom-elements-manifest.config.mjs.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elements } from '../../scripts/elements.mjs';
import { manifestErrors } from '../../scripts/manifest-check.mjs';

const root = new URL('../../', import.meta.url);
const file = new URL('custom-elements.json', root);
const manifest = JSON.parse(readFileSync(file, 'utf8'));
const modules = new Map(manifest.modules.map((mod) => [mod.path, mod]));

test('custom-elements.json is valid against the custom-elements-manifest schema', () => {
  assert.deepEqual(manifestErrors(file).errors, []);
});

test('each element has a custom-element-definition export in its define module', () => {
  assert.ok(elements.length > 0, 'the manifest lists elements');
  for (const { tag, className, module } of elements) {
    const path = module.replace(/\.component\.js$/, '.js');
    const definitions = (modules.get(path)?.exports ?? []).filter(
      (e) => e.kind === 'custom-element-definition',
    );
    assert.deepEqual(
      definitions,
      [{ kind: 'custom-element-definition', name: tag, declaration: { name: className, module } }],
      `${path} defines <${tag}>`,
    );
  }
});

test('every declaration is exported by its module (no function locals)', () => {
  for (const mod of manifest.modules) {
    const exported = new Set(
      (mod.exports ?? [])
        .filter((e) => e.declaration.module === mod.path)
        .map((e) => e.declaration.name),
    );
    for (const decl of mod.declarations ?? []) {
      assert.ok(exported.has(decl.name), `${mod.path} exports its ${decl.kind} ${decl.name}`);
    }
  }
});

test('every export points at a module of the manifest that declares it', () => {
  for (const mod of manifest.modules) {
    for (const { name, declaration } of mod.exports ?? []) {
      if (declaration.package) continue;
      const target = modules.get(declaration.module);
      assert.ok(target, `${mod.path} export ${name} → ${declaration.module}, a listed module`);
      if (declaration.name === '*') continue;
      assert.ok(
        target.declarations?.some((decl) => decl.name === declaration.name),
        `${mod.path} export ${name} → ${declaration.module} declares ${declaration.name}`,
      );
    }
  }
});

test('the readme is README.md, next to the manifest', () => {
  assert.equal(manifest.readme, 'README.md');
  assert.ok(existsSync(new URL(manifest.readme, root)));
});
