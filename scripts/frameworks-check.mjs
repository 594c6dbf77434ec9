// Type-checks each framework app under test/frameworks/ against the generated types, imported by
// package name (mediastream-elements/types/jsx → dist/types/jsx.d.ts), with the framework's own
// checker. The types are built, not committed: this first compiles dist/ and runs the analyzer,
// which writes dist/types/ (and custom-elements.json) from src/.
import { execFileSync, spawnSync } from 'node:child_process';

const built = performance.now();
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('node_modules/.bin/cem', ['analyze'], { stdio: 'inherit' });
console.log(`Built dist/ and dist/types/ (${Math.round(performance.now() - built)} ms)`);

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
