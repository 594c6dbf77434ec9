import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement, MediaCaptureError } from '../../src/index.js';
import {
  describeEvents,
  failedStart,
  fakePermissions,
  hangingGetUserMedia,
  once,
  part,
  recordCapture,
  stub,
} from '../fixtures/index.js';

describe('<media-capture> errors', () => {
  describe('timeout', () => {
    // A getUserMedia that never settles stands in for a stuck camera driver: fake devices always
    // answer. The permission hint is stubbed so the test does not depend on the engine's answer.
    it('a request that hangs while the hint is granted fails with timeout', async () => {
      fakePermissions('granted');
      hangingGetUserMedia();
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture video timeout="40"></media-capture>`,
      );
      await el.updateComplete;
      const seen = recordCapture(el);
      const error = await failedStart(el);
      expect(error.code).to.equal('timeout');
      expect(error.recoverable).to.be.true;
      expect(el.state).to.equal('error');
      expect(describeEvents(seen)).to.deep.equal([
        'statechange idle→requesting',
        'statechange requesting→error',
        'error timeout',
      ]);
      expect(part(el, 'retry-button')).to.exist;
      expect(part(el, 'message')!.textContent!.trim()).to.equal(
        'The camera did not start in time.',
      );
    });

    for (const hint of ['prompt', 'unknown'] as const) {
      it(`no bound while the hint is ${hint}: the user may be deciding`, async () => {
        if (hint === 'prompt') fakePermissions('prompt');
        else
          stub(navigator.permissions, 'query', () =>
            Promise.reject(new TypeError('unsupported name')),
          );
        hangingGetUserMedia();
        const el = await fixture<MediaCaptureElement>(
          html`<media-capture video timeout="20"></media-capture>`,
        );
        await el.updateComplete;
        const pending = el.start();
        await aTimeout(150); // proving an absence: well past the timeout, still waiting
        expect(el.state).to.equal('requesting');
        el.stop();
        expect(((await pending.catch((e: unknown) => e)) as MediaCaptureError).code).to.equal(
          'aborted',
        );
      });
    }

    it('the bound starts when the hint turns granted during the request', async () => {
      const permissions = fakePermissions('prompt');
      hangingGetUserMedia();
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture video timeout="20"></media-capture>`,
      );
      await el.updateComplete;
      const pending = el.start();
      const failed = once(el, 'media-capture-error');
      permissions.change('granted');
      expect((await failed).error.code).to.equal('timeout');
      expect(((await pending.catch((e: unknown) => e)) as MediaCaptureError).code).to.equal(
        'timeout',
      );
    });

    it('the bound is lifted when the hint leaves granted during the request', async () => {
      const permissions = fakePermissions('granted');
      hangingGetUserMedia();
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture video timeout="60"></media-capture>`,
      );
      await el.updateComplete;
      await waitUntil(() => el.permission.camera === 'granted', 'the hint read at connection');
      const pending = el.start(); // bounded: its timeout is armed
      permissions.change('prompt'); // a prompt may now be showing: the user may be deciding
      await aTimeout(200); // proving an absence: well past the timeout, still waiting
      expect(el.state).to.equal('requesting');
      el.stop();
      expect(((await pending.catch((e: unknown) => e)) as MediaCaptureError).code).to.equal(
        'aborted',
      );
    });

    it('a timeout made invalid during the request throws nothing; the next start() reports it', async () => {
      const permissions = fakePermissions('prompt');
      hangingGetUserMedia();
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture video timeout="20"></media-capture>`,
      );
      await el.updateComplete;
      const pending = el.start();
      el.setAttribute('timeout', 'soon');
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent) => (uncaught.push(event.error), event.preventDefault());
      window.addEventListener('error', onError);
      permissions.change('granted'); // arms the bound, reading the now invalid value
      await aTimeout(60);
      window.removeEventListener('error', onError);
      expect(uncaught).to.deep.equal([]);
      expect(el.state, 'the invalid value bounds nothing').to.equal('requesting');
      el.stop();
      await pending.catch(() => {});
      const error = await failedStart(el);
      expect(error.code).to.equal('invalid-constraints');
      expect(error.message).to.contain('timeout="soon"');
    });

    it('timeout="0" never times out', async () => {
      fakePermissions('granted');
      hangingGetUserMedia();
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture video timeout="0"></media-capture>`,
      );
      await el.updateComplete;
      const pending = el.start();
      await aTimeout(100); // proving an absence
      expect(el.state).to.equal('requesting');
      el.stop();
      await pending.catch(() => {});
    });
  });
});
