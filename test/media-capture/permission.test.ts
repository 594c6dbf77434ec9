// Runs without the fake UI: each test sets camera/microphone permission over CDP (set-permission).
// Measured here: while the setting is `prompt`, headless Chromium dismisses a request at once
// ("Permission dismissed") and then blocks the origin for the rest of the browser session, so no
// test here ever requests while the setting is `prompt`; each test grants first.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MediaCaptureElement } from '../../src/index.js';
import { describeEvents, liveTracks, once, part, recordCapture } from '../fixtures/index.js';

const setPermission = (setting: 'granted' | 'denied' | 'prompt', names?: string[]) =>
  executeServerCommand('set-permission', { setting, names });

describe('<media-capture> with permission granted and revoked', () => {
  afterEach(() => setPermission('prompt'));

  it('fires permissionchange when the permission changes', async () => {
    const el = document.createElement('media-capture');
    const read = once(el, 'media-capture-permissionchange');
    await fixture(html`${el}`);
    await read;
    expect(el.permission).to.deep.equal({ camera: 'prompt', microphone: 'prompt' });
    const events: string[] = [];
    el.addEventListener('media-capture-permissionchange', (e) =>
      events.push(`${e.permission.camera}/${e.permission.microphone}`),
    );
    const cameraGranted = once(el, 'media-capture-permissionchange');
    await setPermission('granted', ['camera']);
    await cameraGranted;
    expect(el.permission).to.deep.equal({ camera: 'granted', microphone: 'prompt' });
    expect(el.state).to.equal('idle');
    const micGranted = once(el, 'media-capture-permissionchange');
    await setPermission('granted', ['microphone']);
    await micGranted;
    expect(events).to.deep.equal(['granted/prompt', 'granted/granted']);
  });

  it('revoked while live: denied, with statechange, stop (ended), stream-change (null), no error event', async () => {
    await setPermission('granted');
    const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
    const stream = await el.start();
    const seen = recordCapture(el);
    const permission: string[] = [];
    el.addEventListener('media-capture-permissionchange', (e) =>
      permission.push(e.permission.camera),
    );
    const stopped = once(el, 'media-capture-stop');
    await setPermission('denied');
    const { reason, stream: released } = await stopped;
    expect(reason).to.equal('ended');
    expect(released).to.equal(stream);
    expect(describeEvents(seen)).to.deep.equal([
      'statechange live→denied',
      'stop ended',
      'stream-change null',
    ]);
    expect(seen.every((s) => s.state === 'denied' && s.stream === null)).to.be.true;
    expect(el.state).to.equal('denied');
    expect(el.error?.code).to.equal('permission-denied');
    expect(permission[0]).to.equal('denied');
    expect(stream.getTracks().map((t) => t.readyState)).to.deep.equal(['ended', 'ended']);
    expect(liveTracks()).to.deep.equal([]);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('after a revocation, granting again and retrying goes live', async () => {
    await setPermission('granted');
    const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
    await el.start();
    const stopped = once(el, 'media-capture-stop');
    await setPermission('denied');
    await stopped;
    await setPermission('granted');
    await el.updateComplete;
    const started = once(el, 'media-capture-start');
    part(el, 'retry-button')!.click();
    await started;
    expect(el.state).to.equal('live');
  });
});
