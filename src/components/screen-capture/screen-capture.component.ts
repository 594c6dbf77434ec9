import { html, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { screenCaptureStrings, type ScreenCaptureStrings } from './screen-capture.strings.js';
import styles from './screen-capture.styles.js';

/**
 * TODO: what `<screen-capture>` does and how it finds its stream or source (DESIGN.md, Linking). This
 * comment, the tags below and the JSDoc of every property feed custom-elements.json, and from it
 * the framework types, the editor data and demo/api.html.
 *
 * @summary TODO: one line saying what <screen-capture> is for.
 * @tagname screen-capture
 *
 * @csspart base - The element's box.
 *
 * @cssprop [--screen-capture-gap=0.5em] - Space inside the element.
 */
export class ScreenCaptureElement extends KitElement<ScreenCaptureStrings> {
  static override styles = styles;
  static override tagName = 'screen-capture';

  protected readonly defaultStrings = screenCaptureStrings;

  override render(): TemplateResult {
    return html`<div part="base">${this.text('label')}</div>`;
  }
}
