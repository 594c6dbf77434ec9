// Requests up (DESIGN, Linking: controls): a control links to its source *element* — by `for`, or
// the nearest ancestor source through the context protocol — and asks it to act. The control here
// is a minimal test element over the same link controller the kit's controls use.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/index.js';
import type { MediaCaptureElement } from '../../src/index.js';
import { StreamLinkController } from '../../src/controllers/stream-link-controller.js';
import { once, place } from '../fixtures/index.js';

class TestControl extends LitElement {
  static override properties = { for: {} };
  for?: string;
  link = new StreamLinkController(this, { source: true });
}
customElements.define('test-control', TestControl);

describe('controls link to their source element', () => {
  it('finds the nearest ancestor source and starts and stops it through its methods', async () => {
    const capture = await fixture<MediaCaptureElement>(
      html`<media-capture video
        ><div><test-control></test-control></div
      ></media-capture>`,
    );
    const control = capture.querySelector<TestControl>('test-control')!;
    expect(control.link.source).to.equal(capture);
    expect(control.link.stream).to.equal(null);
    const live = once(capture, 'media-capture-start');
    await control.link.source!.start!();
    await live;
    expect(capture.state).to.equal('live');
    expect(control.link.stream).to.equal(capture.stream);
    control.link.source!.stop!();
    expect(capture.state).to.equal('idle');
    expect(control.link.stream).to.equal(null);
  });

  it('finds the source named by `for`, whatever the document order, and follows a change of `for`', async () => {
    const root = await fixture(
      html`<div>
        <test-control for="cam"></test-control>
        <media-capture id="cam" video></media-capture>
        <media-capture id="other" audio></media-capture>
      </div>`,
    );
    const control = root.querySelector<TestControl>('test-control')!;
    const [cam, other] = root.querySelectorAll('media-capture');
    expect(control.link.source).to.equal(cam);
    await cam.start();
    expect(control.link.stream).to.equal(cam.stream);
    control.for = 'other';
    await control.updateComplete;
    expect(control.link.source).to.equal(other);
    expect(control.link.stream).to.equal(null);
  });

  it('links to a source upgraded after it', async () => {
    const tag = `late-capture-${Math.random().toString(36).slice(2)}`;
    const host = place(document.createElement(tag));
    const control = host.appendChild(document.createElement('test-control')) as TestControl;
    await control.updateComplete;
    expect(control.link.source).to.equal(null);
    const Capture = customElements.get('media-capture') as typeof MediaCaptureElement;
    customElements.define(tag, class extends Capture {});
    await (host as MediaCaptureElement).updateComplete;
    expect(control.link.source).to.equal(host);
  });

  it('has no source, and throws nothing, when there is none', async () => {
    const control = await fixture<TestControl>(html`<test-control for="nowhere"></test-control>`);
    expect(control.link.source).to.equal(null);
    expect(control.link.stream).to.equal(null);
  });
});
