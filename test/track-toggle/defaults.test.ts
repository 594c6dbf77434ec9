import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { TrackToggleElement } from '../../src/index.js';
import { part } from '../fixtures/index.js';

describe('<track-toggle>', () => {
  describe('defaults', () => {
    it('is accessible', async () => {
      const el = await fixture<TrackToggleElement>(html`<track-toggle></track-toggle>`);
      await expect(el).to.be.accessible();
    });

    it('is defined once, as TrackToggleElement, by the kit', () => {
      expect(customElements.get('track-toggle')).to.equal(TrackToggleElement);
      expect(() => TrackToggleElement.define()).not.to.throw();
    });

    it('replaces its built-in text through strings', async () => {
      const el = await fixture<TrackToggleElement>(html`<track-toggle></track-toggle>`);
      expect(part(el, 'base')!.textContent).to.equal('Track toggle');
      el.strings = { label: 'Replaced $&' };
      await el.updateComplete;
      expect(part(el, 'base')!.textContent).to.equal('Replaced $&');
    });
  });
});
