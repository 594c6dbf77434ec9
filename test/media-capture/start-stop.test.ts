import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { MediaCaptureError } from '../../src/index.js';
import {
  calls,
  createdTracks,
  describeEvents,
  fakeCameraScales,
  hangingGetUserMedia,
  liveTracks,
  mediaCapture,
  once,
  part,
  recordCapture,
  stub,
} from '../fixtures/index.js';

describe('<media-capture> start() and stop()', () => {
  it('start() resolves with the live stream', async () => {
    const el = await mediaCapture(html`<media-capture></media-capture>`);
    const stream = await el.start();
    expect(stream).to.be.instanceOf(MediaStream);
    expect(el.stream).to.equal(stream);
    expect(stream.getTracks().every((t) => t.readyState === 'live')).to.be.true;
  });

  it('a second start() while requesting returns the same promise and asks once', async () => {
    const el = await mediaCapture();
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
    const el = await mediaCapture();
    const started = once(el, 'media-capture-start');
    const button = part<HTMLButtonElement>(el, 'start-button')!;
    button.click();
    button.click();
    await started;
    expect(calls.length).to.equal(1);
  });

  it('the request goes out before the element commits requesting (attribute, custom state, events)', async () => {
    // The capture request waits on nothing of the element's own (its first commit costs a cold
    // page milliseconds): at the getUserMedia call the element still says idle, nothing fired.
    const el = await mediaCapture();
    const seen = recordCapture(el);
    let atCall: unknown[] = [];
    const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    stub(navigator.mediaDevices, 'getUserMedia', (constraints?: MediaStreamConstraints) => {
      atCall = [el.state, el.getAttribute('state'), describeEvents(seen)];
      return real(constraints);
    });
    const started = el.start();
    expect(atCall).to.deep.equal(['idle', 'idle', []]);
    expect(el.state).to.equal('requesting');
    expect(el.getAttribute('state')).to.equal('requesting');
    await started;
  });

  it('with the constraint checks already on the page (the whole kit), start() with constraints is requesting at once', async () => {
    // This page imports the whole kit, <screen-capture> with it, whose options run the checks: a
    // constraints property needs no wait (constraint-checks.test.ts: a page that lacks them).
    const el = await mediaCapture();
    el.constraints = { video: { width: { ideal: 320 } }, audio: false };
    const started = el.start();
    expect(el.state).to.equal('requesting');
    expect(calls).to.deep.equal([{ video: { width: { ideal: 320 } }, audio: false }]);
    await started;
  });

  it('start() while live with unchanged constraints resolves with the same stream, asking nothing', async () => {
    const el = await mediaCapture();
    const stream = await el.start();
    const seen = recordCapture(el);
    expect(await el.start()).to.equal(stream);
    expect(calls.length).to.equal(1);
    expect(seen).to.deep.equal([]);
  });

  it('a constraint change while live restarts: old tracks ended before the new request', async () => {
    const el = await mediaCapture(html`<media-capture video width="320"></media-capture>`);
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
    const el = await mediaCapture(html`<media-capture video></media-capture>`);
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
    const el = await mediaCapture();
    await el.start();
    const started = once(el, 'media-capture-start');
    el.constraints = { audio: true };
    const { stream } = await started;
    expect(stream.getTracks().map((t) => t.kind)).to.deep.equal(['audio']);
  });

  it('a change while requesting: the pending start() resolves with the newer stream; the superseded one is stopped', async () => {
    const el = await mediaCapture(html`<media-capture video width="320"></media-capture>`);
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
    const el = await mediaCapture();
    const seen = recordCapture(el);
    el.stop();
    expect(seen).to.deep.equal([]);
    expect(el.state).to.equal('idle');
  });

  it('stop() while requesting: statechange only, start() rejects with aborted, no error event', async () => {
    hangingGetUserMedia();
    const el = await mediaCapture();
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
