import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MediaCaptureElement } from '../../src/index.js';
import { calls, fakeCameraScales, once, part, stub } from '../fixtures/index.js';

describe('<media-capture>', () => {
  describe('attributes → constraints', () => {
    const kinds = (stream: MediaStream) =>
      stream
        .getTracks()
        .map((track) => track.kind)
        .sort();

    it('video asks for the camera only', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
      expect(kinds(await el.start())).to.deep.equal(['video']);
      expect(calls).to.deep.equal([{ video: true, audio: false }]);
    });

    it('audio asks for the microphone only', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      expect(kinds(await el.start())).to.deep.equal(['audio']);
    });

    it('neither asks for both, and so do both', async () => {
      const neither = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      expect(kinds(await neither.start())).to.deep.equal(['audio', 'video']);
      neither.stop();
      const both = await fixture<MediaCaptureElement>(
        html`<media-capture video audio></media-capture>`,
      );
      expect(kinds(await both.start())).to.deep.equal(['audio', 'video']);
    });

    it('width, height and frame-rate are ideal hints the camera follows', async () => {
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture video width="320" height="240" frame-rate="10"></media-capture>`,
      );
      const [track] = (await el.start()).getVideoTracks();
      const { width, height, frameRate } = track.getSettings();
      if (fakeCameraScales) {
        expect({ width, height, frameRate }).to.deep.equal({
          width: 320,
          height: 240,
          frameRate: 10,
        });
      }
      expect(calls[0].video).to.deep.equal({
        width: { ideal: 320 },
        height: { ideal: 240 },
        frameRate: { ideal: 10 },
      });
    });

    it('an ideal the camera cannot meet still gets a stream', async () => {
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture video width="10000"></media-capture>`,
      );
      const [track] = (await el.start()).getVideoTracks();
      expect(track.readyState).to.equal('live');
    });

    it('facing-mode="environment" still gets a stream on a desktop with one camera', async () => {
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture video facing-mode="environment"></media-capture>`,
      );
      const stream = await el.start();
      expect(stream.getVideoTracks()[0].readyState).to.equal('live');
      expect(calls[0].video).to.deep.equal({ facingMode: { ideal: 'environment' } });
    });

    it('video-device picks a camera from enumerateDevices()', async () => {
      const devices = await navigator.mediaDevices.enumerateDevices();
      const camera = devices.find((d) => d.kind === 'videoinput')!;
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture video video-device=${camera.deviceId}></media-capture>`,
      );
      const [track] = (await el.start()).getVideoTracks();
      expect(track.getSettings().deviceId).to.equal(camera.deviceId);
      expect(calls[0].video).to.deep.equal({ deviceId: { ideal: camera.deviceId } });
    });

    it('audio-device asks for a microphone as an ideal hint', async () => {
      // Measured: Chromium's fake microphones all answer an `ideal` deviceId with the default one,
      // so only the request and a live track can be checked here; `exact` is checked below.
      const devices = await navigator.mediaDevices.enumerateDevices();
      const mic = devices.filter((d) => d.kind === 'audioinput').at(-1)!;
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture audio audio-device=${mic.deviceId}></media-capture>`,
      );
      const [track] = (await el.start()).getAudioTracks();
      expect(track.readyState).to.equal('live');
      expect(calls[0]).to.deep.equal({
        video: false,
        audio: { deviceId: { ideal: mic.deviceId } },
      });
    });

    it('the constraints property can ask for an exact microphone', async () => {
      const devices = await navigator.mediaDevices.enumerateDevices();
      const mic = devices.filter((d) => d.kind === 'audioinput').at(-1)!;
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      el.constraints = { audio: { deviceId: { exact: mic.deviceId } } };
      const [track] = (await el.start()).getTracks();
      expect(track.getSettings().deviceId).to.equal(mic.deviceId);
    });

    it('the constraints property replaces the attributes, exact allowed', async () => {
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture
          audio
          width="320"
          .constraints=${{ video: { width: { exact: 160 }, height: { exact: 120 } } }}
        ></media-capture>`,
      );
      const stream = await el.start();
      expect(kinds(stream)).to.deep.equal(['video']);
      const { width, height } = stream.getVideoTracks()[0].getSettings();
      if (fakeCameraScales) expect({ width, height }).to.deep.equal({ width: 160, height: 120 });
      expect(calls).to.deep.equal([{ video: { width: { exact: 160 }, height: { exact: 120 } } }]);
    });

    it('autostart starts when connected, and not before', async () => {
      const el = document.createElement('media-capture');
      el.autostart = true;
      el.video = true;
      expect(calls).to.deep.equal([]);
      const started = once(el, 'media-capture-start');
      await fixture(html`${el}`);
      expect(calls.length).to.equal(1);
      await started;
      expect(el.state).to.equal('live');
    });

    it('autostart asks for the camera before it reads the permission hints', async () => {
      // The hints only arm the request's timeout: the request goes out first.
      const order: string[] = [];
      const query = navigator.permissions.query.bind(navigator.permissions);
      stub(navigator.permissions, 'query', (descriptor: PermissionDescriptor) => {
        order.push('query');
        return query(descriptor);
      });
      const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      stub(navigator.mediaDevices, 'getUserMedia', (constraints?: MediaStreamConstraints) => {
        order.push('getUserMedia');
        return getUserMedia(constraints);
      });
      const el = document.createElement('media-capture');
      el.autostart = true;
      el.video = true;
      const started = once(el, 'media-capture-start');
      await fixture(html`${el}`);
      await started;
      expect(order[0], order.join(' ')).to.equal('getUserMedia');
      expect(order.slice(1, 3)).to.deep.equal(['query', 'query']);
    });

    it('autostart set later on a connected element starts it', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      const started = once(el, 'media-capture-start');
      el.setAttribute('autostart', '');
      await started;
      expect(el.state).to.equal('live');
    });

    it('without autostart nothing is requested until the start button', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      expect(calls).to.deep.equal([]);
      const started = once(el, 'media-capture-start');
      part(el, 'start-button')!.click();
      await started;
      expect(calls).to.deep.equal([{ video: false, audio: true }]);
    });
  });
});
