import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement } from '../../src/index.js';
import { nextTask, once, stub } from '../fixtures/index.js';
import { recordAnnouncements } from '../fixtures/a11y.js';
import { device, deviceSelect, listed, nativeSelect, pick, realDevices } from './helpers.js';

/**
 * A live microphone capture whose list also holds "Ghost mic": enumerateDevices is STUBBED to
 * add it (a device unplugged between the listing and the choice cannot be produced by fake
 * devices); asking for it exactly is the real OverconstrainedError.
 */
async function withGhost() {
  const real = await realDevices('audioinput');
  const ghost = device('audioinput', 'ghost', 'Ghost mic');
  const { root, select } = await deviceSelect(
    html`<media-capture audio><device-select kind="audioinput"></device-select></media-capture>`,
  );
  const capture = root as MediaCaptureElement;
  await capture.start();
  const list = await navigator.mediaDevices.enumerateDevices();
  stub(navigator.mediaDevices, 'enumerateDevices', async () => [...list, ghost]);
  navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
  await waitUntil(() => select.devices.some((d) => d.deviceId === 'ghost'), 'no ghost listed');
  await listed(select, true);
  const track = capture.stream!.getAudioTracks()[0];
  return { capture, select, track, real };
}

describe('<device-select> errors', () => {
  it('a device gone since it was listed: the capture keeps its device, device-select-fallback, said', async () => {
    const { capture, select, track } = await withGhost();
    const inUse = track.getSettings().deviceId;
    const announced = recordAnnouncements(select);
    const fallback = once(select, 'device-select-fallback');
    pick(select, 'ghost');
    const event = await fallback;
    expect([event.kind, event.previous, event.deviceId]).to.deep.equal([
      'audioinput',
      'ghost',
      inUse,
    ]);
    expect(capture.state).to.equal('live');
    expect(capture.stream!.getAudioTracks()[0]).to.equal(track);
    expect(track.readyState).to.equal('live');
    await select.updateComplete;
    expect(nativeSelect(select).value).to.equal(inUse);
    await waitUntil(() => announced.texts().length > 0, 'nothing announced');
    expect(announced.texts()[0]).to.match(/^Ghost mic is no longer available\. Now using .+\.$/);
    capture.stop();
  });

  it('a device that cannot be opened: says so, and shows the device still in use', async () => {
    const { capture, select, track } = await withGhost();
    // STUBBED: no fake device is ever in use by another application.
    stub(navigator.mediaDevices, 'getUserMedia', () =>
      Promise.reject(new DOMException('Could not start audio source', 'NotReadableError')),
    );
    const announced = recordAnnouncements(select);
    let fallbacks = 0;
    select.addEventListener('device-select-fallback', () => fallbacks++);
    pick(select, 'ghost');
    await waitUntil(() => announced.texts().length > 0, 'nothing announced');
    expect(announced.texts()).to.deep.equal(['Could not use Ghost mic.']);
    await select.updateComplete;
    expect(select.value).to.equal(track.getSettings().deviceId);
    expect(nativeSelect(select).value).to.equal(track.getSettings().deviceId);
    expect(capture.stream!.getAudioTracks()[0]).to.equal(track);
    expect(fallbacks).to.equal(0);
    capture.stop();
  });

  it('a list the browser refuses to give: nothing thrown, the generic entry stays', async () => {
    // STUBBED: enumerateDevices rejecting (a detached document, a policy) is not producible here.
    let asked = 0;
    stub(navigator.mediaDevices, 'enumerateDevices', () => {
      asked++;
      return Promise.reject(new DOMException('blocked', 'SecurityError'));
    });
    const root = await fixture(
      html`<media-capture video><device-select></device-select></media-capture>`,
    );
    const select = root.querySelector('device-select')!;
    await waitUntil(() => asked > 0, 'never listed');
    await nextTask();
    await select.updateComplete;
    expect(select.state).to.equal('needs-permission');
    expect(nativeSelect(select).options).to.have.length(1);
  });
});
