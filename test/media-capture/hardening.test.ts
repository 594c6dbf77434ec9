// Faults, bad input and accessibility found by testing from outside (issue #9), each at its root.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MediaCaptureError } from '../../src/index.js';
import type {
  MediaCaptureElement,
  StreamMirrorElement,
  TrackListElement,
} from '../../src/index.js';
import {
  calls,
  dark,
  failedStart,
  goLive,
  hangingGetUserMedia,
  liveCapture,
  mediaCapture,
  part,
  place,
  ready,
  rejectingGetUserMedia,
  stub,
} from '../fixtures/index.js';

const statusText = (el: Element) => part(el, 'status')!.textContent!.trim();

/** Every text added to `el`'s live region, in order, until `stop()`. */
function announcements(el: Element) {
  const said: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes)
        if (node.textContent?.trim()) said.push(node.textContent.trim());
      if (record.type === 'characterData') said.push(record.target.textContent!.trim());
    }
  });
  observer.observe(part(el, 'status')!, { childList: true, subtree: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

describe('<media-capture> hardening', () => {
  describe('bad input is an error value, never an exception', () => {
    const unreadable: [string, () => MediaStreamConstraints][] = [
      ['a BigInt', () => ({ video: { width: 640n } }) as unknown as MediaStreamConstraints],
      [
        'a cycle',
        () => {
          const video: Record<string, unknown> = {};
          video.self = video;
          return { video } as MediaStreamConstraints;
        },
      ],
      [
        'a getter that throws',
        () =>
          Object.defineProperty({}, 'video', {
            enumerable: true,
            get() {
              throw new Error('hostile getter');
            },
          }) as MediaStreamConstraints,
      ],
    ];
    for (const [name, make] of unreadable) {
      it(`start() rejects invalid-constraints for ${name}, renders, and asks for nothing`, async () => {
        stub(console, 'warn', () => {});
        const el = await mediaCapture();
        el.constraints = make();
        let result: Promise<MediaStream> | undefined;
        expect(() => (result = el.start())).to.not.throw();
        const error = await result!.then(
          () => null,
          (e) => e,
        );
        expect(error.code).to.equal('invalid-constraints');
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(calls).to.deep.equal([]);
      });

      it(`set while live (${name}): the capture ends in invalid-constraints, nothing unhandled`, async () => {
        stub(console, 'warn', () => {});
        const unhandled: unknown[] = [];
        const onUnhandled = (event: PromiseRejectionEvent) => {
          unhandled.push(event.reason);
          event.preventDefault();
        };
        window.addEventListener('unhandledrejection', onUnhandled);
        const { capture, stream } = await liveCapture(html`<media-capture video></media-capture>`);
        const failed = new Promise((resolve) =>
          capture.addEventListener('media-capture-error', resolve, { once: true }),
        );
        capture.constraints = make();
        await failed;
        await capture.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        window.removeEventListener('unhandledrejection', onUnhandled);
        expect(capture.error!.code).to.equal('invalid-constraints');
        expect(stream.getTracks().map((t) => t.readyState)).to.deep.equal(['ended']);
        expect(unhandled).to.deep.equal([]);
      });
    }

    it('a timeout beyond what a timer can hold is invalid-constraints, not an immediate timeout', async () => {
      stub(console, 'warn', () => {});
      const el = await mediaCapture(
        html`<media-capture video timeout="2147483648"></media-capture>`,
      );
      const error = await failedStart(el);
      expect(error.code).to.equal('invalid-constraints');
      expect(error.message).to.contain('timeout="2147483648"');
      expect(calls).to.deep.equal([]);
      el.setAttribute('timeout', '2147483647');
      await el.start();
      expect(el.state).to.equal('live');
    });

    const mistyped: [string, 'width' | 'frameRate' | 'timeout', unknown, string][] = [
      ['an object', 'width', { ideal: 640 }, 'width="{"ideal":640}" is not a number of pixels'],
      ['a boolean', 'timeout', true, 'timeout="true" is not a number of milliseconds'],
      ['an array', 'frameRate', [30], 'frame-rate="[30]" is not a number of frames per second'],
    ];
    for (const [name, property, value, said] of mistyped) {
      it(`${property} set to ${name} (a framework's property) is invalid-constraints naming it`, async () => {
        const warned: string[] = [];
        stub(console, 'warn', (message: string) => warned.push(message));
        const el = await mediaCapture(html`<media-capture video></media-capture>`);
        (el as unknown as Record<string, unknown>)[property] = value;
        const error = await failedStart(el);
        expect(error.code).to.equal('invalid-constraints');
        expect(error.message).to.contain(said);
        expect(warned.join()).to.contain(said);
        expect(calls).to.deep.equal([]);
      });
    }

    it('strings members that are undefined or not strings keep the defaults', async () => {
      const el = await mediaCapture(
        html`<media-capture
          video
          .strings=${{ start: undefined, camera: 42, stop: null, live: 'Camera on.' }}
        ></media-capture>`,
      );
      expect(part(el, 'start-button')!.textContent!.trim()).to.equal('Turn on camera');
      await goLive(el);
      expect(part(el, 'stop-button')!.textContent!.trim()).to.equal('Turn off camera');
      expect(statusText(el)).to.equal('Camera on.');
    });

    it('inserts values literally: a $& in a text stays $&', async () => {
      const warned: string[] = [];
      stub(console, 'warn', (message: string) => warned.push(message));
      const named = await mediaCapture(
        html`<media-capture video .strings=${{ camera: "$& $' cam" }}></media-capture>`,
      );
      expect(part(named, 'start-button')!.textContent!.trim()).to.equal("Turn on $& $' cam");
      const el = await mediaCapture(html`<media-capture video width=${'$&x'}></media-capture>`);
      const error = await failedStart(el);
      expect(error.message).to.equal('width="$&x" is not a number of pixels');
      expect(warned.join()).to.contain('width="$&x"');
    });
  });

  describe('resources', () => {
    it('stop() stops every track the kit obtained, even one app code removed from the stream', async () => {
      const { capture, stream } = await liveCapture(
        html`<media-capture video audio></media-capture>`,
      );
      const [audio] = stream.getAudioTracks();
      stream.removeTrack(audio);
      capture.stop();
      expect(audio.readyState).to.equal('ended');
    });

    it('a release reaches mirrors and lists linked by `stream` or `for` at once, not a second later', async () => {
      const root = await fixture(
        html`<div>
          <media-capture id="cam" video></media-capture>
          <stream-mirror for="cam"></stream-mirror>
          <stream-mirror class="by-property"></stream-mirror>
          <track-list class="by-property"></track-list>
        </div>`,
      );
      const capture = root.querySelector<MediaCaptureElement>('media-capture')!;
      const [byFor, byProperty] = root.querySelectorAll<StreamMirrorElement>('stream-mirror');
      const list = root.querySelector<TrackListElement>('track-list')!;
      const shown = Promise.all([ready(byFor), ready(byProperty)]);
      const stream = await capture.start();
      byProperty.stream = stream;
      list.stream = stream;
      await shown;
      const clones = [...byFor.tracks, ...byProperty.tracks];
      capture.stop();
      await Promise.all([byFor.updateComplete, byProperty.updateComplete, list.updateComplete]);
      expect(dark(byFor), 'for=').to.be.true;
      expect(dark(byProperty), 'stream property').to.be.true;
      expect(clones.map((t) => t.readyState)).to.deep.equal(['ended', 'ended']);
      expect(part(list, 'state')!.textContent).to.contain('Ended');
    });

    it('start() outside the document asks for nothing and says why: nothing could release it', async () => {
      const detached = document.createElement('media-capture') as MediaCaptureElement;
      const removed = await mediaCapture(html`<media-capture video></media-capture>`);
      removed.remove();
      await Promise.resolve(); // past the microtask in which a move would reconnect it
      const asked = calls.length;
      for (const el of [detached, removed]) {
        const error = (await el.start().catch((e: unknown) => e)) as MediaCaptureError;
        expect(error).to.be.instanceOf(MediaCaptureError);
        expect(error.code).to.equal('aborted');
        expect(error.message).to.equal(
          '<media-capture> is not in the document: start() it once it is connected.',
        );
        expect(el.state).to.equal('idle');
        expect(el.stream).to.equal(null);
      }
      expect(calls.length, 'getUserMedia calls').to.equal(asked);
    });

    it('start() outside the document where capture is unsupported rejects unsupported', async () => {
      // No browser here lacks navigator.mediaDevices: its getUserMedia is taken away.
      stub(navigator.mediaDevices, 'getUserMedia', undefined as never);
      const el = document.createElement('media-capture') as MediaCaptureElement;
      const error = (await el.start().catch((e: unknown) => e)) as MediaCaptureError;
      expect(error).to.be.instanceOf(MediaCaptureError);
      expect(error.code).to.equal('unsupported');
      expect(el.state).to.equal('unsupported');
    });

    for (const [state, cause] of [
      ['denied', new DOMException('Permission denied', 'NotAllowedError')],
      ['error', new DOMException('Could not start video source', 'NotReadableError')],
    ] as const) {
      it(`removed while ${state}, it is idle (the events table: element removed → idle)`, async () => {
        const restore = rejectingGetUserMedia(cause);
        const el = await mediaCapture(html`<media-capture video></media-capture>`);
        await failedStart(el);
        restore();
        expect(el.state).to.equal(state);
        const seen: string[] = [];
        for (const type of ['media-capture-statechange', 'media-capture-stop', 'stream-change']) {
          el.addEventListener(type, () => seen.push(type));
        }
        el.remove();
        await Promise.resolve();
        expect(el.state).to.equal('idle');
        expect(el.error).to.equal(null);
        expect(el.getAttribute('state')).to.equal('idle');
        expect(seen, 'nothing was live: no events').to.deep.equal([]);
      });
    }

    it('moved into a same-origin iframe that is then removed, it releases its tracks', async () => {
      const iframe = place(document.createElement('iframe'));
      await new Promise((resolve) => setTimeout(resolve));
      const { capture, stream } = await liveCapture(html`<media-capture video></media-capture>`);
      iframe.contentDocument!.body.append(capture);
      expect(capture.state).to.equal('live');
      iframe.remove();
      await waitUntil(() => stream.getTracks().every((t) => t.readyState === 'ended'), 'released');
      expect(capture.state).to.equal('idle');
    });

    it('a MediaStream from another realm links like any other', async () => {
      const iframe = place(document.createElement('iframe'));
      await new Promise((resolve) => setTimeout(resolve));
      const { stream } = await liveCapture(html`<media-capture video></media-capture>`);
      const Foreign = (iframe.contentWindow as unknown as { MediaStream: typeof MediaStream })
        .MediaStream;
      const foreign = new Foreign(stream.getTracks());
      expect(foreign instanceof MediaStream).to.be.false;
      const mirror = await fixture<StreamMirrorElement>(
        html`<stream-mirror .stream=${foreign}></stream-mirror>`,
      );
      const list = await fixture<TrackListElement>(
        html`<track-list .stream=${foreign}></track-list>`,
      );
      await ready(mirror);
      expect(dark(mirror)).to.be.false;
      expect(list.tracks).to.have.length(1);
    });
  });

  describe('accessibility', () => {
    it('a state reached before the first render is announced into a region already in the page', async () => {
      hangingGetUserMedia();
      const el = document.createElement('media-capture') as MediaCaptureElement;
      el.video = true;
      el.autostart = true;
      place(el);
      await el.updateComplete;
      expect(el.state).to.equal('requesting');
      const region = part(el, 'status')!;
      expect(region.textContent!.trim(), 'empty when first rendered').to.equal('');
      await waitUntil(() => region.textContent!.trim() !== '', 'announced');
      expect(region.textContent!.trim()).to.equal('Waiting for access to the camera…');
      el.stop();
    });

    it('announces a repeat of the same text again', async () => {
      stub(console, 'warn', () => {});
      const el = await mediaCapture(html`<media-capture video width="wide"></media-capture>`);
      await el.start().catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { said, stop } = announcements(el);
      await el.start().catch(() => {});
      await el.updateComplete;
      stop();
      expect(said).to.deep.equal([
        'This page is set up wrongly, so it cannot use the camera. Let the site’s owner know.',
      ]);
    });

    it('announces each of several state changes a few ms apart', async () => {
      const el = await mediaCapture();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { said, stop } = announcements(el);
      await el.start();
      el.stop();
      await el.start();
      await el.updateComplete;
      stop();
      expect(said).to.deep.equal([
        'Waiting for access to the camera…',
        'Now using your camera.',
        'Stopped using your camera.',
        'Waiting for access to the camera…',
        'Now using your camera.',
      ]);
    });

    it('moves focus to the visibly focused waiting message, never <body>, while requesting', async () => {
      hangingGetUserMedia();
      const el = await mediaCapture();
      part(el, 'start-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const message = part(el, 'message')!;
      expect(el.shadowRoot!.activeElement).to.equal(message);
      expect(document.activeElement).to.equal(el);
      expect(getComputedStyle(message).outlineStyle).to.not.equal('none');
      el.stop();
    });

    it('moves focus to the message of an error without retry', async () => {
      stub(console, 'warn', () => {});
      const el = await mediaCapture(html`<media-capture video frame-rate="-1"></media-capture>`);
      el.removeAttribute('frame-rate');
      await el.updateComplete;
      part(el, 'start-button')!.focus();
      el.setAttribute('frame-rate', '-1');
      await el.start().catch(() => {});
      await el.updateComplete;
      expect(part(el, 'retry-button')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'message'));
    });

    it('shows end users plain words and no start button that cannot work; the diagnostic goes to the console', async () => {
      const warned: string[] = [];
      stub(console, 'warn', (message: string) => warned.push(message));
      const el = await mediaCapture(html`<media-capture video width="wide"></media-capture>`);
      const button = part<HTMLButtonElement>(el, 'start-button')!;
      expect(el.state).to.equal('idle');
      expect(button.disabled).to.be.true;
      const reason = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(reason.textContent!.trim()).to.equal(
        'This page is set up wrongly, so it cannot use the camera. Let the site’s owner know.',
      );
      expect(part(el, 'panel')!.textContent).to.not.contain('width=');
      const error = await failedStart(el);
      expect(error.message).to.equal('width="wide" is not a number of pixels');
      expect(warned.join()).to.contain('width="wide" is not a number of pixels');
      expect(part(el, 'panel')!.textContent).to.not.contain('width=');
      expect(part(el, 'retry-button')).to.equal(null);
      el.setAttribute('width', '640');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
