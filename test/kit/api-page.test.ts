// demo/api.html renders custom-elements.json: every element, each with its events and parts.
import { expect, waitUntil } from '@open-wc/testing';

describe('demo/api.html', () => {
  it('renders every element of the manifest with its events, parts and custom properties', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/api.html';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('#api:not([aria-busy])'), '', {
      timeout: 5000,
    });
    const doc = frame.contentDocument!;
    const text = doc.body.textContent!;
    expect([...doc.querySelectorAll('article')].map((a) => a.id)).to.deep.equal([
      'media-capture',
      'stream-mirror',
      'track-list',
    ]);
    for (const name of [
      'media-capture-permissionchange',
      'track-list-stop',
      'stream-mirror-resize',
    ])
      expect(text).to.contain(name);
    expect(text).to.contain('::part(start-button)');
    expect(text).to.contain('--track-list-toggle-on-background');
    expect(text).to.contain(':state(live)');
    frame.remove();
  });
});
