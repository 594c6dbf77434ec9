import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import {
  describeEvents,
  items,
  liveList,
  liveTracks,
  noticed,
  recordCapture,
} from '../fixtures/index.js';

// track.stop() fires no `ended` (mediacapture-main), so <media-capture> learns of tracks stopped on
// purpose through the kit's track registry: a stop, not an error.
describe('<media-capture> and tracks stopped on purpose', () => {
  const captureWithList = () =>
    liveList(
      html`<media-capture><stream-mirror></stream-mirror><track-list></track-list></media-capture>`,
    );

  it('goes idle with reason stop when a track-list stops every track', async () => {
    const { capture, stream, list } = await captureWithList();
    const seen = recordCapture(capture);
    items(list)[0].stop.click();
    expect(capture.state, 'one of two tracks stopped').to.equal('live');
    expect(seen).to.deep.equal([]);
    items(list)[1].stop.click();
    expect(capture.state).to.equal('idle');
    expect(capture.stream).to.equal(null);
    expect(describeEvents(seen)).to.deep.equal([
      'statechange live→idle',
      'stop stop',
      'stream-change null',
    ]);
    expect((seen[1].event as unknown as { stream: MediaStream }).stream).to.equal(stream);
    expect(liveTracks(), 'originals and the mirror clones').to.deep.equal([]);
  });

  it('ends in error track-ended within a second when app code stops every track', async () => {
    // DESIGN: every track ended without the kit stopping it. stop() fires no `ended`, so the
    // registry's once-a-second check is what notices.
    const { capture, stream } = await captureWithList();
    const seen = recordCapture(capture);
    stream.getTracks().forEach((track) => track.stop());
    await noticed(() => capture.state === 'error', 'the capture noticed the stopped tracks');
    expect(capture.error?.code).to.equal('track-ended');
    expect(describeEvents(seen)).to.deep.equal([
      'statechange live→error',
      'stop ended',
      'stream-change null',
      'error track-ended',
    ]);
    expect(liveTracks(), 'the mirror released its clones').to.deep.equal([]);
  });
});
