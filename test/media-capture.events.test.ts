import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { MediaCaptureError, type MediaCaptureElement } from '../src/index.js';
import {
  calls,
  createdTracks,
  describeEvents,
  fakeCameraScales,
  hangingGetUserMedia,
  liveTracks,
  once,
  recordCapture,
  stub,
  swallowListenerErrors,
} from './helpers.js';

const capture = (template = html`<media-capture video></media-capture>`) =>
  fixture<MediaCaptureElement>(template);

describe('<media-capture> events', () => {
  it('start: statechange, then on success statechange, stream-change, start — state committed first', async () => {
    const el = await capture();
    const seen = recordCapture(el);
    const stream = await el.start();
    expect(describeEvents(seen)).to.deep.equal([
      'statechange idle→requesting',
      'statechange requesting→live',
      'stream-change stream',
      'media-capture-start',
    ]);
    expect(seen.map((s) => s.state)).to.deep.equal(['requesting', 'live', 'live', 'live']);
    expect(seen.map((s) => s.stateAttribute)).to.deep.equal(['requesting', 'live', 'live', 'live']);
    expect(seen.map((s) => s.stream)).to.deep.equal([null, stream, stream, stream]);
    expect((seen[2].event as Event & { stream: MediaStream }).stream).to.equal(stream);
    expect((seen[3].event as Event & { stream: MediaStream }).stream).to.equal(stream);
    for (const { event } of seen) {
      expect(event.bubbles && event.composed, `${event.type} bubbles, composed`).to.be.true;
    }
  });

  it('stop() while live: statechange, stop (stop), stream-change (null); every track ended', async () => {
    const el = await capture(html`<media-capture></media-capture>`);
    const stream = await el.start();
    const seen = recordCapture(el);
    el.stop();
    expect(describeEvents(seen)).to.deep.equal([
      'statechange live→idle',
      'stop stop',
      'stream-change null',
    ]);
    expect((seen[1].event as Event & { stream: MediaStream }).stream).to.equal(stream);
    expect(seen.every((s) => s.state === 'idle' && s.stream === null)).to.be.true;
    expect(stream.getTracks().map((t) => t.readyState)).to.deep.equal(['ended', 'ended']);
    expect(el.stream).to.equal(null);
  });

  it('the stop button does what stop() does', async () => {
    const el = await capture();
    await el.start();
    await el.updateComplete;
    const seen = recordCapture(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="stop-button"]')!.click();
    expect(describeEvents(seen)).to.deep.equal([
      'statechange live→idle',
      'stop stop',
      'stream-change null',
    ]);
    expect(liveTracks()).to.deep.equal([]);
  });

  it('events bubble out of a shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('media-capture');
    el.video = true;
    root.append(el);
    const seen = recordCapture(el);
    const outside: string[] = [];
    document.addEventListener('media-capture-start', (e) => outside.push(e.type), { once: true });
    await el.start();
    expect(outside).to.deep.equal(['media-capture-start']);
    expect(seen.length).to.equal(4);
  });

  it('a throwing listener does not corrupt the element', async () => {
    const caught = swallowListenerErrors('listener broke');
    const el = await capture();
    el.addEventListener('media-capture-statechange', () => {
      throw new Error('listener broke');
    });
    el.addEventListener('stream-change', () => {
      throw new Error('listener broke');
    });
    const seen = recordCapture(el);
    const stream = await el.start();
    expect(caught.length).to.equal(3);
    expect(el.state).to.equal('live');
    expect(el.stream).to.equal(stream);
    expect(describeEvents(seen)).to.deep.equal([
      'statechange idle→requesting',
      'statechange requesting→live',
      'stream-change stream',
      'media-capture-start',
    ]);
    el.stop();
    expect(el.state).to.equal('idle');
    expect(liveTracks()).to.deep.equal([]);
  });

  it('stop() from a listener of the live statechange wins: no later start or stale stream-change', async () => {
    const el = await capture();
    const seen = recordCapture(el);
    el.addEventListener('media-capture-statechange', (e) => e.state === 'live' && el.stop());
    await el.start().catch(() => {});
    expect(describeEvents(seen)).to.deep.equal([
      'statechange idle→requesting',
      'statechange requesting→live',
      'statechange live→idle',
      'stop stop',
      'stream-change null',
    ]);
    expect(el.state).to.equal('idle');
    expect(el.stream).to.equal(null);
    expect(liveTracks()).to.deep.equal([]);
  });

  it('stop() from a requesting listener supersedes the request before any later event', async () => {
    const el = await capture();
    const seen = recordCapture(el);
    el.addEventListener('media-capture-statechange', (e) => e.state === 'requesting' && el.stop());
    const error = await el.start().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(MediaCaptureError);
    expect((error as MediaCaptureError).code).to.equal('aborted');
    expect(describeEvents(seen)).to.deep.equal([
      'statechange idle→requesting',
      'statechange requesting→idle',
    ]);
    expect(el.state).to.equal('idle');
  });
});

describe('<media-capture> start() and stop()', () => {
  it('start() resolves with the live stream', async () => {
    const el = await capture(html`<media-capture></media-capture>`);
    const stream = await el.start();
    expect(stream).to.be.instanceOf(MediaStream);
    expect(el.stream).to.equal(stream);
    expect(stream.getTracks().every((t) => t.readyState === 'live')).to.be.true;
  });

  it('a second start() while requesting returns the same promise and asks once', async () => {
    const el = await capture();
    const seen = recordCapture(el);
    const first = el.start();
    const second = el.start();
    expect(second).to.equal(first);
    expect(await second).to.equal(await first);
    expect(calls.length).to.equal(1);
    expect(describeEvents(seen).filter((e) => e.startsWith('statechange'))).to.deep.equal([
      'statechange idle→requesting',
      'statechange requesting→live',
    ]);
  });

  it('a double click on the start button prompts once', async () => {
    const el = await capture();
    const started = once(el, 'media-capture-start');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!;
    button.click();
    button.click();
    await started;
    expect(calls.length).to.equal(1);
  });

  it('start() while live with unchanged constraints resolves with the same stream, asking nothing', async () => {
    const el = await capture();
    const stream = await el.start();
    const seen = recordCapture(el);
    expect(await el.start()).to.equal(stream);
    expect(calls.length).to.equal(1);
    expect(seen).to.deep.equal([]);
  });

  it('a constraint change while live restarts: old tracks ended before the new request', async () => {
    const el = await capture(html`<media-capture video width="320"></media-capture>`);
    const old = await el.start();
    const liveAtCall: string[][] = [];
    const gum = navigator.mediaDevices.getUserMedia;
    stub(navigator.mediaDevices, 'getUserMedia', (constraints?: MediaStreamConstraints) => {
      liveAtCall.push(old.getTracks().map((t) => t.readyState));
      return gum.call(navigator.mediaDevices, constraints);
    });
    const seen = recordCapture(el);
    const started = once(el, 'media-capture-start');
    el.width = 160;
    const { stream } = await started;
    expect(liveAtCall).to.deep.equal([['ended']]);
    expect(describeEvents(seen)).to.deep.equal([
      'statechange live→requesting',
      'stop restart',
      'stream-change null',
      'statechange requesting→live',
      'stream-change stream',
      'media-capture-start',
    ]);
    expect((seen[1].event as Event & { stream: MediaStream }).stream).to.equal(old);
    expect(stream).not.to.equal(old);
    expect(el.stream).to.equal(stream);
    if (fakeCameraScales) expect(stream.getVideoTracks()[0].getSettings().width).to.equal(160);
    expect(calls.map((c) => c.video)).to.deep.equal([
      { width: { ideal: 320 } },
      { width: { ideal: 160 } },
    ]);
  });

  it('several changes in one task make one restart with the latest values', async () => {
    const el = await capture(html`<media-capture video></media-capture>`);
    await el.start();
    const seen = recordCapture(el);
    const started = once(el, 'media-capture-start');
    el.setAttribute('width', '320');
    el.setAttribute('height', '240');
    el.audio = true;
    el.width = 160;
    el.height = 120;
    const { stream } = await started;
    expect(calls.length).to.equal(2);
    expect(calls[1]).to.deep.equal({
      video: { width: { ideal: 160 }, height: { ideal: 120 } },
      audio: true,
    });
    expect(
      stream
        .getTracks()
        .map((t) => t.kind)
        .sort(),
    ).to.deep.equal(['audio', 'video']);
    expect(describeEvents(seen).filter((e) => e === 'stop restart').length).to.equal(1);
  });

  it('the constraints property changing while live restarts too', async () => {
    const el = await capture();
    await el.start();
    const started = once(el, 'media-capture-start');
    el.constraints = { audio: true };
    const { stream } = await started;
    expect(stream.getTracks().map((t) => t.kind)).to.deep.equal(['audio']);
  });

  it('a change while requesting: the pending start() resolves with the newer stream; the superseded one is stopped', async () => {
    const el = await capture(html`<media-capture video width="320"></media-capture>`);
    const seen = recordCapture(el);
    const pending = el.start();
    el.width = 160;
    const stream = await pending;
    expect(calls.length).to.equal(2);
    if (fakeCameraScales) expect(stream.getVideoTracks()[0].getSettings().width).to.equal(160);
    expect(calls[1].video).to.deep.equal({ width: { ideal: 160 } });
    expect(el.stream).to.equal(stream);
    expect(describeEvents(seen)).to.deep.equal([
      'statechange idle→requesting',
      'statechange requesting→live',
      'stream-change stream',
      'media-capture-start',
    ]);
    // The first request's tracks are stopped when it resolves late.
    await new Promise<void>((resolve) => {
      const check = () => (createdTracks().length === 2 ? resolve() : setTimeout(check, 10));
      check();
    });
    expect(liveTracks()).to.deep.equal(stream.getTracks());
  });

  it('stop() while idle does nothing', async () => {
    const el = await capture();
    const seen = recordCapture(el);
    el.stop();
    expect(seen).to.deep.equal([]);
    expect(el.state).to.equal('idle');
  });

  it('stop() while requesting: statechange only, start() rejects with aborted, no error event', async () => {
    hangingGetUserMedia();
    const el = await capture();
    const pending = el.start();
    const seen = recordCapture(el);
    el.stop();
    const error = (await pending.catch((e: unknown) => e)) as MediaCaptureError;
    expect(error).to.be.instanceOf(MediaCaptureError);
    expect(error.code).to.equal('aborted');
    expect(describeEvents(seen)).to.deep.equal(['statechange requesting→idle']);
    expect(el.error).to.equal(null);
  });
});
