import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MediaCaptureElement } from '../../src/index.js';
import { announcement, dark, items, liveList, once, ready, updated } from '../fixtures/index.js';

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

describe('<track-list>', () => {
  describe('actions', () => {
    it('toggle switches the track off in every mirror and back, announcing it', async () => {
      const { mirrors, list, stream } = await kit();
      const video = items(list).find((item) => item.kind === 'Video')!;
      const toggled = once(list, 'track-list-toggle');
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
      const stopped = once(list, 'track-list-stop');
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
});
