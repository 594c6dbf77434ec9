import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { MediaCaptureElement, TrackListElement } from '../src/index.js';
import {
  announcement,
  canvasTrack,
  dark,
  emptyText,
  items,
  liveCapture,
  next,
  noticed,
  ready,
} from './consumer-helpers.js';

async function liveList(template = html`<media-capture><track-list></track-list></media-capture>`) {
  const { root, capture, stream } = await liveCapture(template);
  const list = root.querySelector('track-list')!;
  await list.updateComplete;
  return { root, capture, stream, list };
}

/** A capture with two mirrors and a list, all showing. */
async function kit() {
  const root = await fixture<MediaCaptureElement>(
    html`<media-capture video audio>
      <stream-mirror></stream-mirror><stream-mirror></stream-mirror><track-list></track-list>
    </media-capture>`,
  );
  const mirrors = [...root.querySelectorAll('stream-mirror')];
  const shown = Promise.all(mirrors.map(ready));
  const stream = await root.start();
  await shown;
  const list = root.querySelector('track-list')!;
  await list.updateComplete;
  return { capture: root, mirrors, list, stream };
}

const updated = (...elements: { updateComplete: Promise<unknown> }[]) =>
  Promise.all(elements.map((element) => element.updateComplete));

describe('<track-list>', () => {
  describe('accessibility', () => {
    it('is accessible without a stream, live, switched off and ended', async () => {
      const empty = await fixture<TrackListElement>(html`<track-list></track-list>`);
      await expect(empty).to.be.accessible();
      const { list } = await liveList();
      await expect(list).to.be.accessible();
      items(list)[0].toggle.click();
      await list.updateComplete;
      await expect(list).to.be.accessible();
      items(list)[1].stop.click();
      await list.updateComplete;
      await expect(list).to.be.accessible();
    });

    it('names each toggle and stop button after its track, and presses the toggle while enabled', async () => {
      const { list, stream } = await liveList();
      const camera = stream.getVideoTracks()[0].label;
      const video = items(list).find((item) => item.kind === 'Video')!;
      const audio = items(list).find((item) => item.kind === 'Audio')!;
      expect(video.toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(video.toggle.getAttribute('aria-label')).to.equal(`Video ${camera} enabled`);
      expect(video.stop.getAttribute('aria-label')).to.equal(`Stop Video ${camera}`);
      expect(audio.toggle.getAttribute('aria-label')).to.contain('Audio');
    });
  });

  describe('defaults', () => {
    it('says so when there is no stream, or when the stream is null', async () => {
      const list = await fixture<TrackListElement>(html`<track-list></track-list>`);
      expect(emptyText(list)).to.equal('No stream');
      expect(items(list)).to.deep.equal([]);
      list.stream = null;
      await list.updateComplete;
      expect(emptyText(list)).to.equal('No stream');
    });

    it('lists every track in stream order: kind, label, live, settings', async () => {
      const { list, stream } = await liveList();
      const shown = items(list);
      expect(shown.map((item) => item.kind)).to.deep.equal(
        stream.getTracks().map((track) => (track.kind === 'video' ? 'Video' : 'Audio')),
      );
      expect(shown.map((item) => item.label.textContent)).to.deep.equal(
        stream.getTracks().map((track) => track.label),
      );
      const video = shown.find((item) => item.kind === 'Video')!;
      const audio = shown.find((item) => item.kind === 'Audio')!;
      expect(video.state).to.equal('Live');
      // Chromium's fake camera runs at 20 fps, Firefox's and WebKit's at 30.
      const fps = Math.round(stream.getVideoTracks()[0].getSettings().frameRate!);
      expect(video.settings).to.equal(`640×480 · ${fps} fps`);
      // What getSettings() gives: Chromium `48 kHz mono`, Firefox only the channel count.
      expect(audio.settings).to.match(/^(\d+(\.\d)? kHz)? ?(mono|stereo|\d+ channels)?$/);
      expect(audio.settings).not.to.equal('');
    });

    it('names a track with an empty label Camera or Microphone', async () => {
      const { list, stream } = await liveList();
      // The fake devices are all labelled: give two real tracks the empty label of an unlabelled device.
      for (const track of stream.getTracks()) Object.defineProperty(track, 'label', { value: '' });
      list.requestUpdate();
      await list.updateComplete;
      const labels = items(list).map((item) => [item.kind, item.label.textContent]);
      expect(labels).to.have.deep.members([
        ['Video', 'Camera'],
        ['Audio', 'Microphone'],
      ]);
      const video = items(list).find((item) => item.kind === 'Video')!;
      expect(video.toggle.getAttribute('aria-label')).to.equal('Camera enabled');
    });

    it('renders a hostile label as text', async () => {
      const { list, stream } = await liveList();
      const hostile = '<img src=x onerror="window.__pwned = true">';
      Object.defineProperty(stream.getVideoTracks()[0], 'label', { get: () => hostile });
      list.requestUpdate();
      await list.updateComplete;
      const video = items(list).find((item) => item.kind === 'Video')!;
      expect(video.label.textContent).to.equal(hostile);
      expect(list.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });

  describe('attributes', () => {
    it('kind filters the tracks', async () => {
      const { list } = await liveList(
        html`<media-capture><track-list kind="audio"></track-list></media-capture>`,
      );
      expect(items(list).map((item) => item.kind)).to.deep.equal(['Audio']);
      list.kind = 'video';
      await list.updateComplete;
      expect(items(list).map((item) => item.kind)).to.deep.equal(['Video']);
    });

    it('replaces every text through strings', async () => {
      const { list, stream } = await liveList(
        html`<media-capture video><track-list></track-list></media-capture>`,
      );
      const [track] = stream.getVideoTracks();
      const fps = Math.round(track.getSettings().frameRate!);
      list.strings = {
        video: 'Vidéo',
        live: 'En direct',
        toggle: 'Activée',
        toggleLabel: '{track} activée',
        stop: 'Arrêter',
        stopLabel: 'Arrêter {track}',
        trackName: '{kind} « {label} »',
        frameRate: '{fps} i/s',
        disabledAnnouncement: '{track} désactivée.',
      };
      await list.updateComplete;
      const [video] = items(list);
      expect(video.kind).to.equal('Vidéo');
      expect(video.state).to.equal('En direct');
      expect(video.settings).to.equal(`640×480 · ${fps} i/s`);
      expect(video.toggle.textContent!.trim()).to.equal('Activée');
      expect(video.toggle.getAttribute('aria-label')).to.equal(`Vidéo « ${track.label} » activée`);
      expect(video.stop.getAttribute('aria-label')).to.equal(`Arrêter Vidéo « ${track.label} »`);
      video.toggle.click();
      await list.updateComplete;
      expect(announcement(list)).to.equal(`Vidéo « ${track.label} » désactivée.`);
    });
  });

  describe('actions', () => {
    it('toggle switches the track off in every mirror and back, announcing it', async () => {
      const { mirrors, list, stream } = await kit();
      const video = items(list).find((item) => item.kind === 'Video')!;
      const toggled = next(list, 'track-list-toggle');
      video.toggle.click();
      const event = await toggled;
      expect(event.track).to.equal(stream.getVideoTracks()[0]);
      expect(event.enabled).to.equal(false);
      await updated(list, ...mirrors);
      expect(stream.getVideoTracks()[0].enabled).to.equal(false);
      expect(video.toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(mirrors.map(dark)).to.deep.equal([true, true]);
      expect(announcement(list)).to.equal(
        `Video ${stream.getVideoTracks()[0].label} switched off.`,
      );
      video.toggle.click();
      await updated(list, ...mirrors);
      expect(video.toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(mirrors.map(dark)).to.deep.equal([false, false]);
      expect(announcement(list)).to.equal(`Video ${stream.getVideoTracks()[0].label} switched on.`);
    });

    it('stop ends the track and every mirror releases its clone', async () => {
      const { mirrors, list, stream } = await kit();
      const clones = mirrors.map((mirror) => mirror.tracks[0]);
      const video = items(list).find((item) => item.kind === 'Video')!;
      const stopped = next(list, 'track-list-stop');
      video.stop.click();
      expect((await stopped).track).to.equal(stream.getVideoTracks()[0]);
      await updated(list, ...mirrors);
      expect(stream.getVideoTracks()[0].readyState).to.equal('ended');
      expect(clones.map((clone) => clone.readyState)).to.deep.equal(['ended', 'ended']);
      expect(mirrors.map(dark)).to.deep.equal([true, true]);
      expect(items(list).find((item) => item.kind === 'Video')!.state).to.equal('Ended');
      expect(stream.getAudioTracks()[0].readyState).to.equal('live');
    });

    it('preventDefault() on track-list-toggle leaves the track as it was', async () => {
      const { mirrors, list, stream } = await kit();
      list.addEventListener('track-list-toggle', (event) => event.preventDefault());
      items(list)[0].toggle.click();
      await updated(list, ...mirrors);
      expect(stream.getTracks()[0].enabled).to.equal(true);
      expect(items(list)[0].toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(mirrors.map(dark)).to.deep.equal([false, false]);
    });

    it('preventDefault() on track-list-stop leaves the track live', async () => {
      const { mirrors, list, stream } = await kit();
      list.addEventListener('track-list-stop', (event) => event.preventDefault());
      items(list).forEach((item) => item.stop.click());
      await updated(list, ...mirrors);
      expect(stream.getTracks().map((track) => track.readyState)).to.deep.equal(['live', 'live']);
      expect(mirrors.map((mirror) => mirror.tracks[0].readyState)).to.deep.equal(['live', 'live']);
    });

    it('works from the keyboard, keeping focus on the button', async () => {
      // Two tracks: stopping the only one would end the capture (and the list with it).
      const { list, stream } = await liveList(
        html`<media-capture video audio><track-list></track-list></media-capture>`,
      );
      const video = items(list).find((item) => item.kind === 'Video')!;
      video.toggle.focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(stream.getVideoTracks()[0].enabled).to.equal(false);
      await sendKeys({ press: ' ' });
      await list.updateComplete;
      expect(stream.getVideoTracks()[0].enabled).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(list.shadowRoot!.activeElement).to.equal(video.stop);
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(stream.getVideoTracks()[0].readyState).to.equal('ended');
      expect(list.shadowRoot!.activeElement).to.equal(video.stop);
      expect(video.stop.getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('staying right', () => {
    it('follows another list’s actions through the track registry', async () => {
      const { root, stream } = await liveCapture(
        html`<media-capture video audio>
          <track-list kind="video"></track-list><track-list kind="video"></track-list>
        </media-capture>`,
      );
      const [one, two] = root.querySelectorAll('track-list');
      await updated(one, two);
      items(one)[0].toggle.click();
      await updated(one, two);
      expect(items(two)[0].toggle.getAttribute('aria-pressed')).to.equal('false');
      items(two)[0].stop.click();
      await updated(one, two);
      expect(items(one)[0].state).to.equal('Ended');
      expect(stream.getVideoTracks()[0].readyState).to.equal('ended');
    });

    it('hears a second copy of the kit through the registry shared on globalThis', async () => {
      const { list, stream } = await liveList(
        html`<media-capture video><track-list></track-list></media-capture>`,
      );
      const shared = (globalThis as unknown as Record<symbol, { notify(change: object): void }>)[
        Symbol.for('mediastream-elements:tracks')
      ];
      const [track] = stream.getVideoTracks();
      track.enabled = false;
      shared.notify({ kind: 'enabled', track, stream: null });
      await list.updateComplete;
      expect(items(list)[0].toggle.getAttribute('aria-pressed')).to.equal('false');
    });

    it('shows tracks added or removed by script within a second', async () => {
      // stream.addTrack() from script fires no addtrack: the kit's once-a-second check sees it.
      const { list, stream } = await liveList(
        html`<media-capture video><track-list></track-list></media-capture>`,
      );
      const extra = canvasTrack();
      stream.addTrack(extra);
      const took = await noticed(() => items(list).length === 2, 'added track listed');
      expect(took).to.be.below(1500);
      // Chromium labels a canvas track with a random id, Firefox leaves it empty.
      const name = extra.label ? `Video ${extra.label}` : 'Camera';
      // In stream order: WebKit does not put a script-added track last.
      expect(items(list).map((item) => item.label.textContent)).to.deep.equal(
        stream.getTracks().map((track) => track.label || 'Camera'),
      );
      expect(items(list).map((item) => item.label.textContent)).to.include(extra.label || 'Camera');
      expect(announcement(list)).to.equal(`${name} added.`);
      stream.removeTrack(extra);
      await noticed(() => items(list).length === 1, 'removed track gone');
      expect(announcement(list)).to.equal(`${name} removed.`);
    });

    it('shows a track that app code stopped as ended within a second', async () => {
      // Two tracks: app code stopping every track ends the capture (media-capture.registry.test).
      const { list, stream } = await liveList(
        html`<media-capture video audio><track-list></track-list></media-capture>`,
      );
      stream.getVideoTracks()[0].stop();
      const video = () => items(list).find((item) => item.kind === 'Video')!;
      await noticed(() => video().state === 'Ended', 'ended shown');
      expect(announcement(list)).to.equal(`Video ${stream.getVideoTracks()[0].label} ended.`);
    });

    it('follows the stream through a restart and a stop', async () => {
      const { capture, list } = await liveList(
        html`<media-capture video><track-list></track-list></media-capture>`,
      );
      capture.audio = true;
      await noticed(() => items(list).length === 2, 'both tracks after restart');
      capture.stop();
      await list.updateComplete;
      expect(emptyText(list)).to.equal('No stream');
    });

    it('says so when the kind filter leaves nothing', async () => {
      const { list } = await liveList(
        html`<media-capture video><track-list kind="audio"></track-list></media-capture>`,
      );
      expect(emptyText(list)).to.equal('No tracks');
      await expect(list).to.be.accessible();
    });
  });
});
