// A real refusal where the engine has one: Chromium launched with
// --use-fake-ui-for-media-stream=deny refuses the picker (NotAllowedError "Permission denied",
// measured). Firefox ESR headless has no screen to share (NotFoundError before any permission
// check) and WebKitGTK has no way to refuse (its mock screen always shares): for them
// getDisplayMedia is STUBBED to reject with the NotAllowedError a cancelled picker gives.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ScreenCaptureElement } from '../../src/index.js';
import { engine, once, part } from '../fixtures/index.js';
import { clickPart, displayCalls, recordScreen, rejectingDisplayMedia } from './screen.js';

const refused = () => {
  if (engine !== 'chromium') {
    rejectingDisplayMedia(new DOMException('Permission denied', 'NotAllowedError'));
  }
};

async function deniedShare(el: ScreenCaptureElement) {
  const failed = once(el, 'screen-capture-error');
  await clickPart(el, 'start-button');
  const { error } = await failed;
  await el.updateComplete;
  return error;
}

describe('<screen-capture> when sharing is refused', () => {
  it('goes denied: statechange ×2, error (permission-denied); says what to do; accessible', async () => {
    refused();
    const el = await fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);
    const { texts } = recordScreen(el);
    const error = await deniedShare(el);
    expect(texts).to.deep.equal([
      'statechange idle→requesting',
      'statechange requesting→denied',
      'error permission-denied',
    ]);
    expect(error.code).to.equal('permission-denied');
    expect((error.cause as DOMException).name).to.equal('NotAllowedError');
    expect(el.state).to.equal('denied');
    expect(el.matches(':state(denied)')).to.be.true;
    expect(el.stream).to.equal(null);
    expect(part(el, 'message')!.textContent!.trim()).to.equal(
      'Screen sharing was cancelled or blocked.',
    );
    expect(part(el, 'help')!.textContent!.trim()).to.match(/choose a screen, window or tab/);
    expect(part(el, 'status')!.textContent!.trim()).to.equal(
      'Screen sharing was cancelled or blocked.',
    );
    await expect(el).to.be.accessible();
  });

  it('the retry button asks again (and is refused again), with no loop', async () => {
    refused();
    const el = await fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);
    await deniedShare(el);
    const { texts } = recordScreen(el);
    const failed = once(el, 'screen-capture-error');
    await clickPart(el, 'retry-button');
    await failed;
    expect(texts).to.deep.equal([
      'statechange denied→requesting',
      'statechange requesting→denied',
      'error permission-denied',
    ]);
    expect(displayCalls).to.have.length(2);
  });
});
