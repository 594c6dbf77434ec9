import { html, type TemplateResult } from 'lit';
import { KitElement } from '../../base/kit-element.js';
import { streamRecorderStrings, type StreamRecorderStrings } from './stream-recorder.strings.js';
import styles from './stream-recorder.styles.js';

/**
 * TODO: what `<stream-recorder>` does and how it finds its stream or source (DESIGN.md, Linking). This
 * comment, the tags below and the JSDoc of every property feed custom-elements.json, and from it
 * the framework types, the editor data and demo/api.html.
 *
 * @summary TODO: one line saying what <stream-recorder> is for.
 * @tagname stream-recorder
 *
 * @csspart base - The element's box.
 *
 * @cssprop [--stream-recorder-gap=0.5em] - Space inside the element.
 */
export class StreamRecorderElement extends KitElement<StreamRecorderStrings> {
  static override styles = styles;
  static override tagName = 'stream-recorder';

  protected readonly defaultStrings = streamRecorderStrings;

  override render(): TemplateResult {
    return html`<div part="base">${this.text('label')}</div>`;
  }
}
