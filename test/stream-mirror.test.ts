import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { MediaCaptureElement, StreamMirrorElement } from '../src/index.js';
import { liveTracks, stub } from './helpers.js';
import { canvasTrack, dark, next, noticed, ready, videoOf } from './consumer-helpers.js';

async function nestedMirror(attributes = html``) {
  const root = await fixture<MediaCaptureElement>(
    html`<media-capture video audio><stream-mirror>${attributes}</stream-mirror></media-capture>`,
  );
  const mirror = root.querySelector('stream-mirror')!;
  const shown = ready(mirror);
  const stream = await root.start();
  const size = await shown;
  return { capture: root, mirror, stream, size };
}

/** Resolves with the play button as soon as the mirror renders it (it may not stay long). */
function buttonShown(mirror: StreamMirrorElement): Promise<HTMLButtonElement> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const button = mirror.shadowRoot!.querySelector<HTMLButtonElement>('[part~="play-button"]');
      if (!button) return;
      observer.disconnect();
      resolve(button);
    });
    observer.observe(mirror.shadowRoot!, { childList: true, subtree: true });
  });
}

async function decode(blob: Blob) {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const pixel = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
  return { width: bitmap.width, height: bitmap.height, pixel };
}

describe('<stream-mirror>', () => {
  describe('accessibility', () => {
    it('is accessible with nothing to show', async () => {
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      expect(dark(mirror)).to.equal(true);
      await expect(mirror).to.be.accessible();
    });

    it('is accessible while showing and while dark', async () => {
      const { mirror, stream } = await nestedMirror();
      await expect(mirror).to.be.accessible();
      stream.getVideoTracks()[0].enabled = false;
      await noticed(() => dark(mirror), 'dark');
      await expect(mirror).to.be.accessible();
      stream.getVideoTracks()[0].enabled = true;
    });

    it('is accessible while offering the play button', async () => {
      const root = await fixture<MediaCaptureElement>(
        html`<media-capture video><stream-mirror></stream-mirror></media-capture>`,
      );
      const mirror = root.querySelector('stream-mirror')!;
      // Autoplay refusal, simulated as in the play-button test below.
      videoOf(mirror).autoplay = false;
      stub(HTMLMediaElement.prototype, 'play', () =>
        Promise.reject(new DOMException('autoplay refused', 'NotAllowedError')),
      );
      const offered = buttonShown(mirror);
      await root.start();
      await offered;
      await expect(mirror).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('plays a muted, inline, autoplaying clone of the video only', async () => {
      const { mirror, stream, size } = await nestedMirror();
      const video = videoOf(mirror);
      expect([size.width, size.height]).to.deep.equal([640, 480]);
      expect(video.muted).to.equal(true);
      expect(video.autoplay).to.equal(true);
      expect(video.hasAttribute('playsinline')).to.equal(true);
      expect(mirror.tracks.map((track) => track.kind)).to.deep.equal(['video']);
      expect(mirror.tracks[0].id).not.to.equal(stream.getVideoTracks()[0].id);
      expect((video.srcObject as MediaStream).getTracks()).to.deep.equal(mirror.tracks);
      expect(getComputedStyle(video).objectFit).to.equal('contain');
      expect(getComputedStyle(video).transform).to.equal('none');
      expect(dark(mirror)).to.equal(false);
    });

    it('shows the placeholder text, replaceable through strings and the slot', async () => {
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      expect(mirror.shadowRoot!.querySelector('[part="placeholder"]')!.textContent).to.equal(
        'No video',
      );
      mirror.strings = { placeholder: 'Caméra éteinte' };
      await mirror.updateComplete;
      expect(mirror.shadowRoot!.querySelector('[part="placeholder"]')!.textContent).to.equal(
        'Caméra éteinte',
      );
      const own = await fixture<StreamMirrorElement>(
        html`<stream-mirror><span slot="placeholder">Say cheese</span></stream-mirror>`,
      );
      const slot = own.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="placeholder"]')!;
      expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal([
        'Say cheese',
      ]);
    });
  });

  describe('attributes', () => {
    it('mirrored flips the preview only', async () => {
      const track = canvasTrack();
      const mirror = await fixture<StreamMirrorElement>(
        html`<stream-mirror mirrored></stream-mirror>`,
      );
      const shown = ready(mirror);
      mirror.stream = new MediaStream([track]);
      await shown;
      expect(getComputedStyle(videoOf(mirror)).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      const still = await decode(await mirror.snapshot());
      expect(still.pixel(10, 60)).to.deep.equal([255, 0, 0]);
    });

    it('fit="cover" fills the box', async () => {
      const mirror = await fixture<StreamMirrorElement>(
        html`<stream-mirror fit="cover"></stream-mirror>`,
      );
      expect(getComputedStyle(videoOf(mirror)).objectFit).to.equal('cover');
    });

    it('audible clones and plays the audio too', async () => {
      const { mirror, stream } = await nestedMirror();
      mirror.audible = true;
      await mirror.updateComplete;
      expect(mirror.tracks.map((track) => track.kind).sort()).to.deep.equal(['audio', 'video']);
      expect(mirror.tracks.map((track) => track.id)).not.to.include(stream.getAudioTracks()[0].id);
      expect(videoOf(mirror).muted).to.equal(false);
      const [audio] = mirror.tracks.filter((track) => track.kind === 'audio');
      mirror.audible = false;
      await mirror.updateComplete;
      expect(audio.readyState).to.equal('ended');
      expect(stream.getAudioTracks()[0].readyState).to.equal('live');
    });
  });

  describe('events', () => {
    it('stream-mirror-resize reports a new intrinsic size after a restart', async () => {
      const { capture, mirror } = await nestedMirror();
      const resized = next(mirror, 'stream-mirror-resize');
      const shown = ready(mirror);
      capture.width = 320;
      capture.height = 240;
      const { width, height } = await resized;
      expect(width).to.equal(320);
      const again = await shown;
      expect([again.width, again.height]).to.deep.equal([width, height]);
      const video = videoOf(mirror);
      expect([video.videoWidth, video.videoHeight]).to.deep.equal([width, height]);
    });

    it('the play button starts a preview the browser refused to autoplay', async () => {
      const root = await fixture<MediaCaptureElement>(
        html`<media-capture video><stream-mirror></stream-mirror></media-capture>`,
      );
      const mirror = root.querySelector('stream-mirror')!;
      const video = videoOf(mirror);
      // Autoplay refusal: this group's browsers allow autoplay, so the refusal is simulated: the
      // autoplay attribute is taken away and play() rejects as a refusing browser's does.
      video.autoplay = false;
      const restore = stub(HTMLMediaElement.prototype, 'play', () =>
        Promise.reject(new DOMException('autoplay refused', 'NotAllowedError')),
      );
      const offered = buttonShown(mirror);
      await root.start();
      const button = await offered;
      restore();
      // WebKit may start a MediaStream preview on its own meanwhile; the button then goes by itself.
      if (button.isConnected) button.click();
      await noticed(
        () => !mirror.shadowRoot!.querySelector('[part~="play-button"]'),
        'button gone',
      );
      expect(video.paused).to.equal(false);
    });
  });

  describe('snapshot()', () => {
    it('is a still at the track’s real resolution', async () => {
      const { mirror } = await nestedMirror();
      const blob = await mirror.snapshot();
      expect(blob.type).to.equal('image/png');
      const still = await decode(blob);
      expect([still.width, still.height]).to.deep.equal([640, 480]);
    });

    it('is unmirrored unless asked, and honours type', async () => {
      const track = canvasTrack('rgb(255, 0, 0)', 'rgb(0, 0, 255)');
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      const shown = ready(mirror);
      mirror.stream = new MediaStream([track]);
      await shown;
      const plain = await decode(await mirror.snapshot());
      expect([plain.width, plain.height]).to.deep.equal([160, 120]);
      expect(plain.pixel(10, 60)).to.deep.equal([255, 0, 0]);
      const flipped = await mirror.snapshot({ mirrored: true, type: 'image/jpeg', quality: 0.9 });
      expect(flipped.type).to.equal('image/jpeg');
      const [r, , b] = (await decode(flipped)).pixel(10, 60);
      expect(b).to.be.above(200);
      expect(r).to.be.below(60);
    });

    it('rejects when nothing is shown', async () => {
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      const error = await mirror.snapshot().catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('InvalidStateError');
      expect((error as DOMException).message).to.match(/no video frame/);
    });
  });

  describe('resources', () => {
    it('owns independent clones: the mirror never stops or disables the source', async () => {
      const { mirror, stream } = await nestedMirror();
      const source = stream.getVideoTracks()[0];
      const [clone] = mirror.tracks;
      expect(clone.id).not.to.equal(source.id);
      mirror.stream = null;
      await mirror.updateComplete;
      expect(clone.readyState).to.equal('ended');
      expect(source.readyState).to.equal('live');
      expect(source.enabled).to.equal(true);
    });

    it('after <media-capture>.stop() not one track, original or clone, is live', async () => {
      const { capture, mirror } = await nestedMirror();
      mirror.audible = true;
      await mirror.updateComplete;
      expect(liveTracks()).to.have.length(4);
      capture.stop();
      await mirror.updateComplete;
      expect(liveTracks()).to.deep.equal([]);
      expect(dark(mirror)).to.equal(true);
    });

    it('releases the clones of the old stream on restart', async () => {
      const { capture, mirror } = await nestedMirror();
      const before = mirror.tracks;
      const shown = ready(mirror);
      capture.height = 240;
      await shown;
      expect(before.map((track) => track.readyState)).to.deep.equal(['ended']);
      expect(liveTracks().filter((track) => track.kind === 'video')).to.have.length(2);
    });

    it('notices app code stopping a source track within a second and releases its clone', async () => {
      const { mirror, stream } = await nestedMirror();
      const [clone] = mirror.tracks;
      stream.getVideoTracks()[0].stop();
      const took = await noticed(() => clone.readyState === 'ended', 'clone released');
      await mirror.updateComplete;
      expect(took).to.be.below(1500);
      expect(dark(mirror)).to.equal(true);
    });

    it('goes dark while the source track is switched off by app code, and back', async () => {
      const { mirror, stream } = await nestedMirror();
      const source = stream.getVideoTracks()[0];
      source.enabled = false;
      await noticed(() => dark(mirror), 'dark');
      expect(mirror.tracks[0].enabled).to.equal(false);
      source.enabled = true;
      await noticed(() => !dark(mirror), 'shown again');
      expect(await mirror.snapshot()).to.be.instanceOf(Blob);
    });
  });
});
