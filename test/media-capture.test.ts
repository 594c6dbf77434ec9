import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { MediaCaptureElement } from '../src/index.js';
import { liveTracks } from './helpers.js';

describe('<media-capture>', () => {
  it('goes live', async () => {
    const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
    const stream = await el.start();
    expect(el.state).to.equal('live');
    expect(stream.getTracks().length).to.equal(2);
    expect(liveTracks().length).to.equal(2);
    el.stop();
    expect(liveTracks().length).to.equal(0);
    void oneEvent;
  });
});
