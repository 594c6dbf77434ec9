import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { AudioMeterElement } from '../../src/index.js';
import { part } from '../fixtures/index.js';

describe('<audio-meter>', () => {
  describe('defaults', () => {
    it('is accessible', async () => {
      const el = await fixture<AudioMeterElement>(html`<audio-meter></audio-meter>`);
      await expect(el).to.be.accessible();
    });

    it('is defined once, as AudioMeterElement, by the kit', () => {
      expect(customElements.get('audio-meter')).to.equal(AudioMeterElement);
      expect(() => AudioMeterElement.define()).not.to.throw();
    });

    it('replaces its built-in text through strings', async () => {
      const el = await fixture<AudioMeterElement>(html`<audio-meter></audio-meter>`);
      expect(part(el, 'base')!.textContent).to.equal('Audio meter');
      el.strings = { label: 'Replaced $&' };
      await el.updateComplete;
      expect(part(el, 'base')!.textContent).to.equal('Replaced $&');
    });
  });
});
