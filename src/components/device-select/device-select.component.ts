import { html, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { deviceSelectStrings, type DeviceSelectStrings } from './device-select.strings.js';
import styles from './device-select.styles.js';

/**
 * TODO: what `<device-select>` does and how it finds its stream or source (DESIGN.md, Linking). This
 * comment, the tags below and the JSDoc of every property feed custom-elements.json, and from it
 * the framework types, the editor data and demo/api.html.
 *
 * @summary TODO: one line saying what <device-select> is for.
 * @tagname device-select
 *
 * @csspart base - The element's box.
 *
 * @cssprop [--device-select-gap=0.5em] - Space inside the element.
 */
export class DeviceSelectElement extends KitElement<DeviceSelectStrings> {
  static override styles = styles;
  static override tagName = 'device-select';

  protected readonly defaultStrings = deviceSelectStrings;

  override render(): TemplateResult {
    return html`<div part="base">${this.text('label')}</div>`;
  }
}
