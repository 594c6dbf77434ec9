import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrackToggleChangeEvent } from '../../src/index.js';
import { recordAnnouncements } from '../fixtures/a11y.js';
import { once, part, stub } from '../fixtures/index.js';
import { countAnalyserReads, total } from '../audio-meter/analyser-reads.js';
import { button, liveToggle, press } from './toggle.js';

describe('<track-toggle>', () => {
  describe('events', () => {
    it('fires track-toggle-change (kind, enabled) before acting, bubbling and composed', async () => {
      const { toggle, stream, root } = await liveToggle();
      const [audio] = stream.getAudioTracks();
      const seen: [string, boolean, boolean][] = [];
      root.addEventListener('track-toggle-change', (event) => {
        const { kind, enabled, bubbles, composed, cancelable } = event;
        expect([bubbles, composed, cancelable]).to.deep.equal([true, true, true]);
        seen.push([kind, enabled, audio.enabled]);
      });
      await press(toggle);
      await press(toggle);
      expect(seen).to.deep.equal([
        ['audio', false, true],
        ['audio', true, false],
      ]);
    });

    it('leaves the tracks as they are when track-toggle-change is cancelled', async () => {
      const { toggle, stream } = await liveToggle(
        html`<media-capture video audio><track-toggle off="stop"></track-toggle></media-capture>`,
      );
      toggle.addEventListener('track-toggle-change', (event: TrackToggleChangeEvent) =>
        event.preventDefault(),
      );
      await press(toggle);
      const [audio] = stream.getAudioTracks();
      expect([audio.readyState, audio.enabled, toggle.state]).to.deep.equal(['live', true, 'on']);
    });

    it('warn-while-muted: speaking into the muted microphone fires once per burst and shows a polite hint', async () => {
      const reads = countAnalyserReads();
      const { toggle, stream } = await liveToggle(
        html`<media-capture audio><track-toggle warn-while-muted></track-toggle></media-capture>`,
      );
      const said = recordAnnouncements(toggle);
      let count = 0;
      toggle.addEventListener('track-toggle-speakingwhilemuted', () => count++);
      const warned = once(toggle, 'track-toggle-speakingwhilemuted');
      await press(toggle);
      const [muted] = stream.getAudioTracks();
      expect(muted.enabled).to.equal(false);
      // The muted track still carries the fake microphone's sound; the toggle hears it through a clone.
      const { track, bubbles, composed } = await warned;
      expect([track, bubbles, composed]).to.deep.equal([muted, true, true]);
      await toggle.updateComplete;
      expect(part(toggle, 'hint')!.textContent).to.equal('You are muted. Unmute to be heard.');
      expect(button(toggle).getAttribute('aria-describedby')).to.equal('description hint');
      // More sound of the same burst (beeps less than a second apart, or a steady tone): no second event.
      const loudAtWarning = total(reads).loud;
      await waitUntil(() => total(reads).loud >= loudAtWarning + 20, 'no more sound was measured', {
        timeout: 8000,
      });
      expect(count).to.equal(1);
      expect(said.texts()).to.deep.equal(['You are muted. Unmute to be heard.']);
      said.stop();
      await press(toggle);
      expect(part(toggle, 'hint')).to.equal(null);
      expect(muted.enabled).to.equal(true);
    });

    it('warn-while-muted warns again in a new muted period', async () => {
      const { toggle } = await liveToggle(
        html`<media-capture audio><track-toggle warn-while-muted></track-toggle></media-capture>`,
      );
      for (let i = 0; i < 2; i++) {
        const warned = once(toggle, 'track-toggle-speakingwhilemuted');
        await press(toggle);
        await warned;
        await press(toggle);
      }
      expect(toggle.state).to.equal('on');
    });

    it('follows MediaSession togglemicrophone where the browser offers it, and tells it the state', async () => {
      const handlers = new Map<string, MediaSessionActionHandler | null>();
      const active: boolean[] = [];
      const session = navigator.mediaSession as MediaSession & {
        setMicrophoneActive?: (active: boolean) => Promise<void>;
      };
      const realSet = session.setActionHandler.bind(session);
      // The browser's own call controls cannot be pressed from a test: record the handler the
      // toggle installs (calling through, so an unsupported action still throws) and call it.
      stub(session, 'setActionHandler', (action: MediaSessionAction, handler) => {
        realSet(action, handler);
        handlers.set(action, handler);
      });
      if ('setMicrophoneActive' in session) {
        stub(session, 'setMicrophoneActive', (value: boolean) => {
          active.push(value);
          return Promise.resolve();
        });
      }
      const { toggle, stream } = await liveToggle();
      const handler = handlers.get('togglemicrophone');
      if (!handler) {
        // Firefox and WebKit reject the action (measured): the toggle works without it.
        expect(toggle.state).to.equal('on');
        return;
      }
      const said = recordAnnouncements(toggle);
      handler({ action: 'togglemicrophone' as MediaSessionAction });
      await toggle.updateComplete;
      expect(stream.getAudioTracks()[0].enabled).to.equal(false);
      expect(said.texts()).to.deep.equal(['Microphone off']);
      said.stop();
      expect(active.slice(-2)).to.deep.equal([true, false]);
      toggle.remove();
      expect(handlers.get('togglemicrophone')).to.equal(null);
    });
  });
});
