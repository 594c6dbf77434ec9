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
    // Every element of the manifest, in its order, with every event it fires.
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap(
      (mod: { declarations?: { tagName?: string; events?: { name?: string }[] }[] }) =>
        (mod.declarations ?? []).filter((decl) => decl.tagName),
    );
    expect([...doc.querySelectorAll('article')].map((a) => a.id)).to.have.members(
      declarations.map((decl: { tagName: string }) => decl.tagName),
    );
    expect(declarations.length).to.be.at.least(3);
    for (const decl of declarations)
      for (const event of decl.events ?? []) if (event.name) expect(text).to.contain(event.name);
    expect(text).to.contain('::part(start-button)');
    expect(text).to.contain('--track-list-toggle-on-background');
    expect(text).to.contain(':state(live)');
    frame.remove();
  });
});
