// The logic of cdn/autoloader.js: defines each kit tag the first time it appears in the document
// (or in a root passed to `discover`), loading only that element's chunk. rollup.config.mjs builds
// the CDN file from it, passing one loader per element from the kit's element list
// (scripts/elements.mjs) and the URL of the shared chunk (Lit, @lit/context and the kit code more
// than one element uses), which is requested together with the first element chunks: a chunk and
// what it imports load in parallel, not one after the other.
// `.mts`, not `.ts`: this is no component module, and the manifest analyzer reads src/**/*.ts.

/**
 * Starts defining the kit tags found in the document, now and as they are added; returns
 * `discover`.
 */
export function autoload(
  /** Tag → a loader importing the chunk that defines it. */
  loaders: Record<string, () => Promise<unknown>>,
  /** The URL of the shared chunk every element chunk imports. */
  shared: string,
): (root?: Document | DocumentFragment | Element) => Promise<void> {
  const tags = Object.keys(loaders);
  /** Tags not requested yet. */
  const waiting = new Set(tags);
  let sharedRequested = false;

  /** Requests the chunks of `found`, in parallel with each other and with the shared chunk. */
  const load = (found: string[]): Promise<unknown> => {
    const requests = found
      .filter((tag) => waiting.delete(tag) && !customElements.get(tag))
      .map((tag) => loaders[tag]());
    if (requests.length && !sharedRequested) {
      sharedRequested = true;
      requests.push(import(shared));
    }
    if (!waiting.size) observer.disconnect();
    return Promise.all(requests);
  };

  /** Which of `names` are `root` or under it. */
  const find = (root: ParentNode, names: string[], found = new Set<string>()): Set<string> => {
    if (names.length) {
      const tag = (root as Element).localName;
      if (names.includes(tag)) found.add(tag);
      for (const element of root.querySelectorAll(names.join())) found.add(element.localName);
    }
    return found;
  };

  const observer = new MutationObserver((records) => {
    const found = new Set<string>();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) find(node as Element, [...waiting], found);
      }
    }
    if (found.size) void load([...found]);
  });

  /**
   * Defines the kit tags in `root` (a shadow root, say) and, from then on, those added to it.
   * Resolves once every kit tag in it is defined.
   */
  const discover = (root: Document | DocumentFragment | Element = document): Promise<void> => {
    if (waiting.size) observer.observe(root, { childList: true, subtree: true });
    const found = [...find(root, tags)];
    return Promise.all([load(found), ...found.map((tag) => customElements.whenDefined(tag))]).then(
      () => undefined,
    );
  };

  void discover();
  return discover;
}
