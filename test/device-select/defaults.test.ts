import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { DeviceSelectElement } from '../../src/index.js';
import { part } from '../fixtures/index.js';

describe('<device-select>', () => {
  describe('defaults', () => {
    it('is accessible', async () => {
      const el = await fixture<DeviceSelectElement>(html`<device-select></device-select>`);
      await expect(el).to.be.accessible();
    });

    it('is defined once, as DeviceSelectElement, by the kit', () => {
      expect(customElements.get('device-select')).to.equal(DeviceSelectElement);
      expect(() => DeviceSelectElement.define()).not.to.throw();
    });

    it('replaces its built-in text through strings', async () => {
      const el = await fixture<DeviceSelectElement>(html`<device-select></device-select>`);
      expect(part(el, 'base')!.textContent).to.equal('Device select');
      el.strings = { label: 'Replaced $&' };
      await el.updateComplete;
      expect(part(el, 'base')!.textContent).to.equal('Replaced $&');
    });
  });
});
