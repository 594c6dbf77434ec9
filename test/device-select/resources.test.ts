import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { DeviceSelectElement, MediaCaptureElement } from '../../src/index.js';
import { calls, nextTask, place, stub } from '../fixtures/index.js';
import { device, deviceSelect, listed, options, pick, stubDevices } from './helpers.js';

describe('<device-select> resources', () => {
  it('lists nothing until it is connected (not at import, not when created)', async () => {
    let listings = 0;
    const real = navigator.mediaDevices.enumerateDevices.bind(navigator.mediaDevices);
    stub(navigator.mediaDevices, 'enumerateDevices', () => {
      listings++;
      return real();
    });
    const el = document.createElement('device-select') as DeviceSelectElement;
    el.kind = 'audioinput';
    await nextTask();
    expect(listings).to.equal(0);
    place(el);
    await listed(el);
    expect(listings).to.equal(1);
  });

  it('never captures by itself: choosing while idle asks for nothing', async () => {
    stubDevices([device('audioinput', 'a', 'Mic A'), device('audioinput', 'b', 'Mic B')]);
    const { root, select } = await deviceSelect(
      html`<media-capture audio><device-select kind="audioinput"></device-select></media-capture>`,
    );
    pick(select, 'b');
    await (root as MediaCaptureElement).updateComplete;
    expect((root as MediaCaptureElement).state).to.equal('idle');
    expect(calls).to.deep.equal([]);
  });

  it('stops listening to devicechange once removed', async () => {
    const devices = stubDevices([device('audioinput', 'a', 'Mic A')]);
    const { root } = await deviceSelect(
      html`<div>
        <device-select kind="audioinput" id="kept"></device-select>
        <device-select kind="audioinput" id="removed"></device-select>
      </div>`,
    );
    const kept = root.querySelector<DeviceSelectElement>('#kept')!;
    await listed(root.querySelector<DeviceSelectElement>('#removed')!);
    root.querySelector('#removed')!.remove();
    const before = devices.calls;
    devices.set([device('audioinput', 'a', 'Mic A'), device('audioinput', 'b', 'Mic B')]);
    await waitUntil(() => options(kept).length === 2, 'the connected list did not refresh');
    await nextTask();
    expect(devices.calls - before).to.equal(1);
  });
});
