import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement, MediaCaptureStateChangeEvent } from '../../src/index.js';
import {
  calls,
  createdTracks,
  engine,
  fakePermissions,
  goLive,
  once,
  part,
  queryPermissions,
  stub,
} from '../fixtures/index.js';

describe('<media-capture>', () => {
  describe('defaults', () => {
    it('is idle, requests nothing, and reads the permission hint', async () => {
      const el = document.createElement('media-capture');
      expect(el.state).to.equal('idle');
      expect(el.stream).to.equal(null);
      expect(el.error).to.equal(null);
      expect(el.permission).to.deep.equal({ camera: 'unknown', microphone: 'unknown' });
      const permissionChanged = once(el, 'media-capture-permissionchange');
      await fixture(html`${el}`);
      expect(el.state).to.equal('idle');
      expect(el.getAttribute('state')).to.equal('idle');
      expect(el.matches(':state(idle)')).to.be.true;
      expect(el.matches(':state(live)')).to.be.false;
      expect(el.stream).to.equal(null);
      expect(el.error).to.equal(null);
      // With the fake UI Chromium says `granted` before any request; Firefox says `prompt`.
      const hint = await queryPermissions();
      if (engine === 'chromium')
        expect(hint).to.deep.equal({ camera: 'granted', microphone: 'granted' });
      expect((await permissionChanged).permission).to.deep.equal(hint);
      expect(el.permission).to.deep.equal(hint);
      expect(part(el, 'start-button')).to.exist;
      await aTimeout(50); // proving an absence: nothing may be requested later either
      expect(calls).to.deep.equal([]);
      expect(createdTracks()).to.deep.equal([]);
    });

    it('reflects each state as the attribute and the custom state', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      const seen: string[] = [];
      el.addEventListener('media-capture-statechange', (event: MediaCaptureStateChangeEvent) => {
        const states = ['idle', 'requesting', 'live', 'denied', 'error', 'unsupported'];
        seen.push(
          [
            event.state,
            el.getAttribute('state'),
            ...states.filter((s) => el.matches(`:state(${s})`)),
          ].join(' '),
        );
      });
      await goLive(el);
      el.stop();
      expect(seen).to.deep.equal([
        'requesting requesting requesting',
        'live live live',
        'idle idle idle',
      ]);
    });
  });

  describe('permission hint where the Permissions API fails', () => {
    it('is unknown where query throws, and capture still works', async () => {
      stub(navigator.permissions, 'query', () =>
        Promise.reject(new TypeError('camera is not a valid PermissionName')),
      );
      const el = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      await el.start();
      expect(el.permission).to.deep.equal({ camera: 'unknown', microphone: 'unknown' });
      expect(el.state).to.equal('live');
    });

    it('is unknown where navigator.permissions is missing, and capture still works', async () => {
      stub(navigator, 'permissions', undefined as unknown as Permissions);
      const el = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      await el.start();
      expect(el.permission).to.deep.equal({ camera: 'unknown', microphone: 'unknown' });
      expect(el.state).to.equal('live');
    });

    it('is re-read after every request (Safari fires no change)', async () => {
      const permissions = fakePermissions('prompt');
      const el = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      await el.updateComplete;
      expect(el.permission).to.deep.equal({ camera: 'prompt', microphone: 'prompt' });
      permissions.set('granted');
      const changed = once(el, 'media-capture-permissionchange');
      await el.start();
      expect((await changed).permission).to.deep.equal({
        camera: 'granted',
        microphone: 'granted',
      });
    });

    it('is re-read on visibilitychange (Safari fires no change)', async () => {
      const permissions = fakePermissions('prompt');
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      await el.updateComplete;
      permissions.set('denied');
      const changed = once(el, 'media-capture-permissionchange');
      document.dispatchEvent(new Event('visibilitychange'));
      expect((await changed).permission).to.deep.equal({ camera: 'denied', microphone: 'denied' });
      expect(el.permission).to.deep.equal({ camera: 'denied', microphone: 'denied' });
    });

    it('follows the status change event', async () => {
      const permissions = fakePermissions('prompt');
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      await el.updateComplete;
      const changed = once(el, 'media-capture-permissionchange');
      permissions.change('granted');
      await changed;
      await el.updateComplete;
      expect(el.permission.camera).to.equal('granted');
    });
  });
});
