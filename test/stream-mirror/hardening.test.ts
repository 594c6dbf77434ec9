// Issue #9 for <stream-mirror>: app code stopping the mirror's own clone, and what a keyboard or
// screen-reader user met. Each test failed before the fix in every engine it names.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MediaCaptureElement, StreamMirrorElement } from '../../src/index.js';
import {
  buttonShown,
  dark,
  nestedMirror,
  noticed,
  part,
  stub,
  videoOf,
} from '../fixtures/index.js';
import { deepActiveElement } from '../fixtures/a11y.js';

/** Whether the mirror's custom state `showing` is on. */
const showing = (mirror: StreamMirrorElement) => mirror.matches(':state(showing)');

describe('<stream-mirror> hardening (issue #9)', () => {
  describe('a stream property that is not a stream', () => {
    // Objects shaped like a stream (a test double, a wrapper of a framework) are refused by the
    // platform's own check; a stream of another realm is accepted (hardening of media-capture).
    const values: [string, unknown][] = [
      [
        'an object shaped like a stream',
        {
          getTracks: () => undefined,
          addEventListener() {},
          removeEventListener() {},
        },
      ],
      ['a string', 'camera'],
      ['an element', document.createElement('div')],
    ];
    for (const [name, value] of values) {
      it(`${name}: shows nothing, throws nothing, warns once`, async () => {
        const warned: string[] = [];
        stub(console, 'warn', (message: string) => warned.push(message));
        const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
        const unhandled: unknown[] = [];
        const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
        window.addEventListener('unhandledrejection', onUnhandled);
        (mirror as unknown as { stream: unknown }).stream = value;
        await mirror.updateComplete;
        mirror.requestUpdate();
        await mirror.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        window.removeEventListener('unhandledrejection', onUnhandled);
        expect(unhandled).to.deep.equal([]);
        expect(dark(mirror)).to.equal(true);
        expect(mirror.tracks).to.deep.equal([]);
        expect(warned).to.deep.equal([
          `<stream-mirror>: its stream property is not a MediaStream (typeof ${typeof value}): it links to no stream.`,
        ]);
      });
    }
  });

  describe('its own clones', () => {
    it('shows the placeholder within a second when app code stops the mirror’s clone', async () => {
      const { mirror, stream } = await nestedMirror();
      expect(showing(mirror)).to.equal(true);
      // stop() fires no `ended`: the kit's once-a-second check must notice it.
      mirror.tracks[0].stop();
      await noticed(() => dark(mirror), 'placeholder shown');
      expect(showing(mirror)).to.equal(false);
      expect(stream.getVideoTracks()[0].readyState, 'the source is untouched').to.equal('live');
    });
  });

  describe('a video with nothing to show', () => {
    it('is hidden from assistive technology without a stream and while dark', async () => {
      const empty = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      expect(videoOf(empty).getAttribute('aria-hidden')).to.equal('true');
      const { mirror, stream } = await nestedMirror();
      expect(videoOf(mirror).hasAttribute('aria-hidden'), 'showing').to.equal(false);
      stream.getVideoTracks()[0].enabled = false;
      await noticed(() => dark(mirror), 'dark');
      expect(videoOf(mirror).getAttribute('aria-hidden')).to.equal('true');
      stream.getVideoTracks()[0].enabled = true;
    });
  });

  describe('the play button', () => {
    it('pressed from the keyboard: focus moves to the preview, visibly, and Tab goes on', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <media-capture video><stream-mirror></stream-mirror></media-capture>
          <button id="after">After</button>
        </div>`,
      );
      const capture = root.querySelector<MediaCaptureElement>('media-capture')!;
      const mirror = root.querySelector('stream-mirror')!;
      // Autoplay refusal, simulated as in events.test.ts: these browsers allow autoplay.
      videoOf(mirror).autoplay = false;
      const restore = stub(HTMLMediaElement.prototype, 'play', () =>
        Promise.reject(new DOMException('autoplay refused', 'NotAllowedError')),
      );
      const offered = buttonShown(mirror);
      await capture.start();
      const button = await offered;
      button.focus();
      restore();
      // WebKit may start a MediaStream preview on its own meanwhile: the focused button then goes
      // by itself, which is the same disappearing control.
      if (button.isConnected) await sendKeys({ press: 'Enter' });
      await noticed(() => !part(mirror, 'play-button'), 'button gone');
      await mirror.updateComplete;
      const focused = deepActiveElement();
      expect(focused === document.body, 'focus is not on <body>').to.equal(false);
      expect(focused === videoOf(mirror), 'the preview has focus').to.equal(true);
      const ring = mirror.shadowRoot!.querySelector('.focus-ring')!;
      expect(getComputedStyle(ring).display, 'its ring shows').not.to.equal('none');
      expect(getComputedStyle(ring).outlineStyle).to.equal('solid');
      // Firefox makes every <video> a tab stop of its own (its controls' widget, even without
      // `controls`; measured): there Tab visits the preview once more before going on.
      const after = root.querySelector('#after');
      for (let press = 0; press < 3 && document.activeElement !== after; press++) {
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement === document.body, 'Tab is not stuck on <body>').to.equal(
          false,
        );
      }
      expect(document.activeElement === after, 'Tab goes on').to.equal(true);
      expect(videoOf(mirror).hasAttribute('tabindex'), 'not a tab stop afterwards').to.equal(false);
    });
  });
});
