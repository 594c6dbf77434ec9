import { html, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { trackToggleStrings, type TrackToggleStrings } from './track-toggle.strings.js';
import styles from './track-toggle.styles.js';

/**
 * TODO: what `<track-toggle>` does and how it finds its stream or source (DESIGN.md, Linking). This
 * comment, the tags below and the JSDoc of every property feed custom-elements.json, and from it
 * the framework types, the editor data and demo/api.html.
 *
 * @summary TODO: one line saying what <track-toggle> is for.
 * @tagname track-toggle
 *
 * @csspart base - The element's box.
 *
 * @cssprop [--track-toggle-gap=0.5em] - Space inside the element.
 */
export class TrackToggleElement extends KitElement<TrackToggleStrings> {
  static override styles = styles;
  static override tagName = 'track-toggle';

  protected readonly defaultStrings = trackToggleStrings;

  override render(): TemplateResult {
    return html`<div part="base">${this.text('label')}</div>`;
  }
}
