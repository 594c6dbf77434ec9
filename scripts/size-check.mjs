// `node scripts/size-check.mjs [build folder]`, after `npm run build`: the CDN files' gzip sizes
// against size-budget.json — the autoloader, each element's chunk, the pages listed there (what
// they transfer through the autoloader) and the one-file bundle. Prints each figure with its budget
// and exits 1 when one is over. `cdnSizes()` is also the bench's source for these figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tags } from './elements.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

/** Bytes of `file` minified (as built) and gzip -9. */
function measure(file) {
  const code = readFileSync(file);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The files `file` imports statically (`import … from "./x.js"`, `export … from`, `import "x"`). */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const specifiers = code.matchAll(
    /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g,
  );
  return [...specifiers].map(([, specifier]) => join(dirname(file), specifier));
}

/** `files` and everything they import statically, once each. */
function closure(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  files.forEach(visit);
  return [...seen];
}

/**
 * The sizes of `build`'s cdn/: `autoloader`, `shared` (the chunk every element chunk imports),
 * `parts` (by name, the chunks some elements import that most pages never use: rollup.config.mjs),
 * `elements[tag]` (its chunk alone), `page(tags)` (every file a page using those tags transfers
 * through the autoloader) and `bundle` (the one-file cdn/mediastream-elements.js). Files are named
 * relative to cdn/.
 */
export function cdnSizes(build = root) {
  const cdn = join(build, 'cdn');
  const file = (name) => join(cdn, name);
  const name = (path) => posix.normalize(path.slice(cdn.length + 1).replaceAll('\\', '/'));
  const elements = Object.fromEntries(
    tags
      .filter((tag) => existsSync(file(`chunks/${tag}.js`)))
      .map((tag) => [tag, measure(file(`chunks/${tag}.js`))]),
  );
  const page = (pageTags) => {
    const files = closure([file('autoloader.js'), ...pageTags.map((t) => file(`chunks/${t}.js`))]);
    const sizes = files.map((path) => ({ file: name(path), ...measure(path) }));
    const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
    return { tags: pageTags, files: sizes, min: sum('min'), gzip: sum('gzip') };
  };
  return {
    autoloader: measure(file('autoloader.js')),
    shared: measure(file('chunks/shared.js')),
    parts: Object.fromEntries(
      readdirSync(join(cdn, 'chunks'))
        .map((chunk) => /^([a-z]{3,})\.js$/.exec(chunk)?.[1])
        .filter((part) => part && part !== 'shared' && !tags.includes(part))
        .map((part) => [part, measure(file(`chunks/${part}.js`))]),
    ),
    elements,
    page,
    bundle: measure(file('mediastream-elements.js')),
  };
}

function check() {
  const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
  const build = process.argv[2] ?? root;
  const needed = ['cdn/autoloader.js', 'cdn/chunks/shared.js', 'cdn/mediastream-elements.js'];
  const absent = needed.filter((file) => !existsSync(join(build, file)));
  if (absent.length) {
    console.log(`No ${absent.join(', ')}: run npm run build first.`);
    process.exit(1);
  }
  const sizes = cdnSizes(build);
  const rows = [];
  const row = (figure, bytes, limit) => {
    const over = typeof limit === 'number' && bytes > limit * KB;
    rows.push([
      figure,
      `${(bytes / KB).toFixed(2)} KB`,
      typeof limit === 'number' ? `${limit} KB` : '(reported)',
      typeof limit === 'number' ? (over ? 'OVER' : 'ok') : '',
    ]);
    return over;
  };
  let over = row('cdn/autoloader.js', sizes.autoloader.gzip, budget.autoloader);
  row('cdn/chunks/shared.js (Lit, @lit/context, common kit code)', sizes.shared.gzip);
  for (const [part, size] of Object.entries(sizes.parts)) {
    const figure = `cdn/chunks/${part}.js (${budget.parts[part]?.what ?? 'not in the budget'})`;
    over = row(figure, size.gzip, budget.parts[part]?.limit ?? 0) || over;
  }
  const missing = tags.filter((tag) => !sizes.elements[tag]);
  for (const [tag, size] of Object.entries(sizes.elements)) {
    over = row(`cdn/chunks/${tag}.js`, size.gzip, budget.elementChunk) || over;
  }
  const notes = [];
  for (const { tags: pageTags, limit } of budget.pages) {
    const page = sizes.page(pageTags);
    const figure = `page with ${pageTags.map((t) => `<${t}>`).join(' + ')}, in all`;
    over = row(figure, page.gzip, limit) || over;
    const parts = page.files.map((f) => `${f.file} ${(f.gzip / KB).toFixed(2)}`);
    notes.push(`${figure}: ${parts.join(' + ')} KB`);
  }
  row('cdn/mediastream-elements.js (one file, whole kit)', sizes.bundle.gzip, budget.oneFileBundle);

  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log('gzip -9 sizes against size-budget.json:');
  for (const r of rows)
    console.log(
      r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
  notes.forEach((note) => console.log(note));
  if (missing.length) console.log(`no chunk built for ${missing.join(', ')}`);
  if (over || missing.length) {
    console.log(
      over ? 'Over budget: see the rows marked OVER.' : 'Missing chunks: run npm run build.',
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) check();
