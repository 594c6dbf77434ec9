// The conformance scenario every framework app goes through in Chromium: attributes and
// properties through the framework's template syntax (set before and after the elements are
// defined), and every documented event of every element reaching a declarative handler.
import { expect, waitUntil } from '@open-wc/testing';
import type { Mount, MountedApp } from './app.js';

type Kit = typeof import('../../src/index.js');
type Capture = InstanceType<Kit['MediaCaptureElement']>;
type Mirror = InstanceType<Kit['StreamMirrorElement']>;
type List = InstanceType<Kit['TrackListElement']>;
type DeviceSelect = InstanceType<Kit['DeviceSelectElement']>;
type Recorder = InstanceType<Kit['StreamRecorderElement']>;
type Screen = InstanceType<Kit['ScreenCaptureElement']>;

/** Where scripts/frameworks-build.mjs writes each app's bundle (and the list of elements). */
export const built = (name: string) =>
  `/node_modules/.cache/mediastream-elements/frameworks/${name}.js`;

export interface Framework {
  /** Loads the app (its `mount`) and, for in-DOM templates, the HTML to put in the page first. */
  load: () => Promise<{ mount: Mount; template?: string }>;
  /** The kit's module: the published entry by default, the CDN file for plain HTML. */
  kit?: string;
  /**
   * What becomes of an object property bound in the template while the element is not yet
   * defined: `property` (set as a property, picked up at upgrade) or `attribute` (set as an
   * attribute, `[object Object]`, and lost — the README says to import the kit first).
   */
  beforeDefine: 'property' | 'attribute';
  /** What a property bound to `undefined` becomes: Preact assigns `''` instead. */
  unsetProperty?: '';
}

interface Logged {
  name: string;
  event: Event;
  field: unknown;
  currentTarget: EventTarget | null;
}

/** One element of custom-elements.json, as scripts/elements.mjs lists it. */
interface ListedElement {
  tag: string;
  className: string;
  module: string;
  events: { name: string; type: string }[];
}

/** The kit's elements, written next to the apps by scripts/frameworks-build.mjs. */
async function listedElements(): Promise<ListedElement[]> {
  const { elements } = (await import(built('elements'))) as { elements: ListedElement[] };
  return elements;
}

function canvasStream(): MediaStream {
  const canvas = document.createElement('canvas');
  canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
  return canvas.captureStream(1);
}

export function conformance(name: string, framework: Framework) {
  describe(`${name}: the kit in the framework's own template syntax`, () => {
    let kit: Kit;
    const exported = (name: string) => (kit as unknown as Record<string, unknown>)[name];
    let container: HTMLElement;
    let app: MountedApp | undefined;
    const logged: Logged[] = [];
    const log = (name: string, event: Event, field?: unknown) =>
      logged.push({ name, event, field, currentTarget: event.currentTarget });
    const seen = (name: string, field?: unknown) =>
      logged.some((l) => l.name === name && (field === undefined || l.field === field));
    const until = (name: string, field?: unknown) =>
      waitUntil(() => seen(name, field), `${name} ${field ?? ''} never reached its handler`, {
        timeout: 8000,
      });
    const capture = () => container.querySelector('media-capture') as Capture;
    const mirror = () => container.querySelector('media-capture stream-mirror') as Mirror;
    const inCapture = <T extends Element>(tag: string) =>
      container.querySelector(`media-capture ${tag}`) as T;
    const screen = () => container.querySelector('screen-capture') as Screen;
    const nestedList = () => container.querySelector('media-capture track-list') as List;
    const byProperty = () => container.querySelector('#by-property') as List;
    const items = (list: List) => list.shadowRoot!.querySelectorAll('[part~="item"]').length;

    beforeEach(async () => {
      logged.length = 0;
      container = document.createElement('div');
      document.body.append(container);
    });
    afterEach(() => {
      app?.unmount();
      app = undefined;
      container.remove();
    });

    async function render(props: Parameters<Mount>[1]) {
      const { mount, template } = await framework.load();
      if (template) container.innerHTML = template;
      app = await mount(container, props);
      return app;
    }

    it(`renders before the kit is defined; object properties become ${framework.beforeDefine === 'property' ? 'properties' : 'attributes (import the kit first)'}`, async () => {
      expect(customElements.get('media-capture'), 'the kit is not loaded yet').to.be.undefined;
      const constraints = { video: { width: 320, height: 240 }, audio: false };
      const listStream = canvasStream();
      await render({ constraints, width: '640', listStream, log });
      expect(capture().getAttribute('facing-mode')).to.equal('user');

      kit = await import(framework.kit ?? '/dist/index.js');
      const elements = await listedElements();
      await Promise.all(elements.map(({ tag }) => customElements.whenDefined(tag)));
      for (const { tag, className } of elements) {
        expect(customElements.get(tag), `<${tag}> is ${className}`).to.equal(exported(className));
      }
      await Promise.all([capture(), mirror(), byProperty()].map((el) => el.updateComplete));
      expect(capture()).to.be.instanceOf(kit.MediaCaptureElement);
      expect(capture().video, 'video').to.be.true;
      expect(capture().facingMode, 'facing-mode').to.equal('user');
      expect(String(capture().width), 'width').to.equal('640');
      expect(mirror().mirrored, 'mirrored').to.be.true;
      if (framework.beforeDefine === 'property') {
        // Vue's reactive() and Svelte's $state hand the element a proxy of the object.
        expect(capture().constraints, 'constraints').to.deep.equal(constraints);
        expect(byProperty().stream, 'stream').to.equal(listStream);
        expect(items(byProperty())).to.equal(1);
      } else {
        expect(capture().constraints, 'constraints').to.be.undefined;
        expect(capture().getAttribute('constraints')).to.equal('[object Object]');
        expect(byProperty().stream, 'stream').to.be.undefined;
      }
      await until('media-capture-permissionchange');
      for (const track of listStream.getTracks()) track.stop();
    });

    describe('with the kit defined first', () => {
      before(async () => {
        kit = await import(framework.kit ?? '/dist/index.js');
      });

      it('sets boolean and string attributes', async () => {
        await render({ width: '640', log });
        await capture().updateComplete;
        expect(capture().video).to.be.true;
        expect(capture().audio).to.be.false;
        expect(capture().getAttribute('facing-mode')).to.equal('user');
        expect(capture().facingMode).to.equal('user');
        expect(String(capture().width)).to.equal('640');
        expect(mirror().mirrored).to.be.true;
        await app!.update({ width: '320' });
        expect(String(capture().width)).to.equal('320');
      });

      it('sets the constraints and stream properties, and every event reaches its handler', async () => {
        await render({ width: '640', log });
        await until('media-capture-permissionchange');

        const start =
          capture().shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!;
        start.click();
        await until('media-capture-start');
        await until('stream-mirror-ready');
        expect(seen('media-capture-statechange', 'requesting')).to.be.true;
        expect(seen('media-capture-statechange', 'live')).to.be.true;
        expect(logged.find((l) => l.name === 'stream-change')?.field).to.equal(capture().stream);

        const constraints = { video: { width: 320, height: 240 }, audio: false };
        await app!.update({ constraints });
        expect(capture().constraints, 'constraints property').to.deep.equal(constraints);
        await until('media-capture-stop', 'restart');
        await until('stream-mirror-resize', 320);
        await until('media-capture-statechange', 'live');
        expect(
          capture()
            .stream!.getTracks()
            .map((t) => t.kind),
        ).to.deep.equal(['video']);

        await app!.update({ listStream: capture().stream });
        expect(byProperty().stream, 'stream property').to.equal(capture().stream);
        await byProperty().updateComplete;
        expect(items(byProperty())).to.equal(1);

        await nestedList().updateComplete;
        nestedList().shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
        await until('track-list-toggle', false);
        nestedList().shadowRoot!.querySelector<HTMLButtonElement>('[part~="stop"]')!.click();
        await until('track-list-stop', 'video');
        await until('media-capture-stop', 'stop');
        await until('stream-change', null);

        await app!.update({ constraints: undefined, listStream: null, width: 'wide' });
        expect(capture().constraints, 'constraints unset').to.equal(framework.unsetProperty);
        await capture()
          .start()
          .catch(() => {});
        await until('media-capture-error', 'invalid-constraints');
        // Preact's '' reads as unset, like undefined: the attributes apply, and the bad width shows.
        expect(capture().error?.message).to.match(/width="wide"/);

        // The controls and consumers nested in <media-capture>, on a stream with a microphone.
        // Nothing to record yet (the capture failed above): a real stream-recorder-error.
        const recorder = inCapture<Recorder>('stream-recorder');
        await recorder.start().catch(() => {});
        await until('stream-recorder-error', 'no-stream');
        await app!.update({ width: '640', constraints: { video: true, audio: true } });
        await capture().start();
        const [microphone] = capture().stream!.getAudioTracks();
        expect(microphone, 'a microphone track').to.exist;

        // Another fake microphone chosen the way a user does: device-select-change, then
        // switchDevice() on the source: media-capture-devicechange.
        const select = inCapture<DeviceSelect>('device-select');
        const native = () =>
          select.shadowRoot!.querySelector<HTMLSelectElement>('[part~="select"]')!;
        const current = microphone.getSettings().deviceId;
        await waitUntil(
          () => [...native().options].some((o) => o.value && o.value !== current),
          'device-select never listed a second microphone',
          { timeout: 8000 },
        );
        const other = [...native().options].find((o) => o.value && o.value !== current)!.value;
        native().value = other;
        native().dispatchEvent(new Event('change', { bubbles: true }));
        await until('device-select-change', other);
        await until('media-capture-devicechange', 'audioinput');

        // The camera button, clicked: track-toggle-change (switching the camera off).
        const toggle = inCapture<HTMLElement>('track-toggle');
        await (toggle as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        toggle.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
        await until('track-toggle-change', false);

        // A short recording, paused and resumed: start, pause, resume, data, stop.
        await recorder.start();
        await until('stream-recorder-start');
        recorder.pause();
        await until('stream-recorder-pause');
        recorder.resume();
        await until('stream-recorder-resume');
        await new Promise((r) => setTimeout(r, 300));
        await recorder.stop();
        await until('stream-recorder-data');
        await until('stream-recorder-stop', 'stop');

        // <screen-capture> cannot start here: without a user gesture start() rejects.
        const refused = await screen()
          .start()
          .then(
            () => null,
            (e: { code?: string }) => e,
          );
        expect(refused?.code, 'screen-capture start() without a gesture').to.equal(
          'gesture-required',
        );

        // What headless Chromium cannot produce reliably in a few seconds (a plugged-out device,
        // speech into a muted microphone, a meter's silence or speech, a shared screen) is
        // dispatched on the element as an instance of the kit's own event class: this checks the
        // framework's binding of each event; the elements' own tests check the behaviour.
        const shared = canvasStream();
        const dispatched: [string, () => Event][] = [
          [
            'device-select',
            () => new kit.DeviceSelectFallbackEvent('audioinput', other, 'default'),
          ],
          ['track-toggle', () => new kit.TrackToggleSpeakingWhileMutedEvent(microphone)],
          ['audio-meter', () => new kit.AudioMeterSpeakingChangeEvent(true)],
          ['audio-meter', () => new kit.AudioMeterNoSignalEvent(microphone)],
          ['screen-capture', () => new kit.ScreenCaptureStateChangeEvent('requesting', 'idle')],
          ['screen-capture', () => new kit.ScreenCaptureStateChangeEvent('live', 'requesting')],
          ['screen-capture', () => new kit.StreamChangeEvent(shared)],
          ['screen-capture', () => new kit.ScreenCaptureStartEvent(shared)],
          ['screen-capture', () => new kit.ScreenCaptureStopEvent('ended', shared)],
          ['screen-capture', () => new kit.StreamChangeEvent(null)],
          [
            'screen-capture',
            () => new kit.ScreenCaptureErrorEvent(new kit.MediaCaptureError('permission-denied')),
          ],
        ];
        for (const [tag, event] of dispatched) {
          const el = tag === 'screen-capture' ? screen() : inCapture(tag);
          el.dispatchEvent(event());
        }
        for (const track of shared.getTracks()) track.stop();
        await until('device-select-fallback', other);
        await until('track-toggle-speakingwhilemuted', 'audio');
        await until('audio-meter-speakingchange', true);
        await until('audio-meter-nosignal', 'audio');
        await until('screen-capture-statechange', 'live');
        await until('screen-capture-start', shared);
        await until('screen-capture-stop', 'ended');
        await until('screen-capture-error', 'permission-denied');

        // Every event custom-elements.json documents, whichever elements declare it.
        const declaredBy = new Map<string, { type: string; tags: string[] }>();
        for (const { tag, events } of await listedElements()) {
          for (const { name, type } of events) {
            const entry = declaredBy.get(name) ?? { type, tags: [] };
            entry.tags.push(tag);
            declaredBy.set(name, entry);
          }
        }
        expect(declaredBy.size, 'events listed in custom-elements.json').to.be.above(0);
        for (const [eventName, { type, tags }] of declaredBy) {
          const heard = logged.filter((l) => l.name === eventName);
          expect(
            heard,
            `${eventName} (custom-elements.json) reached no handler: every app and this scenario must cover it`,
          ).not.to.be.empty;
          const eventClass = exported(type);
          expect(eventClass, `${type}, the class of ${eventName}, exported by the kit`).to.be.a(
            'function',
          );
          for (const { event, currentTarget } of heard) {
            expect(event.type).to.equal(eventName);
            expect(event, eventName).to.be.instanceOf(eventClass as typeof Event);
            expect(
              (currentTarget as Element).localName,
              `${eventName} handler's element`,
            ).to.be.oneOf(tags);
          }
        }
      });
    });
  });
}
