// Real browsers with fake capture devices; facts behind every flag are in ../shared/TESTING.md.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { findBrowsers } from './scripts/browsers.mjs';
import { permissionPlugin } from './test/plugins/permission-plugin.mjs';
import { summaryReporter } from './test/plugins/summary-reporter.mjs';

const browsers = findBrowsers();
const only = process.env.MSE_ENGINES?.split(',');
const wanted = (engine) => browsers[engine] && (!only || only.includes(engine));

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
  '--use-fake-device-for-media-stream',
];

const chromium = (...args) =>
  chromeLauncher({
    launchOptions: {
      executablePath: browsers.chromium,
      headless: true,
      args: [...chromiumArgs, ...args],
    },
  });

const shared = ['test/**/*.test.ts', '!test/denied/**', '!test/permission/**', '!test/node/**'];

const groups = [];
if (wanted('chromium')) {
  groups.push(
    // Every prompt accepted at once.
    { name: 'chromium', files: shared, browsers: [chromium('--use-fake-ui-for-media-stream')] },
    // Every prompt refused: the real NotAllowedError.
    {
      name: 'chromium-denied',
      files: 'test/denied/**/*.test.ts',
      browsers: [chromium('--use-fake-ui-for-media-stream=deny')],
    },
    // No fake UI: permission is granted and revoked over CDP by the test (set-permission).
    { name: 'chromium-permission', files: 'test/permission/**/*.test.ts', browsers: [chromium()] },
  );
}

export default {
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  groups,
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    permissionPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
