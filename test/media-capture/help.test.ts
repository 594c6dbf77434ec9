// The denied panel's help names where the permission control is in this browser and, for
// system-denied, in this operating system: detection, a pure module, read with user agent strings
// of each browser and system (help-panel.test.ts reads the panel itself).
import { expect } from '@open-wc/testing';
import {
  browserHelpKey,
  detectPlatform,
  systemHelpKey,
  type AgentInfo,
} from '../../src/components/media-capture/media-capture.help.js';
import { engine } from '../fixtures/index.js';
import { UA } from './agents.js';

describe('media-capture.help', () => {
  const cases: [string, AgentInfo, string, string | null, string, string, string][] = [
    // name, agent, family, browser name, system, browser help, system help
    [
      'Chrome on Windows',
      { userAgent: UA.chromeWindows },
      'chromium',
      'Chrome',
      'windows',
      'deniedHelpChromium',
      'systemHelpWindows',
    ],
    [
      'Edge on Windows',
      { userAgent: UA.edgeWindows },
      'chromium',
      'Edge',
      'windows',
      'deniedHelpChromium',
      'systemHelpWindows',
    ],
    [
      'Chrome on a Mac',
      { userAgent: UA.chromeMac },
      'chromium',
      'Chrome',
      'macos',
      'deniedHelpChromium',
      'systemHelpMacos',
    ],
    [
      'Opera on a Mac',
      { userAgent: UA.operaMac },
      'chromium',
      'Opera',
      'macos',
      'deniedHelpChromium',
      'systemHelpMacos',
    ],
    [
      'Firefox on a Mac',
      { userAgent: UA.firefoxMac },
      'firefox',
      'Firefox',
      'macos',
      'deniedHelpFirefox',
      'systemHelpMacos',
    ],
    [
      'Firefox on Windows',
      { userAgent: UA.firefoxWindows },
      'firefox',
      'Firefox',
      'windows',
      'deniedHelpFirefox',
      'systemHelpWindows',
    ],
    [
      'Firefox on Linux',
      { userAgent: UA.firefoxLinux },
      'firefox',
      'Firefox',
      'linux',
      'deniedHelpFirefox',
      'systemHelp',
    ],
    [
      'Firefox on Android',
      { userAgent: UA.firefoxAndroid },
      'firefox',
      'Firefox',
      'android',
      'deniedHelpFirefox',
      'systemHelpAndroid',
    ],
    [
      'Safari on a Mac',
      { userAgent: UA.safariMac, maxTouchPoints: 0 },
      'safari',
      'Safari',
      'macos',
      'deniedHelpSafari',
      'systemHelpMacos',
    ],
    [
      'Safari on an iPhone',
      { userAgent: UA.safariIphone },
      'safari',
      'Safari',
      'ios',
      'deniedHelpSafariIos',
      'systemHelpIos',
    ],
    [
      'Safari on an iPad (a Mac user agent, a touch screen)',
      { userAgent: UA.safariMac, maxTouchPoints: 5 },
      'safari',
      'Safari',
      'ios',
      'deniedHelpSafariIos',
      'systemHelpIos',
    ],
    [
      'Chrome on an iPhone (WebKit, no Safari menus)',
      { userAgent: UA.chromeIphone },
      'other',
      'Chrome',
      'ios',
      'deniedHelp',
      'systemHelpIos',
    ],
    [
      'Chrome on Android',
      { userAgent: UA.chromeAndroid },
      'chromium',
      'Chrome',
      'android',
      'deniedHelpChromium',
      'systemHelpAndroid',
    ],
    [
      'Samsung Internet',
      { userAgent: UA.samsungAndroid },
      'chromium',
      'Samsung Internet',
      'android',
      'deniedHelpChromium',
      'systemHelpAndroid',
    ],
    [
      'Chrome on ChromeOS',
      { userAgent: UA.chromeOs },
      'chromium',
      'Chrome',
      'chromeos',
      'deniedHelpChromium',
      'systemHelp',
    ],
    [
      'WebKitGTK (says Safari, on Linux)',
      { userAgent: UA.webkitGtk },
      'other',
      null,
      'linux',
      'deniedHelp',
      'systemHelp',
    ],
    ['nothing to read', {}, 'other', null, 'other', 'deniedHelp', 'systemHelp'],
    [
      'userAgentData first: Edge on macOS',
      {
        userAgent: UA.chromeWindows,
        userAgentData: {
          brands: [{ brand: 'Not)A;Brand' }, { brand: 'Chromium' }, { brand: 'Microsoft Edge' }],
          platform: 'macOS',
        },
      },
      'chromium',
      'Edge',
      'macos',
      'deniedHelpChromium',
      'systemHelpMacos',
    ],
    [
      'userAgentData: Chrome on Android',
      {
        userAgent: UA.chromeAndroid,
        userAgentData: {
          brands: [{ brand: 'Google Chrome' }, { brand: 'Chromium' }],
          platform: 'Android',
        },
      },
      'chromium',
      'Chrome',
      'android',
      'deniedHelpChromium',
      'systemHelpAndroid',
    ],
  ];
  for (const [name, agent, browser, browserName, system, browserKey, systemKey] of cases) {
    it(name, () => {
      const platform = detectPlatform(agent);
      expect(platform).to.deep.equal({ browser, name: browserName, system });
      expect(browserHelpKey(platform)).to.equal(browserKey);
      expect(systemHelpKey(platform)).to.equal(systemKey);
    });
  }

  it('reads navigator by default: the engine running this test', () => {
    const expected = {
      chromium: { browser: 'chromium', name: 'Chromium', system: 'linux' },
      firefox: { browser: 'firefox', name: 'Firefox', system: 'linux' },
      webkit: { browser: 'other', name: null, system: 'linux' },
    }[engine];
    expect(detectPlatform()).to.deep.equal(expected);
  });
});
