import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { MediaCaptureError, type MediaCaptureElement } from '../src/index.js';
import {
  calls,
  describeEvents,
  engine,
  fakePermissions,
  hangingGetUserMedia,
  once,
  recordCapture,
  rejectingGetUserMedia,
  stub,
} from './helpers.js';

const part = (el: MediaCaptureElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function failedStart(el: MediaCaptureElement) {
  const error = (await el.start().then(
    () => expect.fail('start() resolved'),
    (e: unknown) => e,
  )) as MediaCaptureError;
  expect(error).to.be.instanceOf(MediaCaptureError);
  await el.updateComplete;
  return error;
}

function captureWarnings() {
  const warnings: string[] = [];
  const warn = console.warn;
  stub(console, 'warn', (...args: unknown[]) => {
    const text = args.join(' ');
    // Lit's dev mode warns through console.warn too (an update scheduled from updated()).
    if (text.includes('<media-capture>')) warnings.push(text);
    else warn(...args);
  });
  return warnings;
}

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

    it('asking for neither video nor audio is invalid-constraints, with the platform TypeError', async () => {
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture .constraints=${{ video: false, audio: false }}></media-capture>`,
      );
      const seen = recordCapture(el);
      const error = await failedStart(el);
      expect(error.code).to.equal('invalid-constraints');
      expect(error.cause).to.be.instanceOf(TypeError);
      expect(error.recoverable).to.be.false;
      expect(el.state).to.equal('error');
      expect(describeEvents(seen).slice(1)).to.deep.equal([
        'statechange requesting→error',
        'error invalid-constraints',
      ]);
      expect(part(el, 'retry-button')).to.equal(null);
    });
  });

  describe('invalid attributes: invalid-constraints, a warning, no request, no exception', () => {
    const cases = [
      ['width', 'wide', 'width="wide" is not a number of pixels'],
      ['height', '0', 'height="0" is not a number of pixels'],
      ['facing-mode', 'sideways', 'facing-mode="sideways" is not "user" or "environment"'],
      ['frame-rate', '-3', 'frame-rate="-3" is not a number of frames per second'],
      ['timeout', 'soon', 'timeout="soon" is not a number of milliseconds'],
    ] as const;
    for (const [attribute, value, message] of cases) {
      it(`${attribute}="${value}"`, async () => {
        const warnings = captureWarnings();
        const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
        el.setAttribute(attribute, value);
        await el.updateComplete;
        const seen = recordCapture(el);
        const error = await failedStart(el);
        expect(error.code).to.equal('invalid-constraints');
        expect(error.message).to.include(message);
        expect(error.recoverable).to.be.false;
        expect(el.state).to.equal('error');
        expect(describeEvents(seen)).to.deep.equal([
          'statechange idle→error',
          'error invalid-constraints',
        ]);
        expect(calls).to.deep.equal([]);
        expect(warnings.length).to.equal(1);
        expect(warnings[0]).to.include(message);
        expect(part(el, 'message')!.textContent).to.include(message);
        expect(part(el, 'retry-button')).to.equal(null);
      });
    }

    it('with autostart, the attribute fails when connected', async () => {
      const warnings = captureWarnings();
      const el = document.createElement('media-capture');
      el.setAttribute('autostart', '');
      el.setAttribute('width', 'wide');
      const seen = recordCapture(el);
      await fixture(html`${el}`);
      expect(el.state).to.equal('error');
      expect(el.error?.code).to.equal('invalid-constraints');
      expect(describeEvents(seen)).to.deep.equal([
        'statechange idle→error',
        'error invalid-constraints',
      ]);
      expect(warnings).to.have.length(1);
      expect(calls).to.deep.equal([]);
    });

    it('while live, releases the stream and reports the attribute', async () => {
      const warnings = captureWarnings();
      const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
      const stream = await el.start();
      const seen = recordCapture(el);
      const failed = once(el, 'media-capture-error');
      el.setAttribute('frame-rate', 'fast');
      expect((await failed).error.message).to.include('frame-rate="fast"');
      expect(describeEvents(seen)).to.deep.equal([
        'statechange live→error',
        'stop restart',
        'stream-change null',
        'error invalid-constraints',
      ]);
      expect(stream.getTracks()[0].readyState).to.equal('ended');
      expect(calls.length).to.equal(1);
      expect(warnings).to.have.length(1);
    });

    it('a constraints value that is not an object', async () => {
      captureWarnings();
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      el.constraints = 'video' as unknown as MediaStreamConstraints;
      const error = await failedStart(el);
      expect(error.code).to.equal('invalid-constraints');
      expect(error.message).to.include('constraints="video"');
      expect(calls).to.deep.equal([]);
    });

    it('fixing the attribute and retrying with start() goes live', async () => {
      captureWarnings();
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture video width="wide"></media-capture>`,
      );
      await failedStart(el);
      el.setAttribute('width', '320');
      expect(el.state, 'no automatic restart after an error').to.equal('error');
      await el.start();
      expect(el.state).to.equal('live');
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
  });

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
