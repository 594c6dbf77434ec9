// Renders custom-elements.json as an API reference: per element its summary, attributes,
// properties, methods, events (with their class), slots, CSS parts, custom properties and
// states. Text only (textContent), with `code` spans for backticks: the manifest is not HTML.
const manifest = await (await fetch(new URL('../custom-elements.json', import.meta.url))).json();
const main = document.getElementById('api');
const toc = document.getElementById('toc');

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.flat().filter((child) => child != null));
  return node;
}

/** Text with `backticks` as <code>. */
function rich(text = '') {
  return String(text)
    .split(/(`[^`]+`)/)
    .map((piece) =>
      /^`.+`$/.test(piece) ? el('code', { textContent: piece.slice(1, -1) }) : piece,
    );
}

function table(caption, columns, rows) {
  if (!rows.length) return null;
  return el(
    'section',
    {},
    el('h3', { textContent: caption }),
    el(
      'table',
      { className: 'api-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          columns.map((c) => el('th', { scope: 'col', textContent: c })),
        ),
      ),
      el(
        'tbody',
        {},
        rows.map((cells) =>
          el(
            'tr',
            {},
            cells.map((cell) => el('td', {}, Array.isArray(cell) ? cell : [cell ?? ''])),
          ),
        ),
      ),
    ),
  );
}

const code = (text) => (text ? el('code', { textContent: text }) : '');
const isPublic = (m) => !m.static && !m.name.startsWith('#') && !m.privacy;

const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((decl) => decl.customElement && decl.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

for (const decl of elements) {
  const id = decl.tagName;
  toc.append(el('a', { href: `#${id}` }, code(`<${id}>`)), ' ');
  const fields = (decl.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const methods = (decl.members ?? []).filter(
    (m) => m.kind === 'method' && isPublic(m) && m.name !== 'connectedMoveCallback',
  );
  main.append(
    el(
      'article',
      { className: 'element', id },
      el('h2', {}, code(`<${id}>`), ' ', el('small', {}, code(decl.name))),
      el('p', { className: 'summary' }, rich(decl.summary)),
      el('p', {}, rich(decl.description)),
      table(
        'Attributes',
        ['attribute', 'property', 'type', 'default', 'description'],
        (decl.attributes ?? []).map((a) => [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text),
          code(a.default),
          rich(a.description),
        ]),
      ),
      table(
        'Properties',
        ['property', 'type', 'description'],
        fields.map((f) => [
          code(f.name),
          code(f.type?.text),
          [...rich(f.description), f.readonly ? ' (read-only)' : ''],
        ]),
      ),
      table(
        'Methods',
        ['method', 'returns', 'description'],
        methods.map((m) => [
          code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
          code(m.return?.type?.text),
          rich(m.description),
        ]),
      ),
      table(
        'Events',
        ['event', 'class', 'description'],
        (decl.events ?? []).map((e) => [code(e.name), code(e.type?.text), rich(e.description)]),
      ),
      table(
        'Slots',
        ['slot', 'description'],
        (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', rich(s.description)]),
      ),
      table(
        'CSS parts',
        ['part', 'description'],
        (decl.cssParts ?? []).map((p) => [code(`::part(${p.name})`), rich(p.description)]),
      ),
      table(
        'CSS custom properties',
        ['property', 'default', 'description'],
        (decl.cssProperties ?? []).map((p) => [code(p.name), code(p.default), rich(p.description)]),
      ),
      table(
        'CSS states',
        ['state', 'description'],
        (decl.cssStates ?? []).map((s) => [code(`:state(${s.name})`), rich(s.description)]),
      ),
    ),
  );
}
main.removeAttribute('aria-busy');
