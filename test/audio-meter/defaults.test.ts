import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { AudioMeterElement } from '../../src/index.js';
import { clonesBeside, contextsCreated, cssLevel, liveMeter, meterOf } from './meter.js';

describe('<audio-meter>', () => {
  describe('defaults', () => {
    it('is defined once, as AudioMeterElement, by the kit', () => {
      expect(customElements.get('audio-meter')).to.equal(AudioMeterElement);
      expect(() => AudioMeterElement.define()).not.to.throw();
    });

    it('measures nothing without a stream: level 0, no clone, no audio context', async () => {
      const contexts = contextsCreated();
      const el = await fixture<AudioMeterElement>(html`<audio-meter></audio-meter>`);
      expect([el.threshold, el.hold, el.noSignalAfter]).to.deep.equal([-50, 500, 5000]);
      expect([el.level, el.speaking, cssLevel(el)]).to.deep.equal([0, false, 0]);
      expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('0');
      expect(contexts).to.deep.equal([]);
    });

    it('measures a stream given as a property, and nothing for null', async () => {
      const { stream } = await liveMeter(html`<media-capture audio></media-capture>`);
      const el = await fixture<AudioMeterElement>(
        html`<audio-meter .stream=${stream}></audio-meter>`,
      );
      await expect(el).to.be.accessible();
      await waitUntil(() => clonesBeside(stream).length === 1, 'the meter made no clone');
      el.stream = null;
      await el.updateComplete;
      expect(clonesBeside(stream)[0].readyState).to.equal('ended');
    });

    it('replaces its built-in text through strings, literally', async () => {
      const el = await fixture<AudioMeterElement>(html`<audio-meter></audio-meter>`);
      expect(meterOf(el).getAttribute('aria-label')).to.equal('Microphone level');
      el.strings = { label: 'Replaced $&' };
      await el.updateComplete;
      expect(meterOf(el).getAttribute('aria-label')).to.equal('Replaced $&');
    });
  });
});
