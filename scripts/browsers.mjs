// Where the engines the suite can drive are installed on this machine (Debian paths first), and
// how to start the helpers WebKitGTK needs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const candidates = {
  chromium: [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
  ],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
  webkit: [
    process.env.WEBKIT_MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  ],
};

/** The Debian packages that provide each engine. */
export const debianPackages = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

const onPath = (name) =>
  (process.env.PATH ?? '').split(':').some((dir) => existsSync(`${dir}/${name}`));

/** `{ chromium: '/usr/bin/chromium', … }` for each engine found; a missing engine is absent. */
export function findBrowsers() {
  const found = {};
  for (const [engine, paths] of Object.entries(candidates)) {
    const path = paths.find((p) => p && existsSync(p));
    if (path) found[engine] = path;
  }
  // WebKitGTK is driven through WebKitWebDriver, under Xvfb when there is no display.
  if (found.webkit && !(onPath('WebKitWebDriver') && (process.env.DISPLAY || onPath('Xvfb')))) {
    delete found.webkit;
  }
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port, ms = 15000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/** Starts Xvfb (when there is no display) and WebKitWebDriver; both end with this process. */
export async function startWebKitDriver() {
  const children = [];
  process.on('exit', () => children.forEach((child) => child.kill()));
  const env = { ...process.env };
  if (!env.DISPLAY) {
    env.DISPLAY = `:${90 + (process.pid % 500)}`;
    children.push(
      spawn('Xvfb', [env.DISPLAY, '-screen', '0', '1280x1024x24'], { stdio: 'ignore' }),
    );
  }
  const port = await freePort();
  children.push(spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' }));
  await waitForPort(port);
  return port;
}
