// demo/prejoin.html as a user meets it, in an iframe of the test page. The iframe is a page of its
// own: the fixtures' spies do not see its tracks, so the test stops its camera.
import { expect, waitUntil } from '@open-wc/testing';
import type { MediaCaptureElement } from '../../src/index.js';
import { openDemo } from '../fixtures/demo.js';

async function openPrejoin() {
  const { frame, doc } = await openDemo('/demo/prejoin.html', 'device-select', 1100, 900);
  return { frame, doc, capture: doc.getElementById('me') as MediaCaptureElement };
}

/** The page's own texts (none of the kit's): title, links, labels, heading, lines, buttons. */
function pageTexts(doc: Document): string[] {
  const own = doc.querySelectorAll('nav a, nav label > span, h2, .who, .join button, .join a');
  return [doc.title, ...[...own].map((el) => el.textContent!.trim())];
}

describe('demo/prejoin.html', function () {
  this.timeout(30000);

  it('the language picker changes the page’s own texts with <html lang dir>, in every language', async () => {
    const { frame, doc, capture } = await openPrejoin();
    const picker = doc.getElementById('language') as HTMLSelectElement;
    const english = pageTexts(doc);
    expect(english).to.include('Ready to join?');
    try {
      for (const option of picker.options) {
        picker.value = option.value;
        picker.dispatchEvent(new Event('change'));
        const root = doc.documentElement;
        expect([root.lang, root.dir]).to.deep.equal([
          option.value,
          option.value === 'ar' ? 'rtl' : 'ltr',
        ]);
        const texts = pageTexts(doc);
        expect(texts.every(Boolean), `${option.value}: every text is there`).to.equal(true);
        if (option.value === 'en') expect(texts).to.deep.equal(english);
        else {
          const stillEnglish = texts.filter((text, i) => text === english[i]);
          expect(stillEnglish, `${option.value}: still in English`).to.deep.equal([]);
        }
        if (option.value === 'ar') {
          const latin = texts.filter((text) => /[A-Za-z]/.test(text));
          expect(latin, 'no Latin text laid out right to left').to.deep.equal([]);
        }
      }
      const marked = [...picker.options].map((option) => option.lang);
      expect(marked, 'each language named in itself, marked so').to.deep.equal(
        [...picker.options].map((option) => option.value),
      );
    } finally {
      await waitUntil(() => capture.state !== 'requesting', 'still requesting', { timeout: 10000 });
      capture.stop();
      frame.remove();
    }
  });
});
