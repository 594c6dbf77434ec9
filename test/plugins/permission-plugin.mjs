// Server command `set-permission` ({ setting: 'granted'|'denied'|'prompt', names? }): sets camera
// and microphone permission for the test page's origin over CDP — a real "permission revoked
// mid-stream". Only works without --use-fake-ui-for-media-stream. The CDP session is kept open:
// Chromium drops its permission overrides when the session that set them detaches.
export function permissionPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'mediastream-elements-permission',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-permission') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      const origin = new URL(page.url()).origin;
      for (const name of payload.names ?? ['camera', 'microphone']) {
        const permission = { name };
        await cdp.send('Browser.setPermission', { origin, permission, setting: payload.setting });
      }
      return true;
    },
  };
}
