import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../src/index.js';
import {
  MediaCaptureElement,
  streamContext,
  StreamChangeEvent,
  type StreamMirrorElement,
  type TrackListElement,
} from '../../src/index.js';
import { dark, emptyText, items, liveCapture, liveTracks, ready } from '../fixtures/index.js';

const ids = (tracks: MediaStreamTrack[]) => tracks.map((track) => track.id);

/** A source that is no kit element: the source protocol by hand. */
class ThirdPartySource extends HTMLElement {
  #stream: MediaStream | null = null;
  #provider = new ContextProvider(this, { context: streamContext, initialValue: null });
  get stream() {
    return this.#stream;
  }
  set stream(stream: MediaStream | null) {
    this.#stream = stream;
    this.#provider.setValue(stream);
    this.dispatchEvent(new StreamChangeEvent(stream));
  }
}
customElements.define('third-party-source', ThirdPartySource);

/** Another component that keeps a source and a mirror in its own shadow root. */
class CameraCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `
      <media-capture id="cam" video><stream-mirror></stream-mirror></media-capture>
      <track-list for="cam"></track-list>`;
  }
}
customElements.define('camera-card', CameraCard);

let lateTags = 0;

describe('linking', () => {
  describe('by nesting (context)', () => {
    it('shows and lists the stream of the nearest ancestor source', async () => {
      const root = await fixture(
        html`<media-capture video
          ><stream-mirror></stream-mirror><track-list></track-list
        ></media-capture>`,
      );
      const capture = root as MediaCaptureElement;
      const mirror = root.querySelector('stream-mirror')!;
      const list = root.querySelector('track-list')!;
      const shown = ready(mirror);
      const stream = await capture.start();
      const { width, height } = await shown;
      expect([width, height]).to.deep.equal([640, 480]);
      await list.updateComplete;
      expect(items(list).map((item) => item.kind)).to.deep.equal(['Video']);
      expect(list.tracks).to.deep.equal(stream.getTracks());
    });

    it('links a consumer upgraded before its source', async () => {
      const tag = `late-capture-${++lateTags}`;
      const root = document.createElement(tag);
      root.setAttribute('video', '');
      root.innerHTML = '<stream-mirror></stream-mirror>';
      const placed = await fixture(html`<div></div>`);
      placed.append(root);
      const mirror = root.querySelector('stream-mirror')!;
      await mirror.updateComplete;
      customElements.define(tag, class extends MediaCaptureElement {});
      const shown = ready(mirror);
      await (root as MediaCaptureElement).start();
      await shown;
      expect(mirror.tracks).to.have.length(1);
    });

    it('works inside another component’s shadow root', async () => {
      const card = await fixture<CameraCard>(html`<camera-card></camera-card>`);
      const capture = card.shadowRoot!.querySelector('media-capture')!;
      const mirror = card.shadowRoot!.querySelector('stream-mirror')!;
      const list = card.shadowRoot!.querySelector('track-list')!;
      const shown = ready(mirror);
      const stream = await capture.start();
      await shown;
      await list.updateComplete;
      expect(list.tracks).to.deep.equal(stream.getVideoTracks());
      expect(ids(mirror.tracks)).not.to.include(stream.getVideoTracks()[0].id);
    });
  });

  describe('by id (for=)', () => {
    it('links when the source comes first in the document', async () => {
      const { root, stream } = await liveCapture(
        html`<div>
          <media-capture id="cam-a" video></media-capture>
          <track-list for="cam-a"></track-list>
        </div>`,
      );
      const list = root.querySelector('track-list')!;
      await list.updateComplete;
      expect(list.tracks).to.deep.equal(stream.getTracks());
    });

    it('links when the consumer comes first in the document', async () => {
      const root = await fixture(
        html`<div>
          <stream-mirror for="cam-b"></stream-mirror>
          <media-capture id="cam-b" video></media-capture>
        </div>`,
      );
      const mirror = root.querySelector('stream-mirror')!;
      expect(dark(mirror)).to.equal(true);
      const shown = ready(mirror);
      await root.querySelector('media-capture')!.start();
      await shown;
      expect(dark(mirror)).to.equal(false);
    });

    it('links to a source that was already live when the consumer was added', async () => {
      const { root, stream } = await liveCapture(
        html`<div>
          <media-capture id="cam-c" video></media-capture>
        </div>`,
      );
      const list = document.createElement('track-list');
      list.setAttribute('for', 'cam-c');
      root.append(list);
      await list.updateComplete;
      expect(list.tracks).to.deep.equal(stream.getTracks());
    });

    it('follows a change of for, releasing the clones of the first source', async () => {
      const root = await fixture(
        html`<div>
          <media-capture id="one" video></media-capture>
          <media-capture id="two" video></media-capture>
          <stream-mirror for="one"></stream-mirror>
        </div>`,
      );
      const [one, two] = root.querySelectorAll('media-capture');
      const mirror = root.querySelector('stream-mirror')!;
      let shown = ready(mirror);
      await one.start();
      await shown;
      const first = mirror.tracks;
      await two.start();
      shown = ready(mirror);
      mirror.for = 'two';
      await shown;
      expect(first.map((track) => track.readyState)).to.deep.equal(['ended']);
      expect(one.stream!.getVideoTracks()[0].readyState).to.equal('live');
      expect(mirror.tracks).to.have.length(1);
      one.stop();
      two.stop();
      expect(liveTracks()).to.deep.equal([]);
    });

    it('follows a third-party source through the source protocol', async () => {
      const root = await fixture(
        html`<div>
          <track-list for="external"></track-list>
          <third-party-source id="external"></third-party-source>
        </div>`,
      );
      const list = root.querySelector('track-list')!;
      const source = root.querySelector<ThirdPartySource>('third-party-source')!;
      const stream = await navigator.mediaDevices.getUserMedia({ video: true });
      source.stream = stream;
      await list.updateComplete;
      expect(list.tracks).to.deep.equal(stream.getTracks());
      source.stream = null;
      await list.updateComplete;
      expect(emptyText(list)).to.equal('No stream');
      stream.getTracks().forEach((track) => track.stop());
    });
  });

  describe('by the stream property', () => {
    it('shows the stream it is given, before any source', async () => {
      const stream = await navigator.mediaDevices.getUserMedia({ video: true });
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      const shown = ready(mirror);
      mirror.stream = stream;
      await shown;
      expect(mirror.tracks).to.have.length(1);
      stream.getTracks().forEach((track) => track.stop());
    });

    it('wins over the ancestor source, and null shows nothing', async () => {
      const other = await navigator.mediaDevices.getUserMedia({ audio: true });
      const { root, stream } = await liveCapture(
        html`<media-capture video
          ><track-list .stream=${other}></track-list><stream-mirror .stream=${null}></stream-mirror
        ></media-capture>`,
      );
      const list = root.querySelector<TrackListElement>('track-list')!;
      const mirror = root.querySelector<StreamMirrorElement>('stream-mirror')!;
      await list.updateComplete;
      await mirror.updateComplete;
      expect(list.tracks).to.deep.equal(other.getTracks());
      expect(mirror.tracks).to.deep.equal([]);
      expect(dark(mirror)).to.equal(true);
      list.stream = undefined;
      await list.updateComplete;
      expect(list.tracks).to.deep.equal(stream.getTracks());
      other.getTracks().forEach((track) => track.stop());
    });
  });

  describe('moves and removal', () => {
    it('keeps its clones through a move within the same task', async () => {
      const { root, capture } = await liveCapture(
        html`<media-capture video
          ><div><stream-mirror></stream-mirror></div
        ></media-capture>`,
      );
      const mirror = root.querySelector('stream-mirror')!;
      await mirror.updateComplete;
      const clones = mirror.tracks;
      capture.append(mirror);
      await Promise.resolve();
      await mirror.updateComplete;
      expect(mirror.tracks).to.deep.equal(clones);
      expect(clones[0].readyState).to.equal('live');
    });

    it('keeps its clones through moveBefore() where the browser has it', async () => {
      const { root, capture } = await liveCapture(
        html`<media-capture video
          ><div><stream-mirror></stream-mirror></div
        ></media-capture>`,
      );
      const mirror = root.querySelector('stream-mirror')!;
      await mirror.updateComplete;
      const clones = mirror.tracks;
      const movable = capture as Element & { moveBefore?(node: Node, child: Node | null): void };
      // Without moveBefore() (older engines) the same move is an appendChild, tested above.
      if (movable.moveBefore) movable.moveBefore(mirror, null);
      else capture.append(mirror);
      await Promise.resolve();
      await mirror.updateComplete;
      expect(mirror.parentElement).to.equal(capture);
      expect(mirror.tracks).to.deep.equal(clones);
      expect(clones[0].readyState).to.equal('live');
    });

    it('stops its clones when removed, leaving the source live', async () => {
      const { root, stream } = await liveCapture(
        html`<media-capture video><stream-mirror></stream-mirror></media-capture>`,
      );
      const mirror = root.querySelector('stream-mirror')!;
      await mirror.updateComplete;
      const clones = mirror.tracks;
      mirror.remove();
      await Promise.resolve();
      expect(clones.map((track) => track.readyState)).to.deep.equal(['ended']);
      expect(stream.getTracks().every((track) => track.readyState === 'live')).to.equal(true);
    });
  });
});
