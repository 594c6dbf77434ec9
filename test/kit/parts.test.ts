import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type {
  MediaCaptureElement,
  StreamMirrorElement,
  TrackListElement,
} from '../../src/index.js';
import { items } from '../fixtures/index.js';

const parts = (root: Element, name: string) =>
  [...root.shadowRoot!.querySelectorAll(`[part~="${name}"]`)].map((el) => el.getAttribute('part'));

// States a theme styles through ::part(): `track-list::part(item ended)`, `::part(toggle pressed)`.
describe('state as part names', () => {
  it('<track-list> names items ended, muted or off, and the pressed toggle', async () => {
    const root = await fixture<MediaCaptureElement>(
      html`<media-capture><track-list></track-list></media-capture>`,
    );
    await root.start();
    const list = root.querySelector<TrackListElement>('track-list')!;
    await list.updateComplete;
    expect(parts(list, 'toggle')).to.deep.equal(['toggle pressed', 'toggle pressed']);
    items(list)[0].toggle.click();
    await list.updateComplete;
    expect(parts(list, 'item')[0]).to.equal('item off');
    expect(parts(list, 'toggle')[0]).to.equal('toggle');
    items(list)[1].stop.click();
    await list.updateComplete;
    expect(parts(list, 'item')[1]).to.equal('item ended');
    root.stop();
  });

  it('<stream-mirror> names the box over the video overlay', async () => {
    const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
    expect(parts(mirror, 'overlay')).to.deep.equal(['overlay']);
    expect(mirror.shadowRoot!.querySelector('[part~="overlay"] [part~="placeholder"]')).to.exist;
  });
});
