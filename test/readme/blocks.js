// The README's fenced code blocks, for the tests that run them (test/kit/readme.test.ts in the
// browsers, test/node/readme.test.mjs in Node). A block's kind is its fence's language, or the
// `<!-- readme: KIND -->` comment just above it (a Vue template fenced as html, say).

/** The kinds of block the tests know how to run. */
export const KINDS = ['html', 'js', 'css', 'sh', 'jsx', 'vue'];

/** Every fenced block of `markdown`: `{ kind, code, line }` (`line`: the fence's, from 1). */
export function codeBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\w*)\s*$/.exec(lines[i]);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    const above = lines.slice(Math.max(0, i - 2), i).join('\n');
    const kind = /<!-- readme: ([\w-]+) -->/.exec(above)?.[1] ?? fence[1];
    blocks.push({ kind, code: lines.slice(i + 1, end).join('\n'), line: i + 1 });
    i = end;
  }
  return blocks;
}

/** `code` with the published URLs and the package name pointing at this checkout's build. */
export function local(code, origin) {
  return code
    .replaceAll('https://cdn.jsdelivr.net/npm/mediastream-elements/', `${origin}/`)
    .replaceAll('.../cdn/', `${origin}/cdn/`)
    .replace(/(['"])mediastream-elements\1/g, `'${origin}/dist/index.js'`);
}
