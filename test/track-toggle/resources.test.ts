import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { createdTracks, stub } from '../fixtures/index.js';
import { liveToggle, press } from './toggle.js';

/** The tracks created besides the capture's own: the toggle's clones. */
const clonesBeside = (stream: MediaStream) =>
  createdTracks().filter((track) => !stream.getTracks().includes(track));

/** Every AudioContext the page creates from now on (a spy: the real constructor runs). */
function contextsCreated() {
  const contexts: AudioContext[] = [];
  const Real = window.AudioContext;
  stub(
    window,
    'AudioContext',
    class extends Real {
      constructor(options?: AudioContextOptions) {
        super(options);
        contexts.push(this);
      }
    },
  );
  return contexts;
}

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
