// How every browser this repo starts is launched — tests, bench, profiles and screenshots read
// their flags, prefs and capabilities from here. The facts behind each one are in
// TESTING.md.
import puppeteer from 'puppeteer-core';
import { findBrowsers } from './browsers.mjs';

/** Every Chromium: runs as root, on a closed network, with the fake camera and microphone. */
export const chromiumArgs = [
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

/** Accepts every capture prompt (Chromium then ignores CDP permission overrides). */
export const grantArg = '--use-fake-ui-for-media-stream';

/** Every Firefox: fake devices, media that plays without a gesture. */
export const firefoxPrefs = {
  'media.navigator.streams.fake': true,
  // Without a mock audio context AudioContext never starts: the machine has no sound card.
  'media.cubeb.force_mock_context': true,
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
};

function installed(engine) {
  const path = findBrowsers()[engine];
  if (!path)
    throw new Error(`no ${engine} found: see scripts/browsers.mjs for where it is looked for`);
  return path;
}

/** puppeteer launch options for a headless Chromium with `chromiumArgs` plus `args`. */
export function chromiumOptions(args = [], executablePath = installed('chromium')) {
  return { executablePath, headless: true, args: [...chromiumArgs, ...args] };
}

/** puppeteer launch options for a headless Firefox with `firefoxPrefs` plus `prefs`. */
export function firefoxOptions(prefs = {}) {
  return {
    browser: 'firefox',
    executablePath: installed('firefox'),
    headless: true,
    extraPrefsFirefox: { ...firefoxPrefs, ...prefs },
  };
}

/** WebDriver capabilities for WebKitGTK's MiniBrowser with its mock capture devices. */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    // WebKitWebDriver speaks classic WebDriver only; webdriverio would try BiDi first.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': {
      binary: installed('webkit'),
      args: [
        '--automation',
        '--enable-media-stream=true',
        '--enable-mock-capture-devices=true',
        '--features=MockCaptureDevices,-MockCaptureDevicesPrompt',
      ],
    },
  };
}

/**
 * A headless Chromium through puppeteer-core that grants every capture prompt (bench, profiles,
 * screenshots). `executablePath` overrides the one found; other options go to puppeteer.
 */
export function launchChromium({ executablePath, args = [], ...options } = {}) {
  return puppeteer.launch({ ...chromiumOptions([grantArg, ...args], executablePath), ...options });
}
