import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { MediaCaptureElement, StreamMirrorElement } from '../../src/index.js';
import { dark, items, liveTracks, ready } from '../fixtures/index.js';

// A second copy of the kit on the page: the built dist/ modules (npm test builds them first) are a
// module graph of their own, with classes of their own, as when two bundles each carry the kit.
type Kit = typeof import('../../src/index.js');
const loadSecondCopy = () => import('/dist/index.js' as string) as Promise<Kit>;

describe('two copies of the kit on one page', () => {
  it('loading the second copy does not throw and keeps the first definitions', async () => {
    const copy = await loadSecondCopy();
    expect(copy.MediaCaptureElement).not.to.equal(MediaCaptureElement);
    expect(customElements.get('media-capture')).to.equal(MediaCaptureElement);
    expect(() => copy.MediaCaptureElement.define()).not.to.throw();
    expect(() => MediaCaptureElement.define()).not.to.throw();
  });

  it('a consumer of one copy links to a source of the other, and hears its track actions', async () => {
    const copy = await loadSecondCopy();
    copy.StreamMirrorElement.define('copy-mirror');
    const root = await fixture<MediaCaptureElement>(
      html`<media-capture video
        ><copy-mirror></copy-mirror><track-list></track-list
      ></media-capture>`,
    );
    const mirror = root.querySelector('copy-mirror') as StreamMirrorElement;
    const shown = ready(mirror);
    const stream = await root.start();
    await shown;
    expect(mirror.tracks).to.have.length(1);
    expect(mirror.tracks[0].id).not.to.equal(stream.getVideoTracks()[0].id);
    const list = root.querySelector('track-list')!;
    await list.updateComplete;
    items(list)[0].toggle.click();
    await mirror.updateComplete;
    expect(dark(mirror), 'switched off through the other copy').to.be.true;
    root.stop();
    expect(liveTracks()).to.deep.equal([]);
  });

  it('define(tag) registers a class already defined under another tag as a subclass', () => {
    StreamMirrorElement.define('renamed-mirror');
    const renamed = customElements.get('renamed-mirror')!;
    expect(renamed).not.to.equal(StreamMirrorElement);
    expect(document.createElement('renamed-mirror')).to.be.instanceOf(StreamMirrorElement);
  });
});
