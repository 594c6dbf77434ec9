// Server command `emulate-forced-colors` ({ active: boolean }): turns forced-colours emulation
// (Windows High Contrast) on or off for the test page, over CDP (Emulation.setEmulatedMedia).
// Answers `true` when applied, `false` where the browser cannot emulate it: measured, Firefox ESR
// 153's WebDriver BiDi has no such command (emulation.setForcedColorsModeThemeOverride is an
// "unknown command") and WebKitGTK's classic WebDriver has none.
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'mediastream-elements-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      if (page.browser().protocol !== 'cdp') return false;
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
