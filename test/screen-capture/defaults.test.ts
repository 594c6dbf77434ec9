import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { ScreenCaptureElement } from '../../src/index.js';
import { part } from '../fixtures/index.js';

describe('<screen-capture>', () => {
  describe('defaults', () => {
    it('is accessible', async () => {
      const el = await fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);
      await expect(el).to.be.accessible();
    });

    it('is defined once, as ScreenCaptureElement, by the kit', () => {
      expect(customElements.get('screen-capture')).to.equal(ScreenCaptureElement);
      expect(() => ScreenCaptureElement.define()).not.to.throw();
    });

    it('replaces its built-in text through strings', async () => {
      const el = await fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);
      expect(part(el, 'base')!.textContent).to.equal('Screen capture');
      el.strings = { label: 'Replaced $&' };
      await el.updateComplete;
      expect(part(el, 'base')!.textContent).to.equal('Replaced $&');
    });
  });
});
