import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement } from '../../src/index.js';
import {
  calls,
  describeEvents,
  failedStart,
  once,
  part,
  recordCapture,
  stub,
} from '../fixtures/index.js';

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
        // End users read plain words; the diagnostic is for developers (console, error.message).
        expect(part(el, 'message')!.textContent!.trim()).to.equal(
          'This page is set up wrongly, so it cannot use the camera. Let the site’s owner know.',
        );
        expect(part(el, 'panel')!.textContent).to.not.include(message);
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
});
