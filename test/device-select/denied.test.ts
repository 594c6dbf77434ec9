// The list before any grant, as the browser really gives it: Chromium launched with
// --use-fake-ui-for-media-stream=deny and Firefox with permissions.default.* = 2 refuse every
// prompt. WebKitGTK has no way to refuse: its denied group stubs getUserMedia to reject
// (web-test-runner.config.mjs), and its mock devices are listed as they are.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement } from '../../src/index.js';
import { calls, part } from '../fixtures/index.js';
import { message, options, spyListings } from './helpers.js';

describe('<device-select> before and after a refusal', () => {
  it('one generic entry, needs-permission; a refused start asks for no empty deviceId', async () => {
    const listings = spyListings();
    const capture = await fixture<MediaCaptureElement>(
      html`<media-capture video><device-select></device-select></media-capture>`,
    );
    const select = capture.querySelector('device-select')!;
    await listings.settled();
    await select.updateComplete;
    expect(select.state).to.equal('needs-permission');
    expect(options(select)).to.deep.equal([{ value: '', text: 'Camera' }]);
    expect(message(select)).to.equal('Your cameras are listed once you allow access.');
    await capture.start().catch(() => {});
    expect(capture.state).to.equal('denied');
    expect(JSON.stringify(calls)).not.to.contain('"exact":""');
    await listings.settled();
    await select.updateComplete;
    expect(select.state).to.equal('needs-permission');
    await expect(select).to.be.accessible();
  });

  it('speakers: needs-permission, not "no speaker", before a microphone is allowed', async () => {
    const listings = spyListings();
    const root = await fixture(
      html`<media-capture audio><device-select kind="audiooutput"></device-select></media-capture>`,
    );
    const select = root.querySelector('device-select')!;
    await listings.settled();
    await select.updateComplete;
    // WebKitGTK has no setSinkId (measured): there the list says why instead.
    if (!('setSinkId' in HTMLMediaElement.prototype)) {
      expect(select.state).to.equal('unsupported');
    } else {
      expect(select.state).to.equal('needs-permission');
      expect(part(select, 'select')!.textContent!.trim()).to.equal('Speaker');
    }
    await expect(select).to.be.accessible();
  });
});
