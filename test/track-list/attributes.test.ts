import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { announcement, items, liveList } from '../fixtures/index.js';
import { recordAnnouncements } from '../fixtures/a11y.js';

describe('<track-list>', () => {
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

    it('a new kind announces nothing (no track changed), and a change after it is said once', async () => {
      const { list, stream } = await liveList(
        html`<media-capture video audio><track-list></track-list></media-capture>`,
      );
      const heard = recordAnnouncements(list);
      list.kind = 'audio';
      await list.updateComplete;
      expect(items(list).map((item) => item.kind)).to.deep.equal(['Audio']);
      list.kind = undefined;
      await list.updateComplete;
      const all = stream.getTracks().map((track) => (track.kind === 'video' ? 'Video' : 'Audio'));
      expect(items(list).map((item) => item.kind)).to.deep.equal(all);
      list.kind = 'video';
      await list.updateComplete;
      expect(heard.texts(), 'a filter change').to.deep.equal([]);
      const [video] = stream.getVideoTracks();
      items(list)[0].toggle.click();
      await list.updateComplete;
      heard.stop();
      expect(heard.texts()).to.deep.equal([`Video ${video.label} switched off.`]);
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
});
