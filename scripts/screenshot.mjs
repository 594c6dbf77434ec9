// `npm run screenshot [page] [out.png]`: serves the demo, opens it in headless Chromium with the
// fake camera, presses every start button, waits for live video and saves a PNG — by default in
// node_modules/.cache/mediastream-elements/screenshots/, out of the way of git.
import { startDevServer } from '@web/dev-server';
import { mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './launch.mjs';

const cache = fileURLToPath(
  new URL('../node_modules/.cache/mediastream-elements/screenshots/', import.meta.url),
);
// `prejoin.html` or `demo/prejoin.html` (a path from the repo root), with its query if any.
const [asked = 'index.html', out] = process.argv.slice(2);
const page = asked.replace(/^(\.\/)?demo\//, '');
const png = out ?? `${cache}${basename(page.split('?')[0], '.html')}.png`;
const file = resolve(png);
mkdirSync(dirname(file), { recursive: true });

const server = await startDevServer({
  config: { ...(await import('../web-dev-server.config.mjs')).default, port: 8123 },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1100, height: 900 });
  tab.on('console', (message) => console.log(`[page] ${message.text()}`));
  tab.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await tab.goto(`http://localhost:8123/demo/${page}`, { waitUntil: 'networkidle0' });
  await tab.evaluate(() =>
    Promise.allSettled([...document.querySelectorAll('media-capture')].map((el) => el.start())),
  );
  await new Promise((done) => setTimeout(done, 1500));
  await tab.screenshot({ path: file, fullPage: true });
  console.log(`saved ${file}`);
} finally {
  await browser.close();
  await server.stop();
}
