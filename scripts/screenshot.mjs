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
const [page = 'index.html', out = `${cache}${basename(page, '.html')}.png`] = process.argv.slice(2);
const file = resolve(out);
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
