// The package surface (DESIGN, Package surface) checked against custom-elements.json: every element
// has its own entry point, listed as a side effect; every typed subpath has its types under
// `typesVersions` too (TypeScript's moduleResolution "node" ignores `exports`); every exported
// file is published.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elements } from '../../scripts/elements.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const targets = (entry) => (typeof entry === 'string' ? [entry] : Object.values(entry));

test('each element has an entry point mediastream-elements/<tag>.js, listed in sideEffects', () => {
  for (const { tag, module } of elements) {
    const define = `./${module.replace(/\.component\.js$/, '.js')}`;
    assert.deepEqual(
      pkg.exports[`./${tag}.js`],
      { types: define.replace(/\.js$/, '.d.ts'), default: define },
      `exports["./${tag}.js"]`,
    );
    assert.ok(pkg.sideEffects.includes(define), `sideEffects lists ${define}`);
  }
});

test('typesVersions maps every typed subpath of exports, and nothing else', () => {
  const typed = Object.entries(pkg.exports).filter(
    ([subpath, entry]) => subpath !== '.' && typeof entry === 'object' && entry.types,
  );
  assert.deepEqual(
    pkg.typesVersions['*'],
    Object.fromEntries(typed.map(([subpath, entry]) => [subpath.slice(2), [entry.types]])),
  );
});

test('every exported file is in `files`', () => {
  const published = pkg.files.map((file) => `./${file}`);
  for (const [subpath, entry] of Object.entries(pkg.exports)) {
    if (subpath === './package.json') continue;
    for (const target of targets(entry)) {
      assert.ok(
        published.some((file) => target === file || target.startsWith(`${file}/`)),
        `${subpath} → ${target} is published`,
      );
    }
  }
  assert.ok(published.includes('./custom-elements.json'));
});
