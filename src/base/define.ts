/**
 * Defines `tag` once. A second call, or a second copy of the kit on the page, is a no-op; a class
 * already defined under another tag is registered again as a trivial subclass (a registry accepts
 * each constructor once, and says so with NotSupportedError).
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  if (registry.get(tag)) return;
  try {
    registry.define(tag, element);
  } catch (error) {
    if ((error as DOMException).name !== 'NotSupportedError') throw error;
    registry.define(tag, class extends element {});
  }
}
