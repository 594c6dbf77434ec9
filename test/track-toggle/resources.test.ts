import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { clonesBeside, contextsCreated } from '../audio-meter/meter.js';
import { liveToggle, press } from './toggle.js';

describe('<track-toggle>', () => {
  describe('resources', () => {
    it('makes no clone and no audio context without warn-while-muted', async () => {
      const contexts = contextsCreated();
      const { toggle, stream } = await liveToggle(
        html`<media-capture audio><track-toggle></track-toggle></media-capture>`,
      );
      await press(toggle);
      expect(clonesBeside(stream)).to.deep.equal([]);
      expect(contexts).to.deep.equal([]);
    });

    it('warn-while-muted listens through one clone, stopped on unmute; the context closes', async () => {
      const contexts = contextsCreated();
      const { toggle, stream } = await liveToggle(
        html`<media-capture audio><track-toggle warn-while-muted></track-toggle></media-capture>`,
      );
      expect(clonesBeside(stream)).to.deep.equal([]);
      await press(toggle);
      const [clone] = clonesBeside(stream);
      expect([clonesBeside(stream).length, clone.readyState, clone.enabled]).to.deep.equal([
        1,
        'live',
        true,
      ]);
      await press(toggle);
      expect(clone.readyState).to.equal('ended');
      expect(stream.getAudioTracks()[0].readyState).to.equal('live');
      expect(contexts.length).to.equal(1);
      await waitUntil(() => contexts[0].state === 'closed', 'the audio context stayed open');
    });

    it('stops its clone, never the source, when removed while muted', async () => {
      const { toggle, stream } = await liveToggle(
        html`<media-capture audio><track-toggle warn-while-muted></track-toggle></media-capture>`,
      );
      await press(toggle);
      const [clone] = clonesBeside(stream);
      toggle.remove();
      expect(clone.readyState).to.equal('ended');
      expect(stream.getAudioTracks()[0].readyState).to.equal('live');
    });
  });
});
