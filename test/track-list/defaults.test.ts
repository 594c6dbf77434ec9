import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrackListElement } from '../../src/index.js';
import { emptyText, items, liveList } from '../fixtures/index.js';

describe('<track-list>', () => {
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
      // What getSettings() gives: Chromium `48 kHz · mono`, Firefox only the channel count.
      expect(audio.settings).to.match(/^(\d+(\.\d)? kHz)?( · )?(mono|stereo|\d+ channels)?$/);
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
});
