// Shows the kit's events as they reach the document (they bubble and are composed). Which events
// there are is read from custom-elements.json, the one list of every element and its events, so an
// element added to the kit is logged too.
import manifest from '../custom-elements.json' with { type: 'json' };

const log = document.getElementById('log');
const types = new Set(
  manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.customElement)
    .flatMap((declaration) => declaration.events ?? [])
    .map((event) => event.name)
    .filter(Boolean),
);

/** One of an event's fields, in a few words. */
function field(name, value) {
  if (value instanceof MediaStream) return `stream ${value.id.slice(0, 8)}`;
  if (value instanceof MediaStreamTrack) return `${value.kind} ${value.label}`;
  if (value instanceof Blob) return `${name} ${value.size} bytes`;
  if (value instanceof Error) return `${value.code ?? value.name}: ${value.message}`;
  if (value === null || value === undefined) return `${name} ${value}`;
  if (typeof value === 'object') {
    const parts = Object.entries(value).map(([key, item]) => `${key} ${item}`);
    return parts.join(', ');
  }
  return `${name} ${value}`;
}

/** The event's own fields (every kit event carries its details as plain properties). */
function describe(event) {
  return Object.entries(event)
    .filter(([name]) => name !== 'isTrusted') // every event's own, the kit's are all false
    .map(([name, value]) => field(name, value))
    .join(' · ');
}

for (const type of types) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()}  ${type}  ${describe(event)}`;
    log.prepend(item);
  });
}
