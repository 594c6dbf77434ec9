// The denied panel's help names where the permission control is in this browser and, for
// system-denied, in this operating system. Detection is a pure module read with user agent strings
// of each browser and system; the panel is then read with the user agent STUBBED (the test engines
// are Linux Chromium, Firefox and WebKitGTK only) and the denial STUBBED (this group grants every
// request; test/media-capture/denied.test.ts checks the running engine's text on a real denial).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement } from '../../src/index.js';
import { part, rejectingGetUserMedia, stub } from '../fixtures/index.js';
import { UA } from './agents.js';

/** A denied `<media-capture>` as the browser described by `userAgent` shows it. */
async function deniedAs(
  userAgent: string,
  message = 'Permission denied',
  template = html`<media-capture video></media-capture>`,
) {
  stub(navigator, 'userAgent', userAgent);
  stub(navigator, 'userAgentData' as keyof Navigator, undefined as never);
  stub(navigator, 'maxTouchPoints', 0);
  rejectingGetUserMedia(new DOMException(message, 'NotAllowedError'));
  const el = await fixture<MediaCaptureElement>(template);
  await el.start().catch(() => {});
  await el.updateComplete;
  expect(el.state).to.equal('denied');
  return part(el, 'help')?.textContent!.trim();
}

describe('<media-capture> denied help', () => {
  it('Chrome and Edge: the icon left of the address', async () => {
    const help =
      'To allow it, select the icon at the left of the address bar, allow the camera (or open Site settings), then try again.';
    expect(await deniedAs(UA.chromeWindows)).to.equal(help);
    expect(await deniedAs(UA.edgeWindows)).to.equal(help);
  });

  it('Firefox: the permissions icon in the address bar', async () => {
    expect(await deniedAs(UA.firefoxMac)).to.equal(
      'To allow it, select the permissions icon in the address bar, clear the block on the camera, then try again.',
    );
  });

  it('Safari: Safari › Settings for This Website; on an iPhone, the page menu', async () => {
    expect(
      await deniedAs(UA.safariMac, undefined, html`<media-capture audio></media-capture>`),
    ).to.equal(
      'To allow it, choose Safari › Settings for This Website, set the microphone to Allow, then try again.',
    );
    expect(await deniedAs(UA.safariIphone)).to.equal(
      'To allow it, tap the page menu (aA) in the address bar, choose Website Settings, set the camera to Allow, then try again.',
    );
  });

  it('system-denied on macOS, Windows, iOS and Android: the system setting', async () => {
    // Chrome's message when the operating system blocks it; no fake device can.
    const system = 'Permission denied by system';
    expect(await deniedAs(UA.chromeMac, system)).to.equal(
      'To allow it, open System Settings › Privacy & Security › Camera, turn on Chrome, then try again.',
    );
    expect(
      await deniedAs(UA.edgeWindows, system, html`<media-capture audio></media-capture>`),
    ).to.equal(
      'To allow it, open Settings › Privacy & security › Microphone, turn on access for apps and for desktop apps, then try again.',
    );
    expect(await deniedAs(UA.safariIphone, system)).to.equal(
      'To allow it, open Settings › Safari › Camera, choose Allow, then try again.',
    );
    expect(
      await deniedAs(UA.chromeAndroid, system, html`<media-capture video audio></media-capture>`),
    ).to.equal(
      'To allow it, open Settings › Apps › Chrome › Permissions, allow the camera and microphone, then try again.',
    );
    expect(await deniedAs(UA.firefoxLinux, system)).to.equal(
      'To allow it, open your system’s privacy settings, allow Firefox to use the camera, then try again.',
    );
  });

  it('every help text comes from strings; a generic one stands for the others', async () => {
    const el = await fixture<MediaCaptureElement>(
      html`<media-capture
        video
        .strings=${{
          systemHelpMacos: 'Réglages Système › Confidentialité › {setting} : activez {browser}.',
          cameraSetting: 'Caméra',
          deniedHelpChromium: 'Cliquez sur l’icône à gauche de l’adresse pour {devices}.',
          camera: 'la caméra',
        }}
      ></media-capture>`,
    );
    stub(navigator, 'userAgent', UA.chromeMac);
    stub(navigator, 'userAgentData' as keyof Navigator, undefined as never);
    const deny = rejectingGetUserMedia(new DOMException('Permission denied', 'NotAllowedError'));
    await el.start().catch(() => {});
    await el.updateComplete;
    expect(part(el, 'help')!.textContent!.trim()).to.equal(
      'Cliquez sur l’icône à gauche de l’adresse pour la caméra.',
    );
    deny();
    rejectingGetUserMedia(new DOMException('Permission denied by system', 'NotAllowedError'));
    await el.start().catch(() => {});
    await el.updateComplete;
    expect(el.error!.code).to.equal('system-denied');
    expect(part(el, 'help')!.textContent!.trim()).to.equal(
      'Réglages Système › Confidentialité › Caméra : activez Chrome.',
    );
    // Only the generic texts given: they stand for this browser's and this system's.
    el.strings = { deniedHelp: 'Autorisez {devices}.', systemHelp: 'Système : {browser}.' };
    await el.updateComplete;
    expect(part(el, 'help')!.textContent!.trim()).to.equal('Système : Chrome.');
  });

  it('no help where the page cannot be unblocked by the user (policy-blocked)', async () => {
    stub(document as unknown as { permissionsPolicy: unknown }, 'permissionsPolicy', {
      allowsFeature: () => false,
    });
    rejectingGetUserMedia(new DOMException('Permission denied', 'NotAllowedError'));
    const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
    await el.start().catch(() => {});
    await el.updateComplete;
    expect(el.error!.code).to.equal('policy-blocked');
    expect(part(el, 'help')).to.equal(null);
  });
});
