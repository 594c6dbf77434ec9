import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import {
  registerTranslation,
  type MediaCaptureElement,
  type StreamMirrorElement,
  type TrackListElement,
} from '../../src/index.js';
import { fill } from '../../src/base/fill.js';
import { streamMirrorStrings } from '../../src/components/stream-mirror/stream-mirror.strings.js';
import ar from '../../src/translations/ar.js';
import de from '../../src/translations/de.js';
import es from '../../src/translations/es.js';
import fr from '../../src/translations/fr.js';
import ja from '../../src/translations/ja.js';
import pt from '../../src/translations/pt.js';
import zh from '../../src/translations/zh.js';
import { recordAnnouncements } from '../fixtures/a11y.js';
import { part, place, stub } from '../fixtures/index.js';

// The elements follow the nearest `lang` (DESIGN, Accessibility and languages): a shipped
// translation loads on demand (the page imports nothing for it), English shows until it arrives,
// `strings` wins over it, and registerTranslation() adds a language for every element.

/** The start button's text of a camera `<media-capture>` in `translation`. */
const startText = (translation: typeof de, lang: string) =>
  fill(
    translation['media-capture'].start,
    {
      devices: translation['media-capture'].camera,
      kind: 'camera',
    },
    lang,
  );
const startButton = (capture: MediaCaptureElement) =>
  part(capture, 'start-button')!.textContent!.trim();
const placeholder = (mirror: StreamMirrorElement) =>
  part(mirror, 'placeholder')!.textContent!.trim();
const shows = (what: () => string, text: string) =>
  waitUntil(() => what() === text, `shows "${text}"`, { timeout: 4000 });

describe('languages', () => {
  it('shows the shipped translation of the nearest lang, English until it has loaded', async () => {
    // Japanese is asked for nowhere before this test in this page: its module is not loaded yet.
    const capture = await fixture<MediaCaptureElement>(
      html`<media-capture video lang="ja"></media-capture>`,
    );
    expect(startButton(capture), 'first render').to.equal('Turn on camera');
    await shows(() => startButton(capture), startText(ja, 'ja'));
    expect(startText(ja, 'ja')).not.to.equal('Turn on camera');
  });

  it('follows the document lang, and a change of it', async () => {
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.lang = 'de';
      const mirror = await fixture<StreamMirrorElement>(html`<stream-mirror></stream-mirror>`);
      await shows(() => placeholder(mirror), de['stream-mirror'].placeholder);
      document.documentElement.lang = 'fr';
      await shows(() => placeholder(mirror), fr['stream-mirror'].placeholder);
      document.documentElement.lang = 'en';
      await shows(() => placeholder(mirror), streamMirrorStrings.placeholder);
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
  });

  it('takes the element’s own lang over an ancestor’s, and an ancestor’s across a shadow root', async () => {
    const root = await fixture(html`
      <div lang="es">
        <stream-mirror id="own" lang="fr"></stream-mirror>
        <stream-mirror id="inherited"></stream-mirror>
        <div id="host" lang="pt-BR"></div>
      </div>
    `);
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<stream-mirror></stream-mirror>';
    const own = root.querySelector<StreamMirrorElement>('#own')!;
    const inherited = root.querySelector<StreamMirrorElement>('#inherited')!;
    const shadowed = shadow.querySelector<StreamMirrorElement>('stream-mirror')!;
    await shows(() => placeholder(own), fr['stream-mirror'].placeholder);
    await shows(() => placeholder(inherited), es['stream-mirror'].placeholder);
    await shows(() => placeholder(shadowed), pt['stream-mirror'].placeholder);
  });

  it('follows a lang changed inside a shadow root, nested ones too', async () => {
    // A framework component's shadow root holding a wrapper with its own lang, and inside it
    // another component's: a document-wide observer does not see into either.
    const outer = (await fixture(html`<div></div>`)).attachShadow({ mode: 'open' });
    outer.innerHTML = '<div lang="en"><stream-mirror></stream-mirror><div id="inner"></div></div>';
    const inner = outer.querySelector('#inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p lang="en"><stream-mirror></stream-mirror></p>';
    const first = outer.querySelector<StreamMirrorElement>('stream-mirror')!;
    const nested = inner.querySelector<StreamMirrorElement>('stream-mirror')!;
    await Promise.all([first.updateComplete, nested.updateComplete]);
    expect(placeholder(first)).to.equal(streamMirrorStrings.placeholder);
    outer.querySelector('div')!.lang = 'de';
    await shows(() => placeholder(first), de['stream-mirror'].placeholder);
    inner.querySelector('p')!.lang = 'fr';
    await shows(() => placeholder(nested), fr['stream-mirror'].placeholder);
  });

  it('matches a region or script to its language, but not Traditional to Simplified Chinese', async () => {
    const root = await fixture(html`
      <div>
        <stream-mirror lang="zh-CN"></stream-mirror>
        <stream-mirror lang="zh-Hans-SG"></stream-mirror>
        <stream-mirror lang="zh-TW"></stream-mirror>
        <stream-mirror lang="zh-Hant"></stream-mirror>
        <stream-mirror lang="AR-eg"></stream-mirror>
        <stream-mirror lang="nl"></stream-mirror>
        <stream-mirror lang=""></stream-mirror>
      </div>
    `);
    const [cn, sg, tw, hant, eg, nl, empty] =
      root.querySelectorAll<StreamMirrorElement>('stream-mirror');
    await shows(() => placeholder(cn), zh['stream-mirror'].placeholder);
    await shows(() => placeholder(sg), zh['stream-mirror'].placeholder);
    await shows(() => placeholder(eg), ar['stream-mirror'].placeholder);
    for (const english of [tw, hant, nl, empty]) {
      expect(placeholder(english), english.lang).to.equal(streamMirrorStrings.placeholder);
    }
  });

  it('lets strings win over the translation', async () => {
    const capture = await fixture<MediaCaptureElement>(
      html`<media-capture video lang="de" .strings=${{ retry: 'Nochmal' }}></media-capture>`,
    );
    await shows(() => startButton(capture), startText(de, 'de'));
    capture.strings = { start: 'Los: {devices}' };
    await shows(() => startButton(capture), `Los: ${de['media-capture'].camera}`);
  });

  it('shows a change of strings, lang or translations made in the task that rendered', async () => {
    // The texts a render reads are merged once until a microtask: a render in that same task
    // (performUpdate() now) after any change must not show the texts merged before it.
    const capture = await fixture<MediaCaptureElement>(
      html`<media-capture video lang="eo"></media-capture>`,
    );
    const render = () => {
      capture.requestUpdate();
      (capture as unknown as { performUpdate(): void }).performUpdate();
    };
    capture.strings = { start: 'One {devices}' };
    render();
    expect(startButton(capture)).to.equal('One camera');
    capture.strings = { start: 'Two {devices}' };
    render();
    expect(startButton(capture), 'new strings').to.equal('Two camera');
    registerTranslation('eo', { 'media-capture': { camera: 'kamera' } });
    render();
    expect(startButton(capture), 'a registration').to.equal('Two kamera');
    capture.lang = 'en';
    render();
    expect(startButton(capture), 'another lang').to.equal('Two camera');
  });

  it('announces in the language', async () => {
    const capture = await fixture<MediaCaptureElement>(
      html`<media-capture video lang="es"></media-capture>`,
    );
    await shows(() => startButton(capture), startText(es, 'es'));
    const heard = recordAnnouncements(capture);
    await capture.start();
    const live = fill(es['media-capture'].live, {
      devices: es['media-capture'].camera,
      kind: 'camera',
    });
    await waitUntil(() => heard.texts().includes(live), `announced "${live}"`);
    capture.stop();
    heard.stop();
  });

  it('says nothing in English while the language is on its way: the first changes too', async () => {
    // Russian is asked for nowhere before this test in this page: its module is not loaded yet.
    // The page switches to it and starts at once, the region already in the page.
    const capture = await fixture<MediaCaptureElement>(html`<media-capture video></media-capture>`);
    const heard = recordAnnouncements(capture);
    capture.lang = 'ru';
    await capture.start();
    const { default: ru } = await import('../../src/translations/ru.js');
    const live = fill(ru['media-capture'].live, {
      devices: ru['media-capture'].camera,
      kind: 'camera',
    });
    await waitUntil(() => heard.texts().includes(live), `announced "${live}"`);
    expect(
      heard.texts().filter((text) => /[A-Za-z]/.test(text)),
      'said in English',
    ).to.deep.equal([]);
    capture.stop();
    heard.stop();
  });

  it('writes numbers for the language', async () => {
    const list = place(document.createElement('track-list')) as TrackListElement;
    list.lang = 'ar';
    const stream = await navigator.mediaDevices.getUserMedia({ video: true });
    list.stream = stream;
    const { width, height } = stream.getVideoTracks()[0].getSettings();
    const size = fill(ar['track-list'].size, { width: width!, height: height! }, 'ar');
    await waitUntil(() => list.shadowRoot!.textContent!.includes(size), `shows ${size}`);
    stream.getTracks().forEach((track) => track.stop());
  });

  describe('registerTranslation()', () => {
    it('adds a language for every element; what it leaves out shows in English', async () => {
      const root = await fixture(html`
        <div lang="nl">
          <media-capture video></media-capture>
          <stream-mirror></stream-mirror>
        </div>
      `);
      const capture = root.querySelector<MediaCaptureElement>('media-capture')!;
      const mirror = root.querySelector<StreamMirrorElement>('stream-mirror')!;
      expect(
        registerTranslation('nl', {
          'media-capture': { start: 'Zet de {devices} aan', camera: 'camera' },
        }),
      ).to.equal(true);
      await shows(() => startButton(capture), 'Zet de camera aan');
      expect(placeholder(mirror)).to.equal(streamMirrorStrings.placeholder);
      registerTranslation('nl', { 'stream-mirror': { placeholder: 'Geen beeld' } });
      await shows(() => placeholder(mirror), 'Geen beeld');
      expect(startButton(capture), 'a second call adds to the first').to.equal('Zet de camera aan');
    });

    it('wins over a shipped translation; a region’s over its language’s', async () => {
      const root = await fixture(html`
        <div>
          <stream-mirror lang="pt-PT"></stream-mirror>
          <stream-mirror lang="pt-BR"></stream-mirror>
          <stream-mirror lang="de-AT"></stream-mirror>
        </div>
      `);
      const [european, brazilian, austrian] =
        root.querySelectorAll<StreamMirrorElement>('stream-mirror');
      await shows(() => placeholder(brazilian), pt['stream-mirror'].placeholder);
      registerTranslation('pt-PT', { 'stream-mirror': { placeholder: 'Sem imagem' } });
      registerTranslation('de', { 'stream-mirror': { placeholder: 'Kein Bild da' } });
      await shows(() => placeholder(european), 'Sem imagem');
      await shows(() => placeholder(austrian), 'Kein Bild da');
      expect(placeholder(brazilian)).to.equal(pt['stream-mirror'].placeholder);
    });

    it('refuses what is not a language tag or not a translation, on the console', async () => {
      const errors: string[] = [];
      stub(console, 'error', (message: unknown) => void errors.push(String(message)));
      const bad = [
        ['', {}],
        ['not a tag!', {}],
        [42, {}],
        ['nl', null],
        ['nl', 'Zet aan'],
      ] as const;
      for (const [lang, translation] of bad) {
        expect(registerTranslation(lang as string, translation as object), String(lang)).to.equal(
          false,
        );
      }
      expect(errors).to.have.length(bad.length);
      expect(errors[0]).to.match(/registerTranslation: "" is not a language tag/);
      expect(errors[3]).to.match(/must be an object/);
    });
  });

  describe('fill()', () => {
    it('chooses plural forms by the language’s rules', () => {
      const ru = '{count, plural, one {# канал} few {# канала} many {# каналов} other {# канала}}';
      expect([1, 3, 5, 21, 1.5].map((count) => fill(ru, { count }, 'ru'))).to.deep.equal([
        '1 канал',
        '3 канала',
        '5 каналов',
        '21 канал',
        '1,5 канала',
      ]);
      const en = '{count, plural, =0 {no tracks} one {# track} other {# tracks}}';
      expect([0, 1, 2].map((count) => fill(en, { count }))).to.deep.equal([
        'no tracks',
        '1 track',
        '2 tracks',
      ]);
    });

    it('chooses by a value, fills placeholders inside a branch, leaves unknown ones', () => {
      const template =
        'Включить {kind, select, camera {камеру} microphone {микрофон} other {{devices}}}. {x}';
      expect(fill(template, { kind: 'camera' })).to.equal('Включить камеру. {x}');
      expect(
        fill(template, { kind: 'cameraAndMicrophone', devices: 'камеру и микрофон' }),
      ).to.equal('Включить камеру и микрофон. {x}');
      expect(fill(template, {}), 'no value: left as written').to.equal(template);
    });

    it('inserts values literally, once, and numbers in the language', () => {
      expect(fill('{a} {b}', { a: '$& {b}', b: 'x' })).to.equal('$& {b} x');
      expect(fill('{khz} kHz', { khz: 44.1 }, 'de')).to.equal('44,1 kHz');
      expect(fill('{w}×{h}', { w: 1920, h: 1080 }, 'de'), 'not grouped').to.equal('1920×1080');
      expect(fill('{khz} kHz', { khz: 44.1 }, 'not a tag!'), 'unknown: English').to.equal(
        '44.1 kHz',
      );
    });
  });
});
