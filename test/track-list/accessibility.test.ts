import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrackListElement } from '../../src/index.js';
import { items, liveList } from '../fixtures/index.js';

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
});
