// The README's blocks that are not run in the browsers (test/kit/readme.test.ts runs the html, js
// and css ones): every block is of a kind some test runs; each `npm` command in the sh blocks
// exists; the JSX compiles; the Vue template compiles with the kit's tags as custom elements.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compileTemplate } from '@vue/compiler-sfc';
import { transform } from 'esbuild';
import { tags } from '../../scripts/elements.mjs';
import { codeBlocks, KINDS } from '../readme/blocks.js';

const blocks = codeBlocks(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const of = (kind) => blocks.filter((block) => block.kind === kind);

test('every README block is of a kind a test runs', () => {
  for (const { kind, line } of blocks) assert.ok(KINDS.includes(kind), `line ${line}: ${kind}`);
});

test('every npm command in the README exists', () => {
  const commands = of('sh').flatMap(({ code }) => [...code.matchAll(/^npm (?:run )?([\w:-]+)/gm)]);
  assert.ok(commands.length >= 3);
  for (const [command, name] of commands) {
    assert.ok(name === 'install' || pkg.scripts[name], `${command}: no such script`);
  }
});

test('the README’s JSX compiles', async () => {
  assert.ok(of('jsx').length);
  for (const { code, line } of of('jsx')) {
    await assert.doesNotReject(
      transform(`export default (${code});`, { loader: 'jsx' }),
      `line ${line}`,
    );
  }
});

test('the README’s Vue template compiles, the kit’s tags as custom elements', () => {
  assert.ok(of('vue').length);
  for (const { code, line } of of('vue')) {
    const { errors } = compileTemplate({
      source: code,
      filename: 'readme.vue',
      id: 'readme',
      compilerOptions: { isCustomElement: (tag) => tags.includes(tag) },
    });
    assert.deepEqual(errors, [], `line ${line}`);
  }
});
