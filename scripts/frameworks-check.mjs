// Type-checks each framework app under test/frameworks/ against the generated types (types/),
// imported by package name, with the framework's own checker. Needs `npm run build` first: the
// types import the classes and events from dist/.
import { spawnSync } from 'node:child_process';

const checks = [
  ['react', 'tsc', ['-p', 'test/frameworks/react/tsconfig.json']],
  ['preact', 'tsc', ['-p', 'test/frameworks/preact/tsconfig.json']],
  ['solid', 'tsc', ['-p', 'test/frameworks/solid/tsconfig.json']],
  // ngc with strictTemplates: `$event` typed from the kit's GlobalEventHandlersEventMap entries.
  ['angular', 'ngc', ['-p', 'test/frameworks/angular/tsconfig.json']],
  ['vue', 'vue-tsc', ['-p', 'test/frameworks/vue/tsconfig.json']],
  [
    'svelte',
    'svelte-check',
    [
      '--workspace',
      'test/frameworks/svelte',
      '--tsconfig',
      './tsconfig.json',
      '--fail-on-warnings',
    ],
  ],
];

let failed = 0;
for (const [name, bin, args] of checks) {
  const started = performance.now();
  const run = spawnSync(`node_modules/.bin/${bin}`, args, { encoding: 'utf8' });
  const ms = Math.round(performance.now() - started);
  if (run.status === 0) console.log(`${name}: ${bin} passed (${ms} ms)`);
  else {
    failed++;
    console.log(`${name}: ${bin} FAILED\n${run.stdout}${run.stderr}`);
  }
}
process.exit(failed ? 1 : 0);
