// Maps a position in the CDN bundle back to the TypeScript source (bundle map → dist/*.js →
// dist/*.js.map → src/*.ts), so a profile names the file and line a cost comes from.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = VLQ.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return values;
}

/** Per generated line: [column, source, line, column] segments (absolute, 0-based). */
function decode(map) {
  let source = 0;
  let line = 0;
  let column = 0;
  return map.mappings.split(';').map((text) => {
    let generated = 0;
    return (text ? text.split(',') : []).flatMap((field) => {
      const s = decodeSegment(field);
      generated += s[0];
      if (s.length < 4) return [];
      source += s[1];
      line += s[2];
      column += s[3];
      return [[generated, source, line, column]];
    });
  });
}

const maps = new Map();
function load(file) {
  if (!maps.has(file)) {
    const path = `${file}.map`;
    const map = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
    maps.set(file, map && { sources: map.sources, lines: decode(map) });
  }
  return maps.get(file);
}

function lookup(file, line, column) {
  const map = load(file);
  const segments = map?.lines[line];
  if (!segments?.length) return null;
  let best = segments[0];
  for (const segment of segments) if (segment[0] <= column) best = segment;
  return { file: join(dirname(file), map.sources[best[1]]), line: best[2], column: best[3] };
}

/** `src/x.ts:12` for a 0-based line/column of `bundle` (a file path), or null. */
export function originalPosition(bundle, line, column, root) {
  let position = lookup(bundle, line, column);
  if (!position) return null;
  const deeper = lookup(position.file, position.line, position.column);
  if (deeper) position = deeper;
  return `${relative(root, position.file)}:${position.line + 1}`;
}
