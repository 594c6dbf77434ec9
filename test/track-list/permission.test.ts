// Runs in chromium-permission (no fake UI; permission set over CDP, see
// media-capture/permission.test.ts): a real revocation ends every track, each `ended` dispatched
// with a microtask checkpoint after it (measured). Only Chromium can revoke from a test.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { liveList, once, updated } from '../fixtures/index.js';
import { recordAnnouncements } from '../fixtures/a11y.js';

const setPermission = (setting: 'granted' | 'denied' | 'prompt') =>
  executeServerCommand('set-permission', { setting });

describe('<track-list> with permission revoked', () => {
  afterEach(() => setPermission('prompt'));

  it('access revoked while live is told once, by the capture, not by the list too', async () => {
    await setPermission('granted');
    const { capture, list } = await liveList();
    const heard = recordAnnouncements(capture, list);
    const stopped = once(capture, 'media-capture-stop');
    await setPermission('denied');
    await stopped;
    await updated(capture, list);
    await new Promise((resolve) => setTimeout(resolve));
    await updated(capture, list);
    expect(capture.state).to.equal('denied');
    expect(heard.texts(list), 'the list').to.deep.equal([]);
    expect(heard.texts(capture), 'the capture').to.have.length(1);
    heard.stop();
  });
});
