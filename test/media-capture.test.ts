import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { MediaCaptureElement, MediaCaptureStateChangeEvent } from '../src/index.js';
import {
  calls,
  createdTracks,
  engine,
  fakeCameraScales,
  fakePermissions,
  hangingGetUserMedia,
  liveTracks,
  once,
  queryPermissions,
  rejectingGetUserMedia,
  stub,
} from './helpers.js';

const part = (el: MediaCaptureElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const statusText = (el: MediaCaptureElement) => part(el, 'status')!.textContent!.trim();
const panelText = (el: MediaCaptureElement) =>
  part(el, 'panel')!.textContent!.replace(/\s+/g, ' ').trim();

async function live(el: MediaCaptureElement) {
  const started = once(el, 'media-capture-start');
  el.start();
  await started;
  await el.updateComplete;
}

describe('<media-capture>', () => {
  describe('accessibility', () => {
    it('is accessible when idle', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible while requesting', async () => {
      hangingGetUserMedia();
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      el.start().catch(() => {});
      await el.updateComplete;
      expect(el.state).to.equal('requesting');
      await expect(el).to.be.accessible();
      el.stop();
    });

    it('is accessible when live', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      await live(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in error', async () => {
      // Fake devices cannot be busy: a NotReadableError is what another app holding the camera gives.
      rejectingGetUserMedia(new DOMException('Could not start video source', 'NotReadableError'));
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      await el.start().catch(() => {});
      await el.updateComplete;
      expect(el.state).to.equal('error');
      await expect(el).to.be.accessible();
    });

    it('is accessible when unsupported', async () => {
      stub(navigator, 'mediaDevices', undefined as unknown as MediaDevices);
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      expect(el.state).to.equal('unsupported');
      await expect(el).to.be.accessible();
    });

    it('starts from the keyboard and moves focus to the stop button, then back', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
      part(el, 'start-button')!.focus();
      const started = once(el, 'media-capture-start');
      await sendKeys({ press: 'Enter' });
      await started;
      await el.updateComplete;
      expect(el.state).to.equal('live');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'stop-button'));
      expect(part(el, 'stop-button')!.textContent!.trim()).to.equal('Turn off camera');

      const stopped = once(el, 'media-capture-stop');
      await sendKeys({ press: 'Enter' });
      await stopped;
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(liveTracks()).to.deep.equal([]);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'start-button'));
    });

    it('has one polite live region whose text changes once per state change', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      const regions = el.shadowRoot!.querySelectorAll(
        '[aria-live], [role="status"], [role="alert"]',
      );
      expect(regions.length).to.equal(1);
      const status = part(el, 'status')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.getAttribute('role')).to.equal('status');
      expect(statusText(el)).to.equal('');

      const texts: string[] = [];
      const observer = new MutationObserver(() => texts.push(statusText(el)));
      observer.observe(status, { subtree: true, childList: true, characterData: true });
      const announced: string[] = [];
      el.addEventListener('media-capture-statechange', async () => {
        await el.updateComplete;
        announced.push(statusText(el));
      });
      await live(el);
      el.stop();
      await el.updateComplete;
      await Promise.resolve();
      observer.disconnect();
      expect(announced).to.deep.equal([
        'Waiting for access to the microphone…',
        'Now using your microphone.',
        'Stopped using your microphone.',
      ]);
      expect(texts).to.deep.equal(announced);
    });

    it('announces the error', async () => {
      // Fake devices are always present: NotFoundError is what a machine without any gives.
      rejectingGetUserMedia(new DOMException('Requested device not found', 'NotFoundError'));
      const el = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
      await el.start().catch(() => {});
      await el.updateComplete;
      expect(statusText(el)).to.equal('No camera was found. Connect one, then try again.');
      expect(panelText(el)).to.include('No camera was found.');
    });

    it('takes every built-in text from `strings`, {devices} included', async () => {
      const el = await fixture<MediaCaptureElement>(
        html`<media-capture
          video
          .strings=${{
            camera: 'la caméra',
            start: 'Allumer {devices}',
            stop: 'Éteindre {devices}',
            requesting: 'On attend {devices}…',
            live: '{devices} est allumée.',
            stopped: '{devices} est éteinte.',
            'device-in-use': '{devices} est occupée.',
            retry: 'Réessayer',
          }}
        ></media-capture>`,
      );
      expect(part(el, 'start-button')!.textContent!.trim()).to.equal('Allumer la caméra');
      const requesting = once(el, 'media-capture-statechange');
      const started = once(el, 'media-capture-start');
      part(el, 'start-button')!.click();
      await requesting;
      await el.updateComplete;
      expect(statusText(el)).to.equal('On attend la caméra…');
      expect(panelText(el)).to.equal('On attend la caméra…');
      await started;
      await el.updateComplete;
      expect(statusText(el)).to.equal('la caméra est allumée.');
      expect(part(el, 'stop-button')!.textContent!.trim()).to.equal('Éteindre la caméra');
      part(el, 'stop-button')!.click();
      await el.updateComplete;
      expect(statusText(el)).to.equal('la caméra est éteinte.');

      // Fake devices cannot be busy: NotReadableError stands in for another app holding the camera.
      rejectingGetUserMedia(new DOMException('Could not start video source', 'NotReadableError'));
      await el.start().catch(() => {});
      await el.updateComplete;
      expect(statusText(el)).to.equal('la caméra est occupée.');
      expect(part(el, 'message')!.textContent!.trim()).to.equal('la caméra est occupée.');
      expect(part(el, 'retry-button')!.textContent!.trim()).to.equal('Réessayer');
    });

    it('names both devices, or the microphone, in the built-in texts', async () => {
      const both = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      expect(part(both, 'start-button')!.textContent!.trim()).to.equal(
        'Turn on camera and microphone',
      );
      const mic = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      expect(part(mic, 'start-button')!.textContent!.trim()).to.equal('Turn on microphone');
    });

    describe('named slots replace each state’s block', () => {
      const slotted = (el: MediaCaptureElement, name: string, builtIn: string) => {
        const slot = el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!;
        expect(slot, `slot ${name}`).to.exist;
        expect(slot.assignedElements().map((e) => e.id)).to.deep.equal([name]);
        expect(el.querySelector(`#${name}`)!.checkVisibility(), `#${name} shown`).to.be.true;
        const fallback = slot.querySelector(`[part~="${builtIn}"]`);
        expect(fallback, `${builtIn} inside slot ${name}`).to.exist;
        expect(fallback!.checkVisibility(), `built-in ${builtIn} hidden`).to.be.false;
        for (const other of ['idle', 'requesting', 'live', 'denied', 'error', 'unsupported']) {
          if (other !== name) {
            expect(el.querySelector(`#${other}`)?.checkVisibility() ?? false, `#${other}`).to.be
              .false;
          }
        }
        expect(el.querySelector('#consumer')!.checkVisibility(), 'default slot').to.be.true;
      };
      const template = () =>
        html`<media-capture video>
          <p id="consumer">preview</p>
          <button slot="idle" id="idle">Go</button>
          <p slot="requesting" id="requesting">Hold on</p>
          <button slot="live" id="live">Done</button>
          <p slot="denied" id="denied">Blocked</p>
          <p slot="error" id="error">Broken</p>
          <p slot="unsupported" id="unsupported">No</p>
        </media-capture>`;

      it('idle, requesting, live', async () => {
        hangingGetUserMedia();
        const el = await fixture<MediaCaptureElement>(template());
        slotted(el, 'idle', 'start-button');
        el.start().catch(() => {});
        await el.updateComplete;
        slotted(el, 'requesting', 'message');
        el.stop();
      });

      it('live', async () => {
        const el = await fixture<MediaCaptureElement>(template());
        await live(el);
        slotted(el, 'live', 'stop-button');
      });

      it('denied and error', async () => {
        // Fake-UI denial lives in its own browser group; a rejected promise is the same to the element.
        const restore = rejectingGetUserMedia(
          new DOMException('Permission denied', 'NotAllowedError'),
        );
        const el = await fixture<MediaCaptureElement>(template());
        await el.start().catch(() => {});
        await el.updateComplete;
        slotted(el, 'denied', 'message');
        restore();
        // Fake devices cannot be busy: NotReadableError stands in for another app holding the camera.
        rejectingGetUserMedia(new DOMException('Could not start video source', 'NotReadableError'));
        await el.start().catch(() => {});
        await el.updateComplete;
        slotted(el, 'error', 'message');
      });

      it('unsupported', async () => {
        stub(navigator, 'mediaDevices', undefined as unknown as MediaDevices);
        const el = await fixture<MediaCaptureElement>(template());
        slotted(el, 'unsupported', 'message');
      });
    });
  });

  describe('defaults', () => {
    it('is idle, requests nothing, and reads the permission hint', async () => {
      const el = document.createElement('media-capture');
      expect(el.state).to.equal('idle');
      expect(el.stream).to.equal(null);
      expect(el.error).to.equal(null);
      expect(el.permission).to.deep.equal({ camera: 'unknown', microphone: 'unknown' });
      const permissionChanged = once(el, 'media-capture-permissionchange');
      await fixture(html`${el}`);
      expect(el.state).to.equal('idle');
      expect(el.getAttribute('state')).to.equal('idle');
      expect(el.matches(':state(idle)')).to.be.true;
      expect(el.matches(':state(live)')).to.be.false;
      expect(el.stream).to.equal(null);
      expect(el.error).to.equal(null);
      // With the fake UI Chromium says `granted` before any request; Firefox says `prompt`.
      const hint = await queryPermissions();
      if (engine === 'chromium')
        expect(hint).to.deep.equal({ camera: 'granted', microphone: 'granted' });
      expect((await permissionChanged).permission).to.deep.equal(hint);
      expect(el.permission).to.deep.equal(hint);
      expect(part(el, 'start-button')).to.exist;
      await aTimeout(50); // proving an absence: nothing may be requested later either
      expect(calls).to.deep.equal([]);
      expect(createdTracks()).to.deep.equal([]);
    });

    it('reflects each state as the attribute and the custom state', async () => {
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      const seen: string[] = [];
      el.addEventListener('media-capture-statechange', (event: MediaCaptureStateChangeEvent) => {
        const states = ['idle', 'requesting', 'live', 'denied', 'error', 'unsupported'];
        seen.push(
          [
            event.state,
            el.getAttribute('state'),
            ...states.filter((s) => el.matches(`:state(${s})`)),
          ].join(' '),
        );
      });
      await live(el);
      el.stop();
      expect(seen).to.deep.equal([
        'requesting requesting requesting',
        'live live live',
        'idle idle idle',
      ]);
    });
  });

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

  describe('permission hint where the Permissions API fails', () => {
    it('is unknown where query throws, and capture still works', async () => {
      stub(navigator.permissions, 'query', () =>
        Promise.reject(new TypeError('camera is not a valid PermissionName')),
      );
      const el = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      await el.start();
      expect(el.permission).to.deep.equal({ camera: 'unknown', microphone: 'unknown' });
      expect(el.state).to.equal('live');
    });

    it('is unknown where navigator.permissions is missing, and capture still works', async () => {
      stub(navigator, 'permissions', undefined as unknown as Permissions);
      const el = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      await el.start();
      expect(el.permission).to.deep.equal({ camera: 'unknown', microphone: 'unknown' });
      expect(el.state).to.equal('live');
    });

    it('is re-read after every request (Safari fires no change)', async () => {
      const permissions = fakePermissions('prompt');
      const el = await fixture<MediaCaptureElement>(html`<media-capture audio></media-capture>`);
      await el.updateComplete;
      expect(el.permission).to.deep.equal({ camera: 'prompt', microphone: 'prompt' });
      permissions.set('granted');
      const changed = once(el, 'media-capture-permissionchange');
      await el.start();
      expect((await changed).permission).to.deep.equal({
        camera: 'granted',
        microphone: 'granted',
      });
    });

    it('is re-read on visibilitychange (Safari fires no change)', async () => {
      const permissions = fakePermissions('prompt');
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      await el.updateComplete;
      permissions.set('denied');
      const changed = once(el, 'media-capture-permissionchange');
      document.dispatchEvent(new Event('visibilitychange'));
      expect((await changed).permission).to.deep.equal({ camera: 'denied', microphone: 'denied' });
      expect(el.permission).to.deep.equal({ camera: 'denied', microphone: 'denied' });
    });

    it('follows the status change event', async () => {
      const permissions = fakePermissions('prompt');
      const el = await fixture<MediaCaptureElement>(html`<media-capture></media-capture>`);
      await el.updateComplete;
      const changed = once(el, 'media-capture-permissionchange');
      permissions.change('granted');
      await changed;
      await el.updateComplete;
      expect(el.permission.camera).to.equal('granted');
    });
  });
});
