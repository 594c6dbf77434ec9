import { ScreenCaptureElement } from './screen-capture.component.js';

export { ScreenCaptureElement };
export default ScreenCaptureElement;

ScreenCaptureElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'screen-capture': ScreenCaptureElement;
  }
}
