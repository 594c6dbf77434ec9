import { expect, waitUntil } from '@open-wc/testing';
import { codeBlocks, local } from '../readme/blocks.js';
import { place } from '../fixtures/platform.js';

// Every html, js and css block of the README runs here as a user would paste it, on a page of its
// own (an iframe), the published URLs and package name pointing at this checkout's build (npm test
// builds dist/ and cdn/ first). A block passes when nothing on its page throws, every kit tag in it
// is defined, and what it sets up happens: a started capture goes live and its consumers show it;
// the theming rules all parse and reach the parts they name. The sh, jsx and Vue blocks are
// checked in Node (test/node/readme.test.mjs).

interface Block {
  kind: string;
  code: string;
  line: number;
}

const KIT_TAGS =
  /<((?:media-capture|stream-mirror|track-list|device-select|track-toggle|audio-meter|stream-recorder|screen-capture))[\s>]/g;

let blocks: Block[] = [];

/** A page of its own holding `html`; resolves with its window once loaded, errors recorded. */
async function page(html: string) {
  const frame = place(document.createElement('iframe'));
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<script>
  window.__errors = [];
  addEventListener('error', (e) => __errors.push(e.message));
  addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
</script>${html}`;
  await loaded;
  return frame.contentWindow as Window & typeof globalThis & { __errors: string[] };
}

/** Every element of `win` matching `selector`, in its document and the open shadow roots in it. */
function deepAll(win: Window, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (root: ParentNode) => {
    found.push(...root.querySelectorAll(selector));
    for (const element of root.querySelectorAll('*'))
      if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(win.document);
  return found;
}

describe('README', () => {
  before(async () => {
    blocks = codeBlocks(await (await fetch('/README.md')).text());
  });

  it('has html, js and css blocks to run', () => {
    expect(blocks.filter((b) => ['html', 'js', 'css'].includes(b.kind))).to.have.length.above(4);
  });

  it('runs every html and js block: no error, its tags defined, a started capture live and shown', async function () {
    this.timeout(30000);
    for (const { kind, code, line } of blocks.filter((b) => b.kind === 'html' || b.kind === 'js')) {
      const where = `README line ${line}`;
      const source = local(code, location.origin);
      const win = await page(kind === 'js' ? `<script type="module">${source}</script>` : source);
      const tags = [...new Set([...code.matchAll(KIT_TAGS)].map(([, tag]) => tag))];
      for (const tag of tags) {
        await waitUntil(() => win.customElements.get(tag), `${where}: <${tag}> defined`, {
          timeout: 5000,
        });
      }
      const captures = () =>
        deepAll(win, 'media-capture') as (HTMLElement & {
          state: string;
          stream: MediaStream | null;
        })[];
      // Whatever the block started settles.
      await waitUntil(() => captures().every((c) => c.state !== 'requesting'), `${where}: settled`);
      // What a user sees of a live capture: the mirror showing video, the list one item a track.
      const live = captures().find((c) => c.state === 'live');
      for (const mirror of live ? deepAll(win, 'stream-mirror') : []) {
        await waitUntil(() => mirror.matches(':state(showing)'), `${where}: the mirror shows it`);
      }
      for (const list of live ? deepAll(win, 'track-list') : []) {
        const items = () => list.shadowRoot!.querySelectorAll('[part~="item"]').length;
        const tracks = live!.stream!.getTracks().length;
        await waitUntil(() => items() === tracks, `${where}: the list shows ${tracks} tracks`);
      }
      expect(win.__errors, where).to.deep.equal([]);
      for (const capture of captures()) expect(capture.state, where).not.to.match(/error|denied/);
      win.frameElement!.remove();
    }
  });

  it('applies the theming css: every rule parses and reaches what it names', async () => {
    const [theme] = blocks.filter((b) => b.kind === 'css');
    const win = await page(`
      <script type="module" src="/cdn/mediastream-elements.js"></script>
      <style>${theme.code}</style>
      <media-capture video></media-capture>
      <track-list></track-list>`);
    const sheet = win.document.styleSheets[0];
    const written = theme.code.match(/^\S[^{]*\{/gm) ?? [];
    expect(sheet.cssRules.length, 'rules the browser kept').to.equal(written.length);
    await waitUntil(() => win.customElements.get('media-capture'), 'defined');
    const capture = win.document.querySelector('media-capture')!;
    await (capture as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const start = capture.shadowRoot!.querySelector('[part~="start-button"]')!;
    const style = win.getComputedStyle(start);
    expect(style.backgroundColor).to.equal('rgb(102, 51, 153)');
    expect(style.borderTopLeftRadius).to.equal('999px');
    expect(win.__errors).to.deep.equal([]);
  });
});
