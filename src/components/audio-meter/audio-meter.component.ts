import { html, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { audioMeterStrings, type AudioMeterStrings } from './audio-meter.strings.js';
import styles from './audio-meter.styles.js';

/**
 * TODO: what `<audio-meter>` does and how it finds its stream or source (DESIGN.md, Linking). This
 * comment, the tags below and the JSDoc of every property feed custom-elements.json, and from it
 * the framework types, the editor data and demo/api.html.
 *
 * @summary TODO: one line saying what <audio-meter> is for.
 * @tagname audio-meter
 *
 * @csspart base - The element's box.
 *
 * @cssprop [--audio-meter-gap=0.5em] - Space inside the element.
 */
export class AudioMeterElement extends KitElement<AudioMeterStrings> {
  static override styles = styles;
  static override tagName = 'audio-meter';

  protected readonly defaultStrings = audioMeterStrings;

  override render(): TemplateResult {
    return html`<div part="base">${this.text('label')}</div>`;
  }
}
