import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { MediaCaptureError } from '../../src/index.js';
import {
  describeEvents,
  liveTracks,
  mediaCapture,
  part,
  recordCapture,
  swallowListenerErrors,
} from '../fixtures/index.js';

describe('<media-capture> events', () => {
  it('start: statechange, then on success statechange, stream-change, start — state committed first', async () => {
    const el = await mediaCapture();
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
    const el = await mediaCapture(html`<media-capture></media-capture>`);
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
    const el = await mediaCapture();
    await el.start();
    await el.updateComplete;
    const seen = recordCapture(el);
    part(el, 'stop-button')!.click();
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
    const el = await mediaCapture();
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
    const el = await mediaCapture();
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
    const el = await mediaCapture();
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
