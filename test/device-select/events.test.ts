import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { DeviceSelectElement, MediaCaptureElement } from '../../src/index.js';
import { calls, once } from '../fixtures/index.js';
import { recordAnnouncements } from '../fixtures/a11y.js';
import {
  device,
  deviceSelect,
  listed,
  nativeSelect,
  options,
  pick,
  stubDevices,
} from './helpers.js';

const micA = device('audioinput', 'mic-a', 'Mic A');
const micB = device('audioinput', 'mic-b', 'Mic B');
const headset = device('audioinput', 'usb', 'USB Headset');

/**
 * An idle microphone capture with a microphone list inside, over a STUBBED device list: fake
 * devices cannot be plugged in or out during a test, so enumerateDevices answers `devices` and
 * `devices.set()` fires devicechange. Nothing is captured: choosing sets the next start's device.
 */
async function overStubbedDevices(list = [micA, micB]) {
  const devices = stubDevices(list);
  const { root, select } = await deviceSelect(
    html`<media-capture audio><device-select kind="audioinput"></device-select></media-capture>`,
  );
  await listed(select, true);
  return { devices, capture: root as MediaCaptureElement, select };
}

const hasOption = (select: DeviceSelectElement, deviceId: string, present = true) =>
  waitUntil(
    () => options(select).some((o) => o.value === deviceId) === present,
    `${deviceId} ${present ? 'never listed' : 'still listed'}`,
  );

describe('<device-select> events', () => {
  describe('device-select-change', () => {
    it('fires before the device is used: kind, deviceId, label; bubbles, composed, cancelable', async () => {
      const { capture, select } = await overStubbedDevices();
      const seen: [string, string, string, string | undefined][] = [];
      let event!: Event;
      document.addEventListener(
        'device-select-change',
        (e) => {
          event = e;
          seen.push([e.kind, e.deviceId, e.label, capture.audioDevice]);
        },
        { once: true },
      );
      pick(select, 'mic-b');
      expect(seen).to.deep.equal([['audioinput', 'mic-b', 'Mic B', undefined]]);
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(capture.audioDevice).to.equal('mic-b');
      expect(select.value).to.equal('mic-b');
    });

    it('preventDefault() keeps the current device', async () => {
      const { capture, select } = await overStubbedDevices();
      select.addEventListener('device-select-change', (e) => e.preventDefault(), { once: true });
      pick(select, 'mic-b');
      await select.updateComplete;
      expect(select.value).to.equal('mic-a');
      expect(nativeSelect(select).value).to.equal('mic-a');
      expect(capture.audioDevice).to.equal(undefined);
      expect(calls).to.deep.equal([]);
    });
  });

  describe('devices plugged in and out', () => {
    it('lists a device plugged in, announces it once, and keeps the selection', async () => {
      const { devices, select } = await overStubbedDevices();
      pick(select, 'mic-b');
      const announced = recordAnnouncements(select);
      devices.set([headset, micA, micB]);
      await hasOption(select, 'usb');
      await select.updateComplete;
      expect(options(select).map((o) => o.text)).to.deep.equal(['USB Headset', 'Mic A', 'Mic B']);
      expect(select.value).to.equal('mic-b');
      expect(nativeSelect(select).value).to.equal('mic-b');
      await waitUntil(() => announced.texts().length > 0, 'nothing announced');
      expect(announced.texts()).to.deep.equal(['Connected: USB Headset.']);
    });

    it('a flapping headset is one refresh and one announcement', async () => {
      const { devices, select } = await overStubbedDevices();
      const announced = recordAnnouncements(select);
      const before = devices.calls;
      for (let i = 0; i < 4; i++) {
        devices.set([micA, micB, headset]);
        devices.set([micA, micB]);
      }
      devices.set([micA, micB, headset]);
      await hasOption(select, 'usb');
      expect(devices.calls - before).to.equal(1);
      await waitUntil(() => announced.texts().length > 0, 'nothing announced');
      expect(announced.texts()).to.deep.equal(['Connected: USB Headset.']);
    });

    it('the chosen device unplugged: back to the default, device-select-fallback, said once', async () => {
      const { devices, capture, select } = await overStubbedDevices([micA, micB, headset]);
      pick(select, 'usb');
      expect(capture.audioDevice).to.equal('usb');
      const announced = recordAnnouncements(select);
      const fallback = once(select, 'device-select-fallback');
      devices.set([micA, micB]);
      const event = await fallback;
      expect([event.kind, event.previous, event.deviceId]).to.deep.equal([
        'audioinput',
        'usb',
        'mic-a',
      ]);
      await select.updateComplete;
      expect(select.value).to.equal('mic-a');
      expect(capture.audioDevice).to.equal('mic-a');
      await waitUntil(() => announced.texts().length > 0, 'nothing announced');
      expect(announced.texts()).to.deep.equal([
        'Disconnected: USB Headset. USB Headset is no longer available. Now using Mic A.',
      ]);
    });
  });
});

export type { DeviceSelectElement };
