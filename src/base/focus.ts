/**
 * Moves focus to `target`. An element that is not focusable on its own (a message, the preview)
 * takes `tabindex="-1"` and `data-focus-moved` (the base styles' focus ring) until it loses focus
 * again, so that a click never lands on it and its ring shows only while focus was moved there.
 */
export function moveFocusTo(target: HTMLElement): void {
  if (!target.matches(':is(button, [tabindex])')) {
    target.tabIndex = -1;
    target.toggleAttribute('data-focus-moved', true);
    const blurred = () => {
      target.removeAttribute('tabindex');
      target.removeAttribute('data-focus-moved');
    };
    target.addEventListener('blur', blurred, { once: true });
  }
  target.focus();
}
