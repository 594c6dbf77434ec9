import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { StreamRecorderElement } from '../../src/index.js';
import { part } from '../fixtures/index.js';

describe('<stream-recorder>', () => {
  describe('defaults', () => {
    it('is accessible', async () => {
      const el = await fixture<StreamRecorderElement>(html`<stream-recorder></stream-recorder>`);
      await expect(el).to.be.accessible();
    });

    it('is defined once, as StreamRecorderElement, by the kit', () => {
      expect(customElements.get('stream-recorder')).to.equal(StreamRecorderElement);
      expect(() => StreamRecorderElement.define()).not.to.throw();
    });

    it('replaces its built-in text through strings', async () => {
      const el = await fixture<StreamRecorderElement>(html`<stream-recorder></stream-recorder>`);
      expect(part(el, 'base')!.textContent).to.equal('Stream recorder');
      el.strings = { label: 'Replaced $&' };
      await el.updateComplete;
      expect(part(el, 'base')!.textContent).to.equal('Replaced $&');
    });
  });
});
