import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DeviceSelectElement, MediaCaptureElement } from '../../src/index.js';
import { liveCapture, part, stub } from '../fixtures/index.js';
import { deepActiveElement, emulateForcedColors } from '../fixtures/a11y.js';
import {
  device,
  deviceSelect,
  listed,
  message,
  nativeSelect,
  options,
  stubDevices,
} from './helpers.js';

/** The select's accessible description: the text of what aria-describedby names. */
function description(el: DeviceSelectElement): string {
  const ids = nativeSelect(el).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim()).join(' ');
}

describe('<device-select> accessibility', () => {
  it('is accessible with its devices listed, named by its visible label', async () => {
    const { root, select } = await deviceSelect(
      html`<media-capture audio><device-select kind="audioinput"></device-select></media-capture>`,
    );
    await (root as MediaCaptureElement).start();
    await listed(select, true);
    await expect(select).to.be.accessible();
    expect(nativeSelect(select).labels![0].textContent!.trim()).to.equal('Microphone');
    expect(nativeSelect(select).hasAttribute('aria-describedby')).to.be.false;
    (root as MediaCaptureElement).stop();
  });

  it('is accessible before access is allowed, the reason its description', async () => {
    // STUBBED: the test groups grant access; this is the list before a grant.
    stubDevices([device('videoinput', '', '')]);
    const { select } = await deviceSelect(
      html`<media-capture video><device-select></device-select></media-capture>`,
    );
    await expect(select).to.be.accessible();
    expect(description(select)).to.equal('Your cameras are listed once you allow access.');
  });

  it('is accessible with no device, and with no source: disabled, the reason its description', async () => {
    // STUBBED: every fake-device engine has a microphone.
    stubDevices([device('videoinput', 'cam', 'Cam')]);
    const { select } = await deviceSelect(
      html`<media-capture audio><device-select kind="audioinput"></device-select></media-capture>`,
    );
    await expect(select).to.be.accessible();
    expect(description(select)).to.equal('No microphone found. Plug one in to use it.');
    const alone = await fixture<DeviceSelectElement>(html`<device-select></device-select>`);
    await expect(alone).to.be.accessible();
    expect(description(alone)).to.equal('There is nothing on this page to use the camera for yet.');
  });

  it('is accessible when the browser cannot choose a speaker, saying why in text', async () => {
    // STUBBED: every engine tested has setSinkId.
    stub(HTMLMediaElement.prototype as { setSinkId?: unknown }, 'setSinkId', undefined as unknown);
    const el = await fixture<DeviceSelectElement>(
      html`<device-select kind="audiooutput"></device-select>`,
    );
    await expect(el).to.be.accessible();
    expect(part(el, 'label')!.textContent!.trim()).to.equal('Speaker');
    expect(message(el)).to.match(/cannot choose the speaker/);
  });

  it('keeps focus on the list when the devices arrive, are plugged in or out', async () => {
    // STUBBED: the list before a grant, then after it, then a device plugged in.
    const devices = stubDevices([device('audioinput', '', '')]);
    const { select } = await deviceSelect(
      html`<media-capture audio><device-select kind="audioinput"></device-select></media-capture>`,
    );
    nativeSelect(select).focus();
    const focused = deepActiveElement();
    expect(focused).to.equal(nativeSelect(select));
    devices.set([device('audioinput', 'a', 'Mic A')]);
    await waitUntil(() => select.state === 'ready', 'never ready');
    devices.set([device('audioinput', 'a', 'Mic A'), device('audioinput', 'b', 'Mic B')]);
    await waitUntil(() => options(select).length === 2, 'never two');
    expect(deepActiveElement()).to.equal(focused);
  });

  describe('focus is never lost', () => {
    /** Focus, seen through every shadow root: on `el`'s message, with a ring drawn. */
    function onVisibleMessage(el: DeviceSelectElement) {
      const focused = deepActiveElement() as HTMLElement | null;
      expect(focused === document.body, 'focus is not on <body>').to.equal(false);
      expect(focused === part(el, 'message'), 'on the message part').to.equal(true);
      expect(getComputedStyle(focused!).outlineStyle, 'a visible ring').not.to.equal('none');
      return focused!.textContent!.trim();
    }

    it('the last camera unplugged while the list has focus: on the message saying why, then back on the list', async () => {
      // STUBBED: fake devices cannot be unplugged or plugged back in during a test.
      const cam = device('videoinput', 'cam', 'Cam');
      const mic = device('audioinput', 'mic', 'Mic');
      const devices = stubDevices([cam, mic]);
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <media-capture video><device-select></device-select></media-capture>
          <button id="after">After</button>
        </div>`,
      );
      const select = root.querySelector('device-select')!;
      await listed(select, true);
      nativeSelect(select).focus();
      devices.set([mic]);
      await waitUntil(() => select.state === 'empty', 'never empty');
      await select.updateComplete;
      expect(nativeSelect(select).disabled).to.equal(true);
      expect(onVisibleMessage(select)).to.equal('No camera found. Plug one in to use it.');
      await expect(select).to.be.accessible();
      devices.set([mic, cam]);
      await waitUntil(() => select.state === 'ready', 'never ready again');
      await select.updateComplete;
      expect(deepActiveElement() === nativeSelect(select), 'back on the list').to.equal(true);
      devices.set([mic]);
      await waitUntil(() => select.state === 'empty', 'never empty again');
      await select.updateComplete;
      onVisibleMessage(select);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === root.querySelector('#after'), 'Tab goes on').to.equal(true);
    });

    const sourceGone: [string, (capture: MediaCaptureElement, select: Element) => void][] = [
      ['its for= source removed', (capture) => capture.remove()],
      ['its for= pointed at no source', (_, select) => select.setAttribute('for', 'elsewhere')],
    ];
    for (const [name, leave] of sourceGone) {
      it(`${name} while the list has focus: on the message saying why`, async () => {
        const { root, capture } = await liveCapture<HTMLDivElement>(
          html`<div>
            <media-capture id="cap" video></media-capture>
            <device-select for="cap"></device-select>
          </div>`,
        );
        const select = root.querySelector('device-select')!;
        await listed(select, true);
        nativeSelect(select).focus();
        leave(capture, select);
        await waitUntil(() => nativeSelect(select).disabled, 'the list never noticed');
        await select.updateComplete;
        expect(onVisibleMessage(select)).to.equal(
          'There is nothing on this page to use the camera for yet.',
        );
        capture.stop();
      });
    }
  });

  it('isolates each device name for right-to-left pages', async () => {
    stubDevices([device('audioinput', 'a', 'USB 2.0 Mic (046d:0825)')]);
    const { select } = await deviceSelect(
      html`<media-capture dir="rtl" audio
        ><device-select kind="audioinput"></device-select
      ></media-capture>`,
    );
    const option = nativeSelect(select).options[0];
    expect(option.dir).to.equal('auto');
    expect(option.text.trim()).to.equal('USB 2.0 Mic (046d:0825)');
  });

  it('in forced colours, the list keeps a border and a focus ring', async () => {
    const { select } = await deviceSelect(
      html`<media-capture video><device-select></device-select></media-capture>`,
    );
    const applied = await emulateForcedColors(true);
    try {
      nativeSelect(select).focus();
      const style = getComputedStyle(nativeSelect(select));
      expect(style.borderStyle).to.equal('solid');
      if (applied) expect(style.outlineStyle).to.not.equal('none');
    } finally {
      await emulateForcedColors(false);
    }
  });
});
