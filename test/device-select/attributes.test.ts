import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type {
  DeviceSelectElement,
  MediaCaptureElement,
  StreamMirrorElement,
} from '../../src/index.js';
import { calls, engine, once, part, stub } from '../fixtures/index.js';
import { deviceSelect, listed, message, pick, realDevices } from './helpers.js';

// What each engine's fake devices give after a grant (TESTING.md; the test groups grant access).
const MICROPHONES = { chromium: 3, firefox: 1, webkit: 3 }[engine];

/** A capture of the microphone with a microphone list inside, live, the list named. */
async function liveMicrophones() {
  const { root, select } = await deviceSelect(
    html`<media-capture audio><device-select kind="audioinput"></device-select></media-capture>`,
  );
  const capture = root as MediaCaptureElement;
  await capture.start();
  await listed(select, true);
  return { capture, select };
}

/** A device of `kind` other than `deviceId`, else `deviceId` itself (one fake device). */
async function another(kind: MediaDeviceKind, deviceId: string) {
  const devices = await realDevices(kind);
  return (devices.find((d) => d.deviceId !== deviceId) ?? devices[0]).deviceId;
}

describe('<device-select> attributes', () => {
  afterEach(() => localStorage.removeItem('test-devices'));

  describe('kind', () => {
    it('audioinput lists the microphones', async () => {
      const { select } = await liveMicrophones();
      const microphones = await realDevices('audioinput');
      expect(select.devices).to.have.length(MICROPHONES);
      expect(select.devices.every((d) => d.kind === 'audioinput')).to.be.true;
      expect(select.devices.map((d) => d.label)).to.deep.equal(microphones.map((d) => d.label));
      expect(part(select, 'label')!.textContent!.trim()).to.equal('Microphone');
    });

    it('audiooutput lists the speakers where the browser can choose one, else says why', async () => {
      const { root, select } = await deviceSelect(
        html`<media-capture audio
          ><device-select kind="audiooutput"></device-select
        ></media-capture>`,
      );
      await (root as MediaCaptureElement).start();
      const speakers = await realDevices('audiooutput');
      if (!('setSinkId' in HTMLMediaElement.prototype)) {
        expect(select.state).to.equal('unsupported');
        expect(part(select, 'select')).to.equal(null);
        expect(message(select)).to.match(/cannot choose the speaker/);
        return;
      }
      await listed(
        select,
        speakers.some((d) => !!d.label),
      );
      expect(select.devices.map((d) => d.deviceId)).to.deep.equal(speakers.map((d) => d.deviceId));
      expect(part(select, 'label')!.textContent!.trim()).to.equal('Speaker');
    });
  });

  describe('choosing an input', () => {
    it('while live, switches the capture to that microphone (switchDevice)', async () => {
      const { capture, select } = await liveMicrophones();
      const before = capture.stream!.getAudioTracks()[0];
      const target = await another('audioinput', select.value);
      const switched = once(capture, 'media-capture-devicechange');
      pick(select, target);
      if (target === before.getSettings().deviceId) return; // one fake microphone: nothing to switch
      const event = await switched;
      expect(event.deviceId).to.equal(target);
      expect(capture.stream!.getAudioTracks()[0].getSettings().deviceId).to.equal(target);
      expect(before.readyState).to.equal('ended');
      await select.updateComplete;
      expect(select.value).to.equal(target);
      capture.stop();
    });

    it('while idle, makes it the source’s device for the next start', async () => {
      const { root, select } = await deviceSelect(
        html`<media-capture audio
          ><device-select kind="audioinput"></device-select
        ></media-capture>`,
      );
      const capture = root as MediaCaptureElement;
      await capture.start();
      await listed(select, true);
      capture.stop();
      const target = await another('audioinput', select.value);
      pick(select, target);
      expect(capture.state).to.equal('idle');
      expect(capture.audioDevice).to.equal(target);
      calls.length = 0;
      const switched = once(capture, 'media-capture-devicechange');
      const stream = await capture.start();
      expect(JSON.stringify(calls[0])).to.contain(target);
      // An ideal hint (Chromium opens its default microphone for it, measured): the list then
      // switches the live capture to the chosen one.
      if (stream.getAudioTracks()[0].getSettings().deviceId !== target) await switched;
      expect(capture.stream!.getAudioTracks()[0].getSettings().deviceId).to.equal(target);
      capture.stop();
    });

    it('setting value uses that device, without a change event', async () => {
      const { capture, select } = await liveMicrophones();
      const target = await another('audioinput', select.value);
      let changes = 0;
      select.addEventListener('device-select-change', () => changes++);
      const switched = once(capture, 'media-capture-devicechange');
      select.value = target;
      expect(select.value).to.equal(target);
      if (target !== capture.stream!.getAudioTracks()[0].getSettings().deviceId) {
        expect((await switched).deviceId).to.equal(target);
      }
      expect(capture.stream!.getAudioTracks()[0].getSettings().deviceId).to.equal(target);
      expect(changes).to.equal(0);
      capture.stop();
    });
  });

  describe('for', () => {
    it('links to the source with that id, wherever it is', async () => {
      const { root, select } = await deviceSelect(
        html`<div>
          <device-select kind="audioinput" for="cam"></device-select>
          <media-capture id="cam" audio></media-capture>
        </div>`,
      );
      const capture = root.querySelector('media-capture')!;
      await capture.start();
      await listed(select, true);
      expect(part<HTMLSelectElement>(select, 'select')!.disabled).to.be.false;
      expect(select.value).to.equal(capture.stream!.getAudioTracks()[0].getSettings().deviceId);
      capture.stop();
    });

    it('follows its idle source leaving and joining the page, though it fires nothing', async () => {
      const { root, select } = await deviceSelect(
        html`<div>
          <device-select kind="audioinput" for="mic"></device-select>
          <media-capture id="mic" audio></media-capture>
        </div>`,
      );
      const capture = root.querySelector('media-capture')!;
      const native = () => part<HTMLSelectElement>(select, 'select')!;
      await waitUntil(() => !native().disabled, 'linked to the idle source');
      capture.remove();
      await waitUntil(() => native().disabled, 'the removed source still linked');
      expect(message(select)).to.equal(
        'There is nothing on this page to use the microphone for yet.',
      );
      root.append(capture);
      await waitUntil(() => !native().disabled, 'the source back in the page not linked');
    });

    it('a source that cannot switch devices: disabled, the reason its description', async () => {
      const { select } = await deviceSelect(
        html`<div>
          <div id="plain"></div>
          <device-select for="plain"></device-select>
        </div>`,
      );
      const native = part<HTMLSelectElement>(select, 'select')!;
      expect(native.disabled).to.be.true;
      expect(native.getAttribute('aria-describedby')).to.equal('message');
      expect(message(select)).to.equal('This page cannot change the camera.');
    });
  });

  describe('audiooutput', () => {
    it('plays every mirror of its source through the chosen speaker', async () => {
      const { root, select } = await deviceSelect(
        html`<div>
          <media-capture id="call" audio>
            <stream-mirror audible></stream-mirror>
            <device-select kind="audiooutput"></device-select>
          </media-capture>
          <stream-mirror for="call" audible></stream-mirror>
        </div>`,
      );
      const capture = root.querySelector('media-capture')!;
      await capture.start();
      const speakers = await realDevices('audiooutput');
      if (!('setSinkId' in HTMLMediaElement.prototype) || speakers.length < 2) {
        expect(select.state).to.be.oneOf(['unsupported', 'needs-permission', 'empty']);
        return capture.stop();
      }
      await listed(select, true);
      const target = speakers[speakers.length - 1].deviceId;
      pick(select, target);
      const mirrors = [...root.querySelectorAll<StreamMirrorElement>('stream-mirror')];
      // setSinkId settles with no event.
      await waitUntil(() => mirrors.every((m) => m.sinkId === target), 'speaker not set');
      expect(mirrors.map((m) => m.sinkId)).to.deep.equal([target, target]);
      expect(select.value).to.equal(target);
      capture.stop();
    });

    it('where the browser cannot choose a speaker: unsupported, the reason shown, no list', async () => {
      // STUBBED: every engine tested has setSinkId; Safari before 18.4 has none.
      stub(
        HTMLMediaElement.prototype as { setSinkId?: unknown },
        'setSinkId',
        undefined as unknown,
      );
      const el = await fixture<DeviceSelectElement>(
        html`<device-select kind="audiooutput"></device-select>`,
      );
      expect(el.state).to.equal('unsupported');
      expect(el.matches(':state(unsupported)')).to.be.true;
      expect(part(el, 'select')).to.equal(null);
      expect(message(el)).to.equal(
        'This browser cannot choose the speaker here: sound plays through the one set in your system.',
      );
    });
  });
});
