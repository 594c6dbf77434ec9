import { MediaCaptureElement } from './media-capture.component.js';

export { MediaCaptureElement };
export default MediaCaptureElement;

MediaCaptureElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'media-capture': MediaCaptureElement;
  }
}
