// Where the engines the suite can drive are installed on this machine (Debian paths first).
import { existsSync } from 'node:fs';

const candidates = {
  chromium: [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
  ],
};

/** `{ chromium: '/usr/bin/chromium' }` for each engine found; a missing engine is absent. */
export function findBrowsers() {
  const found = {};
  for (const [engine, paths] of Object.entries(candidates)) {
    const path = paths.find((p) => p && existsSync(p));
    if (path) found[engine] = path;
  }
  return found;
}
