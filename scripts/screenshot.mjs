// `npm run screenshot [page] [out.png]`: serves the demo, opens it in headless Chromium with the
// fake camera, presses every start button, waits for live video and saves a PNG.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { findBrowsers } from './browsers.mjs';

const [page = 'index.html', out = 'demo-screenshot.png'] = process.argv.slice(2);
const server = await startDevServer({
  config: { ...(await import('../web-dev-server.config.mjs')).default, port: 8123 },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: findBrowsers().chromium,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    '--autoplay-policy=no-user-gesture-required',
  ],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1100, height: 900 });
  tab.on('console', (message) => console.log(`[page] ${message.text()}`));
  tab.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await tab.goto(`http://localhost:8123/demo/${page}`, { waitUntil: 'networkidle0' });
  await tab.evaluate(() =>
    Promise.allSettled([...document.querySelectorAll('media-capture')].map((el) => el.start())),
  );
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await tab.screenshot({ path: out, fullPage: true });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
