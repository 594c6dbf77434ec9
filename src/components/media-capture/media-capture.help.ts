import { isServer } from 'lit';
/**
 * Which browser and operating system the page runs in, for help that says where the permission
 * control is. Read from `navigator.userAgentData` where the browser has it (Chromium), else from
 * `navigator.userAgent`. Pure: every function takes what it reads.
 */

/** The family whose permission UI the help describes. */
export type HelpBrowser = 'chromium' | 'firefox' | 'safari' | 'other';
export type HelpSystem = 'macos' | 'windows' | 'ios' | 'android' | 'linux' | 'chromeos' | 'other';

export interface HelpPlatform {
  readonly browser: HelpBrowser;
  /** The browser's own name (`Chrome`, `Edge`, `Firefox`, `Safari`…), or `null` when unknown. */
  readonly name: string | null;
  readonly system: HelpSystem;
}

/** What detection reads: `navigator`, or a stand-in for it. */
export interface AgentInfo {
  readonly userAgent?: string;
  readonly userAgentData?: {
    readonly brands?: readonly { readonly brand: string }[];
    readonly platform?: string;
  } | null;
  /** iPadOS reports a Mac user agent; a touch screen tells them apart. */
  readonly maxTouchPoints?: number;
}

/** `userAgentData` brand → name; the first found wins (Edge and Opera also list Chromium). */
const BRANDS: readonly (readonly [RegExp, string])[] = [
  [/^Microsoft Edge$/, 'Edge'],
  [/^Opera/, 'Opera'],
  [/^Samsung Internet$/, 'Samsung Internet'],
  [/^Google Chrome$/, 'Chrome'],
  [/^Chromium$/, 'Chromium'],
];

/** User agent token → family and name, in order: Edge and Opera also say `Chrome/`, all `Safari/`. */
const AGENTS: readonly (readonly [RegExp, HelpBrowser, string])[] = [
  [/\bEdg(?:e|A|iOS)?\//, 'chromium', 'Edge'],
  [/\bOPR\//, 'chromium', 'Opera'],
  [/\bSamsungBrowser\//, 'chromium', 'Samsung Internet'],
  [/\b(?:Firefox|FxiOS)\//, 'firefox', 'Firefox'],
  [/\bCriOS\//, 'chromium', 'Chrome'],
  [/\bHeadlessChrome\/|\bChromium\//, 'chromium', 'Chromium'],
  [/\bChrome\//, 'chromium', 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'safari', 'Safari'],
];

const SYSTEMS: readonly (readonly [RegExp, HelpSystem])[] = [
  [/^Windows/i, 'windows'],
  [/^(?:macOS|Mac OS X)/i, 'macos'],
  [/^Android/i, 'android'],
  [/^iOS|^iPadOS/i, 'ios'],
  [/^Chrome ?OS/i, 'chromeos'],
  [/^Linux/i, 'linux'],
];

function systemFromAgent(agent: string, touch: number): HelpSystem {
  if (/\b(?:iPhone|iPad|iPod)\b/.test(agent)) return 'ios';
  if (/\bAndroid\b/.test(agent)) return 'android';
  if (/\bWindows\b/.test(agent)) return 'windows';
  if (/\bCrOS\b/.test(agent)) return 'chromeos';
  if (/\bMacintosh\b|\bMac OS X\b/.test(agent)) return touch > 1 ? 'ios' : 'macos';
  if (/\bLinux\b/.test(agent)) return 'linux';
  return 'other';
}

/**
 * The browser and operating system `agent` describes (`navigator` by default; nothing on the
 * server, where no `navigator` may be read).
 */
export function detectPlatform(
  agent: AgentInfo | undefined = isServer ? undefined : globalThis.navigator,
): HelpPlatform {
  const ua = String(agent?.userAgent ?? '');
  const data = agent?.userAgentData;
  let browser: HelpBrowser = 'other';
  let name: string | null = null;
  const brands = Array.isArray(data?.brands) ? data.brands.map((b) => String(b.brand)) : [];
  const branded = BRANDS.find(([pattern]) => brands.some((brand) => pattern.test(brand)));
  if (branded) [browser, name] = ['chromium', branded[1]];
  else {
    const known = AGENTS.find(([pattern]) => pattern.test(ua));
    if (known) [, browser, name] = known;
  }
  const platform = typeof data?.platform === 'string' ? data.platform : '';
  const system =
    SYSTEMS.find(([pattern]) => pattern.test(platform))?.[1] ??
    systemFromAgent(ua, Number(agent?.maxTouchPoints ?? 0));
  // Every iOS browser is WebKit, but only Safari has Safari's menus.
  if (system === 'ios' && browser !== 'safari') browser = 'other';
  // Safari runs only on Apple systems: elsewhere the same user agent is a WebKitGTK browser
  // (Epiphany, MiniBrowser), without Safari's menus.
  if (browser === 'safari' && system !== 'macos' && system !== 'ios') {
    [browser, name] = ['other', null];
  }
  return { browser, name, system };
}

export type BrowserHelpKey =
  | 'deniedHelp'
  | 'deniedHelpChromium'
  | 'deniedHelpFirefox'
  | 'deniedHelpSafari'
  | 'deniedHelpSafariIos';

/** The text that says where this browser's permission control for the page is. */
export function browserHelpKey({ browser, system }: HelpPlatform): BrowserHelpKey {
  switch (browser) {
    case 'chromium':
      return 'deniedHelpChromium';
    case 'firefox':
      return 'deniedHelpFirefox';
    case 'safari':
      return system === 'ios' ? 'deniedHelpSafariIos' : 'deniedHelpSafari';
    default:
      return 'deniedHelp';
  }
}

export type SystemHelpKey =
  'systemHelp' | 'systemHelpMacos' | 'systemHelpWindows' | 'systemHelpIos' | 'systemHelpAndroid';

/** The text that says where this operating system lets the browser use a device. */
export function systemHelpKey({ system }: HelpPlatform): SystemHelpKey {
  switch (system) {
    case 'macos':
      return 'systemHelpMacos';
    case 'windows':
      return 'systemHelpWindows';
    case 'ios':
      return 'systemHelpIos';
    case 'android':
      return 'systemHelpAndroid';
    default:
      return 'systemHelp';
  }
}

/**
 * The help shown with a denial of `code`: where this browser's control is, or for `system-denied`
 * where this system's setting is; `null` for other codes. An app's one generic text (`deniedHelp`,
 * `systemHelp`) in `strings` stands for every browser's and system's, unless it replaced that one
 * too.
 */
export function deniedHelpKey(
  code: string,
  platform: HelpPlatform,
  strings: object,
): BrowserHelpKey | SystemHelpKey | null {
  if (code !== 'permission-denied' && code !== 'system-denied') return null;
  const system = code === 'system-denied';
  const key = system ? systemHelpKey(platform) : browserHelpKey(platform);
  const generic = system ? 'systemHelp' : 'deniedHelp';
  const replaced = (name: string) => typeof (strings as Record<string, unknown>)[name] === 'string';
  return !replaced(key) && replaced(generic) ? generic : key;
}

/** How the texts name the devices of a request: `camera`, `microphone` or both. */
export function devicesNoun(
  devices: readonly string[],
): 'camera' | 'microphone' | 'cameraAndMicrophone' {
  if (devices.length === 2) return 'cameraAndMicrophone';
  return devices[0] === 'microphone' ? 'microphone' : 'camera';
}
