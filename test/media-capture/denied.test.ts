// A real denial where the engine has one: Chromium launched with --use-fake-ui-for-media-stream=deny
// and Firefox with permissions.default.camera/microphone = 2 refuse every prompt (the real
// NotAllowedError, and a Permissions API that says `denied`). WebKitGTK has no way to refuse (its
// mock devices always grant), so its denied group runs this file with getUserMedia STUBBED to
// reject with Safari's NotAllowedError (web-test-runner.config.mjs, webkitDeniedHtml).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { MediaCaptureError, type MediaCaptureElement } from '../../src/index.js';
import {
  calls,
  createdTracks,
  describeEvents,
  engine,
  once,
  part,
  queryPermissions,
  recordCapture,
} from '../fixtures/index.js';
import { clickNative, hasNative, nativeOf, nativeSettled } from './native.js';

describe('<media-capture> when the user denies access', () => {
  it('goes denied: statechange, error (permission-denied); start() rejects with it', async () => {
    const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
    const seen = recordCapture(el);
    const error = (await el.start().catch((e: unknown) => e)) as MediaCaptureError;
    expect(error).to.be.instanceOf(MediaCaptureError);
    expect(error.code).to.equal('permission-denied');
    expect(error.recoverable).to.be.true;
    expect(error.cause).to.be.instanceOf(DOMException);
    expect((error.cause as DOMException).name).to.equal('NotAllowedError');
    expect(describeEvents(seen)).to.deep.equal([
      'statechange idle→requesting',
      'statechange requesting→denied',
      'error permission-denied',
    ]);
    expect(seen.slice(1).every((s) => s.state === 'denied' && s.error === error)).to.be.true;
    expect((seen[2].event as Event & { error: unknown }).error).to.equal(error);
    expect(el.state).to.equal('denied');
    expect(el.getAttribute('state')).to.equal('denied');
    expect(el.matches(':state(denied)')).to.be.true;
    expect(el.error).to.equal(error);
    expect(el.stream).to.equal(null);
    expect(createdTracks()).to.deep.equal([]);
  });

  it('explains how to re-allow access, with a retry button, and is accessible', async () => {
    const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
    await el.start().catch(() => {});
    await el.updateComplete;
    expect(part(el, 'message')!.textContent!.trim()).to.equal('Access to the camera is blocked.');
    // Where the control is in the browser running the test (WebKitGTK is no Safari: the generic text).
    expect(part(el, 'help')!.textContent!.trim()).to.equal(
      {
        chromium:
          'To allow it, select the icon at the left of the address bar, allow the camera (or open Site settings), then try again.',
        firefox:
          'To allow it, select the permissions icon in the address bar, clear the block on the camera, then try again.',
        webkit:
          'To allow it, open the site settings (the icon next to the address bar), allow the camera, then try again.',
      }[engine],
    );
    expect(part(el, 'retry-button')).to.exist;
    expect(part(el, 'status')!.textContent!.trim()).to.equal('Access to the camera is blocked.');
    await expect(el).to.be.accessible();
  });

  it('the help text is replaceable through strings', async () => {
    const el = await fixture<MediaCaptureElement>(
      html`<media-capture
        audio
        .strings=${{ deniedHelp: 'Autorisez {devices} dans les réglages.', microphone: 'le micro' }}
      ></media-capture>`,
    );
    await el.start().catch(() => {});
    await el.updateComplete;
    expect(part(el, 'help')!.textContent!.trim()).to.equal('Autorisez le micro dans les réglages.');
  });

  it('retry asks again (and is denied again)', async () => {
    const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
    await el.start().catch(() => {});
    await el.updateComplete;
    const seen = recordCapture(el);
    const error = once(el, 'media-capture-error');
    part(el, 'retry-button')!.click();
    await error;
    expect(calls.length).to.equal(2);
    expect(describeEvents(seen)).to.deep.equal([
      'statechange denied→requesting',
      'statechange requesting→denied',
      'error permission-denied',
    ]);
  });

  it('autostart is denied once, with no restart loop', async () => {
    const el = document.createElement('media-capture');
    el.autostart = true;
    const error = once(el, 'media-capture-error');
    await fixture(html`${el}`);
    await error;
    await el.updateComplete;
    expect(el.state).to.equal('denied');
    el.remove();
    document.body.append(el); // reconnecting after a denial does not ask again
    await el.updateComplete;
    el.remove();
    expect(calls.length).to.equal(1);
  });

  it('reads the denied hint', async () => {
    const el = document.createElement('media-capture');
    const changed = once(el, 'media-capture-permissionchange');
    await fixture(html`${el}`);
    const hint = await queryPermissions();
    // Chromium's fake UI and Firefox's default-deny prefs say `denied`; WebKit has no denied mode.
    if (engine !== 'webkit') expect(hint).to.deep.equal({ camera: 'denied', microphone: 'denied' });
    expect((await changed).permission).to.deep.equal(hint);
  });

  it('native="auto": the browser’s own element asks; its refusal is a denial as getUserMedia’s, and it stays the retry button', async () => {
    const el = document.createElement('media-capture');
    el.native = 'auto';
    el.video = true;
    const hinted = once(el, 'media-capture-permissionchange');
    await fixture(html`${el}`);
    await hinted;
    await nativeSettled(el);
    if (!hasNative('camera')) {
      expect(nativeOf(el)).to.equal(null);
      expect(part(el, 'start-button')!.getBoundingClientRect().width).to.be.greaterThan(0);
      return;
    }
    const seen = recordCapture(el);
    const failed = once(el, 'media-capture-error');
    await clickNative(el);
    const { error } = await failed;
    // Measured: in deny mode the element fires `cancel`, its `error` "Permission dismissed".
    expect(error.code).to.equal('permission-dismissed');
    expect(describeEvents(seen)).to.deep.equal([
      'statechange idle→requesting',
      'statechange requesting→denied',
      'error permission-dismissed',
    ]);
    expect(calls).to.have.length(0);
    await el.updateComplete;
    expect(el.state).to.equal('denied');
    // The retry is the browser's own element again: the one control that can undo a denial.
    expect(part(el, 'retry-button')!.parentElement!.localName).to.equal('camera');
    expect(el.shadowRoot!.activeElement?.localName).to.equal('camera');
  });
});
