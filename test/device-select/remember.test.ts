import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DeviceSelectElement, MediaCaptureElement } from '../../src/index.js';
import { calls, once } from '../fixtures/index.js';
import { device, deviceSelect, listed, pick, realDevices, stubDevices } from './helpers.js';

const KEY = 'test-devices';

/** A microphone capture with a remembering list inside; `start` makes it live, the list named. */
async function remembering(start = true) {
  const { root, select } = await deviceSelect(
    html`<media-capture audio
      ><device-select kind="audioinput" remember=${KEY}></device-select
    ></media-capture>`,
  );
  const capture = root as MediaCaptureElement;
  if (start) {
    await capture.start();
    await listed(select, true);
  }
  return { capture, select };
}

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;

describe('<device-select> remember', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  it('keeps the chosen device (id and label) under the key, per kind', async () => {
    const { capture, select } = await remembering();
    const [, second = select.devices[0]] = select.devices;
    pick(select, second.deviceId);
    expect(stored()).to.deep.equal({
      audioinput: { deviceId: second.deviceId, label: second.label },
    });
    capture.stop();
  });

  it('restores it by deviceId on the next visit, switching the capture to it', async () => {
    const microphones = await realDevices('audioinput');
    const last = microphones[microphones.length - 1];
    localStorage.setItem(
      KEY,
      JSON.stringify({ audioinput: { deviceId: last.deviceId, label: last.label } }),
    );
    const { capture, select } = await remembering(false);
    const switched = once(capture, 'media-capture-devicechange');
    const stream = await capture.start();
    await listed(select, true);
    if (stream.getAudioTracks()[0].getSettings().deviceId !== last.deviceId) await switched;
    expect(select.value).to.equal(last.deviceId);
    expect(capture.stream!.getAudioTracks()[0].getSettings().deviceId).to.equal(last.deviceId);
    capture.stop();
  });

  it('restores it by label when its id changed (ids rotate in Safari)', async () => {
    const microphones = await realDevices('audioinput');
    const last = microphones[microphones.length - 1];
    localStorage.setItem(
      KEY,
      JSON.stringify({ audioinput: { deviceId: 'rotated-id', label: last.label } }),
    );
    const { capture, select } = await remembering();
    expect(select.value).to.equal(last.deviceId);
    capture.stop();
  });

  it('a remembered device that is gone: the default, with device-select-fallback', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ audioinput: { deviceId: 'gone', label: 'Old headset' } }),
    );
    // Where the list is named before a start (Chromium's test group) it falls back at once.
    const fallback = once(document, 'device-select-fallback');
    const { capture, select } = await remembering(false);
    const stream = await capture.start();
    const event = await fallback;
    await listed(select, true);
    const inUse = stream.getAudioTracks()[0].getSettings().deviceId;
    expect(event.target).to.equal(select);
    expect([event.kind, event.previous]).to.deep.equal(['audioinput', 'gone']);
    expect(event.deviceId).to.equal(select.devices[0].deviceId);
    expect(select.value).to.equal(inUse);
    capture.stop();
  });

  it('is not written before the user allowed access', async () => {
    // STUBBED: the test groups grant access; this is the list before a grant (no ids, no labels).
    stubDevices([device('audioinput', '', '')]);
    const { select } = await remembering(false);
    select.value = 'some-id';
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('before access is allowed, gives the source the remembered id as a hint for its first start', async () => {
    // STUBBED: as above, the list a browser gives before a grant.
    stubDevices([device('audioinput', '', '')]);
    localStorage.setItem(
      KEY,
      JSON.stringify({ audioinput: { deviceId: 'remembered', label: 'Mic' } }),
    );
    const { capture } = await remembering(false);
    expect(capture.audioDevice).to.equal('remembered');
    await capture.start();
    expect(JSON.stringify(calls[0])).to.contain('remembered');
    expect(JSON.stringify(calls)).not.to.contain('"exact":"remembered"');
    capture.stop();
  });
});

export type { DeviceSelectElement };
