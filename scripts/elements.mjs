// The one list of the kit's elements: read from custom-elements.json, so every tool (framework
// apps, conformance test, bench, size report, SSR test, scaffold) follows the manifest instead of
// typing the tags out again.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(
  readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'),
);

/**
 * `[{ tag, className, module, events: [{ name, type }] }]`, one per custom element, in tag order.
 * `module` is the manifest's path (dist/…/*.component.js).
 */
export const elements = manifest.modules
  .flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((decl) => decl.customElement && decl.tagName)
      .map((decl) => ({
        tag: decl.tagName,
        className: decl.name,
        module: mod.path,
        events: (decl.events ?? [])
          .filter((event) => event.name)
          .map((event) => ({ name: event.name, type: event.type?.text ?? 'Event' })),
      })),
  )
  .sort((a, b) => (a.tag < b.tag ? -1 : 1));

/** Every tag, in order. */
export const tags = elements.map((element) => element.tag);
