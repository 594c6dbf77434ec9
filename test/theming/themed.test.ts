// demo/themed.html restyles the kit into another design system through ::part(), the documented
// custom properties, :state() and slots only. The theme must apply, and no style may cross the
// shadow boundary either way: the page's `button {}` rule stays out of the kit's buttons, and the
// kit's button styles stay out of the page's.
import { expect, waitUntil } from '@open-wc/testing';
import type { MediaCaptureElement, TrackListElement } from '../../src/index.js';
import { part } from '../fixtures/index.js';

let frame: HTMLIFrameElement;
const doc = () => frame.contentDocument!;
const style = (el: Element) => frame.contentWindow!.getComputedStyle(el);
const capture = () => doc().querySelector('media-capture') as MediaCaptureElement;

before(async () => {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/themed.html';
  document.body.append(frame);
  await loaded;
  await waitUntil(() => frame.contentWindow!.customElements.get('track-list'), 'kit not defined');
  await capture().updateComplete;
});
after(async () => {
  capture().stop();
  frame.remove();
});

describe('demo/themed.html: the kit in another design system', () => {
  it('styles the built-in buttons through custom properties and ::part()', () => {
    const start = style(part(capture(), 'start-button')!);
    expect(start.backgroundColor).to.equal('rgb(124, 77, 255)');
    expect(start.color).to.equal('rgb(255, 255, 255)');
    expect(start.borderRadius).to.equal('999px');
    expect(start.textTransform).to.equal('uppercase');
    expect(start.fontWeight).to.equal('700');
    expect(style(part(capture(), 'panel')!).justifyContent).to.equal('flex-end');
  });

  it('fills the placeholder slot and styles the mirror', () => {
    const mirror = doc().querySelector('stream-mirror')!;
    const slot = mirror.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="placeholder"]')!;
    expect(slot.assignedElements()[0]?.textContent).to.contain('Camera is off');
    expect(style(mirror).borderTopLeftRadius).to.equal('14px');
    expect(style(mirror).backgroundColor).to.equal('rgb(12, 10, 20)');
  });

  it('styles the live state, the stop button and the track list', async () => {
    await capture().start();
    await capture().updateComplete;
    expect(capture().matches(':state(live)')).to.be.true;
    expect(style(capture()).boxShadow).to.contain('rgb(124, 77, 255)');
    expect(style(part(capture(), 'stop-button')!).backgroundColor).to.equal('rgb(255, 82, 119)');
    const list = doc().querySelector('track-list') as TrackListElement;
    await waitUntil(() => part(list, 'item'), 'no track listed');
    expect(style(part(list, 'item')!).backgroundColor).to.equal('rgb(42, 37, 64)');
    expect(style(part(list, 'item')!).borderRadius).to.equal('14px');
    expect(style(part(list, 'kind')!).textTransform).to.equal('uppercase');
    const toggle = part(list, 'toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(style(toggle).backgroundColor).to.equal('rgb(124, 77, 255)');
    expect(style(toggle).borderTopLeftRadius).to.equal('999px');
  });

  it("keeps the page's button {} rule out of the kit's shadow buttons", () => {
    const kitButtons = [
      part(capture(), 'stop-button')!,
      part(doc().querySelector('track-list')!, 'toggle')!,
      part(doc().querySelector('track-list')!, 'stop')!,
    ];
    for (const button of kitButtons) {
      const s = style(button);
      expect(s.fontFamily, button.getAttribute('part')!).not.to.contain('Georgia');
      expect(s.borderTopStyle).not.to.equal('double');
      expect(s.paddingTop).not.to.equal('2px');
      expect(s.backgroundColor).not.to.equal('rgb(80, 60, 0)');
    }
  });

  it("keeps the kit's styles out of the page's buttons", () => {
    const s = style(doc().querySelector('.page-button')!);
    expect([s.paddingTop, s.paddingRight]).to.deep.equal(['2px', '6px']);
    expect(s.borderTopStyle).to.equal('double');
    expect(s.borderTopLeftRadius).to.equal('0px');
    expect(s.backgroundColor).to.equal('rgb(80, 60, 0)');
    expect(s.fontFamily).to.contain('Georgia');
    expect(doc().adoptedStyleSheets, 'document-level sheets added by the kit').to.be.empty;
    expect(doc().querySelectorAll('style'), '<style> added to the page').to.have.length(0);
  });
});
