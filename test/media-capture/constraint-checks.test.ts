import { expect, waitUntil } from '@open-wc/testing';
import { place } from '../fixtures/platform.js';

// The checks of a `constraints` value are a chunk of their own (cdn/chunks/constraints.js): a page
// that never sets `constraints` never loads them, and start() waits for them when it does. Each
// test is a page of its own (an iframe: a fresh module map, so nothing is loaded yet) using the
// CDN autoloader build, as a page pasting the script tag does (npm test builds cdn/ first). The
// tracks of a frame are the frame's: each test stops its capture and the frame is removed after.

type Capture = HTMLElement & {
  state: string;
  stream: MediaStream | null;
  constraints?: unknown;
  start(): Promise<MediaStream>;
  stop(): void;
};
type Frame = Window & typeof globalThis;

const CHECKS = '/cdn/chunks/constraints.js';

/**
 * A page of its own with `body`, the autoloader, and a spy on its getUserMedia; `head`: markup
 * before them (an import map).
 */
async function page(body: string, head = '') {
  const frame = place(document.createElement('iframe'));
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `${head}<script>
  window.__asked = [];
  const gum = MediaDevices.prototype.getUserMedia;
  MediaDevices.prototype.getUserMedia = function (c) { __asked.push(c); return gum.call(this, c); };
</script><script type="module" src="${location.origin}/cdn/autoloader.js"></script>${body}`;
  await loaded;
  const win = frame.contentWindow as Frame & { __asked: MediaStreamConstraints[] };
  await waitUntil(() => win.customElements.get('media-capture'), 'media-capture defined');
  const capture = win.document.querySelector('media-capture') as Capture;
  const loads = () =>
    win.performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === CHECKS).length;
  return { win, capture, asked: win.__asked, loads };
}

/**
 * What `start()` rejects with (a frame's MediaCaptureError: another realm's class, so read by its
 * fields); `null` if it resolved.
 */
const rejection = (started: Promise<unknown>) =>
  started.then(
    () => null,
    (e: { code?: string; message?: string }) => e,
  );

/** `start()` with `constraints` on `page` rejects with `code`, its message holding `text`: state
 * error, nothing asked. */
async function expectRefused(
  { capture, asked }: Awaited<ReturnType<typeof page>>,
  constraints: unknown,
  code: string,
  text: string,
) {
  capture.constraints = constraints;
  const error = await rejection(capture.start());
  expect(error?.code).to.equal(code);
  expect(error?.message).to.contain(text);
  expect(capture.state).to.equal('error');
  expect(asked).to.deep.equal([]);
}

/** The page of `page()` with an import map pointing the checks at a file that is not there. */
const withoutChecks = (body: string) =>
  page(
    body,
    `<script type="importmap">${JSON.stringify({
      imports: { [`${location.origin}${CHECKS}`]: `${location.origin}/cdn/chunks/absent.js` },
    })}</script>`,
  );

describe('<media-capture> constraint checks, loaded only for a constraints property', () => {
  it('a page that never sets constraints never loads them, and captures as usual', async () => {
    const { capture, asked, loads } = await page(
      '<media-capture video autostart><stream-mirror></stream-mirror></media-capture>',
    );
    await waitUntil(() => capture.state === 'live', 'live');
    expect(asked).to.deep.equal([{ video: true, audio: false }]);
    expect(loads()).to.equal(0);
    expect((await fetch(CHECKS)).ok, 'the checks are a chunk of their own').to.be.true;
    capture.stop();
  });

  it('start() right after constraints are set waits for the checks, then asks with them', async () => {
    const { capture, asked, loads } = await page('<media-capture></media-capture>');
    const constraints = { video: { width: { ideal: 320 } }, audio: false };
    capture.constraints = constraints;
    const started = capture.start();
    expect(capture.state, 'nothing asked before the checks are here').to.equal('idle');
    expect(asked).to.deep.equal([]);
    const stream = await started;
    expect(capture.state).to.equal('live');
    expect(capture.stream).to.equal(stream);
    expect(asked).to.deep.equal([constraints]);
    expect(loads()).to.equal(1);
    capture.stop();
  });

  it('a second start() while the checks load returns the same promise, and one request is made', async () => {
    const { capture, asked } = await page('<media-capture></media-capture>');
    capture.constraints = { video: true, audio: false };
    const first = capture.start();
    const second = capture.start();
    expect(second).to.equal(first);
    await first;
    expect(asked).to.have.length(1);
    capture.stop();
  });

  it('invalid constraints found once the checks arrive: invalid-constraints, nothing asked', async () => {
    const tab = await page('<media-capture></media-capture>');
    await expectRefused(tab, { video: { width: 'wide' } }, 'invalid-constraints', 'width');
  });

  it('invalid constraints set, nothing started: once the checks are here, no start button that cannot work', async () => {
    const { capture, loads } = await page('<media-capture></media-capture>');
    const button = () =>
      capture.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!;
    expect(button().disabled).to.be.false;
    capture.constraints = { video: { width: 'wide' } };
    await waitUntil(() => loads() === 1 && button().disabled, 'the start button disabled');
    expect(button().getAttribute('aria-describedby')).to.equal('misconfigured');
    expect(capture.state).to.equal('idle');
  });

  it('checks that cannot load: start() rejects saying so, nothing is asked, state error', async () => {
    // Stands in for a network failure: the chunk's URL leads to a file that is not there.
    const tab = await withoutChecks('<media-capture></media-capture>');
    const text = 'The checks of the constraints property could not be loaded';
    await expectRefused(tab, { video: true, audio: false }, 'unknown', text);
  });

  it('checks that cannot load for constraints set while live: the live tracks end, state error', async () => {
    const { capture, asked } = await withoutChecks(
      '<media-capture video autostart></media-capture>',
    );
    await waitUntil(() => capture.state === 'live', 'live');
    const tracks = capture.stream!.getTracks();
    capture.constraints = { video: { width: { ideal: 320 } }, audio: false };
    await waitUntil(() => capture.state === 'error', 'the restart failed');
    expect((capture as Capture & { error: { code: string } }).error.code).to.equal('unknown');
    expect(tracks.map((track) => track.readyState)).to.deep.equal(['ended']);
    expect(capture.stream).to.equal(null);
    expect(asked).to.have.length(1);
  });

  it('stop() while the checks load: start() rejects aborted, nothing is asked, idle', async () => {
    const { capture, asked, loads } = await page('<media-capture></media-capture>');
    capture.constraints = { video: true, audio: false };
    const started = rejection(capture.start());
    capture.stop();
    expect((await started)?.code).to.equal('aborted');
    await waitUntil(() => loads() === 1, 'the checks loaded');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(capture.state).to.equal('idle');
    expect(asked).to.deep.equal([]);
  });

  it('constraints set while live: the capture restarts with them once the checks are here', async () => {
    const { win, capture, asked } = await page('<media-capture video autostart></media-capture>');
    await waitUntil(() => capture.state === 'live', 'live');
    const first = capture.stream!.getVideoTracks()[0];
    const restarted = new Promise((resolve) =>
      capture.addEventListener('media-capture-start', resolve, { once: true }),
    );
    capture.constraints = { video: { width: { ideal: 320 } }, audio: false };
    await restarted;
    expect(asked).to.have.length(2);
    expect(asked[1]).to.deep.equal({ video: { width: { ideal: 320 } }, audio: false });
    expect(first.readyState).to.equal('ended');
    expect(capture.stream!.getVideoTracks()[0]).not.to.equal(first);
    expect(win.document.querySelector('media-capture')).to.equal(capture);
    capture.stop();
  });
});
