// `npm test`: the Node tests (SSR, package surface), then the browser suite in every engine
// installed. A green run prints a line per group (node, chromium, chromium-denied, …) and the
// plain closing line `N passed, N failed` that CI counts, after the time taken; a failure prints its details.
// Flags: --engines chromium[,firefox,…] runs only those engines.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { debianPackages, findBrowsers } from './browsers.mjs';
import { buildApps, buildKit } from './frameworks-build.mjs';
import { SUMMARY_FILE } from '../test/plugins/summary-reporter.mjs';

const args = process.argv.slice(2);
const enginesFlag = args.indexOf('--engines');
const engines = enginesFlag >= 0 ? args[enginesFlag + 1].split(',') : Object.keys(debianPackages);

function installChromium() {
  const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!debian || process.getuid?.() !== 0) {
    console.error(
      'No browser found to test in. Install Chromium, then run npm test again:\n' +
        '  sudo apt-get install chromium      (Debian/Ubuntu)\n' +
        'or point CHROME_PATH at a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
  console.log("No browser found: installing Debian's chromium with apt-get (about a minute)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
}

if (!engines.some((engine) => findBrowsers()[engine])) installChromium();
const found = findBrowsers();
const missing = engines.filter((engine) => !found[engine]);
if (missing.length) {
  const packages = missing.flatMap((engine) => debianPackages[engine]).join(' ');
  console.log(`Not installed, not tested: ${missing.join(', ')} (apt-get install ${packages})`);
}

// Cursor moves, line erases and colours.
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
const results = {};

// The Node tests import the built package; the browser tests load dist/, the CDN files and the
// framework apps (rebuilt only when what they are built from changed).
buildKit();
await buildApps();
const tap = 'node_modules/.cache/mediastream-elements/node.tap';
mkdirSync(dirname(tap), { recursive: true });
rmSync(tap, { force: true });
// The spec report is printed only when something failed; the tap file is counted.
const node = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    'test/node/',
  ],
  { encoding: 'utf8' },
);
if (node.status) process.stdout.write(node.stdout + node.stderr);
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const tapCount = (name) => Number(tapText.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
results.node = { passed: tapCount('pass'), failed: tapCount('fail') || (node.status ? 1 : 0) };
console.log(`node: ${results.node.passed} passed, ${results.node.failed} failed`);

rmSync(SUMMARY_FILE, { force: true });
// Into a file or a CI log, the runner's terminal codes (it erases its last lines when it stops)
// are left out: the log reads as plain lines.
const tty = process.stdout.isTTY;
const runner = spawn('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
  stdio: ['inherit', tty ? 'inherit' : 'pipe', 'inherit'],
  env: { ...process.env, MSE_ENGINES: engines.filter((e) => found[e]).join(',') },
});
runner.stdout?.on('data', (chunk) => process.stdout.write(String(chunk).replace(ANSI, '')));
const browser = { status: await new Promise((resolve) => runner.on('close', resolve)) };
const summary = existsSync(SUMMARY_FILE) ? JSON.parse(readFileSync(SUMMARY_FILE, 'utf8')) : {};
Object.assign(results, summary);
if (browser.status && !Object.values(summary).some((r) => r.failed)) {
  results.browser = { passed: 0, failed: 1 }; // the runner itself failed
}

// Each group's line was printed as it finished: the total closes.
const passed = Object.values(results).reduce((sum, r) => sum + r.passed, 0);
const failed = Object.values(results).reduce((sum, r) => sum + r.failed, 0);
const seconds = Math.round(performance.now() / 1000);
console.log(`time: ${Math.floor(seconds / 60)} min ${seconds % 60} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || browser.status || node.status ? 1 : 0);
