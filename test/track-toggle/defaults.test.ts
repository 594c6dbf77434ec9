import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { TrackToggleElement } from '../../src/index.js';
import { part } from '../fixtures/index.js';
import { inState } from './toggle.js';

describe('<track-toggle>', () => {
  describe('defaults', () => {
    it('is defined once, as TrackToggleElement, by the kit', () => {
      expect(customElements.get('track-toggle')).to.equal(TrackToggleElement);
      expect(() => TrackToggleElement.define()).not.to.throw();
    });

    it('is a microphone toggle that disables, unavailable without a source', async () => {
      const el = await fixture<TrackToggleElement>(html`<track-toggle></track-toggle>`);
      expect([el.kind, el.off, el.warnWhileMuted, el.state]).to.deep.equal([
        'audio',
        'disable',
        false,
        'unavailable',
      ]);
      expect(inState(el, 'unavailable')).to.equal(true);
      expect(inState(el, 'on')).to.equal(false);
    });

    it('replaces its built-in text through strings, literally', async () => {
      const el = await fixture<TrackToggleElement>(html`<track-toggle></track-toggle>`);
      expect(part(el, 'label')!.textContent).to.equal('Unmute');
      el.strings = { unmute: 'Replaced $&', noSource: 'Nothing $1' };
      await el.updateComplete;
      expect(part(el, 'label')!.textContent).to.equal('Replaced $&');
      expect(el.shadowRoot!.getElementById('description')!.textContent).to.equal('Nothing $1');
    });
  });
});
