import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement, MediaCaptureError } from '../../src/index.js';
import {
  calls,
  describeEvents,
  engine,
  failedStart,
  once,
  part,
  recordCapture,
  rejectingGetUserMedia,
  stub,
} from '../fixtures/index.js';

describe('<media-capture> errors', () => {
  describe('from the platform', () => {
    it('overconstrained names the constraint and offers no retry', async () => {
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture
          .constraints=${{ video: { width: { exact: 10000 } } }}
        ></media-capture>`,
      );
      const seen = recordCapture(el);
      const error = await failedStart(el);
      expect(error.code).to.equal('overconstrained');
      // Measured: WebKitGTK's mock devices reject without naming the constraint.
      if (engine !== 'webkit') {
        expect(error.constraint).to.equal('width');
        expect(error.message).to.include('"width"');
      }
      expect((error.cause as Error).name).to.equal('OverconstrainedError');
      expect(error.recoverable).to.be.false;
      expect(describeEvents(seen)).to.deep.equal([
        'statechange idle→requesting',
        'statechange requesting→error',
        'error overconstrained',
      ]);
      expect(el.state).to.equal('error');
      expect(el.error).to.equal(error);
      expect(part(el, 'retry-button')).to.equal(null);
      expect(part(el, 'message')!.textContent!.trim()).to.equal(
        'No camera supports the requested settings.',
      );
    });

    it('asking for neither video nor audio is invalid-constraints, found before any request', async () => {
      // Validated before the platform sees it (DESIGN: no request is made for an invalid object);
      // the platform's own TypeError for it maps the same way (test/kit/errors.test.ts).
      stub(console, 'warn', () => {});
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture .constraints=${{ video: false, audio: false }}></media-capture>`,
      );
      const seen = recordCapture(el);
      const error = await failedStart(el);
      expect(error.code).to.equal('invalid-constraints');
      expect(error.message).to.match(/video|audio/);
      expect(error.recoverable).to.be.false;
      expect(el.state).to.equal('error');
      expect(calls).to.deep.equal([]);
      expect(describeEvents(seen)).to.deep.equal([
        'statechange idle→error',
        'error invalid-constraints',
      ]);
      expect(part(el, 'retry-button')).to.equal(null);
    });
  });

  describe('unsupported', () => {
    it('no navigator.mediaDevices: unsupported, statechange and error once', async () => {
      stub(navigator, 'mediaDevices', undefined as unknown as MediaDevices);
      const el = document.createElement('media-capture');
      const seen = recordCapture(el);
      await fixture(html`${el}`);
      expect(el.state).to.equal('unsupported');
      expect(el.matches(':state(unsupported)')).to.be.true;
      expect(el.error?.code).to.equal('unsupported');
      expect(el.error?.recoverable).to.be.false;
      expect(describeEvents(seen)).to.deep.equal([
        'statechange idle→unsupported',
        'error unsupported',
      ]);
      expect(seen.every((s) => s.state === 'unsupported')).to.be.true;
      el.remove();
      document.body.append(el);
      const error = (await el.start().catch((e: unknown) => e)) as MediaCaptureError;
      expect(error.code).to.equal('unsupported');
      el.stop();
      el.remove();
      expect(seen).to.have.length(2);
      expect(part(el, 'message')!.textContent!.trim()).to.equal(
        'This browser cannot use a camera or microphone.',
      );
      expect(part(el, 'retry-button')).to.equal(null);
    });

    it('an insecure page: unsupported with insecure-context', async () => {
      stub(window, 'isSecureContext', false);
      const el = document.createElement('media-capture');
      el.autostart = true;
      const seen = recordCapture(el);
      await fixture(html`${el}`);
      expect(el.state).to.equal('unsupported');
      expect(el.error?.code).to.equal('insecure-context');
      expect(describeEvents(seen)).to.deep.equal([
        'statechange idle→unsupported',
        'error insecure-context',
      ]);
      expect(calls).to.deep.equal([]);
      expect(part(el, 'message')!.textContent).to.include('secure (https)');
    });
  });

  describe('failures fake devices cannot produce (stubbed getUserMedia)', () => {
    const cases: [string, DOMException, string, string, boolean][] = [
      // Fake devices are never busy: this is what another app holding the camera gives.
      [
        'device-in-use',
        new DOMException('Could not start video source', 'NotReadableError'),
        'device-in-use',
        'error',
        true,
      ],
      // Firefox's rejection for a camera that fails in hardware; Chromium never gives it.
      [
        'Firefox AbortError',
        new DOMException('Starting videoinput failed', 'AbortError'),
        'device-in-use',
        'error',
        true,
      ],
      // Fake devices are always present: a machine without any gives NotFoundError.
      [
        'not-found',
        new DOMException('Requested device not found', 'NotFoundError'),
        'not-found',
        'error',
        true,
      ],
      // The fake UI accepts or denies, never dismisses: this is Chrome's message when the prompt is closed.
      [
        'permission-dismissed',
        new DOMException('Permission dismissed', 'NotAllowedError'),
        'permission-dismissed',
        'denied',
        true,
      ],
      // The OS privacy setting (macOS, Windows) cannot be switched in a test browser: Chrome's message for it.
      [
        'system-denied',
        new DOMException('Permission denied by system', 'NotAllowedError'),
        'system-denied',
        'denied',
        true,
      ],
      // A platform error the kit has no name for.
      ['unknown', new DOMException('Something odd', 'InvalidStateError'), 'unknown', 'error', true],
    ];
    for (const [title, cause, code, state, recoverable] of cases) {
      it(`${title}: ${state}, error ${code}, retry ${recoverable ? 'offered' : 'not offered'}`, async () => {
        const restore = rejectingGetUserMedia(cause);
        const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
        const seen = recordCapture(el);
        const error = await failedStart(el);
        expect(error.code).to.equal(code);
        expect(error.cause).to.equal(cause);
        expect(error.recoverable).to.equal(recoverable);
        expect(el.state).to.equal(state);
        expect(describeEvents(seen)).to.deep.equal([
          'statechange idle→requesting',
          `statechange requesting→${state}`,
          `error ${code}`,
        ]);
        expect(!!part(el, 'retry-button')).to.equal(recoverable);
        expect(part(el, 'status')!.textContent!.trim()).to.equal(
          part(el, 'message')!.textContent!.trim(),
        );

        restore();
        const started = once(el, 'media-capture-start');
        part(el, 'retry-button')!.click();
        await started;
        expect(el.state).to.equal('live');
        expect(el.error).to.equal(null);
      });
    }

    it('policy-blocked: denied, no retry (only the embedding page can allow it)', async () => {
      // The test page is top-level, where no Permissions Policy can block the camera: the policy is
      // stubbed, and the rejection is the one Chrome gives a blocked frame.
      stub(document as Document & { permissionsPolicy?: unknown }, 'permissionsPolicy', {
        allowsFeature: (feature: string) => feature !== 'camera',
      });
      rejectingGetUserMedia(new DOMException('Permission denied', 'NotAllowedError'));
      const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
      const error = await failedStart(el);
      expect(error.code).to.equal('policy-blocked');
      expect(error.recoverable).to.be.false;
      expect(el.state).to.equal('denied');
      expect(part(el, 'retry-button')).to.equal(null);
      expect(part(el, 'message')!.textContent!.trim()).to.equal(
        'This page is not allowed to use the camera.',
      );
    });

    it('a refusal is policy-blocked only when the policy forbids a device the request asks for', async () => {
      // Stubbed policy as above: the camera is blocked, the microphone allowed; an audio-only
      // request the user refused is an ordinary denial, with its retry.
      stub(document as Document & { permissionsPolicy?: unknown }, 'permissionsPolicy', {
        allowsFeature: (feature: string) => feature !== 'camera',
      });
      rejectingGetUserMedia(new DOMException('Permission denied', 'NotAllowedError'));
      const audio = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      expect((await failedStart(audio)).code).to.equal('permission-denied');
      expect(part(audio, 'retry-button')).to.not.equal(null);
      // Both asked for: the blocked camera makes the request impossible.
      const both = await fixture<MediaCaptureElement>(
        html`<media-capture video audio></media-capture>`,
      );
      expect((await failedStart(both)).code).to.equal('policy-blocked');
    });
  });
});
