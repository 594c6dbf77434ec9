// Issue #9, accessibility across <track-list> and <stream-mirror>: focus rings against what
// surrounds them, forced colours (emulated over CDP), and axe in every state either element can be
// brought to here. Each test failed before the fix in the engines it names.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type {
  MediaCaptureElement,
  StreamMirrorElement,
  TrackListElement,
} from '../../src/index.js';
import {
  checkMarkShown,
  buttonShown,
  dark,
  engine,
  items,
  liveList,
  nestedMirror,
  noticed,
  part,
  stub,
  videoOf,
} from '../fixtures/index.js';
import {
  backgroundBehind,
  contrast,
  deepActiveElement,
  emulateForcedColors,
  over,
  parseColor,
} from '../fixtures/a11y.js';

/** Presses Tab until `target` has focus (at most `presses` times); whether it got there. */
async function tabTo(target: Element, presses = 8): Promise<boolean> {
  for (let press = 0; press < presses && deepActiveElement() !== target; press++) {
    await sendKeys({ press: 'Tab' });
  }
  return deepActiveElement() === target;
}

/** The focused `element`'s ring: outline colour and width, and the band beside it. */
function ring(element: Element) {
  const style = getComputedStyle(element);
  const band = style.boxShadow.match(/rgba?\([^)]*\)|color\([^)]*\)/)?.[0] ?? null;
  return {
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    color: style.outlineColor,
    band,
  };
}

/** A capture with a mirror whose autoplay the browser refuses: the play button shows. */
async function blockedMirror() {
  const root = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">Before</button>
      <media-capture video><stream-mirror></stream-mirror></media-capture>
    </div>`,
  );
  const capture = root.querySelector<MediaCaptureElement>('media-capture')!;
  const mirror = root.querySelector('stream-mirror')!;
  // Autoplay refusal, simulated as in stream-mirror/events.test.ts: these browsers allow autoplay.
  videoOf(mirror).autoplay = false;
  const allowPlay = stub(HTMLMediaElement.prototype, 'play', () =>
    Promise.reject(new DOMException('autoplay refused', 'NotAllowedError')),
  );
  const offered = buttonShown(mirror);
  await capture.start();
  const button = await offered;
  await mirror.updateComplete;
  return { root, capture, mirror, button, allowPlay };
}

describe('accessibility across the kit (issue #9)', () => {
  describe('focus rings keep 3:1 against what surrounds them', () => {
    it('<track-list>’s buttons on the page', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <media-capture video><track-list></track-list></media-capture>
        </div>`,
      );
      const capture = root.querySelector<MediaCaptureElement>('media-capture')!;
      const list = root.querySelector<TrackListElement>('track-list')!;
      await capture.start();
      await list.updateComplete;
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      const toggle = items(list)[0].toggle;
      expect(await tabTo(toggle), 'reached from the keyboard').to.equal(true);
      const { style, width, color, band } = ring(toggle);
      const around = backgroundBehind(toggle.parentElement!);
      expect(style).to.equal('solid');
      expect(width).to.be.at.least(2);
      // Firefox's Highlight, the ring before, is 2.94:1 on white.
      expect(contrast(over(color, around), around), `${color} on ${around}`).to.be.at.least(3);
      expect(band, 'a second tone beside the outline').to.not.equal(null);
      expect(contrast(over(band!, around), over(color, around)), 'the two tones').to.be.at.least(3);
    });

    it('<stream-mirror>’s play button on the black mirror', async () => {
      const { root, mirror, button } = await blockedMirror();
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      // WebKit may start the preview on its own, and the button goes with it.
      if (!(await tabTo(button)) && !button.isConnected) {
        expect(engine, 'only WebKit autoplays past the refusal').to.equal('webkit');
        return;
      }
      const { style, width, color, band } = ring(button);
      const around = backgroundBehind(button.parentElement!);
      expect(parseColor(around).slice(0, 3), 'the mirror is black').to.deep.equal([0, 0, 0]);
      expect(style).to.equal('solid');
      expect(width).to.be.at.least(2);
      expect(contrast(over(color, around), around), `${color} on ${around}`).to.be.at.least(3);
      expect(band, 'a second tone beside the outline').to.not.equal(null);
      expect(contrast(over(band!, around), around), 'the band on black').to.be.at.least(3);
      expect(dark(mirror)).to.equal(false);
    });
  });

  // Forced colours can be emulated only in Chromium (CDP): Firefox ESR 153's WebDriver BiDi has
  // no forced-colours command and WebKitGTK's classic WebDriver none (measured). There the test
  // checks only that the emulation says so.
  describe('forced colours (emulated in Chromium)', () => {
    afterEach(() => emulateForcedColors(false));

    it('the toggle on and off still look different', async () => {
      const { list, stream } = await liveList();
      const [video] = stream.getVideoTracks();
      const off = () => items(list).find((item) => item.kind === 'Video')!.toggle;
      const on = () => items(list).find((item) => item.kind === 'Audio')!.toggle;
      off().click();
      await list.updateComplete;
      expect(video.enabled).to.equal(false);
      if (!(await emulateForcedColors(true))) {
        expect(engine, 'only Chromium emulates forced colours').not.to.equal('chromium');
        return;
      }
      await list.updateComplete;
      const around = backgroundBehind(list);
      const fill = (toggle: Element) => over(getComputedStyle(toggle).backgroundColor, around);
      expect(contrast(fill(on()), fill(off())), 'on and off fills').to.be.at.least(3);
      const checked = (toggle: Element) => checkMarkShown(toggle);
      expect([checked(on()), checked(off())], 'a check mark only while on').to.deep.equal([
        true,
        false,
      ]);
      await expect(list).to.be.accessible();
    });

    it('the mirror keeps its box', async () => {
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      if (!(await emulateForcedColors(true))) {
        expect(engine, 'only Chromium emulates forced colours').not.to.equal('chromium');
        return;
      }
      const style = getComputedStyle(mirror);
      expect(style.borderTopStyle, 'a border').not.to.equal('none');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      const around = backgroundBehind(mirror.parentElement!);
      expect(
        contrast(over(style.borderTopColor, around), around),
        'the border shows',
      ).to.be.at.least(3);
    });
  });

  // One state or two per test: axe takes a second or more a run on these machines.
  describe('axe finds nothing in any state', () => {
    it('<track-list>: no stream', async () => {
      const empty = await fixture<TrackListElement>(html`<track-list></track-list>`);
      await expect(empty).to.be.accessible();
    });

    it('<track-list>: live and switched off, right to left', async () => {
      const { list } = await liveList(
        html`<div dir="rtl">
          <media-capture><track-list></track-list></media-capture>
        </div>`,
      );
      await expect(list).to.be.accessible();
      items(list)[0].toggle.click();
      await list.updateComplete;
      expect(items(list)[0].toggle.getAttribute('aria-pressed')).to.equal('false');
      await expect(list).to.be.accessible();
    });

    it('<track-list>: muted and ended', async () => {
      const { list, stream } = await liveList();
      // The fake devices never mute: stand in for a muted microphone (a track reads `muted`).
      stub(stream.getAudioTracks()[0], 'muted', true);
      list.requestUpdate();
      await list.updateComplete;
      const item = (kind: string) => items(list).find((each) => each.kind === kind)!;
      expect(item('Audio').state).to.contain('Muted');
      item('Video').stop.click();
      await list.updateComplete;
      expect(item('Video').state).to.equal('Ended');
      await expect(list).to.be.accessible();
    });

    it('<track-list>: emptied, with focus moved to its text', async () => {
      const { capture, list } = await liveList(
        html`<media-capture video><track-list></track-list></media-capture>`,
      );
      const stop = items(list)[0].stop;
      stop.focus();
      stop.click();
      await noticed(() => capture.state === 'idle', 'capture stopped');
      await list.updateComplete;
      expect(deepActiveElement() === part(list, 'empty'), 'focus on the empty-state text').to.equal(
        true,
      );
      await expect(list).to.be.accessible();
    });

    it('<stream-mirror>: no stream', async () => {
      const empty = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      await expect(empty).to.be.accessible();
    });

    it('<stream-mirror>: live and switched off', async () => {
      const { mirror, stream } = await nestedMirror();
      await expect(mirror).to.be.accessible();
      const [video] = stream.getVideoTracks();
      video.enabled = false;
      await noticed(() => dark(mirror), 'dark while off');
      await expect(mirror).to.be.accessible();
      video.enabled = true;
    });

    it('<stream-mirror>: muted', async () => {
      const { mirror } = await nestedMirror();
      // The fake camera never mutes: stand in for a muted one (the clone reads `muted`).
      stub(mirror.tracks[0], 'muted', true);
      mirror.requestUpdate();
      await mirror.updateComplete;
      expect(dark(mirror), 'dark while muted').to.equal(true);
      await expect(mirror).to.be.accessible();
    });

    it('<stream-mirror>: ended', async () => {
      const { mirror, stream } = await nestedMirror();
      stream.getVideoTracks()[0].stop();
      await noticed(() => dark(mirror), 'dark once ended');
      await expect(mirror).to.be.accessible();
    });

    it('<stream-mirror>: play blocked, then the preview focused', async () => {
      const { mirror, button, allowPlay } = await blockedMirror();
      // WebKit may start the preview on its own, and the button goes with it.
      if (button.isConnected) await expect(mirror).to.be.accessible();
      button.focus();
      allowPlay();
      if (button.isConnected) button.click();
      await noticed(() => !part(mirror, 'play-button'), 'button gone');
      await mirror.updateComplete;
      expect(deepActiveElement() === videoOf(mirror), 'the preview has focus').to.equal(true);
      await expect(mirror).to.be.accessible();
    });
  });
});
