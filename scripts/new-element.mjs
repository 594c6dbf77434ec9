// `npm run new-element <tag> [-- --summary "One line for the manifest"]`: scaffolds a kit element
// in the house shape (STYLE.md, "A component is three small files"):
//   src/components/<tag>/<tag>.component.ts   the class, on the base class KitElement
//   src/components/<tag>/<tag>.strings.ts     every built-in text (the `strings` property)
//   src/components/<tag>/<tag>.styles.ts      the styles, over the shared base styles
//   src/components/<tag>/<tag>.ts             defines the tag, HTMLElementTagNameMap
//   test/<tag>/defaults.test.ts               accessible, defined once, texts replaceable
//   demo/<tag>.html                           a page for `npm start`
// and wires it in: package.json (`exports`, `sideEffects`, `typesVersions`), src/index.ts,
// src/classes.ts and the demo's navigation. Then it refreshes custom-elements.json, which every
// other tool reads the element from (scripts/elements.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const args = process.argv.slice(2);
const summaryFlag = args.indexOf('--summary');
const summary = summaryFlag >= 0 ? args.splice(summaryFlag, 2)[1] : undefined;
const [tag] = args;

function fail(message) {
  console.error(message);
  process.exit(1);
}

// A valid custom element name, in the kit's style: lower-case words joined by hyphens.
if (!tag || !/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag)) {
  fail(
    `Usage: npm run new-element <tag> [-- --summary "…"]\n` +
      `<tag> is lower-case words joined by hyphens, at least two (e.g. audio-meter); got ${tag ?? 'nothing'}.`,
  );
}
const dir = `src/components/${tag}`;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (existsSync(dir) || pkg.exports[`./${tag}.js`]) fail(`<${tag}> exists already (${dir}).`);

const camel = tag.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = camel[0].toUpperCase() + camel.slice(1);
const className = `${pascal}Element`;
const stringsType = `${pascal}Strings`;
const stringsConst = `${camel}Strings`;
const words = tag.replace(/-/g, ' ');
const label = words[0].toUpperCase() + words.slice(1);
const oneLine = summary ?? `TODO: one line saying what <${tag}> is for.`;

const files = {
  [`${dir}/${tag}.component.ts`]: `import { html, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { ${stringsConst}, type ${stringsType} } from './${tag}.strings.js';
import styles from './${tag}.styles.js';

/**
 * TODO: what \`<${tag}>\` does and how it finds its stream or source (DESIGN.md, Linking). This
 * comment, the tags below and the JSDoc of every property feed custom-elements.json, and from it
 * the framework types, the editor data and demo/api.html.
 *
 * @summary ${oneLine}
 * @tagname ${tag}
 *
 * @csspart base - The element's box.
 *
 * @cssprop [--${tag}-gap=0.5em] - Space inside the element.
 */
export class ${className} extends KitElement<${stringsType}> {
  static override styles = styles;
  static override tagName = '${tag}';

  protected readonly defaultStrings = ${stringsConst};

  override render(): TemplateResult {
    return html\`<div part="base">\${this.text('label')}</div>\`;
  }
}
`,
  [`${dir}/${tag}.strings.ts`]: `/** Every built-in text of \`<${tag}>\`: visible, accessible names and announcements. */
export interface ${stringsType} {
  /** TODO: the element's visible text. */
  label: string;
}

export const ${stringsConst}: ${stringsType} = {
  label: '${label}',
};
`,
  [`${dir}/${tag}.styles.ts`]: `import { css } from 'lit';
import { baseStyles } from '../../base/styles.js';

export default [
  baseStyles,
  css\`
    [part~='base'] {
      display: grid;
      gap: var(--${tag}-gap, 0.5em);
    }
  \`,
];
`,
  [`${dir}/${tag}.ts`]: `import { ${className} } from './${tag}.component.js';

export { ${className} };
export default ${className};

${className}.define();

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
  [`test/${tag}/defaults.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { ${className} } from '../../src/index.js';
import { part } from '../fixtures/index.js';

describe('<${tag}>', () => {
  describe('defaults', () => {
    it('is accessible', async () => {
      const el = await fixture<${className}>(html\`<${tag}></${tag}>\`);
      await expect(el).to.be.accessible();
    });

    it('is defined once, as ${className}, by the kit', () => {
      expect(customElements.get('${tag}')).to.equal(${className});
      expect(() => ${className}.define()).not.to.throw();
    });

    it('replaces its built-in text through strings', async () => {
      const el = await fixture<${className}>(html\`<${tag}></${tag}>\`);
      expect(part(el, 'base')!.textContent).to.equal('${label}');
      el.strings = { label: 'Replaced $&' };
      await el.updateComplete;
      expect(part(el, 'base')!.textContent).to.equal('Replaced $&');
    });
  });
});
`,
  [`demo/${tag}.html`]: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${tag} — demo</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./demo.css" />
    <script type="module" src="../src/index.ts"></script>
  </head>
  <body>
    <h1>&lt;${tag}&gt;</h1>
    <p><a href="./">Home</a></p>

    <h2>With a capture</h2>
    <media-capture id="camera" video audio>
      <stream-mirror mirrored></stream-mirror>
      <${tag}></${tag}>
    </media-capture>

    <h2>Events</h2>
    <ol id="log" class="log"></ol>
    <script type="module" src="./log.js"></script>
  </body>
</html>
`,
};

for (const [file, text] of Object.entries(files)) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
}

/** `entries` with `added` in tag order among those `isElement` picks, the rest where they were. */
function insertSorted(entries, added, isElement) {
  const elements = [...entries.filter(isElement), added].sort(([a], [b]) => (a < b ? -1 : 1));
  const first = entries.findIndex(isElement);
  const others = entries.filter((entry) => !isElement(entry));
  const at = first < 0 ? others.length : first;
  return [...others.slice(0, at), ...elements, ...others.slice(at)];
}

// package.json: the element's own entry point, its side effect, its types for moduleResolution "node".
const define = `./dist/components/${tag}/${tag}.js`;
const types = `./dist/components/${tag}/${tag}.d.ts`;
const isDefineModule = (path) => /^\.\/dist\/components\/[^/]+\/[^/]+\.(js|d\.ts)$/.test(path);
const isElementExport = ([, target]) => isDefineModule(target?.default ?? '');
pkg.exports = Object.fromEntries(
  insertSorted(
    Object.entries(pkg.exports),
    [`./${tag}.js`, { types, default: define }],
    isElementExport,
  ),
);
pkg.sideEffects = insertSorted(
  pkg.sideEffects.map((path) => [path]),
  [define],
  ([path]) => isDefineModule(path),
).map(([path]) => path);
pkg.typesVersions['*'] = Object.fromEntries(
  insertSorted(Object.entries(pkg.typesVersions['*']), [`${tag}.js`, [types]], ([, [path]]) =>
    isDefineModule(path),
  ),
);
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);

/** Inserts `line` among the lines of `file` that `isOwn` picks, in order, or after the last. */
function insertLine(file, line, isOwn) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const own = lines.flatMap((text, index) => (isOwn(text) ? [index] : []));
  if (!own.length) fail(`${file}: found no line to put \`${line}\` next to; add it by hand.`);
  const after = own.find((index) => lines[index] > line);
  lines.splice(after ?? own.at(-1) + 1, 0, line);
  writeFileSync(file, lines.join('\n'));
}

insertLine('src/index.ts', `import './components/${tag}/${tag}.js';`, (text) =>
  /^import '\.\/components\//.test(text),
);
// Each element's class and strings type, before the shared modules (events, errors, context).
const classesFile = 'src/classes.ts';
const classes = readFileSync(classesFile, 'utf8').split('\n');
const lastComponent = classes.findLastIndex((text) => text.includes("from './components/"));
if (lastComponent < 0) fail(`${classesFile}: found no component export; add ${className} by hand.`);
const ownLines = [
  `export { ${className} } from './components/${tag}/${tag}.component.js';`,
  `export type { ${stringsType} } from './components/${tag}/${tag}.strings.js';`,
];
// In tag order: before the first element whose folder sorts after this one.
const before = classes.findIndex((text) => {
  const folder = text.match(/from '\.\/components\/([^/]+)\//)?.[1];
  return folder !== undefined && folder > tag;
});
classes.splice(before >= 0 ? before : lastComponent + 1, 0, ...ownLines);
writeFileSync(classesFile, classes.join('\n'));

// The demo's navigation: a link to the new page after the last element's.
const index = 'demo/index.html';
const nav = readFileSync(index, 'utf8');
const links = [...nav.matchAll(/<a href="\.\/[a-z0-9-]+\.html">[a-z0-9-]+<\/a>/g)];
if (links.length) {
  const last = links.at(-1);
  const end = last.index + last[0].length;
  writeFileSync(
    index,
    `${nav.slice(0, end)} · <a href="./${tag}.html">${tag}</a>${nav.slice(end)}`,
  );
}

const touched = [
  ...Object.keys(files),
  'package.json',
  'src/index.ts',
  'src/classes.ts',
  ...(links.length ? [index] : []),
];
execFileSync('node_modules/.bin/prettier', ['--write', '--log-level', 'warn', ...touched], {
  stdio: 'inherit',
});
// custom-elements.json: the one list every tool reads (framework apps, SSR test, sizes).
execFileSync('node_modules/.bin/cem', ['analyze'], { stdio: 'inherit' });

console.log(`
Scaffolded <${tag}> (${className}):
  ${touched.join('\n  ')}
  custom-elements.json (regenerated)
Next: the JSDoc summary and texts (TODO in ${dir}/), its events in src/events.ts (one class each,
with a GlobalEventHandlersEventMap entry and an @fires line), its tests in test/${tag}/, then
npm run lint, npm run build and npm test. If it fires events, add them to every app under
test/frameworks/ (the conformance test expects each event in custom-elements.json to reach a handler).`);
