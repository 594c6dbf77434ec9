import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { DeviceSelectElement, type MediaCaptureElement } from '../../src/index.js';
import { calls, engine, part } from '../fixtures/index.js';
import {
  device,
  deviceSelect,
  listed,
  message,
  options,
  realDevices,
  stubDevices,
} from './helpers.js';

// What each engine's fake devices give after a grant (TESTING.md; the test groups grant access).
const CAMERAS = { chromium: 1, firefox: 1, webkit: 2 }[engine];

describe('<device-select>', () => {
  describe('defaults', () => {
    it('is defined once, as DeviceSelectElement, by the kit', () => {
      expect(customElements.get('device-select')).to.equal(DeviceSelectElement);
      expect(() => DeviceSelectElement.define()).not.to.throw();
    });

    it('lists the cameras by name in a native select labelled "Camera"', async () => {
      const { root, select } = await deviceSelect(
        html`<media-capture video><device-select></device-select></media-capture>`,
      );
      await (root as MediaCaptureElement).start();
      await listed(select, true);
      const cameras = await realDevices('videoinput');
      expect(cameras).to.have.length(CAMERAS);
      expect(select.kind).to.equal('videoinput');
      expect(select.devices.map((d) => d.deviceId)).to.deep.equal(cameras.map((d) => d.deviceId));
      expect(options(select)).to.deep.equal(
        cameras.map((d) => ({ value: d.deviceId, text: d.label })),
      );
      expect(part(select, 'label')!.textContent!.trim()).to.equal('Camera');
      expect(part<HTMLSelectElement>(select, 'select')!.labels![0]).to.equal(part(select, 'label'));
      expect(select.state).to.equal('ready');
      expect(select.getAttribute('state')).to.equal('ready');
      expect(message(select)).to.equal(null);
    });

    it('shows the device in use as its value once the source is live', async () => {
      const { root, select } = await deviceSelect(
        html`<media-capture audio
          ><device-select kind="audioinput"></device-select
        ></media-capture>`,
      );
      const stream = await (root as MediaCaptureElement).start();
      await listed(select, true);
      const inUse = stream.getAudioTracks()[0].getSettings().deviceId;
      expect(select.value).to.equal(inUse);
      expect(part<HTMLSelectElement>(select, 'select')!.value).to.equal(inUse);
    });

    it('before access is allowed: one generic entry, needs-permission, never an empty deviceId asked for', async () => {
      // STUBBED: the test groups grant access, so the list is named; this is the list a browser
      // gives before the user allowed access (one entry per kind, empty label and deviceId).
      stubDevices([device('videoinput', '', ''), device('audioinput', '', '')]);
      const { root, select } = await deviceSelect(
        html`<media-capture video><device-select></device-select></media-capture>`,
      );
      expect(select.state).to.equal('needs-permission');
      expect(select.matches(':state(needs-permission)')).to.be.true;
      expect(options(select)).to.deep.equal([{ value: '', text: 'Camera' }]);
      expect(select.value).to.equal('');
      expect(message(select)).to.equal('Your cameras are listed once you allow access.');
      expect(part(select, 'select')!.getAttribute('aria-describedby')).to.equal('message');
      const capture = root as MediaCaptureElement;
      await capture.start();
      const asked = JSON.stringify(calls);
      expect(asked).not.to.contain('"exact":""');
      expect(capture.videoDevice).to.equal(undefined);
      capture.stop();
    });

    it('says so when there is no device of its kind (state empty)', async () => {
      // STUBBED: every fake-device engine has a camera; a machine without one lists none.
      stubDevices([device('audioinput', 'mic', 'Mic')]);
      const { select } = await deviceSelect(
        html`<media-capture video><device-select></device-select></media-capture>`,
      );
      expect(select.state).to.equal('empty');
      expect(select.matches(':state(empty)')).to.be.true;
      expect(part<HTMLSelectElement>(select, 'select')!.disabled).to.be.true;
      expect(message(select)).to.equal('No camera found. Plug one in to use it.');
    });

    it('replaces its built-in text through strings, literally', async () => {
      const { select } = await deviceSelect(
        html`<media-capture video><device-select></device-select></media-capture>`,
      );
      select.strings = { videoinput: 'Caméra $&', noSource: 42 as unknown as string };
      await select.updateComplete;
      expect(part(select, 'label')!.textContent!.trim()).to.equal('Caméra $&');
    });

    it('renders without a source, and without throwing, disabled with the reason', async () => {
      const el = await fixture<DeviceSelectElement>(html`<device-select></device-select>`);
      await el.updateComplete;
      const select = part<HTMLSelectElement>(el, 'select')!;
      expect(select.disabled).to.be.true;
      expect(select.getAttribute('aria-describedby')).to.equal('message');
      expect(message(el)).to.equal('There is nothing on this page to use the camera for yet.');
    });
  });
});
