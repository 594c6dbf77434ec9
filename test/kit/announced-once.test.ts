// "One event in the world is announced once across the kit" (DESIGN, Accessibility): elements that
// see the same event (two lists of one stream, a list and a toggle, a capture and a list, two
// device lists) tell it once between them, whichever sees it first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type {
  DeviceSelectElement,
  MediaCaptureElement,
  TrackListElement,
  TrackToggleElement,
} from '../../src/index.js';
import { device, listed, stubDevices } from '../device-select/helpers.js';
import { recordAnnouncements } from '../fixtures/a11y.js';
import { liveCapture, part, stub, unplug } from '../fixtures/index.js';

/** Longer than a list's settling and a live region's batch: everything that will be said is. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 700));
const kitElements = (root: Element) =>
  [root, ...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'));

describe('announced once across the kit', () => {
  it('two <track-list>s of one capture: a track switched off', async () => {
    const { root, stream } = await liveCapture(
      html`<media-capture video audio
        ><track-list></track-list><track-list></track-list
      ></media-capture>`,
    );
    const [first] = root.querySelectorAll<TrackListElement>('track-list');
    await settled();
    const said = recordAnnouncements(...kitElements(root));
    part<HTMLButtonElement>(first, 'toggle')!.click();
    await settled();
    expect(stream.getTracks()[0].enabled).to.equal(false);
    expect(said.texts()).to.have.length(1);
    expect(said.texts()[0]).to.match(/switched off\.$/);
    said.stop();
  });

  it('the browser’s own microphone control, with a <track-toggle> and a <track-list>', async () => {
    const handlers = new Map<string, MediaSessionActionHandler | null>();
    const session = navigator.mediaSession;
    const realSet = session.setActionHandler.bind(session);
    // The browser's call controls cannot be pressed from a test: the toggle's handler is recorded
    // (calling through, so an unsupported action still throws) and called.
    stub(session, 'setActionHandler', (action: MediaSessionAction, handler) => {
      realSet(action, handler);
      handlers.set(action, handler);
    });
    const { root, stream } = await liveCapture(
      html`<media-capture video audio
        ><track-toggle></track-toggle><track-list></track-list
      ></media-capture>`,
    );
    const toggle = root.querySelector<TrackToggleElement>('track-toggle')!;
    await settled();
    const handler = handlers.get('togglemicrophone');
    if (!handler) {
      // Firefox and WebKit reject the action (measured): nothing to tell twice.
      expect(toggle.state).to.equal('on');
      return;
    }
    const said = recordAnnouncements(...kitElements(root));
    handler({ action: 'togglemicrophone' as MediaSessionAction });
    await settled();
    expect(stream.getAudioTracks()[0].enabled).to.equal(false);
    expect(said.texts()).to.deep.equal(['Microphone off']);
    said.stop();
  });

  it('a capture ending on its own, with a <track-list> linked by its stream property', async () => {
    const root = await fixture(
      html`<div><media-capture video audio></media-capture><track-list></track-list></div>`,
    );
    const capture = root.querySelector<MediaCaptureElement>('media-capture')!;
    const list = root.querySelector<TrackListElement>('track-list')!;
    const stream = await capture.start();
    list.stream = stream;
    await settled();
    const said = recordAnnouncements(capture, list);
    // Fake devices cannot be unplugged: each track's end is simulated (fixtures).
    stream.getTracks().forEach((track) => unplug(track));
    await waitUntil(() => capture.state !== 'live', 'the capture ended', { timeout: 4000 });
    await settled();
    expect(said.texts()).to.deep.equal(['The camera and microphone stopped unexpectedly.']);
    said.stop();
  });

  it('a headset plugged in, seen by a microphone list and a speaker list', async () => {
    // Fake devices cannot be plugged in: enumerateDevices is stubbed and devicechange fired.
    const group = (info: MediaDeviceInfo) => ({ ...info, groupId: 'headset' }) as MediaDeviceInfo;
    const devices = stubDevices([
      device('audioinput', 'mic', 'Built-in Microphone'),
      device('audiooutput', 'speaker', 'Built-in Speaker'),
    ]);
    const root = await fixture(
      html`<media-capture audio>
        <device-select kind="audioinput"></device-select>
        <device-select kind="audiooutput"></device-select>
      </media-capture>`,
    );
    const lists = [...root.querySelectorAll<DeviceSelectElement>('device-select')];
    for (const list of lists) await listed(list, true);
    const said = recordAnnouncements(...lists);
    devices.set([
      device('audioinput', 'mic', 'Built-in Microphone'),
      group(device('audioinput', 'headset-in', 'USB Headset')),
      device('audiooutput', 'speaker', 'Built-in Speaker'),
      group(device('audiooutput', 'headset-out', 'USB Headset')),
    ]);
    // (WebKit cannot choose a speaker: its speaker list is `unsupported` and says nothing.)
    await waitUntil(() => lists[0].devices.length === 2, 'listed again');
    await settled();
    expect(said.texts()).to.have.length(1);
    expect(said.texts()[0]).to.contain('USB Headset');
    said.stop();
  });
});
