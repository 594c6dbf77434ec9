import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { MediaCaptureElement, StreamMirrorElement } from '../../src/index.js';
import de from '../../src/translations/de.js';
import { liveTracks, place } from '../fixtures/platform.js';

// The built cdn/autoloader.js (npm test builds it; by hand: npm run build:ts && npm run build:cdn),
// alone on this page: nothing here imports the kit's modules, so every definition comes from it.
type Autoloader = { discover(root?: Document | DocumentFragment | Element): Promise<void> };
const AUTOLOADER = '/cdn/autoloader.js';
const loadAutoloader = () => import(AUTOLOADER as string) as Promise<Autoloader>;

/** The kit files this page requested, relative to cdn/, in request order. */
const requested = () =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => new URL(entry.name).pathname.startsWith('/cdn/'))
    .map((entry) => ({ file: new URL(entry.name).pathname.slice('/cdn/'.length), entry }));

/** The tags the tests placed, for the last test's check of what was requested. */
const placed = new Set<string>();
/** The languages the tests asked for, likewise. */
const languages = new Set<string>();
/** The first element of `markup`, the tags in it noted as placed. */
const parse = <T extends Element = HTMLElement>(markup: string) => {
  const template = document.createElement('template');
  template.innerHTML = markup;
  template.content.querySelectorAll('*').forEach((element) => placed.add(element.localName));
  return template.content.firstElementChild as T;
};

const defined = (tag: string) =>
  waitUntil(() => customElements.get(tag), `<${tag}> defined`, { timeout: 5000 });

describe('cdn/autoloader.js', () => {
  before(() => {
    // The test page loads far more than the default 250 resource entries can hold.
    performance.setResourceTimingBufferSize(2000);
    performance.clearResourceTimings();
  });

  it('defines the tags already in the document, and they work together', async () => {
    const capture = place(
      parse<MediaCaptureElement>(
        '<media-capture video><stream-mirror></stream-mirror></media-capture>',
      ),
    );
    expect(customElements.get('media-capture'), 'not defined before the autoloader').to.be
      .undefined;
    await loadAutoloader();
    await defined('media-capture');
    await defined('stream-mirror');
    const mirror = capture.querySelector('stream-mirror') as StreamMirrorElement;
    expect(capture).to.be.instanceOf(customElements.get('media-capture')!);
    expect(mirror).to.be.instanceOf(customElements.get('stream-mirror')!);

    const shown = oneEvent(mirror, 'stream-mirror-ready');
    const stream = await capture.start();
    await shown;
    expect(capture.state).to.equal('live');
    expect(mirror.tracks.map((track) => track.kind)).to.deep.equal(['video']);
    expect(mirror.tracks[0].id, 'the mirror shows its own clone').not.to.equal(
      stream.getVideoTracks()[0].id,
    );
    capture.stop();
    expect(liveTracks()).to.deep.equal([]);
  });

  it('defines a tag added to the document later', async () => {
    await loadAutoloader();
    expect(customElements.get('track-list')).to.be.undefined;
    const list = place(parse('<track-list></track-list>'));
    await defined('track-list');
    expect(list).to.be.instanceOf(customElements.get('track-list')!);
    expect(list.shadowRoot, 'upgraded and rendered').to.exist;
  });

  it('defines a tag in a shadow root passed to discover(root), and those added to it later', async () => {
    const { discover } = await loadAutoloader();
    const host = place(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(parse('<track-toggle></track-toggle>'));
    // The document's observer does not see into shadow roots: nothing loads it yet.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(customElements.get('track-toggle')).to.be.undefined;
    expect(requested().map((r) => r.file)).not.to.include('chunks/track-toggle.js');

    await discover(shadow);
    expect(customElements.get('track-toggle'), 'defined when discover() resolves').to.exist;
    expect(shadow.firstElementChild).to.be.instanceOf(customElements.get('track-toggle')!);

    shadow.append(parse('<device-select></device-select>'));
    await defined('device-select');
    expect(await discover(shadow), 'a second call on the same root').to.be.undefined;
  });

  it('loads the translation of an element’s language as a file of its own', async () => {
    await loadAutoloader();
    const mirror = place(parse<StreamMirrorElement>('<stream-mirror lang="de"></stream-mirror>'));
    await defined('stream-mirror');
    const placeholder = () =>
      mirror.shadowRoot?.querySelector('[part~="placeholder"]')?.textContent?.trim();
    await waitUntil(() => placeholder() === de['stream-mirror'].placeholder, 'shown in German');
    languages.add('de');
  });

  it('requested the chunks of the tags placed and the shared chunk, each once and in parallel', () => {
    const files = requested().map((r) => r.file);
    const chunks = files.filter((file) => file.startsWith('chunks/'));
    // The chunks an element imports besides the shared one, requested with its own (rollup.config.mjs).
    const alongside: Record<string, string[]> = {
      'audio-meter': ['audio'],
      'track-toggle': ['audio'],
      'screen-capture': ['constraints'],
    };
    const parts = [...placed].flatMap((tag) => alongside[tag] ?? []);
    const names = new Set([...placed, ...parts, ...languages]);
    const expected = placed.size
      ? ['chunks/shared.js', ...[...names].map((name) => `chunks/${name}.js`)]
      : [];
    expect([...chunks].sort()).to.deep.equal(expected.sort());
    if (!placed.size) return;
    // No waterfall: the shared chunk was requested before the first element chunk had arrived
    // (an element chunk that had to be parsed to find it would request it after).
    const timing = (file: string) => requested().find((r) => r.file === file)!.entry;
    const shared = timing('chunks/shared.js');
    expect(shared.startTime).to.be.at.most(timing('chunks/media-capture.js').responseEnd);
    if (placed.has('track-toggle')) {
      expect(timing('chunks/audio.js').startTime).to.be.at.most(
        timing('chunks/track-toggle.js').responseEnd,
      );
    }
  });
});
