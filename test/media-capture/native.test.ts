// native="auto": the browser's own capture element as the start and retry button (Chromium 151+:
// `<usermedia>`, `<camera>`, `<microphone>`), the kit's button everywhere else. The native
// elements act on trusted clicks only (`sendMouse`: CDP input events in Chromium). The permission
// hint is stubbed to `prompt` (the fake-UI browser reads `granted`) so the native element shows;
// the element itself asks for real, and the fake UI grants.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { MediaCaptureElement, StreamMirrorElement } from '../../src/index.js';
import {
  calls,
  describeEvents,
  fakePermissions,
  once,
  part,
  ready,
  recordCapture,
  recordTracks,
  stub,
} from '../fixtures/index.js';
import {
  clickCentre,
  clickNative,
  hasAnyNative,
  hasNative as has,
  nativeOf,
  nativeSettled,
} from './native.js';

/** The native element's module, as the page fetched it (`undefined`: never fetched). */
const nativeModule = () =>
  performance
    .getEntriesByType('resource')
    .find((entry) => entry.name.includes('/media-capture.native.'));

async function capture(template: TemplateResult) {
  const el = await fixture<MediaCaptureElement>(template);
  // The hint is read asynchronously after connection (its event may be gone): the panel follows it.
  await waitUntil(() => el.permission.camera !== 'unknown', 'the permission hint was not read');
  if (el.native === 'auto') await nativeSettled(el);
  await el.updateComplete;
  return el;
}

describe('<media-capture native="auto">', () => {
  // First: no other test of this page has loaded the module yet.
  describe('loading', () => {
    it('loads the native element’s module only for native="auto" where the browser has one', async () => {
      fakePermissions('prompt');
      await capture(html`<media-capture video audio></media-capture>`);
      expect(nativeModule(), 'native="never"').to.equal(undefined);
      const el = await capture(html`<media-capture native="auto" video audio></media-capture>`);
      expect(!!nativeModule(), 'native="auto"').to.equal(hasAnyNative());
      expect(!!nativeOf(el)).to.equal(has('usermedia'));
    });
  });

  describe('accessibility', () => {
    it('is accessible with the native element as its start button', async () => {
      fakePermissions('prompt');
      const el = await capture(html`<media-capture native="auto" video audio></media-capture>`);
      expect(!!nativeOf(el)).to.equal(has('usermedia'));
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('native is never by default: the kit’s button', async () => {
      fakePermissions('prompt');
      const el = await capture(html`<media-capture video audio></media-capture>`);
      expect(el.native).to.equal('never');
      expect(nativeOf(el)).to.equal(null);
      expect(part(el, 'start-button')!.localName).to.equal('button');
    });

    it('an invalid value behaves as never, with one console warning', async () => {
      fakePermissions('prompt');
      const warnings: string[] = [];
      stub(console, 'warn', (...args: unknown[]) => warnings.push(args.join(' ')));
      const el = await capture(html`<media-capture native="sometimes" video></media-capture>`);
      expect(nativeOf(el)).to.equal(null);
      expect(part(el, 'start-button')!.parentElement!.localName).to.equal('slot'); // the kit's own
      expect(warnings.filter((w) => w.includes('native="sometimes"'))).to.have.length(1);
    });
  });

  describe('attributes', () => {
    for (const [attributes, tag] of [
      [{ video: true, audio: true }, 'usermedia'],
      [{ video: true, audio: false }, 'camera'],
      [{ video: false, audio: true }, 'microphone'],
    ] as const) {
      it(`${Object.keys(attributes)
        .filter((k) => attributes[k as 'video'])
        .join(' and ')}: <${tag}> where the browser has it`, async () => {
        fakePermissions('prompt');
        const el = await capture(
          html`<media-capture
            native="auto"
            ?video=${attributes.video}
            ?audio=${attributes.audio}
          ></media-capture>`,
        );
        const button = part(el, 'start-button')!;
        if (has(tag)) {
          expect(nativeOf(el)!.localName).to.equal(tag);
          // The kit's button is the fallback content of the native element.
          expect(button.parentElement!.localName).to.equal(tag);
        } else {
          expect(nativeOf(el)).to.equal(null);
          expect(button.getBoundingClientRect().width).to.be.greaterThan(0);
        }
      });
    }

    it('the kit’s button while the permission is granted', async () => {
      fakePermissions('granted');
      const el = await capture(html`<media-capture native="auto" video audio></media-capture>`);
      expect(nativeOf(el)).to.equal(null);
      expect(part(el, 'start-button')!.getBoundingClientRect().width).to.be.greaterThan(0);
    });

    it('the kit’s button for what the native element cannot ask for (exact)', async () => {
      fakePermissions('prompt');
      const el = await capture(html`<media-capture native="auto"></media-capture>`);
      el.constraints = { video: { width: { exact: 640 } } };
      await el.updateComplete;
      expect(nativeOf(el)).to.equal(null);
    });
  });

  describe('events', () => {
    it('a trusted click: live, with the events and fields of getUserMedia; a mirror shows it', async () => {
      fakePermissions('prompt');
      const el = await capture(
        html`<media-capture native="auto" video audio
          ><stream-mirror></stream-mirror
        ></media-capture>`,
      );
      const mirror = el.querySelector<StreamMirrorElement>('stream-mirror')!;
      const seen = recordCapture(el);
      const started = once(el, 'media-capture-start');
      const shown = ready(mirror);
      if (has('usermedia')) await clickNative(el);
      else await clickCentre(part(el, 'start-button')!);
      const { stream } = await started;
      recordTracks(stream.getTracks());
      expect(describeEvents(seen)).to.deep.equal([
        'statechange idle→requesting',
        'statechange requesting→live',
        'stream-change stream',
        'media-capture-start',
      ]);
      expect(seen.slice(1).every((s) => s.state === 'live' && s.stream === stream)).to.be.true;
      expect(el.state).to.equal('live');
      expect(el.stream).to.equal(stream);
      expect(el.getAttribute('state')).to.equal('live');
      expect(
        stream
          .getTracks()
          .map((t) => t.kind)
          .sort(),
      ).to.deep.equal(['audio', 'video']);
      // The native element asked, not getUserMedia (where there is none, the kit's button did).
      expect(calls.length).to.equal(has('usermedia') ? 0 : 1);
      await shown;
      await el.updateComplete;
      // Focus was on the clicked control: it moves to the stop button, never to <body>.
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('stop-button');
      const stopped = once(el, 'media-capture-stop');
      el.stop();
      expect((await stopped).reason).to.equal('stop');
      expect(stream.getTracks().every((t) => t.readyState === 'ended')).to.be.true;
    });

    it('camera only: the click answers with one video track; removal releases it', async () => {
      fakePermissions('prompt');
      const el = await capture(html`<media-capture native="auto" video></media-capture>`);
      const started = once(el, 'media-capture-start');
      if (has('camera')) await clickNative(el);
      else await clickCentre(part(el, 'start-button')!);
      const { stream } = await started;
      recordTracks(stream.getTracks());
      expect(stream.getTracks().map((t) => t.kind)).to.deep.equal(['video']);
      const stopped = once(el, 'media-capture-stop');
      el.remove();
      expect((await stopped).reason).to.equal('disconnect');
      expect(stream.getTracks().every((t) => t.readyState === 'ended')).to.be.true;
    });
  });

  describe('errors', () => {
    it('a native element that refuses a click for good gives way to the kit’s button, focused', async () => {
      fakePermissions('prompt');
      const el = await capture(html`<media-capture native="auto" video></media-capture>`);
      const native = nativeOf(el);
      if (!native) {
        expect(has('camera')).to.be.false;
        return;
      }
      // Restyled against its rules (measured: Chromium refuses with "invalid style").
      native.style.color = 'transparent';
      const refused = once(native, 'error' as keyof GlobalEventHandlersEventMap);
      await clickNative(el);
      await refused;
      await el.updateComplete;
      await el.updateComplete;
      expect(nativeOf(el)).to.equal(null);
      expect(el.state).to.equal('idle');
      const button = part(el, 'start-button')!;
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('start-button');
      const started = once(el, 'media-capture-start');
      await clickCentre(button);
      await started;
      expect(calls).to.have.length(1); // getUserMedia, as without native
      el.stop();
    });
  });
});
