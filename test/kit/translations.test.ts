import { expect } from '@open-wc/testing';
import { fill } from '../../src/base/fill.js';
import { audioMeterStrings } from '../../src/components/audio-meter/audio-meter.strings.js';
import { deviceSelectStrings } from '../../src/components/device-select/device-select.strings.js';
import { mediaCaptureStrings } from '../../src/components/media-capture/media-capture.strings.js';
import { screenCaptureStrings } from '../../src/components/screen-capture/screen-capture.strings.js';
import { streamMirrorStrings } from '../../src/components/stream-mirror/stream-mirror.strings.js';
import { streamRecorderStrings } from '../../src/components/stream-recorder/stream-recorder.strings.js';
import { trackListStrings } from '../../src/components/track-list/track-list.strings.js';
import { trackToggleStrings } from '../../src/components/track-toggle/track-toggle.strings.js';
import ar from '../../src/translations/ar.js';
import de from '../../src/translations/de.js';
import es from '../../src/translations/es.js';
import fr from '../../src/translations/fr.js';
import hi from '../../src/translations/hi.js';
import ja from '../../src/translations/ja.js';
import pt from '../../src/translations/pt.js';
import ru from '../../src/translations/ru.js';
import type { ShippedTranslation } from '../../src/translations/translation.js';
import zh from '../../src/translations/zh.js';

// Every shipped translation (DESIGN: at least these ten languages, English built in) is checked
// against the English texts: the same keys, the placeholders each text is given, every choice
// resolvable, accessible names that contain their visible labels, file names a system accepts.

const english: Record<string, Record<string, string>> = {
  'audio-meter': { ...audioMeterStrings },
  'device-select': { ...deviceSelectStrings },
  'media-capture': { ...mediaCaptureStrings },
  'screen-capture': { ...screenCaptureStrings },
  'stream-mirror': { ...streamMirrorStrings },
  'stream-recorder': { ...streamRecorderStrings },
  'track-list': { ...trackListStrings },
  'track-toggle': { ...trackToggleStrings },
};
const LANGUAGES: Record<string, ShippedTranslation> = { ar, de, es, fr, hi, ja, pt, ru, zh };

/** What `{kind}` can be in each element's texts (nowhere else may a text choose by it). */
const KINDS: Record<string, string[]> = {
  'media-capture': ['camera', 'microphone', 'cameraAndMicrophone'],
  'device-select': ['videoinput', 'audioinput', 'audiooutput'],
};
/** The placeholders a `{kind}` choice may stand in for (it writes the noun out itself). */
const NOUNS = ['devices', 'device', 'setting'];

const BRANCH = String.raw`=?\w+\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}`;
const CHOICE = new RegExp(String.raw`\{(\w+),\s*(?:plural|select),((?:\s*${BRANCH})+)\s*\}`, 'g');

/** The names a text fills: `{name}`, in a choice's branches too, and each choice's value. */
function placeholders(text: string): Set<string> {
  const names = new Set<string>();
  const add = (within: string) => {
    for (const [, name] of within.matchAll(/\{(\w+)\}/g)) names.add(name);
  };
  const rest = text.replace(CHOICE, (_, name: string, branches: string) => {
    names.add(name);
    for (const [, branch] of branches.matchAll(new RegExp(BRANCH, 'g'))) add(branch);
    return '';
  });
  add(rest);
  return names;
}

describe('shipped translations', () => {
  for (const lang of Object.keys(LANGUAGES)) {
    describe(lang, () => {
      /** The translation's texts by tag, as plain records. */
      const translation = LANGUAGES[lang] as unknown as Record<string, Record<string, string>>;

      it('has every text of every element, and nothing else', () => {
        expect(Object.keys(translation).sort()).to.deep.equal(Object.keys(english).sort());
        for (const [tag, texts] of Object.entries(english)) {
          const own = translation[tag];
          expect(Object.keys(own).sort(), tag).to.deep.equal(Object.keys(texts).sort());
          for (const [key, text] of Object.entries(own)) {
            expect(text, `${tag}.${key}`).to.be.a('string').and.not.equal('');
          }
        }
      });

      it('uses the placeholders each text is given', () => {
        for (const [tag, texts] of Object.entries(english)) {
          const own = translation[tag];
          for (const [key, text] of Object.entries(texts)) {
            const given = placeholders(text);
            const used = placeholders(own[key]);
            if (KINDS[tag]) given.add('kind');
            if (tag === 'track-list' && key === 'channels') given.add('count');
            const where = `${tag}.${key}: "${own[key]}"`;
            for (const name of used)
              expect(given.has(name), `${where} uses {${name}}`).to.equal(true);
            for (const name of placeholders(text)) {
              if (used.has('kind') && NOUNS.includes(name)) continue;
              expect(used.has(name), `${where} leaves out {${name}}`).to.equal(true);
            }
          }
        }
      });

      it('resolves every choice, leaving no braces', () => {
        const values = {
          devices: 'D',
          device: 'd',
          setting: 'S',
          browser: 'B',
          message: 'M',
          track: 'T',
          label: 'L',
          fallback: 'F',
          number: 2,
          width: 640,
          height: 480,
          fps: 20,
          khz: 48,
          time: '1:05',
          size: '1 MB',
          date: '2026-12-01 14-30-05',
        };
        for (const [tag, texts] of Object.entries(translation)) {
          for (const [key, text] of Object.entries(texts)) {
            for (const kind of KINDS[tag] ?? ['-']) {
              for (const count of [0, 1, 2, 3, 5, 11, 21, 100]) {
                const filled = fill(text, { ...values, kind, count }, lang);
                expect(filled, `${tag}.${key} (${kind}, ${count})`).not.to.match(/[{}]/);
              }
            }
          }
        }
      });

      it('names the toggle and stop buttons by their visible texts', () => {
        const list = translation['track-list'];
        // Compared as speech recognition would: regardless of case.
        const name = (template: string) => fill(template, { track: 'T' }).toLowerCase();
        expect(name(list.toggleLabel)).to.include(list.toggle.toLowerCase());
        expect(name(list.stopLabel)).to.include(list.stop.toLowerCase());
      });

      it('names a recording as a file name on every system', () => {
        const name = fill(translation['stream-recorder'].fileName, { date: '2026-12-01 14-30-05' });
        expect(name).not.to.match(/[/\\:*?"<>|]/);
      });
    });
  }
});
