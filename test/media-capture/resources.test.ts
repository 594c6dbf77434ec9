import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { MediaCaptureError } from '../../src/index.js';
import {
  calls,
  createdTracks,
  describeEvents,
  liveTracks,
  mediaCapture,
  nextTask,
  once,
  part,
  place,
  recordCapture,
  requestsSettled,
  stub,
  unplug,
} from '../fixtures/index.js';

const aborted = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('start() resolved'),
    (error: MediaCaptureError) => {
      expect(error).to.be.instanceOf(MediaCaptureError);
      expect(error.code).to.equal('aborted');
    },
  );

describe('<media-capture> resources', () => {
  it('asks nothing of the platform in its constructor', () => {
    let asked = 0;
    stub(navigator.mediaDevices, 'enumerateDevices', () => (asked++, Promise.resolve([])));
    stub(navigator.permissions, 'query', () => (asked++, Promise.reject(new Error('asked'))));
    const el = document.createElement('media-capture');
    el.autostart = true;
    expect(asked).to.equal(0);
    expect(calls).to.deep.equal([]);
  });

  it('stop() during the permission prompt: no track left live, no start, no error event', async () => {
    const el = await mediaCapture();
    const seen = recordCapture(el);
    const pending = el.start();
    el.stop();
    await aborted(pending);
    await requestsSettled();
    expect(calls.length).to.equal(1);
    expect(createdTracks().length, 'the request did resolve').to.equal(1);
    expect(liveTracks()).to.deep.equal([]);
    expect(describeEvents(seen)).to.deep.equal([
      'statechange idle→requesting',
      'statechange requesting→idle',
    ]);
    expect(el.state).to.equal('idle');
    expect(el.stream).to.equal(null);
  });

  it('removal during the permission prompt: no track left live, no events', async () => {
    const el = await mediaCapture();
    const pending = el.start();
    const seen = recordCapture(el);
    el.remove();
    await aborted(pending);
    await requestsSettled();
    expect(createdTracks().length).to.equal(1);
    expect(liveTracks()).to.deep.equal([]);
    expect(seen).to.deep.equal([]);
    expect(el.state).to.equal('idle');
  });

  it('start/stop spam leaves nothing live, fires no start and no error', async () => {
    const el = await mediaCapture(html`<media-capture></media-capture>`);
    const seen = recordCapture(el);
    const starts = [];
    for (let i = 0; i < 10; i++) {
      starts.push(el.start());
      el.stop();
    }
    await Promise.all(starts.map(aborted));
    await requestsSettled();
    expect(liveTracks()).to.deep.equal([]);
    expect(createdTracks().every((t) => t.readyState === 'ended')).to.be.true;
    const types = describeEvents(seen);
    expect(types.filter((t) => t === 'media-capture-start' || t.startsWith('error'))).to.deep.equal(
      [],
    );
    expect(types.length).to.equal(20);
    expect(el.state).to.equal('idle');
  });

  it('removal while live: stop (disconnect) and stream-change (null) on the element, every track ended', async () => {
    const el = await mediaCapture(html`<media-capture></media-capture>`);
    const stream = await el.start();
    const seen = recordCapture(el);
    const bubbled: string[] = [];
    document.addEventListener('media-capture-stop', (e) => bubbled.push(e.type), { once: true });
    const stopped = once(el, 'media-capture-stop');
    el.remove();
    const { reason, stream: released } = await stopped;
    expect(reason).to.equal('disconnect');
    expect(released).to.equal(stream);
    expect(describeEvents(seen)).to.deep.equal(['stop disconnect', 'stream-change null']);
    expect(bubbled).to.deep.equal([]);
    expect(stream.getTracks().map((t) => t.readyState)).to.deep.equal(['ended', 'ended']);
    expect(el.state).to.equal('idle');
    expect(el.stream).to.equal(null);
  });

  it('a move within the same task keeps the same live stream, with no events', async () => {
    const first = place(document.createElement('div'));
    const second = place(document.createElement('div'));
    const el = first.appendChild(document.createElement('media-capture'));
    el.video = true;
    const stream = await el.start();
    const seen = recordCapture(el);
    second.appendChild(el);
    await nextTask();
    expect(el.isConnected).to.be.true;
    expect(el.state).to.equal('live');
    expect(el.stream).to.equal(stream);
    expect(stream.getVideoTracks()[0].readyState).to.equal('live');
    expect(seen).to.deep.equal([]);
  });

  it('a move with moveBefore() keeps the same live stream, with no events (where the browser has it)', async function () {
    const first = place(document.createElement('div'));
    const second = place(document.createElement('div'));
    const el = first.appendChild(document.createElement('media-capture'));
    el.video = true;
    const stream = await el.start();
    const seen = recordCapture(el);
    const parent = second as Element & { moveBefore?(node: Node, child: Node | null): void };
    if (parent.moveBefore) parent.moveBefore(el, null);
    else second.appendChild(el);
    await nextTask();
    expect(el.parentNode).to.equal(second);
    expect(el.stream).to.equal(stream);
    expect(stream.getVideoTracks()[0].readyState).to.equal('live');
    expect(seen).to.deep.equal([]);
  });

  it('reconnecting an autostart element after its removal starts again', async () => {
    const el = await mediaCapture(html`<media-capture audio autostart></media-capture>`);
    await once(el, 'media-capture-start');
    const parent = el.parentNode!;
    el.remove();
    await nextTask();
    expect(liveTracks()).to.deep.equal([]);
    const started = once(el, 'media-capture-start');
    parent.appendChild(el);
    await started;
    expect(calls.length).to.equal(2);
  });

  it('every track ended from outside (device unplugged): error track-ended', async () => {
    // Firefox: the dispatched `ended` reaches no listener; the once-a-second check notices.
    const el = await mediaCapture(html`<media-capture></media-capture>`);
    const stream = await el.start();
    const seen = recordCapture(el);
    const failed = once(el, 'media-capture-error');
    const restores = stream.getTracks().map(unplug);
    const { error } = await failed;
    expect(error.code).to.equal('track-ended');
    expect(error.recoverable).to.be.true;
    expect(describeEvents(seen)).to.deep.equal([
      'statechange live→error',
      'stop ended',
      'stream-change null',
      'error track-ended',
    ]);
    expect((seen[1].event as Event & { stream: MediaStream }).stream).to.equal(stream);
    expect(seen.every((s) => s.state === 'error' && s.stream === null)).to.be.true;
    restores.forEach((restore) => restore());
    expect(
      stream.getTracks().map((t) => t.readyState),
      'released',
    ).to.deep.equal(['ended', 'ended']);
    await el.updateComplete;
    expect(part(el, 'retry-button')).to.exist;
    expect(part(el, 'status')!.textContent!.trim()).to.equal(
      'The camera and microphone stopped unexpectedly.',
    );
    const started = once(el, 'media-capture-start');
    part(el, 'retry-button')!.click();
    await started;
    expect(el.state).to.equal('live');
  });

  it('one of two tracks ending keeps it live, with no event', async () => {
    const el = await mediaCapture(html`<media-capture></media-capture>`);
    const stream = await el.start();
    const seen = recordCapture(el);
    const [audio] = stream.getAudioTracks();
    unplug(audio);
    // Nothing must happen, neither on the `ended` event nor at the kit's once-a-second check.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(el.state).to.equal('live');
    expect(el.stream).to.equal(stream);
    expect(seen).to.deep.equal([]);
  });

  it('pagehide releases capture; pageshow does not restart without autostart', async () => {
    const el = await mediaCapture();
    const stream = await el.start();
    const seen = recordCapture(el);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(stream.getVideoTracks()[0].readyState).to.equal('ended');
    expect(el.state).to.equal('idle');
    expect(describeEvents(seen)).to.deep.equal([
      'statechange live→idle',
      'stop stop',
      'stream-change null',
    ]);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await nextTask();
    expect(el.state).to.equal('idle');
    expect(calls.length).to.equal(1);
  });

  it('pageshow from the back/forward cache restarts with autostart', async () => {
    const el = await mediaCapture(html`<media-capture video autostart></media-capture>`);
    const first = (await once(el, 'media-capture-start')).stream;
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(first.getVideoTracks()[0].readyState).to.equal('ended');
    const started = once(el, 'media-capture-start');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    const { stream } = await started;
    expect(stream).not.to.equal(first);
    expect(calls.length).to.equal(2);
  });

  it('a first pageshow (not from the cache) does not start anything', async () => {
    const el = await mediaCapture(html`<media-capture video></media-capture>`);
    el.autostart = true;
    await once(el, 'media-capture-start');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await nextTask();
    expect(calls.length).to.equal(1);
  });
});
