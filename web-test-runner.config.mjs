// Real browsers with fake capture devices; the facts behind every flag and pref are in
// TESTING.md (this repo). Groups: <engine> (every prompt accepted), <engine>-denied (every prompt
// refused), chromium-permission (permission granted and revoked over CDP by the test).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteerCore from 'puppeteer-core';
import { findBrowsers, startWebKitDriver } from './scripts/browsers.mjs';
import { chromiumOptions, firefoxOptions, webkitCapabilities } from './scripts/launch.mjs';
import { forcedColorsPlugin } from './test/plugins/forced-colors-plugin.mjs';
import { permissionPlugin } from './test/plugins/permission-plugin.mjs';
import { summaryReporter } from './test/plugins/summary-reporter.mjs';

const browsers = findBrowsers();
const only = process.env.MSE_ENGINES?.split(',');
const wanted = (engine) => browsers[engine] && (!only || only.includes(engine));

// Test files are test/<element or topic>/<topic>.test.ts: each runs in every engine's main group,
// except denied.test.ts (the <engine>-denied groups), permission.test.ts (chromium-permission) and
// test/frameworks/ (the frameworks group). MSE_FILES=glob narrows every group to it, keeping the
// group's exclusions (a quick loop on one file or folder: add --group NAME).
const focus = (files) =>
  process.env.MSE_FILES
    ? [process.env.MSE_FILES, ...[files].flat().filter((glob) => glob.startsWith('!'))]
    : files;
const deniedFiles = 'test/*/denied.test.ts';
const permissionFiles = 'test/*/permission.test.ts';
const shared = focus([
  'test/*/*.test.ts',
  `!${deniedFiles}`,
  `!${permissionFiles}`,
  '!test/frameworks/**',
]);
const denied = focus(deniedFiles);

const chromium = (...args) => chromeLauncher({ launchOptions: chromiumOptions(args) });

const firefox = (prefs) =>
  chromeLauncher({ puppeteer: puppeteerCore, launchOptions: firefoxOptions(prefs) });

async function webkit() {
  const port = await startWebKitDriver();
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: webkitCapabilities(),
  });
}

// WebKitGTK has no way to refuse a prompt (its mock devices always grant): its denied group runs
// the denied suite with getUserMedia stubbed to reject the way Safari does.
const webkitDeniedHtml = (testFramework) => `<!doctype html><html><body>
<script>
  MediaDevices.prototype.getUserMedia = () =>
    Promise.reject(new DOMException('The request is not allowed by the user agent or the platform in the current context, possibly because the user denied permission.', 'NotAllowedError'));
</script>
<script type="module" src="${testFramework}"></script></body></html>`;

const groups = [];
if (wanted('chromium')) {
  groups.push(
    { name: 'chromium', files: shared, browsers: [chromium('--use-fake-ui-for-media-stream')] },
    {
      name: 'chromium-denied',
      files: denied,
      browsers: [chromium('--use-fake-ui-for-media-stream=deny')],
    },
    // No fake UI: only then does Chromium honour CDP permission overrides (set-permission).
    {
      name: 'chromium-permission',
      files: focus(permissionFiles),
      browsers: [chromium()],
    },
  );
  // The framework conformance apps (test/frameworks/), once scripts/frameworks-build.mjs built them.
  if (existsSync('node_modules/.cache/mediastream-elements/frameworks/react.js')) {
    groups.push({
      name: 'frameworks',
      files: focus('test/frameworks/**/*.test.ts'),
      browsers: [chromium('--use-fake-ui-for-media-stream')],
    });
  }
}
if (wanted('firefox')) {
  groups.push(
    {
      name: 'firefox',
      files: shared,
      browsers: [firefox({ 'media.navigator.permission.disabled': true })],
    },
    {
      name: 'firefox-denied',
      files: denied,
      // Without the default-deny prefs a prompt would open and getUserMedia would hang forever.
      browsers: [
        firefox({
          'media.navigator.permission.disabled': false,
          'permissions.default.camera': 2,
          'permissions.default.microphone': 2,
        }),
      ],
    },
  );
}
if (wanted('webkit')) {
  const launcher = await webkit();
  groups.push(
    { name: 'webkit', files: shared, browsers: [launcher] },
    {
      name: 'webkit-denied',
      files: denied,
      browsers: [launcher],
      testRunnerHtml: webkitDeniedHtml,
    },
  );
}

export default {
  nodeResolve: true,
  // A background tab renders no video frames, and Firefox refuses getUserMedia there.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000, grep: process.env.MSE_GREP } },
  groups,
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    permissionPlugin(),
    forcedColorsPlugin(),
  ],
  reporters: [summaryReporter()],
};
