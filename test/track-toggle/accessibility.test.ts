import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrackToggleElement } from '../../src/index.js';
import { emulateForcedColors } from '../fixtures/a11y.js';
import { liveCapture } from '../fixtures/index.js';
import { button, liveToggle, press, read } from './toggle.js';

describe('<track-toggle>', () => {
  describe('accessibility', () => {
    it('is accessible with no source, on, off, and with nothing to switch', async () => {
      const alone = await fixture<TrackToggleElement>(html`<track-toggle></track-toggle>`);
      await expect(alone).to.be.accessible();
      const { toggle, capture } = await liveToggle();
      await expect(toggle).to.be.accessible();
      await press(toggle);
      await expect(toggle).to.be.accessible();
      capture.stop();
      await toggle.updateComplete;
      expect(toggle.state).to.equal('unavailable');
      await expect(toggle).to.be.accessible();
    });

    it('is a native button, pressed while on, named by its visible label, its state in its description', async () => {
      const { toggle } = await liveToggle();
      expect(button(toggle).localName).to.equal('button');
      expect(read(toggle)).to.deep.equal({
        label: 'Mute',
        pressed: 'true',
        disabled: false,
        description: 'Microphone on',
        struck: false,
      });
      await press(toggle);
      expect(read(toggle)).to.deep.equal({
        label: 'Unmute',
        pressed: 'false',
        disabled: false,
        description: 'Microphone off',
        struck: true,
      });
    });

    it('names a camera toggle Stop video / Start video', async () => {
      const { toggle } = await liveToggle(
        html`<media-capture video audio><track-toggle kind="video"></track-toggle></media-capture>`,
      );
      expect([read(toggle).label, read(toggle).description]).to.deep.equal([
        'Stop video',
        'Camera on',
      ]);
      await press(toggle);
      expect([read(toggle).label, read(toggle).description]).to.deep.equal([
        'Start video',
        'Camera off',
      ]);
    });

    it('says why it cannot act, in its description, and keeps focus when it becomes unavailable', async () => {
      const alone = await fixture<TrackToggleElement>(html`<track-toggle></track-toggle>`);
      expect(read(alone)).to.include({
        disabled: true,
        description: 'Not connected to a camera or microphone.',
      });
      const { toggle, capture } = await liveCapture<TrackToggleElement>(
        html`<media-capture video><track-toggle></track-toggle></media-capture>`,
      ).then(({ capture }) => ({ capture, toggle: capture.querySelector('track-toggle')! }));
      await toggle.updateComplete;
      expect(read(toggle)).to.include({ disabled: true, description: 'No microphone is on.' });
      const video = capture.querySelector('track-toggle')!;
      video.kind = 'video';
      await video.updateComplete;
      button(video).focus();
      capture.stop();
      await video.updateComplete;
      expect(read(video)).to.include({ disabled: true, description: 'No camera is on.' });
      expect(video.shadowRoot!.activeElement).to.equal(button(video));
    });

    it('works from the keyboard', async () => {
      const { toggle, stream } = await liveToggle();
      button(toggle).focus();
      await sendKeys({ press: 'Enter' });
      await toggle.updateComplete;
      expect(stream.getAudioTracks()[0].enabled).to.equal(false);
      await sendKeys({ press: ' ' });
      await toggle.updateComplete;
      expect(stream.getAudioTracks()[0].enabled).to.equal(true);
      expect(toggle.shadowRoot!.activeElement).to.equal(button(toggle));
    });

    it('looks different on and off without colour (label, struck icon) and in forced colours', async () => {
      const { root } = await liveCapture(
        html`<media-capture video audio
          ><track-toggle kind="audio"></track-toggle><track-toggle kind="video"></track-toggle
        ></media-capture>`,
      );
      const [on, off] = root.querySelectorAll('track-toggle');
      await press(off);
      expect([read(on).struck, read(off).struck]).to.deep.equal([false, true]);
      const look = (t: TrackToggleElement) => {
        const style = getComputedStyle(button(t));
        return `${style.backgroundColor} ${style.color}`;
      };
      expect(look(on)).not.to.equal(look(off));
      if (await emulateForcedColors(true)) {
        try {
          expect(look(on)).not.to.equal(look(off));
        } finally {
          await emulateForcedColors(false);
        }
      }
    });
  });
});
