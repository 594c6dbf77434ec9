import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import {
  announcement,
  canvasTrack,
  emptyText,
  hidePage,
  items,
  liveCapture,
  liveList,
  noticed,
  stub,
  updated,
} from '../fixtures/index.js';

describe('<track-list>', () => {
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

    it('adds no listener to a shown stream’s tracks for each more list: the registry listens once', async () => {
      const { root, stream } = await liveList(
        html`<media-capture video audio><track-list></track-list></media-capture>`,
      );
      const tracks = stream.getTracks();
      const added: string[] = [];
      const addEventListener = EventTarget.prototype.addEventListener;
      stub(
        MediaStreamTrack.prototype,
        'addEventListener',
        function (this: MediaStreamTrack, ...args: Parameters<EventTarget['addEventListener']>) {
          if (tracks.includes(this)) added.push(args[0]);
          return addEventListener.apply(this, args);
        },
      );
      const more = Array.from({ length: 20 }, () => document.createElement('track-list'));
      root.append(...more);
      await updated(...more);
      expect(more.map((list) => items(list).length)).to.deep.equal(more.map(() => 2));
      expect(added, 'listeners added to the tracks').to.deep.equal([]);
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

    it('checks nothing while the page is hidden, and shows what changed once it shows', async () => {
      // DESIGN: the once-a-second check costs nothing while the page is hidden. A headless page
      // cannot be hidden: hidePage() stubs document.hidden and visibilityState.
      const { list, stream } = await liveList(
        html`<media-capture video audio><track-list></track-list></media-capture>`,
      );
      const pressed = () =>
        items(list)
          .find((item) => item.kind === 'Video')!
          .toggle.getAttribute('aria-pressed');
      const show = hidePage();
      try {
        stream.getVideoTracks()[0].enabled = false; // app code: no event for it
        await new Promise((resolve) => setTimeout(resolve, 2200));
        expect(pressed(), 'two checks passed while hidden').to.equal('true');
      } finally {
        show();
      }
      await noticed(() => pressed() === 'false', 'off shown once visible');
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
